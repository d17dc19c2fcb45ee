import type { CoachSummary } from "@/lib/ai/teacher-coach/summarize-transcript";

/** The coach's short summary: counts by code, at most three observations that link to turns. */
export function CoachSummaryView({ summary }: { summary: CoachSummary }) {
  const c = summary.counts;
  const moves = Object.entries(c.moves)
    .map(([m, n]) => `${m} ${n}`)
    .join(", ");
  return (
    <section aria-labelledby="coach-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="coach-title" className="text-lg font-semibold">
        Coach summary{" "}
        <span className="text-sm font-normal text-slate-700">
          ({summary.engine === "llm" ? "written by the model" : "rule-based"})
        </span>
      </h2>
      <p className="mt-1">{summary.summary}</p>
      <p className="mt-1 text-sm text-slate-700" data-testid="coach-counts">
        {c.tutorTurns} tutor turns ({moves || "no moves"}); {c.hints} hints; {c.reveals} answers told; time per step:{" "}
        {Object.entries(c.secondsPerStep)
          .map(([step, s]) => `step ${Number(step) + 1} ${s}s`)
          .join(", ") || "–"}
        .
      </p>
      {summary.observations.length ? (
        <ul className="mt-2 list-disc pl-6">
          {summary.observations.map((o) => (
            <li key={o.text}>
              {o.text}{" "}
              {o.turns.map((seq) => (
                <a key={seq} href={`#turn-${seq}`} className="mr-1 text-blue-800 underline">
                  turn {seq}
                </a>
              ))}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
