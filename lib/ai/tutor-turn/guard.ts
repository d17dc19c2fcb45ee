import { type SessionState, SUB_MOVES, type TurnDecision, type TutorProblem } from "@/lib/tutor/types";
import { checkModelText, type ModelTextOptions, type Refusal } from "./check-model-text";
import type { ModelTurn } from "./schema";
import { buildTurnContext, type TurnContext } from "./turn-context";

export type GuardFailure = "codes" | "empty" | Refusal["reason"];

/** The codes must be the ones code decided (the sub-move one of the decided move's). */
export function checkCodes(turn: Partial<ModelTurn>, facts: TurnDecision): boolean {
  if (turn.evaluation !== facts.evaluation || turn.action !== facts.action) return false;
  if (turn.stepState !== facts.stepState || turn.move !== facts.move) return false;
  const allowed = SUB_MOVES[facts.move] as readonly string[];
  return typeof turn.subMove === "string" && allowed.includes(turn.subMove);
}

/**
 * A whole model turn: codes as decided, and its text (read together with whatever was already
 * shown in this turn) within what code allows (check-model-text.ts).
 */
export function guardTurn(
  turn: ModelTurn,
  facts: TurnDecision,
  ctx: TurnContext,
  shownBefore = "",
  opts: ModelTextOptions = {},
): GuardFailure | null {
  if (!turn.text.trim()) return "empty";
  if (!checkCodes(turn, facts)) return "codes";
  return checkModelText(joinShown(shownBefore, turn.text), ctx, opts)?.reason ?? null;
}

/** Text already shown in this turn (a withdrawn first try stays seen) followed by new text. */
export function joinShown(shownBefore: string, text: string): string {
  return shownBefore ? `${shownBefore}\n${text}` : text;
}

/**
 * Whether a text would be refused as a model's words for this turn (no conversation yet unless
 * given): for tests and the content tools.
 */
export function textRefused(
  text: string,
  problem: TutorProblem,
  decision: TurnDecision,
  opts: {
    before?: SessionState;
    conversation?: string[];
    draft?: string;
    tutorSaid?: string[];
    /** The student's language (a locale code such as "es"; default English). */
    locale?: string;
  } = {},
): Refusal | null {
  const ctx = buildTurnContext({
    problem,
    decision,
    before: opts.before ?? { ...decision.next, rung: 0 },
    transcript: [
      ...(opts.conversation ?? []).map((text, seq) => ({ seq, role: "student" as const, text, stepIndex: null })),
      ...(opts.tutorSaid ?? []).map((text, seq) => ({
        seq,
        role: "tutor" as const,
        text,
        stepIndex: decision.next.stepIndex,
      })),
    ],
    studentText: "",
    draft: opts.draft ?? "",
    systemPrompt: "",
  });
  return checkModelText(text, ctx, { locale: opts.locale });
}
