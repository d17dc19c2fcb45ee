"use client";

import { useTranslations } from "next-intl";
import { type KeyboardEvent, type ReactNode, useCallback, useEffect, useId, useRef, useState } from "react";

interface View {
  scale: number;
  x: number;
  y: number;
}

const MIN = 0.2;
const MAX = 3;
const STEP = 1.25;
const PAN = 60;

const clamp = (s: number) => Math.min(MAX, Math.max(MIN, s));

/** The view that shows the whole drawing, centred, never enlarged past 100%. */
function fitView(content: { width: number; height: number }, box: { width: number; height: number }): View {
  const scale = clamp(Math.min(1, box.width / content.width, box.height / content.height));
  return { scale, x: (box.width - content.width * scale) / 2, y: (box.height - content.height * scale) / 2 };
}

/**
 * Pan and zoom around an SVG drawing (the skill graph): mouse wheel and pinch zoom where the
 * pointer is, dragging moves, and the same with buttons (zoom in, out, fit, 100%) and keys on the
 * focused picture (+ and -, 0 fits, arrows move). Opens fitted to its box. `children` are the
 * SVG elements, drawn in the drawing's own units (server-rendered).
 */
export function GraphViewport({
  width,
  height,
  title,
  description,
  children,
}: {
  width: number;
  height: number;
  /** What the picture is and what it shows, for screen readers (its <title> and <desc>). */
  title: string;
  description: string;
  children: ReactNode;
}) {
  const t = useTranslations("admin.graph");
  const id = useId();
  const box = useRef<HTMLElement>(null);
  const [view, setView] = useState<View>({ scale: 1, x: 0, y: 0 });
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const pinch = useRef<{ distance: number; scale: number } | null>(null);

  const size = useCallback(() => {
    const r = box.current?.getBoundingClientRect();
    return { width: r?.width ?? width, height: r?.height ?? height };
  }, [width, height]);

  /** Zoom by `factor` keeping the drawing point under (cx, cy) (box coordinates) in place. */
  const zoomAt = useCallback((factor: number, cx?: number, cy?: number) => {
    setView((v) => {
      const b = box.current?.getBoundingClientRect();
      const px = cx ?? (b ? b.width / 2 : 0);
      const py = cy ?? (b ? b.height / 2 : 0);
      const scale = clamp(v.scale * factor);
      const k = scale / v.scale;
      return { scale, x: px - (px - v.x) * k, y: py - (py - v.y) * k };
    });
  }, []);

  const fitToView = useCallback(() => setView(fitView({ width, height }, size())), [width, height, size]);

  useEffect(() => {
    fitToView();
  }, [fitToView]);

  // A wheel listener that may cancel the page's scroll (React's onWheel is passive).
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const r = el.getBoundingClientRect();
      zoomAt(Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top);
    };
    el.addEventListener("wheel", onWheel, { passive: false });
    return () => el.removeEventListener("wheel", onWheel);
  }, [zoomAt]);

  const onPointerDown = (e: React.PointerEvent<HTMLElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (pointers.current.size === 2) {
      const [a, b] = [...pointers.current.values()] as [{ x: number; y: number }, { x: number; y: number }];
      pinch.current = { distance: Math.hypot(a.x - b.x, a.y - b.y), scale: view.scale };
    }
  };
  const onPointerMove = (e: React.PointerEvent<HTMLElement>) => {
    const last = pointers.current.get(e.pointerId);
    if (!last) return;
    const now = { x: e.clientX, y: e.clientY };
    pointers.current.set(e.pointerId, now);
    if (pointers.current.size === 1) {
      setView((v) => ({ ...v, x: v.x + now.x - last.x, y: v.y + now.y - last.y }));
    } else if (pointers.current.size === 2 && pinch.current) {
      const [a, b] = [...pointers.current.values()] as [{ x: number; y: number }, { x: number; y: number }];
      const r = e.currentTarget.getBoundingClientRect();
      const target = clamp((pinch.current.scale * Math.hypot(a.x - b.x, a.y - b.y)) / (pinch.current.distance || 1));
      zoomAt(target / view.scale, (a.x + b.x) / 2 - r.left, (a.y + b.y) / 2 - r.top);
    }
  };
  const onPointerUp = (e: React.PointerEvent<HTMLElement>) => {
    pointers.current.delete(e.pointerId);
    if (pointers.current.size < 2) pinch.current = null;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [PAN, 0],
      ArrowRight: [-PAN, 0],
      ArrowUp: [0, PAN],
      ArrowDown: [0, -PAN],
    };
    const move = moves[e.key];
    if (move) setView((v) => ({ ...v, x: v.x + move[0], y: v.y + move[1] }));
    else if (e.key === "+" || e.key === "=") zoomAt(STEP);
    else if (e.key === "-" || e.key === "_") zoomAt(1 / STEP);
    else if (e.key === "0") fitToView();
    else return;
    e.preventDefault();
  };

  const button =
    "min-h-9 min-w-9 rounded border border-slate-400 bg-white px-2 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100";
  return (
    <div className="flex flex-col gap-2">
      <div role="toolbar" aria-label={t("controls")} className="flex flex-wrap items-center gap-2">
        <button type="button" className={button} onClick={() => zoomAt(STEP)} aria-label={t("zoomIn")}>
          +
        </button>
        <button type="button" className={button} onClick={() => zoomAt(1 / STEP)} aria-label={t("zoomOut")}>
          −
        </button>
        <button type="button" className={button} onClick={fitToView}>
          {t("fit")}
        </button>
        <button
          type="button"
          className={button}
          onClick={() => setView((v) => ({ scale: 1, x: Math.min(0, v.x), y: Math.min(0, v.y) }))}
        >
          {t("actualSize")}
        </button>
        <span className="text-sm text-slate-700" data-testid="graph-zoom">
          {t("zoomLevel", { percent: Math.round(view.scale * 100) })}
        </span>
      </div>
      <section
        ref={box}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the picture takes keys (arrows move, + and - zoom, 0 fits)
        tabIndex={0}
        aria-label={t("viewport")}
        aria-describedby={`${id}-keys`}
        data-scale={view.scale}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        className="relative h-[min(70vh,36rem)] w-full cursor-grab touch-none overflow-hidden rounded-lg border border-slate-300 bg-white focus-visible:outline-2 focus-visible:outline-blue-700 active:cursor-grabbing"
      >
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          width="100%"
          height="100%"
          className="block select-none"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <g transform={`translate(${view.x} ${view.y}) scale(${view.scale})`}>{children}</g>
        </svg>
      </section>
      <p id={`${id}-keys`} className="text-sm text-slate-700">
        {t("howToMove")}
      </p>
    </div>
  );
}
