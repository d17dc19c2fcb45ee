/**
 * The generative learner: NOT the tracing model. Each skill has a continuous latent margin
 * x = theta - skill difficulty (logit scale). P(correct) on a step is guess + (1 - guess - slip)
 * times the product over the step's skills of sigmoid(x - item offset): all skills are needed.
 * Learning moves x toward a ceiling at a per-learner, per-skill rate, gated by how well the
 * prerequisites are known. Between practice, x decays toward the learner's starting point, more
 * slowly the more the skill was practised (memory consolidates). Time is in simulated minutes.
 */

import { drawNormal, logit, type Rng, sigmoid } from "./create-rng";
import type { Curriculum, SimStep } from "./make-curriculum";

/** True mastery: x >= logit(0.95), i.e. P(correct on an average item, ignoring slip/guess) >= 0.95. */
export const TRUE_MASTERY_MARGIN = logit(0.95);
/** Learning approaches this margin asymptotically (about 99.3% on an average item). */
const CEILING = 5;
/** Prerequisite gate: learning runs at sigmoid(GATE_SLOPE * (x_prereq - GATE_MID)) speed. */
const GATE_MID = 1.5;
const GATE_SLOPE = 3;
const MINUTES_PER_DAY = 1440;

export interface Learner {
  slip: number;
  guess: number;
  /** Per-day forgetting rate of an unpractised skill (divided by 1 + 0.5 x practice count). */
  forget: number;
  /** Per-skill learning rate (learner rate x skill learnability). */
  rate: Float64Array;
  /** Starting margin: where forgetting decays back to. */
  base: Float64Array;
  /** Current margin (as of lastT). */
  x: Float64Array;
  practice: Int32Array;
  lastT: Float64Array;
  /** Skill index by id, and prerequisite indices by skill index. */
  index: Map<string, number>;
  prereqs: number[][];
}

export interface StepOutcome {
  correct: boolean;
  hintsUsed: number;
}

/** Draws one learner: traits and prior knowledge vary per learner (lower levels better known). */
export function drawLearner(curriculum: Curriculum, rng: Rng): Learner {
  const n = curriculum.skills.length;
  const index = new Map(curriculum.skills.map((s, i) => [s.id, i]));
  const learnerRate = Math.exp(drawNormal(rng, 0, 0.3));
  const rate = new Float64Array(n);
  const base = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = curriculum.skills[i];
    if (!s) continue;
    // Rates vary per learner and skill: some learners find some skills easier.
    rate[i] = Math.min(0.5, s.learnability * learnerRate * Math.exp(drawNormal(rng, 0, 0.2)));
    base[i] = drawNormal(rng, -1.5 - 0.4 * s.level, 1);
  }
  return {
    slip: 0.03 + 0.07 * rng(),
    guess: 0.05 + 0.15 * rng(),
    forget: 0.1 * Math.exp(drawNormal(rng, 0, 0.4)),
    rate,
    base,
    x: Float64Array.from(base),
    practice: new Int32Array(n),
    lastT: new Float64Array(n),
    index,
    prereqs: curriculum.skills.map((s) => s.prereqs.map((p) => index.get(p) ?? -1).filter((j) => j >= 0)),
  };
}

/** Brings skill i's margin up to time t (forgetting since it was last touched). */
function settle(l: Learner, i: number, t: number): number {
  const dt = t - (l.lastT[i] ?? 0);
  const x = l.x[i] ?? 0;
  const b = l.base[i] ?? 0;
  if (dt > 0 && x > b) {
    const k = (l.forget / (1 + 0.5 * (l.practice[i] ?? 0))) * (dt / MINUTES_PER_DAY);
    l.x[i] = b + (x - b) * Math.exp(-k);
  }
  if (dt > 0) l.lastT[i] = t;
  return l.x[i] ?? 0;
}

/** The margin of a skill at time t (applies forgetting). */
export function marginAt(l: Learner, skill: number, t: number): number {
  return settle(l, skill, t);
}

/** How much of its learning rate skill i gets from its prerequisites (1 = fully open). */
export function gateOf(l: Learner, i: number, t: number): number {
  let g = 1;
  for (const p of l.prereqs[i] ?? []) g *= sigmoid(GATE_SLOPE * (settle(l, p, t) - GATE_MID));
  return g;
}

/** P(correct) on a step without hints, at time t. */
export function pCorrect(l: Learner, step: SimStep, t: number): number {
  let solve = 1;
  for (const s of step.skills) solve *= sigmoid(settle(l, l.index.get(s) ?? 0, t) - step.offset);
  return l.guess + (1 - l.guess - l.slip) * solve;
}

/**
 * One first attempt at a step at time t: samples the response, then learns. A learner who
 * expects to fail asks for a hint first (which helps the answer a little); learning happens
 * either way because every step ends with feedback.
 */
export function attemptStep(l: Learner, step: SimStep, t: number, rng: Rng): StepOutcome {
  let p = pCorrect(l, step, t);
  let hintsUsed = 0;
  if (rng() < 0.6 * (1 - p) * (1 - p)) {
    hintsUsed = 1 + Math.floor(rng() * 2);
    p += 0.3 * (1 - p);
  }
  const correct = rng() < p;
  // Gates are read before any skill of this step learns, so step order inside it doesn't matter.
  const ids = step.skills.map((s) => l.index.get(s) ?? 0);
  const gates = ids.map((i) => gateOf(l, i, t));
  ids.forEach((i, k) => {
    const x = settle(l, i, t);
    l.x[i] = x + (l.rate[i] ?? 0) * (gates[k] ?? 0) * (CEILING - x);
    l.practice[i] = (l.practice[i] ?? 0) + 1;
  });
  return { correct, hintsUsed };
}

export function isTrulyMastered(l: Learner, t: number): boolean {
  for (let i = 0; i < l.x.length; i++) if (settle(l, i, t) < TRUE_MASTERY_MARGIN) return false;
  return true;
}

/**
 * Post-test: one fresh average item per skill, answered from the latent state with the learner's
 * slip and guess. Scored as the expected fraction correct (0-1), which is the mean of many sampled
 * tests and keeps the comparison free of test noise.
 */
export function postTest(l: Learner, t: number): number {
  let sum = 0;
  for (let i = 0; i < l.x.length; i++) sum += l.guess + (1 - l.guess - l.slip) * sigmoid(settle(l, i, t));
  return sum / l.x.length;
}
