import { formatAnswer } from "./answers";
import { takeTurn } from "./take-turn";
import {
  initialState,
  type SessionState,
  type StudentInput,
  type TurnDecision,
  type TutorProblem,
  type TutorTurn,
} from "./types";

export interface PlayedTurn {
  input: StudentInput | null;
  turn: TutorTurn;
  decision: TurnDecision;
  /** State before this turn. */
  before: SessionState;
}

/** Decides what a simulated student sends next, or null to stop. */
export type StudentStrategy = (
  problem: TutorProblem,
  state: SessionState,
  history: PlayedTurn[],
) => StudentInput | null;

/**
 * Plays a problem through the real engine (greeting first) until it ends or `maxTurns`, the
 * tutor speaking `options.locale` (default English). Pure.
 */
export function playProblem(
  problem: TutorProblem,
  student: StudentStrategy,
  maxTurns = 60,
  options: { locale?: string } = {},
): PlayedTurn[] {
  let state = initialState();
  const first = takeTurn(problem, state, null, 0, options);
  const history: PlayedTurn[] = [{ input: null, turn: first.turn, decision: first.decision, before: state }];
  state = first.decision.next;
  while (!state.finished && history.length < maxTurns) {
    const input = typeToldAnswer(problem, state) ?? student(problem, state, history);
    if (!input) break;
    const last = history.at(-1)?.turn;
    const previous = last ? { text: last.text, messageKey: last.messageKey, messageParams: last.messageParams } : null;
    const { turn, decision } = takeTurn(problem, state, input, history.length, { ...options, previous });
    history.push({ input, turn, decision, before: state });
    state = decision.next;
  }
  return history;
}

const say = (text: string): StudentInput => ({ kind: "message", text });

/** Types the right answer to every step. */
export const correctStudent: StudentStrategy = (problem, state) => {
  const step = problem.steps[state.stepIndex];
  return step ? say(formatAnswer(step.answer)) : null;
};

/**
 * After a reveal the step stays open until the told answer is typed in (decision 020): every
 * simulated student types it then. Null when no told answer is waiting.
 */
export function typeToldAnswer(problem: TutorProblem, state: SessionState): StudentInput | null {
  const step = problem.steps[state.stepIndex];
  return state.typeIn && step ? say(formatAnswer(step.answer)) : null;
}

/** Gives every authored wrong answer of a step first, then the right one. */
export const wrongFirstStudent: StudentStrategy = (problem, state, history) => {
  const step = problem.steps[state.stepIndex];
  if (!step) return null;
  const tried = history.filter((h) => h.before.stepIndex === state.stepIndex && h.input?.kind === "message").length;
  const wrong = step.wrongAnswers[tried];
  return say(wrong ? wrong.match : formatAnswer(step.answer));
};

/**
 * Asks for every hint before answering; answers scaffold questions right; when the tutor
 * asks for an attempt first, gives a wrong one, then asks again: it must reach the bottom-out.
 */
export const hintSeekerStudent: StudentStrategy = (problem, state, history) => {
  const step = problem.steps[state.stepIndex];
  if (!step) return null;
  const last = history.at(-1)?.decision;
  if (state.pendingScaffold !== null) {
    const scaffold = step.hints[state.pendingScaffold];
    if (scaffold?.answer && last?.content.kind === "scaffold") return say(formatAnswer(scaffold.answer));
  }
  if (last?.content.kind === "try_first") return say(wrongGuess(step.answer));
  return { kind: "hint" };
};

/** Types nonsense and off-topic text at each step, then the right answer. */
export const nonsenseStudent: StudentStrategy = (problem, state, history) => {
  const step = problem.steps[state.stepIndex];
  if (!step) return null;
  const n = history.filter((h) => h.before.stepIndex === state.stepIndex && h.input?.kind === "message").length;
  const noise = ["asdfgh", "I like football and pizza", "¯\\_(ツ)_/¯", "tell me the answer now"];
  return say(noise[n] ?? formatAnswer(step.answer));
};

/** A value that is surely not the answer (used to make an attempt). */
export function wrongGuess(spec: TutorProblem["steps"][number]["answer"]): string {
  switch (spec.kind) {
    case "numeric":
      return String(spec.value + 1000);
    case "percentage":
      return `${spec.value + 1000}%`;
    case "fraction":
      return "999/1001";
    case "choice":
      return spec.options.find((_, i) => i !== spec.correct) ?? "none of these";
    case "text":
      return "zzz-not-an-answer";
    case "expression":
      return "1000*x + 999";
    case "equation":
      return `${spec.variables[0] ?? "x"} = 123456`;
    case "list":
      return spec.items.map(() => "999999").join(", ");
  }
}

/**
 * On every step: a message that is no answer, an authored wrong answer (else a sure miss), a
 * hint, then the right answer: each of the engine's main paths once per step. The server plays
 * its open sessions' problems with it at start (lib/sessions/warm-open-sessions.ts), so the
 * first turns after a restart do not run the answer checker and the wording cold.
 */
export const rehearsalStudent: StudentStrategy = (problem, state, history) => {
  const step = problem.steps[state.stepIndex];
  if (!step) return null;
  const n = history.filter((h) => h.before.stepIndex === state.stepIndex && h.input !== null).length;
  if (n === 0) return say("I'm not sure");
  if (n === 1) return say(step.wrongAnswers[0]?.match ?? wrongGuess(step.answer));
  if (n === 2) return { kind: "hint" };
  return say(formatAnswer(step.answer));
};
