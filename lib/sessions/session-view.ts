import { type StoredTutorText, turnTextFor } from "@/lib/tutor/tutor-message";
import type { TutorProblem } from "@/lib/tutor/types";

/**
 * What the student's browser gets: never a step's answer, a wrong-answer list, an unrevealed
 * bottom-out, or the prompt of a step not reached yet (a later prompt can contain an earlier
 * step's answer).
 */
export interface SessionView {
  id: string;
  title: string;
  statement: string;
  source: { name?: string; url?: string; licence?: string; attribution?: string } | null;
  steps: { index: number; status: StepStatus; prompt: string | null; choices: string[] | null }[];
  stepIndex: number;
  totalSteps: number;
  finished: boolean;
  /**
   * The options of a multiple-choice hint question waiting for its answer (OATutor's scaffolds
   * are often multiple choice), shown as the answer buttons; null when none is open.
   */
  scaffoldChoices: string[] | null;
  preview: boolean;
  /** Turns stored so far: the state the next submit names (a stale one gets 409). */
  turnCount: number;
  turns: TurnView[];
}

/**
 * A step as the student sees it: "solved" (they answered it), "told" (passed after the tutor
 * told its answer, the bottom-out), "current", or "notReached" (its prompt is withheld).
 */
export type StepStatus = "solved" | "told" | "current" | "notReached";

/** Steps behind the student: solved or told. */
export const isPassed = (status: StepStatus) => status === "solved" || status === "told";

export interface TurnView {
  seq: number;
  role: "student" | "tutor";
  text: string;
  stepIndex: number | null;
}

/** A stored turn as a page reads it: with its message key, values and language when it has them. */
export type StoredTurnView = TurnView & Partial<Omit<StoredTutorText, "text">>;

/**
 * The session as the student's browser gets it. With `readerLocale`, turns worded from a message
 * key (the embedded tutor's, a button's request) read in that language; others as shown.
 */
export function buildSessionView(
  /** Without turnCount, it is counted from `turns` (pages pass the whole transcript). */
  session: { id: string; preview: boolean; turnCount?: number },
  problem: TutorProblem & { source?: SessionView["source"] },
  /** revealedSteps: the steps whose answer the tutor told (absent: none); pendingScaffold: an open hint question. */
  state: { stepIndex: number; finished: boolean; revealedSteps?: readonly number[]; pendingScaffold?: number | null },
  turns: StoredTurnView[],
  readerLocale?: string,
): SessionView {
  const textOf = (t: StoredTurnView) =>
    readerLocale && t.messageKey
      ? turnTextFor(
          { text: t.text, messageKey: t.messageKey, messageParams: t.messageParams, locale: t.locale ?? null },
          readerLocale,
        )
      : t.text;
  return {
    id: session.id,
    title: problem.title,
    statement: problem.statement,
    source: problem.source ?? null,
    steps: problem.steps.map((s, index) => {
      const told = state.revealedSteps?.includes(index) ?? false;
      const status: StepStatus =
        state.finished || index < state.stepIndex
          ? told
            ? "told"
            : "solved"
          : index === state.stepIndex
            ? "current"
            : "notReached";
      return {
        index,
        status,
        prompt: status === "notReached" ? null : s.prompt,
        choices: status !== "notReached" && s.answer.kind === "choice" ? s.answer.options : null,
      };
    }),
    stepIndex: Math.min(state.stepIndex, problem.steps.length - 1),
    totalSteps: problem.steps.length,
    finished: state.finished,
    scaffoldChoices: scaffoldChoices(problem, state),
    preview: session.preview,
    turnCount: session.turnCount ?? turns.reduce((n, t) => Math.max(n, t.seq + 1), 0),
    turns: turns.map((t) => ({ seq: t.seq, role: t.role, text: textOf(t), stepIndex: t.stepIndex })),
  };
}

function scaffoldChoices(
  problem: TutorProblem,
  state: { stepIndex: number; finished: boolean; pendingScaffold?: number | null },
): string[] | null {
  if (state.finished || state.pendingScaffold === null || state.pendingScaffold === undefined) return null;
  const rung = problem.steps[state.stepIndex]?.hints[state.pendingScaffold];
  return rung?.kind === "scaffold" && rung.answer?.kind === "choice" ? [...rung.answer.options] : null;
}
