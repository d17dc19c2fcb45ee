/**
 * Fits SimpleBkt from first attempts: Baum-Welch (EM) per skill on each student's sequence for
 * that skill (a multi-skill step counts for each of its skills), then forgetting (a rate and its
 * consolidation by practice) chosen by likelihood on a grid. The product's picker runs it as its
 * detector of "learnt" (decision 023); benches also use it in place of the project's model.
 */
import type { KtRow } from "@/lib/kt/types";
import { type BktParams, DEFAULT_BKT, SimpleBkt } from "./simple-bkt";

export interface Obs {
  c: boolean;
  t: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Each skill's first attempts, one sequence per student (a multi-skill step counts for each skill). */
export function groupSequences(rows: KtRow[]): Map<string, Obs[][]> {
  const bySkill = new Map<string, Map<string, Obs[]>>();
  for (const r of rows) {
    const c = r.correct && r.hintsUsed === 0;
    for (const skill of r.item.skills) {
      const students = bySkill.get(skill) ?? new Map<string, Obs[]>();
      bySkill.set(skill, students);
      const seq = students.get(r.student) ?? [];
      students.set(r.student, seq);
      seq.push({ c, t: r.t });
    }
  }
  return new Map([...bySkill].map(([k, v]) => [k, [...v.values()]]));
}

const emit = (p: BktParams, learned: boolean, c: boolean) =>
  learned ? (c ? 1 - p.slip : p.slip) : c ? p.guess : 1 - p.guess;

/** One EM iteration over all sequences of a skill; returns new params. */
function emStep(p: BktParams, seqs: Obs[][]): BktParams {
  let priorNum = 0;
  let learnNum = 0;
  let learnDen = 0;
  let guessNum = 0;
  let guessDen = 0;
  let slipNum = 0;
  let slipDen = 0;
  for (const seq of seqs) {
    const n = seq.length;
    const alpha = new Float64Array(n); // P(learned | obs so far), normalised forward
    const scale = new Float64Array(n);
    let prev = p.prior;
    for (let i = 0; i < n; i++) {
      const c = (seq[i] as Obs).c;
      const a1 = prev * emit(p, true, c);
      const a0 = (1 - prev) * emit(p, false, c);
      scale[i] = a1 + a0;
      alpha[i] = a1 / (a1 + a0);
      prev = (alpha[i] as number) + (1 - (alpha[i] as number)) * p.learn;
    }
    // Backward pass gives the smoothed P(learned at i) and the unlearned->learned transitions.
    let b1 = 1;
    let b0 = 1;
    const gamma = new Float64Array(n);
    for (let i = n - 1; i >= 0; i--) {
      const a = alpha[i] as number;
      const g = (a * b1) / (a * b1 + (1 - a) * b0);
      gamma[i] = g;
      if (i > 0) {
        const c = (seq[i] as Obs).c;
        const e1 = emit(p, true, c) * b1;
        const e0 = emit(p, false, c) * b0;
        const ap = alpha[i - 1] as number;
        // xi(0->1) / P(unlearned at i-1), for the learn estimate.
        const t01 = (1 - ap) * p.learn * e1;
        const t00 = (1 - ap) * (1 - p.learn) * e0;
        const t1x = ap * e1;
        const z = t01 + t00 + t1x;
        learnNum += t01 / z;
        learnDen += (t01 + t00) / z;
        const nb1 = e1;
        const nb0 = p.learn * e1 + (1 - p.learn) * e0;
        const s = nb1 + nb0;
        b1 = nb1 / s;
        b0 = nb0 / s;
      }
    }
    priorNum += gamma[0] ?? 0;
    for (let i = 0; i < n; i++) {
      const g = gamma[i] as number;
      const c = (seq[i] as Obs).c;
      slipDen += g;
      if (!c) slipNum += g;
      guessDen += 1 - g;
      if (c) guessNum += 1 - g;
    }
  }
  return {
    prior: clamp(priorNum / Math.max(1, seqs.length), 0.01, 0.9),
    learn: clamp(learnNum / Math.max(1e-9, learnDen), 0.01, 0.6),
    guess: clamp(guessNum / Math.max(1e-9, guessDen), 0.01, 0.35),
    slip: clamp(slipNum / Math.max(1e-9, slipDen), 0.01, 0.3),
  };
}

/** Log-likelihood of all sequences under a model (forward filter with forgetting). */
function logLikelihood(model: SimpleBkt, data: Map<string, Obs[][]>): number {
  let ll = 0;
  for (const [skill, seqs] of data) {
    for (const seq of seqs) {
      const st = model.initialState();
      for (const o of seq) {
        const p = model.predict(st, { itemId: "", skills: [skill] }, o.t);
        ll += Math.log(o.c ? p : 1 - p);
        model.update(st, { itemId: "", skills: [skill] }, { correct: o.c, hintsUsed: 0, t: o.t });
      }
    }
  }
  return ll;
}

export const FORGET_PER_DAY = [0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.6, 1, 1.5, 2, 3];
export const CONSOLIDATION = [0, 0.25, 0.5, 1, 2, 4, 8, 16, 32];

export function fitSimpleBkt(rows: KtRow[], iterations = 40): SimpleBkt {
  const data = groupSequences(rows);
  const skills: Record<string, BktParams> = {};
  for (const [skill, seqs] of data) {
    let p: BktParams = { ...DEFAULT_BKT };
    for (let k = 0; k < iterations; k++) p = emStep(p, seqs);
    skills[skill] = p;
  }
  let best = new SimpleBkt({ skills });
  let bestLl = logLikelihood(best, data);
  // Forgetting, chosen by likelihood: a rate per day and how much practice consolidates memory
  // (the rate is divided by 1 + consolidation x practice count). Without consolidation the grid
  // offered only "fast for every skill" or "slow for every skill"; with it, latent learners'
  // logs chose fast forgetting of little-practised skills, and the picker's waste on reviews fell
  // (decision 023, eleventh session).
  for (const forgetPerDay of FORGET_PER_DAY)
    for (const consolidation of CONSOLIDATION) {
      const m = new SimpleBkt({ skills, forgetPerDay, ...(consolidation > 0 && { consolidation }) });
      const ll = logLikelihood(m, data);
      if (ll > bestLl) [best, bestLl] = [m, ll];
    }
  return best;
}
