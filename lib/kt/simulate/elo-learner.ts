/**
 * An Elo/logistic learner: per skill a continuous rating θ (logit of success on an average item
 * of the skill). A step is answered right with P = guess + (1 - guess - slip) · σ(mean of its
 * skills' θ - item offset): compensatory, unlike the latent learner's conjunctive product. Every
 * attempt ends with the worked solution, and the learner moves each practised skill's rating
 * toward it like an Elo update against an outcome of 1: θ += K · (1 - σ(θ - offset)), so learning
 * is fast while the skill is weak and slows as success becomes likely. No prerequisites, no
 * forgetting. Truth: a skill is mastered when σ(θ) >= 0.95 (as for the latent learner).
 */
import { drawNormal, logit, type Rng, sigmoid } from "./create-rng";
import type { Curriculum } from "./make-curriculum";
import type { SimLearner } from "./sim-learner";

export const ELO_MASTERY_RATING = logit(0.95);

export interface EloLearnerState {
  theta: Float64Array;
  k: Float64Array;
  guess: number;
  slip: number;
}

/** A learner from explicit numbers (tests), or drawn by drawEloLearner. */
export function eloLearnerFrom(curriculum: Curriculum, s: EloLearnerState): SimLearner & { state: EloLearnerState } {
  const index = new Map(curriculum.skills.map((x, i) => [x.id, i]));
  const { theta, k } = s;
  const success = (i: number) => s.guess + (1 - s.guess - s.slip) * sigmoid(theta[i] as number);
  return {
    kind: "elo",
    state: s,
    attempt(step, _t, rng) {
      const ids = step.skills.map((x) => index.get(x) ?? 0);
      let z = 0;
      for (const i of ids) z += theta[i] as number;
      z = z / Math.max(1, ids.length) - step.offset;
      const correct = rng() < s.guess + (1 - s.guess - s.slip) * sigmoid(z);
      for (const i of ids)
        theta[i] = (theta[i] as number) + (k[i] as number) * (1 - sigmoid((theta[i] as number) - step.offset));
      return { correct, hintsUsed: 0 };
    },
    skillMastered: (i) => (theta[i] as number) >= ELO_MASTERY_RATING,
    allMastered: () => theta.every((x) => x >= ELO_MASTERY_RATING),
    postTest: () => {
      let sum = 0;
      for (let i = 0; i < theta.length; i++) sum += success(i);
      return sum / Math.max(1, theta.length);
    },
  };
}

/**
 * Ability and speed vary per learner, speed also per skill; later skills start lower. Skill
 * speed follows the curriculum's learnability (0.09-0.15 → K 1.2-2.0 before the learner's factor:
 * from a typical start, about 10-20 opportunities to mastery per skill).
 */
export function drawEloLearner(curriculum: Curriculum, rng: Rng): SimLearner {
  const n = curriculum.skills.length;
  const ability = drawNormal(rng, 0, 0.6);
  const speed = Math.exp(drawNormal(rng, 0, 0.3));
  const theta = new Float64Array(n);
  const k = new Float64Array(n);
  curriculum.skills.forEach((sk, i) => {
    theta[i] = ability - sk.difficulty + drawNormal(rng, -1.5 - 0.3 * sk.level, 0.8);
    k[i] = Math.min(3, ((2 * sk.learnability) / 0.15) * speed * Math.exp(drawNormal(rng, 0, 0.2)));
  });
  return eloLearnerFrom(curriculum, { theta, k, guess: 0.05 + 0.15 * rng(), slip: 0.03 + 0.07 * rng() });
}
