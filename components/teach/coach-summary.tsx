import { useLocale, useTranslations } from "next-intl";
import type { CoachSummary } from "@/lib/ai/teacher-coach/summarize-transcript";
import { formatDuration } from "@/lib/teach/build-step-timeline";
import { moveWords } from "@/lib/teach/describe-turn";

/** The coach's short summary: counts by code, at most three observations that link to turns. */
export function CoachSummaryView({ summary }: { summary: CoachSummary }) {
  const t = useTranslations("teach.coach");
  const locale = useLocale();
  const c = summary.counts;
  const moves = Object.entries(c.moves)
    .map(([m, n]) => t("moveCount", { move: moveWords(m, locale), count: n }))
    .join(", ");
  const times = Object.entries(c.secondsPerStep)
    // As the Steps table writes durations ("4 min 49 s", not "289s").
    .map(([step, s]) => t("stepTime", { step: Number(step) + 1, time: formatDuration(s * 1000, locale) }))
    .join(", ");
  return (
    <section aria-labelledby="coach-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="coach-title" className="text-lg font-semibold">
        {t("title")}{" "}
        <span className="text-sm font-normal text-slate-700">
          ({summary.engine === "llm" ? t("byModel") : t("ruleBased")})
        </span>
      </h2>
      {/* A rule-based summary is the counts below in a sentence: shown once. */}
      {summary.engine === "llm" ? <p className="mt-1">{summary.summary}</p> : null}
      <p className="mt-1 text-sm text-slate-700" data-testid="coach-counts">
        {t("counts", {
          turns: c.tutorTurns,
          moves: moves || t("noMoves"),
          hints: c.hints,
          reveals: c.reveals,
          times: times || "–",
        })}
      </p>
      {summary.observations.length ? (
        <ul className="mt-2 list-disc ps-6">
          {summary.observations.map((o) => (
            <li key={o.text}>
              {o.text}{" "}
              {o.turns.map((seq) => (
                <a key={seq} href={`#turn-${seq}`} className="me-1 text-blue-800 underline">
                  {t("turn", { seq })}
                </a>
              ))}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
