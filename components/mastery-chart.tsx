"use client";

import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatMastery, MASTERED_AT } from "@/lib/mastery/format-mastery";

export interface ChartPoint {
  /** Attempt number on the skill (1, 2, ...). */
  attempt: number;
  /** The shown mastery after it, in [0, 1] (2 decimals). */
  value: number;
}

const WIDTH = 280;
const HEIGHT = 130;
const INK = "#334155"; // slate-700: 10:1 on white
const LINE = "#1d4ed8"; // blue-700

/**
 * A small line chart of one skill's mastery after each attempt (recharts: SVG elements and
 * attributes only, so the page CSP's style-src is not involved beyond the inline sizes React
 * writes, which 'unsafe-inline' allows). Decorative for assistive technology: hidden from it and
 * not focusable (no accessibility layer); the caller renders the same numbers as text
 * (components/mastery-history.tsx). Fixed size: no ResizeObserver, nothing to measure on the server.
 */
export function MasteryChart({ points }: { points: readonly ChartPoint[] }) {
  const t = useTranslations("student.history");
  const locale = useLocale();
  const data = points.map((p) => ({ attempt: p.attempt, value: p.value }));
  const last = data.at(-1)?.attempt ?? 1;
  return (
    <div aria-hidden="true" className="max-w-full overflow-hidden" data-mastery-chart="">
      <LineChart
        width={WIDTH}
        height={HEIGHT}
        data={data}
        margin={{ top: 8, right: 12, bottom: 4, left: -16 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis
          dataKey="attempt"
          type="number"
          domain={[1, Math.max(2, last)]}
          allowDecimals={false}
          tick={{ fill: INK, fontSize: 11 }}
          stroke={INK}
          height={22}
        />
        <YAxis
          domain={[0, 1]}
          ticks={[0, 0.5, 1]}
          tickFormatter={(v: number) => formatMastery(v, locale)}
          tick={{ fill: INK, fontSize: 11 }}
          stroke={INK}
          width={52}
        />
        <ReferenceLine y={MASTERED_AT} stroke="#15803d" strokeDasharray="4 3" />
        <Tooltip
          isAnimationActive={false}
          formatter={(v) => [formatMastery(Number(v), locale), t("chartValue")]}
          labelFormatter={(a) => t("chartAttempt", { n: Number(a) })}
        />
        <Line
          type="linear"
          dataKey="value"
          stroke={LINE}
          strokeWidth={2}
          dot={{ r: 2.5, fill: LINE }}
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  );
}
