/**
 * The contract between the knowledge-tracing model (lib/kt/model/*) and its users (the
 * next-problem picker, the product's mastery meters, kt:eval). Pure TypeScript.
 */

/** One step a student can attempt: an item (step id) carrying one or more skills. */
export interface KtItem {
  itemId: string;
  skills: string[];
}

/** A first attempt at a step: the only kind of observation the model learns from. */
export interface KtObservation {
  correct: boolean;
  /** Ladder rungs the student used before answering (0 = none). */
  hintsUsed: number;
  /** Milliseconds since epoch (0 when unknown, as in the benchmark data). */
  t: number;
}

/** A student's state: opaque to users, serialisable to JSON (stored per student and skill). */
export interface StudentState {
  /** Per-skill state, keyed by skill id. */
  skills: Record<string, SkillState>;
  /** Per-student state beyond skills (e.g. an ability estimate, overall counts). */
  global: Record<string, number>;
}

export interface SkillState {
  /** Model-specific numbers (counts, latent estimates...). */
  [k: string]: number;
}

/** Fitted parameters a teacher or researcher can read, per skill. */
export interface SkillParamsView {
  skill: string;
  /** Named, human-readable parameters (e.g. learn, guess, slip, forget, difficulty). */
  params: Record<string, number>;
}

export interface KtModel {
  readonly kind: string;
  /** A fresh student. */
  initialState(): StudentState;
  /** P(correct first attempt) on this item now. Must not change `state`. */
  predict(state: StudentState, item: KtItem, t: number): number;
  /** Online update after a first attempt (mutates and returns `state`). Must be O(skills of item). */
  update(state: StudentState, item: KtItem, obs: KtObservation): StudentState;
  /** Estimated mastery of one skill in [0, 1] (what the skill meter shows; 0.95 = mastered). */
  mastery(state: StudentState, skill: string, t: number): number;
  /** Readable per-skill parameters. */
  describe(): SkillParamsView[];
  /** Everything needed to rebuild the model (stored as a model version). */
  toJSON(): unknown;
}

/** One row of training data: a student's first attempt, in chronological order per student. */
export interface KtRow {
  student: string;
  item: KtItem;
  correct: boolean;
  hintsUsed: number;
  t: number;
}
