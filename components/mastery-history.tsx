import { MasteryChart } from "@/components/mastery-chart";
import { formatMastery } from "@/lib/mastery/format-mastery";
import { describeHistory, type HistoryPoint } from "@/lib/mastery/mastery-history";
import { formatDateTime } from "@/lib/teach/format-time";

/**
 * One skill's mastery history (lib/mastery/mastery-history.ts: the value shown after each
 * attempt on the skill), the same on the student's page and the teacher's student page: a
 * summary line ("History of Fractions: 0.31 → 0.58 over 6 attempts") that opens a small chart
 * and a table of every point, the chart's text alternative. A skill without attempts says so
 * and has no chart. Server-rendered text (dates in UTC); only the chart runs in the browser.
 */
export function MasteryHistory({
  skillId,
  skillName,
  points,
}: {
  skillId: string;
  skillName: string;
  points: readonly HistoryPoint[];
}) {
  if (points.length === 0)
    return (
      <p className="text-xs text-slate-700" data-history-skill={skillId} data-history-points={0}>
        No history yet: not started.
      </p>
    );
  const last = points.at(-1);
  return (
    <details
      className="text-sm"
      data-history-skill={skillId}
      data-history-points={points.length}
      data-history-last={last ? formatMastery(last.value) : undefined}
    >
      <summary className="cursor-pointer text-xs text-blue-800 underline">
        History<span className="sr-only"> of {skillName}</span>: {describeHistory(points)}
      </summary>
      <div className="mt-2 flex flex-col gap-2">
        <MasteryChart points={points.map((p) => ({ attempt: p.attempt, value: p.value }))} />
        <table className="w-full max-w-sm border-collapse text-left text-xs">
          <caption className="sr-only">Mastery of {skillName} after each attempt</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-1">
                Attempt
              </th>
              <th scope="col" className="p-1">
                When
              </th>
              <th scope="col" className="p-1">
                Result
              </th>
              <th scope="col" className="p-1 text-right">
                Mastery
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.attempt} className="border-b border-slate-200" data-attempt={p.attempt}>
                <th scope="row" className="p-1 font-normal tabular-nums">
                  {p.attempt}
                </th>
                <td className="p-1">{formatDateTime(new Date(p.at))}</td>
                <td className="p-1">{p.correct ? "correct" : "not correct"}</td>
                <td className="p-1 text-right font-mono" data-mastery={formatMastery(p.value)}>
                  {formatMastery(p.value)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
