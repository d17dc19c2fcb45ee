import { useFormatter, useLocale, useTranslations } from "next-intl";
import { MasteryChart } from "@/components/mastery-chart";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import { formatMastery } from "@/lib/mastery/format-mastery";
import type { HistoryPoint } from "@/lib/mastery/mastery-history";

/**
 * One skill's mastery history (lib/mastery/mastery-history.ts: the value shown after each
 * attempt on the skill), the same on the student's page and the teacher's student page: a
 * summary line ("History of Fractions: 0.31 → 0.58 over 6 attempts") that opens a small chart
 * and a table of every point, the chart's text alternative. A skill without attempts says so
 * and has no chart. Server-rendered text in the reader's language (dates in UTC, saying so);
 * only the chart runs in the browser. data-* attributes keep "0.42" for tests and scripts.
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
  const t = useTranslations("student.history");
  const locale = useLocale();
  const format = useFormatter();
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last)
    return (
      <p className="text-xs text-slate-700" data-history-skill={skillId} data-history-points={0}>
        {t("none")}
      </p>
    );
  const trend =
    points.length === 1
      ? t("afterOne", { value: formatMastery(last.value, locale), count: 1 })
      : t("trend", {
          first: formatMastery(first.value, locale),
          last: formatMastery(last.value, locale),
          count: points.length,
        });
  return (
    <details
      className="text-sm"
      data-history-skill={skillId}
      data-history-points={points.length}
      data-history-last={formatMastery(last.value)}
    >
      <summary className="cursor-pointer text-xs text-blue-800 underline">
        {t.rich("summary", {
          skill: skillName,
          trend,
          sr: (chunks) => <span className="sr-only">{chunks}</span>,
        })}
      </summary>
      <div className="mt-2 flex flex-col gap-2">
        <MasteryChart points={points.map((p) => ({ attempt: p.attempt, value: p.value }))} />
        <table className="w-full max-w-sm border-collapse text-start text-xs">
          <caption className="sr-only">{t("caption", { skill: skillName })}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-1">
                {t("attempt")}
              </th>
              <th scope="col" className="p-1">
                {t("when")}
              </th>
              <th scope="col" className="p-1">
                {t("result")}
              </th>
              <th scope="col" className="p-1 text-end">
                {t("mastery")}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.attempt} className="border-b border-slate-200" data-attempt={p.attempt}>
                <th scope="row" className="p-1 font-normal tabular-nums">
                  {format.number(p.attempt)}
                </th>
                <td className="p-1">{formatDateTime(new Date(p.at), locale)}</td>
                <td className="p-1">{p.correct ? t("correct") : t("notCorrect")}</td>
                <td className="p-1 text-end font-mono" data-mastery={formatMastery(p.value)}>
                  {formatMastery(p.value, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
