/**
 * Plain BKT learners: per skill a hidden known/unknown state, known at the start with P(prior),
 * learnt after each practice opportunity with P(learn), no forgetting, no prerequisites. A step
 * is answered right with P = product over its skills of (1 - slip) if known, guess if not (all
 * skills are needed). The parameters are NOT the tracing model's: they are fitted per skill by
 * EM on real data (ASSISTments 2009, OLI Statics; lib/kt/baselines/fit-bkt.ts) and mapped onto
 * the simulated curriculum's skills, so the ground truth is a model of how students learn that
 * the picker's own model does not share. Truth: a skill is mastered when it is known.
 */
import { fitBkt } from "@/lib/kt/baselines/fit-bkt";
import type { KtRow } from "@/lib/kt/types";
import { type Rng, shuffleCopy } from "./create-rng";
import type { Curriculum } from "./make-curriculum";
import type { SimLearner } from "./sim-learner";

export interface BktSkillParams {
  prior: number;
  learn: number;
  guess: number;
  slip: number;
}

export interface BktPoolOptions {
  /** Skills with fewer rows than this are left out (their fits are mostly the EM prior). */
  minRows?: number;
  /** Fits with guess or slip above these, or learn below minLearn, are left out (see poolFilter). */
  maxGuess?: number;
  maxSlip?: number;
  minLearn?: number;
}

/**
 * Per-skill BKT parameter sets fitted on real rows. Left out: rare skills, and degenerate fits
 * where "known" is barely distinguishable from "unknown" (guess near the EM cap of 0.5, large
 * slip) or where learning practically never happens (learn < 0.02: such a skill could never be
 * mastered within any cap, whatever the policy).
 */
export function fitBktPool(rows: readonly KtRow[], opts: BktPoolOptions = {}): BktSkillParams[] {
  const minRows = opts.minRows ?? 300;
  const counts = new Map<string, number>();
  for (const r of rows) for (const s of r.item.skills) counts.set(s, (counts.get(s) ?? 0) + 1);
  const pool: BktSkillParams[] = [];
  for (const v of fitBkt(rows).describe()) {
    const p = v.params as unknown as BktSkillParams;
    if ((counts.get(v.skill) ?? 0) < minRows) continue;
    if (p.guess > (opts.maxGuess ?? 0.4) || p.slip > (opts.maxSlip ?? 0.3) || p.learn < (opts.minLearn ?? 0.02))
      continue;
    pool.push({ prior: p.prior, learn: p.learn, guess: p.guess, slip: p.slip });
  }
  return pool;
}

/**
 * One fitted parameter set per curriculum skill, drawn from the pool (without replacement while
 * the pool lasts), then ordered so that skills earlier in the course get the higher priors (as
 * in the latent simulator, where lower levels are better known). Same rng, same mapping.
 */
export function assignBktParams(curriculum: Curriculum, pool: readonly BktSkillParams[], rng: Rng): BktSkillParams[] {
  if (pool.length === 0) throw new Error("assignBktParams: empty parameter pool");
  const drawn: BktSkillParams[] = [];
  let bag: BktSkillParams[] = [];
  for (let i = 0; i < curriculum.skills.length; i++) {
    if (bag.length === 0) bag = shuffleCopy(rng, pool);
    drawn.push(bag.pop() as BktSkillParams);
  }
  const byPrior = [...drawn].sort((a, b) => b.prior - a.prior);
  const order = curriculum.skills.map((s, i) => ({ i, level: s.level })).sort((a, b) => a.level - b.level || a.i - b.i);
  const out: BktSkillParams[] = new Array(curriculum.skills.length);
  order.forEach((o, k) => {
    out[o.i] = byPrior[k] as BktSkillParams;
  });
  return out;
}

export function drawBktLearner(curriculum: Curriculum, params: readonly BktSkillParams[], rng: Rng): SimLearner {
  const index = new Map(curriculum.skills.map((s, i) => [s.id, i]));
  const known = Uint8Array.from(params, (p) => (rng() < p.prior ? 1 : 0));
  const correctOn = (i: number) => {
    const p = params[i] as BktSkillParams;
    return known[i] ? 1 - p.slip : p.guess;
  };
  return {
    kind: "bkt",
    attempt(step, _t, rng2) {
      const ids = step.skills.map((s) => index.get(s) ?? 0);
      let p = 1;
      for (const i of ids) p *= correctOn(i);
      const correct = rng2() < p;
      for (const i of ids) if (!known[i] && rng2() < (params[i] as BktSkillParams).learn) known[i] = 1;
      return { correct, hintsUsed: 0 };
    },
    skillMastered: (i) => known[i] === 1,
    allMastered: () => known.every((k) => k === 1),
    postTest: () => {
      let sum = 0;
      for (let i = 0; i < known.length; i++) sum += correctOn(i);
      return sum / Math.max(1, known.length);
    },
  };
}
