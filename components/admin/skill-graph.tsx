import Link from "next/link";
import { useTranslations } from "next-intl";
import { type GraphSkill, LABEL, layoutSkillGraph } from "@/lib/authoring/layout-skill-graph";
import { GraphViewport } from "./graph-viewport";

/** An SVG path through dagre's route points: straight ends, rounded bends. */
function edgePath(points: { x: number; y: number }[]): string {
  const [first, ...rest] = points;
  if (!first) return "";
  if (rest.length < 2) return `M${first.x},${first.y} ${rest.map((p) => `L${p.x},${p.y}`).join(" ")}`;
  let d = `M${first.x},${first.y}`;
  for (let i = 0; i < rest.length - 1; i++) {
    const c = rest[i] as { x: number; y: number };
    const n = rest[i + 1] as { x: number; y: number };
    const end = i === rest.length - 2 ? n : { x: (c.x + n.x) / 2, y: (c.y + n.y) / 2 };
    d += ` Q${c.x},${c.y} ${end.x},${end.y}`;
  }
  return d;
}

/**
 * The prerequisite graph (decision 019): laid out on the server by dagre (prerequisites on the
 * left, an arrow to each skill that needs them, boxes as wide as their wrapped names), drawn as
 * SVG inside a pan-and-zoom viewport; with a text list that says the same for screen readers
 * and for anyone who prefers reading it.
 */
export function SkillGraph({ skills }: { skills: GraphSkill[] }) {
  const t = useTranslations("admin.graph");
  const layout = layoutSkillGraph(skills);
  const names = new Map(skills.map((s) => [s.id, s.name]));
  const isolated = new Set(layout.isolated.map((s) => s.id));
  const connected = skills.filter((s) => !isolated.has(s.id));
  return (
    <figure className="flex min-w-0 flex-col gap-3">
      {layout.nodes.length ? (
        <GraphViewport
          width={layout.width}
          height={layout.height}
          title={t("imageTitle")}
          description={t("imageDescription", {
            skills: layout.nodes.length,
            levels: new Set(layout.nodes.map((n) => n.layer)).size,
          })}
        >
          <defs>
            <marker
              id="skill-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto"
            >
              <path d="M0,0 L10,5 L0,10 z" fill="#475569" />
            </marker>
          </defs>
          {layout.edges.map((e) => (
            <path
              key={`${e.from}-${e.to}`}
              d={edgePath(e.points)}
              fill="none"
              stroke="#64748b"
              strokeWidth="1.5"
              markerEnd="url(#skill-arrow)"
            />
          ))}
          {layout.nodes.map((n) => (
            <g key={n.id} data-skill-node={n.name}>
              <rect
                data-node-box=""
                x={n.x}
                y={n.y}
                width={n.width}
                height={n.height}
                rx="6"
                fill="#eff6ff"
                stroke="#1d4ed8"
              />
              <text
                data-node-label=""
                x={n.x + LABEL.padX}
                y={n.y + LABEL.padY + LABEL.fontSize}
                fontSize={LABEL.fontSize}
                fontFamily="ui-sans-serif, system-ui, sans-serif"
                fill="#0f172a"
              >
                {n.lines.map((line, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label, in order
                  <tspan key={i} x={n.x + LABEL.padX} dy={i ? LABEL.lineHeight : 0}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          ))}
        </GraphViewport>
      ) : (
        <p>{t("noPrerequisites")}</p>
      )}
      <figcaption className="text-sm text-slate-700">
        {t("direction")}
        {layout.isolated.length ? ` ${t("isolated", { count: layout.isolated.length })}` : ""}
      </figcaption>
      <details open={skills.length <= 30} className="rounded border border-slate-200 bg-white p-3">
        <summary className="cursor-pointer font-medium">{t("asList")}</summary>
        <ul className="mt-2 flex flex-col gap-1 text-sm" aria-label={t("listLabel")}>
          {[...connected, ...layout.isolated].map((s) => (
            <li key={s.id} className="break-words">
              <Link href={`/admin/skills/${s.id}`} className="text-blue-800 underline">
                {s.name}
              </Link>
              {": "}
              {s.prerequisiteIds.length
                ? t("needs", { names: s.prerequisiteIds.map((p) => names.get(p) ?? p).join(", ") })
                : t("needsNothing")}
            </li>
          ))}
        </ul>
      </details>
    </figure>
  );
}
