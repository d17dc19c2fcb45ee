/**
 * What the bench needs from a simulated learner, whatever the model of learning behind it: answer
 * a step (and learn from it), say whether each skill is truly mastered (the simulator's ground
 * truth, never shown to the policies), and score a post-test. Three families implement it: the
 * latent-skill learner (simulate-learner.ts: gated by prerequisites, forgets in clock time), plain
 * BKT learners with per-skill parameters fitted on real data (bkt-learner.ts) and an Elo/logistic
 * learner (elo-learner.ts). Time is in simulated minutes.
 */
import type { Rng } from "./create-rng";
import type { Curriculum, SimStep } from "./make-curriculum";
import {
  attemptStep,
  drawLearner,
  isTrulyMastered,
  type Learner,
  marginAt,
  postTest,
  type StepOutcome,
  TRUE_MASTERY_MARGIN,
} from "./simulate-learner";

export interface SimLearner {
  readonly kind: string;
  /** One first attempt at a step at minute t: samples the response, then learns from the feedback. */
  attempt(step: SimStep, t: number, rng: Rng): StepOutcome;
  /** Ground truth: skill (index in curriculum.skills) mastered at minute t. */
  skillMastered(skill: number, t: number): boolean;
  /** Every skill truly mastered at minute t. */
  allMastered(t: number): boolean;
  /** Expected fraction correct on one fresh average item per skill at minute t (0-1). */
  postTest(t: number): number;
}

/** The latent-skill learner (simulate-learner.ts) behind the SimLearner interface. */
export function latentSimLearner(l: Learner): SimLearner {
  return {
    kind: "latent",
    attempt: (step, t, rng) => attemptStep(l, step, t, rng),
    skillMastered: (i, t) => marginAt(l, i, t) >= TRUE_MASTERY_MARGIN,
    allMastered: (t) => isTrulyMastered(l, t),
    postTest: (t) => postTest(l, t),
  };
}

export function isSimLearner(l: Learner | SimLearner): l is SimLearner {
  return typeof (l as SimLearner).attempt === "function";
}

export function toSimLearner(l: Learner | SimLearner): SimLearner {
  return isSimLearner(l) ? l : latentSimLearner(l);
}

/** Draws one learner of a family for a curriculum (the bench's simulators). */
export type DrawSimLearner = (curriculum: Curriculum, rng: Rng) => SimLearner;

export const drawLatentLearner: DrawSimLearner = (c, rng) => latentSimLearner(drawLearner(c, rng));
