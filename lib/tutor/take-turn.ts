import { decideTurn, greetingDecision } from "./decide-turn";
import type { SessionState, StudentInput, TurnDecision, TutorProblem, TutorTurn } from "./types";
import { writeEmbeddedText } from "./write-embedded-text";

/** Decide and word a turn with the embedded engine. Pure. */
export function takeTurn(
  problem: TutorProblem,
  state: SessionState,
  input: StudentInput | null,
  variant = 0,
): { turn: TutorTurn; decision: TurnDecision } {
  const decision = input === null ? greetingDecision(state) : decideTurn(problem, state, input);
  return { decision, turn: toTurn(decision, writeEmbeddedText(problem, decision, variant)) };
}

export function toTurn(d: TurnDecision, text: string): TutorTurn {
  const { next: _next, content: _content, ...codes } = d;
  return { ...codes, text };
}
