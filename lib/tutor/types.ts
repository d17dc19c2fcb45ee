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
  /**
   * The current step's answer was just told and the student is to type it in (decision 020):
   * the step stays open until they do. Sessions stored before this field read false.
   */
  typeIn: z.boolean().default(false),
  /** Entries during the type-in that were not the told answer (for kinder repeats). */
  typeInTries: z.number().int().nonnegative().default(0),
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
    typeIn: false,
    typeInTries: 0,
  };
}

/** What the student sent: typed text, or one of the buttons. */
export type StudentInput = { kind: "message"; text: string } | { kind: "hint" } | { kind: "stuck" };

/** How a finished problem went: steps solved by the student, steps whose answer was told. */
export interface WrapUp {
  solved: number;
  told: number;
  total: number;
}

/**
 * What code decided about this turn: the facts any writer (embedded or a model) must respect.
 * `pending` is a scaffold question still waiting for its answer: a reply that is not about it
 * quotes it again, so the question is never dropped.
 */
export type TurnContent =
  | { kind: "greeting" }
  | { kind: "confirm_step"; nextStep: number | null; wrap: WrapUp | null }
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
      /** The told answer as the student would type it: the step stays open until they do. */
      answer: string;
      reason: "request" | "failures";
      /** When the text is the tutor's own words (no authored bottom-out): their key and values. */
      textKey?: string;
      textValues?: Record<string, string | number>;
    }
  /** During the type-in after a reveal: the told answer again ("wrong": they typed something else). */
  | { kind: "type_in"; answer: string; reason: "wrong" | "help" | "other" }
  /** The told answer typed in: confirmed without praise, then the next step or the wrap-up. */
  | { kind: "confirm_told"; nextStep: number | null; wrap: WrapUp | null }
  | { kind: "try_first"; encourage: boolean; pending: string | null }
  /** Nothing readable ("?", "hmm", a long text without an answer): ask, and offer a hint. */
  | { kind: "clarify"; pending: string | null; offerHint: boolean }
  /** Chat that has nothing to do with the problem: a short friendly redirect. */
  | { kind: "off_topic"; pending: string | null }
  /** A greeting or thanks mid-problem: greet back briefly and point at the task. */
  | { kind: "greet_back"; pending: string | null }
  /** "I give up", "this is stupid": empathy and an offer (a hint, a smaller step); never graded. */
  | { kind: "frustration"; pending: string | null }
  /** A question about the problem: what the step asks, and where help is. */
  | { kind: "question"; pending: string | null }
  | { kind: "already_finished" };

export type TurnKind = TurnContent["kind"];

type Codes = Pick<TurnDecision, "evaluation" | "action" | "stepState" | "move" | "subMove">;

/**
 * The labels each kind of turn carries (CLASS evaluation / action / step state, MathDial move
 * and sub-move): what the turn really is, so that the teacher's views (the off-topic filter
 * reads evaluation "e", success@k reads "b" on a step done and not revealed, telling@k reads
 * `revealed`) count it right. Where one kind can carry more than one label the table gives
 * each variant; lib/tutor/decide-turn.ts uses exactly these.
 *
 * Rationale, kind by kind:
 * - confirm_step: the student's own right answer: b, 3 (confirm and move on); y (z on the last
 *   step, a farewell); focus/guide_focus to the next step.
 * - confirm_told: the student typed the answer the tutor told: it IS right (b, 3) and the step
 *   is done (y/z), but it is no success: the turn before it was the reveal (revealed), so the
 *   step counts as told in telling@k, and no attempt is recorded for knowledge tracing.
 * - reveal: telling/reveal_answer; action 9 on request (f), 2 after repeated failures (a); the
 *   step stays in progress (x): the student types the told answer next.
 * - type_in: the told answer again (telling/reveal_answer, revealed): after a wrong entry a/1
 *   (feedback on the mistake), on a hint or stuck press f/9, after off-topic chat e/7 (so the
 *   teacher's off-topic filter finds it), after anything else g/7 (redirect to the task).
 * - off_topic: e (off-topic), 7 (redirect to the task), focus/guide_focus. Never graded.
 * - greet_back: g (nothing to grade), 7, generic/greeting.
 * - frustration: g, 7 (back to the task with an offer), generic/general_inquiry. Never graded.
 * - question: f (question / request), 11 (answer the question), focus/recall_info.
 * - clarify: d (ambiguous), 6 (ask to clarify), generic/general_inquiry.
 * - try_first: f, 6: the tutor asks for an attempt first (focus/guide_focus).
 * - hint/scaffold: f/8 on request, a/1 after wrong answers; focus/seek_strategy (a hint) or
 *   focus/guide_focus (a scaffold question).
 * - wrong_answer, incorrect, scaffold_incorrect: a/1, probing/seek_self_correction.
 * - partial: c/4, focus/guide_focus. confirm_scaffold: b/3, focus/guide_focus, step still x.
 * - scaffold_told: a/1, telling/reveal_strategy (the scaffold's answer, not the step's).
 * - greeting: g/12, generic/greeting. already_finished: g/12, z, generic/farewell.
 */
export const TURN_LABELS = {
  greeting: [{ evaluation: "g", action: 12, stepState: "x", move: "generic", subMove: "greeting" }],
  confirm_step: [
    { evaluation: "b", action: 3, stepState: "y", move: "focus", subMove: "guide_focus" },
    { evaluation: "b", action: 3, stepState: "z", move: "generic", subMove: "farewell" },
  ],
  confirm_told: [
    { evaluation: "b", action: 3, stepState: "y", move: "focus", subMove: "guide_focus" },
    { evaluation: "b", action: 3, stepState: "z", move: "generic", subMove: "farewell" },
  ],
  confirm_scaffold: [{ evaluation: "b", action: 3, stepState: "x", move: "focus", subMove: "guide_focus" }],
  scaffold_incorrect: [
    { evaluation: "a", action: 1, stepState: "x", move: "probing", subMove: "seek_self_correction" },
  ],
  scaffold_told: [{ evaluation: "a", action: 1, stepState: "x", move: "telling", subMove: "reveal_strategy" }],
  wrong_answer: [{ evaluation: "a", action: 1, stepState: "x", move: "probing", subMove: "seek_self_correction" }],
  incorrect: [{ evaluation: "a", action: 1, stepState: "x", move: "probing", subMove: "seek_self_correction" }],
  partial: [{ evaluation: "c", action: 4, stepState: "x", move: "focus", subMove: "guide_focus" }],
  hint: [
    { evaluation: "f", action: 8, stepState: "x", move: "focus", subMove: "seek_strategy" },
    { evaluation: "a", action: 1, stepState: "x", move: "focus", subMove: "seek_strategy" },
  ],
  scaffold: [
    { evaluation: "f", action: 8, stepState: "x", move: "focus", subMove: "guide_focus" },
    { evaluation: "a", action: 1, stepState: "x", move: "focus", subMove: "guide_focus" },
  ],
  reveal: [
    { evaluation: "f", action: 9, stepState: "x", move: "telling", subMove: "reveal_answer" },
    { evaluation: "a", action: 2, stepState: "x", move: "telling", subMove: "reveal_answer" },
  ],
  type_in: [
    { evaluation: "a", action: 1, stepState: "x", move: "telling", subMove: "reveal_answer" },
    { evaluation: "f", action: 9, stepState: "x", move: "telling", subMove: "reveal_answer" },
    { evaluation: "g", action: 7, stepState: "x", move: "telling", subMove: "reveal_answer" },
    { evaluation: "e", action: 7, stepState: "x", move: "telling", subMove: "reveal_answer" },
  ],
  try_first: [
    { evaluation: "f", action: 6, stepState: "x", move: "focus", subMove: "guide_focus" },
    { evaluation: "a", action: 6, stepState: "x", move: "focus", subMove: "guide_focus" },
  ],
  clarify: [{ evaluation: "d", action: 6, stepState: "x", move: "generic", subMove: "general_inquiry" }],
  off_topic: [{ evaluation: "e", action: 7, stepState: "x", move: "focus", subMove: "guide_focus" }],
  greet_back: [{ evaluation: "g", action: 7, stepState: "x", move: "generic", subMove: "greeting" }],
  frustration: [{ evaluation: "g", action: 7, stepState: "x", move: "generic", subMove: "general_inquiry" }],
  question: [{ evaluation: "f", action: 11, stepState: "x", move: "focus", subMove: "recall_info" }],
  already_finished: [{ evaluation: "g", action: 12, stepState: "z", move: "generic", subMove: "farewell" }],
} as const satisfies Record<TurnKind, readonly Codes[]>;

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
