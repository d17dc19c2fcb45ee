import { z } from "zod";
import type { AnswerSpec } from "./answers/spec";
import type { MessageValues } from "./tutor-message";

/**
 * The tutoring turn as a structured record. Codes follow the CLASS/SPOCK tutor (evaluation a-g,
 * action 1-12, step state w-z) and MathDial's teacher moves; see docs/architecture.md.
 */
export const EVALUATIONS = ["a", "b", "c", "d", "e", "f", "g"] as const;
export type Evaluation = (typeof EVALUATIONS)[number];
export const evaluationLabel: Record<Evaluation, string> = {
  a: "incorrect",
  b: "correct",
  c: "partially correct",
  d: "ambiguous",
  e: "off-topic",
  f: "question / request",
  g: "not applicable",
};

export const ACTIONS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export type Action = (typeof ACTIONS)[number];
export const actionLabel: Record<Action, string> = {
  1: "feedback on the mistake",
  2: "solution after repeated failures",
  3: "confirm and move on",
  4: "acknowledge the right part, hint at the rest",
  5: "solution after repeated partial attempts",
  6: "ask to clarify",
  7: "redirect to the task",
  8: "hint on request",
  9: "solution on request",
  10: "back to an earlier step",
  11: "answer the question",
  12: "none",
};

export const STEP_STATES = ["w", "x", "y", "z"] as const;
export type StepState = (typeof STEP_STATES)[number];
export const stepStateLabel: Record<StepState, string> = {
  w: "n/a",
  x: "step in progress",
  y: "step done, moving on",
  z: "problem done",
};

export const MOVES = ["focus", "probing", "telling", "generic"] as const;
export type Move = (typeof MOVES)[number];
export const SUB_MOVES = {
  focus: ["seek_strategy", "guide_focus", "recall_info"],
  probing: ["ask_explanation", "seek_self_correction", "perturb_question", "seek_world_knowledge"],
  telling: ["reveal_strategy", "reveal_answer"],
  generic: ["greeting", "farewell", "general_inquiry"],
} as const;
export type SubMove = (typeof SUB_MOVES)[Move][number];

export type HintKind = "hint" | "scaffold" | "bottom_out";

export interface TutorHint {
  kind: HintKind;
  text: string;
  /** Scaffold questions have their own answer. */
  answer?: AnswerSpec;
}

export interface TutorWrongAnswer {
  match: string;
  feedback: string;
  misconception: string;
}

export interface TutorStep {
  prompt: string;
  answer: AnswerSpec;
  hints: TutorHint[];
  wrongAnswers: TutorWrongAnswer[];
}

export interface TutorProblem {
  title: string;
  statement: string;
  steps: TutorStep[];
}

/** What the tutor remembers between turns (stored as JSON on the session). */
export const sessionStateSchema = z.object({
  stepIndex: z.number().int().nonnegative(),
  /** Rungs of the current step's ladder already given (0 = none). */
  rung: z.number().int().nonnegative(),
  /** Answers to the current step (each counts as an attempt). */
  attempts: z.number().int().nonnegative(),
  /** Consecutive wrong answers on the current step. */
  wrongStreak: z.number().int().nonnegative(),
  /** Index of the scaffold rung awaiting an answer, or null. */
  pendingScaffold: z.number().int().nonnegative().nullable(),
  scaffoldAttempts: z.number().int().nonnegative(),
  finished: z.boolean(),
  /** Steps whose answer the tutor told (bottom-out). */
  revealedSteps: z.array(z.number().int().nonnegative()),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

export function initialState(): SessionState {
  return {
    stepIndex: 0,
    rung: 0,
    attempts: 0,
    wrongStreak: 0,
    pendingScaffold: null,
    scaffoldAttempts: 0,
    finished: false,
    revealedSteps: [],
  };
}

/** What the student sent: typed text, or one of the buttons. */
export type StudentInput = { kind: "message"; text: string } | { kind: "hint" } | { kind: "stuck" };

/** What code decided about this turn: the facts any writer (embedded or a model) must respect. */
export type TurnContent =
  | { kind: "greeting" }
  | { kind: "confirm_step"; nextStep: number | null }
  | { kind: "confirm_scaffold"; scaffoldText: string }
  | { kind: "scaffold_incorrect"; scaffoldText: string }
  | { kind: "scaffold_told"; scaffoldText: string; scaffoldAnswer: string }
  | { kind: "wrong_answer"; feedback: string; misconception: string }
  | { kind: "incorrect"; offerHint: boolean }
  | {
      kind: "partial";
      /** The checker's reason in English. */
      reason: string;
      /** Its message key ("answers..." or "tutor.partialReason") and values: the reason in any language. */
      reasonKey?: string;
      reasonValues?: Record<string, string | number>;
    }
  | { kind: "hint"; rung: number; text: string; afterWrong: boolean; encourage: boolean }
  | { kind: "scaffold"; rung: number; text: string; afterWrong: boolean; encourage: boolean }
  | {
      kind: "reveal";
      text: string;
      nextStep: number | null;
      reason: "request" | "failures";
      /** When the text is the tutor's own words (no authored bottom-out): their key and values. */
      textKey?: string;
      textValues?: Record<string, string | number>;
    }
  | { kind: "try_first"; encourage: boolean }
  | { kind: "clarify" }
  | { kind: "redirect" }
  | { kind: "question" }
  | { kind: "already_finished" };

export interface AttemptRecord {
  stepIndex: number;
  answer: string;
  correct: boolean;
  firstAttempt: boolean;
  /** Ladder rungs given on this step before this answer. */
  hintsUsed: number;
}

export interface TurnDecision {
  evaluation: Evaluation;
  action: Action;
  stepState: StepState;
  move: Move;
  subMove: SubMove;
  /** The ladder rung given in this turn (1-based), if any. */
  hintRung: number | null;
  /** True when this turn tells a step's answer (bottom-out). */
  revealed: boolean;
  /** The step this turn is about (the one the student answered or asked about). */
  stepIndex: number;
  content: TurnContent;
  attempt: AttemptRecord | null;
  next: SessionState;
}

export interface TutorTurn extends Omit<TurnDecision, "next" | "content"> {
  /** The words as shown, in `locale`. */
  text: string;
  /** Embedded turns: the message key and values the text was rendered from; null for a model's words. */
  messageKey: string | null;
  messageParams: MessageValues | null;
  /** The language the turn is shown in (the session's). */
  locale: string;
}
