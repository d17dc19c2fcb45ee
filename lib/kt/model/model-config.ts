/**
 * Hyperparameters of the Stepwise model. Defaults were chosen on ASSISTments 2009 (Gervet
 * split) by holding out train users with user_id % 5 == 0; the test file played no part.
 */
export interface ModelConfig {
  /** Decay per opportunity of the per-skill recent-correctness average (no timestamps exist). */
  skillDecay: number;
  /** Elo step for the running ability θ (against static item easiness). */
  thetaStep: number;
  /** Credit of a success after h hints: hintCredit^h of a plain success (weaker evidence). */
  hintCredit: number;
  /** How many of the student's last responses (any skill) form the overall response pattern. */
  globalPatternLength: number;
  /** How many of the student's last responses on a skill form that skill's response pattern. */
  skillPatternLength: number;
  /** Skill-pattern weights per skill (shrunk toward shared ones) or shared by all skills. */
  skillPatternPerSkill: boolean;
  /** Features of the student's past first attempts at the same item (repeats). */
  itemHistory: boolean;
  /** Elo step of the per-skill ability (residual of θ + item easiness); 0 = no such feature. */
  skillThetaStep: number;
  /** Decay per attempt of the recent correctness over all skills; 0 = no such feature. */
  globalDecay: number;
  /**
   * A second ability whose Elo step shrinks with the student's attempts, 1 / (1 + rate·n)
   * (Pelánek's uncertainty function): settles on the long-run level; 0 = no such feature.
   */
  settledThetaRate: number;
  /**
   * Forgetting in clock time: a per-skill weight (shrunk toward a shared one, kept ≤ 0) on
   * ln(1 + hours since the skill was last practised), in the knowledge part, so predictions and
   * mastery at a later time fall. Inert when attempts carry no times (t = 0). Off for model JSON
   * versions 1 and 2.
   */
  timeDecay: boolean;
  /** Lower edges of the "attempts so far on this skill" buckets whose weights on 1 and θ differ. */
  noveltyBuckets: number[];
  /**
   * Mastery scale: 0 = P(correct) after this many straight failures on the skill, 1 = after
   * this many straight successes (a BKT-like P(known) read off the logistic model).
   */
  masteryAnchor: number;
  /** L2 strengths, in pseudo-rows: items toward their skills, skill params toward shared means. */
  l2Item: number;
  l2Skill: number;
  /** Pulls student-level and shared weights toward their priors (matters only with little data). */
  l2Prior: number;
  /** Item-mean smoothing (pseudo-attempts at the skill mean) for θ's static easiness. */
  easinessStrength: number;
  epochs: number;
  /** Minimum number of Adam steps, so tiny datasets (a handful of students) still converge. */
  minSteps: number;
  batchSize: number;
  learningRate: number;
  seed: number;
}

export const DEFAULT_CONFIG: ModelConfig = {
  skillDecay: 0.7,
  thetaStep: 0.4,
  hintCredit: 0.5,
  globalPatternLength: 4,
  skillPatternLength: 3,
  skillPatternPerSkill: true,
  itemHistory: true,
  skillThetaStep: 0.3,
  globalDecay: 0.9,
  settledThetaRate: 0.05,
  timeDecay: true,
  noveltyBuckets: [0, 1],
  masteryAnchor: 5,
  l2Item: 2,
  l2Skill: 5,
  l2Prior: 20,
  easinessStrength: 5,
  epochs: 12,
  minSteps: 400,
  batchSize: 512,
  learningRate: 0.03,
  seed: 7,
};
