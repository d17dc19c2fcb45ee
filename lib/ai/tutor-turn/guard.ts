import { SUB_MOVES, type TurnDecision, type TutorProblem } from "@/lib/tutor/types";
import { textLeaksAnswerStrict } from "./leak-variants";
import type { ModelTurn } from "./schema";

export type GuardFailure = "codes" | "leak" | "empty";

/**
 * Code checks a model-written turn against the facts it decided: the codes must be the
 * decided ones, and the text must not state the answer of any step still open after the turn
 * (in any form the answer checker accepts), unless this turn is the allowed reveal of it.
 */
export function checkCodes(turn: Partial<ModelTurn>, facts: TurnDecision): boolean {
  if (turn.evaluation !== facts.evaluation || turn.action !== facts.action) return false;
  if (turn.stepState !== facts.stepState || turn.move !== facts.move) return false;
  const allowed = SUB_MOVES[facts.move] as readonly string[];
  return typeof turn.subMove === "string" && allowed.includes(turn.subMove);
}

export function textLeaks(text: string, problem: TutorProblem, facts: TurnDecision): boolean {
  for (const [i, step] of problem.steps.entries()) {
    if (i < facts.stepIndex) continue; // solved before this turn
    if (i === facts.stepIndex && (facts.revealed || facts.content.kind === "confirm_step")) continue; // told by policy, or just stated by the student
    if (textLeaksAnswerStrict(step.answer, text)) return true;
  }
  return false;
}

export function guardTurn(turn: ModelTurn, problem: TutorProblem, facts: TurnDecision): GuardFailure | null {
  if (!turn.text.trim()) return "empty";
  if (!checkCodes(turn, facts)) return "codes";
  if (textLeaks(turn.text, problem, facts)) return "leak";
  return null;
}
