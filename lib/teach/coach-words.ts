import { type CoachSummary, type CoachTurn, tellingTurns } from "@/lib/ai/teacher-coach/summarize-transcript";
import { moveWords } from "./describe-turn";
import { teachWords } from "./words";

/**
 * The coach summary in the reader's language. lib/ai/teacher-coach writes its rule-based summary
 * and observations in English; without a model (or when the model's answer was unusable) they
 * are rewritten here from the same counts and the same rules (reveals; three or more wrong
 * answers; off-topic turns), citing the same turns. A model's own words are left as written. Pure.
 */
export function coachSummaryIn(summary: CoachSummary, turns: CoachTurn[], locale: string): CoachSummary {
  if (summary.engine === "llm") return summary;
  const t = teachWords(locale);
  const c = summary.counts;
  const moves = Object.entries(c.moves)
    .map(([m, n]) => t("coach.moveCount", { move: moveWords(m, locale), count: n }))
    .join(", ");
  const observations: CoachSummary["observations"] = [];
  const reveals = tellingTurns(turns);
  if (reveals.length)
    observations.push({ text: t("coach.rule.reveals", { count: reveals.length }), turns: reveals.map((x) => x.seq) });
  const wrong = turns.filter((x) => x.role === "tutor" && x.evaluation === "a");
  if (wrong.length >= 3)
    observations.push({
      text: t("coach.rule.wrong", { count: wrong.length }),
      turns: wrong.slice(0, 5).map((x) => x.seq),
    });
  const offTopic = turns.filter((x) => x.role === "tutor" && x.evaluation === "e");
  if (offTopic.length)
    observations.push({
      text: t("coach.rule.offTopic", { count: offTopic.length }),
      turns: offTopic.map((x) => x.seq),
    });
  return {
    ...summary,
    summary: t("coach.plain", {
      turns: c.tutorTurns,
      moves: moves || t("turn.none"),
      hints: c.hints,
      reveals: c.reveals,
    }),
    observations: observations.slice(0, 3),
  };
}
