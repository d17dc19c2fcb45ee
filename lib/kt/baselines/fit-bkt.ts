import { getOrInsert } from "../get-or-insert";
import { round4 } from "../math";
import type { KtModel, KtRow } from "../types";
import { accumulateBktStats, type BktParams, predictBkt, updateBkt } from "./bkt-math";

export interface BktOptions {
  /** Fit a per-skill forgetting rate (BKT+F, forgetting per opportunity: no timestamps). */
  forgetting?: boolean;
  iterations?: number;
}

const START: BktParams = { prior: 0.4, learn: 0.15, forget: 0, guess: 0.2, slip: 0.1 };
/** Pseudo-counts keep rare skills away from 0/1 probabilities (a weak Beta prior on START). */
const PSEUDO = 2;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Each (student, skill) sequence of responses, grouped by skill. */
function collectSequences(rows: readonly KtRow[]): Map<string, Uint8Array[]> {
  const seqs = new Map<string, Map<string, number[]>>();
  for (const r of rows) {
    for (const s of r.item.skills) {
      const bySkill = getOrInsert(seqs, s, () => new Map<string, number[]>());
      getOrInsert(bySkill, r.student, () => []).push(r.correct ? 1 : 0);
    }
  }
  return new Map([...seqs].map(([s, m]) => [s, [...m.values()].map((ys) => Uint8Array.from(ys))]));
}

/** EM (Baum–Welch) for one skill, guess and slip capped at 0.5 so "known" means knowing. */
function fitSkill(seqs: Uint8Array[], forgetting: boolean, iterations: number, scratch: Float64Array): BktParams {
  const p: BktParams = { ...START, forget: forgetting ? 0.05 : 0 };
  const acc = new Float64Array(10);
  for (let it = 0; it < iterations; it++) {
    acc.fill(0);
    for (const ys of seqs) accumulateBktStats(ys, p, acc, scratch);
    p.prior = clamp((acc[0]! + PSEUDO * START.prior) / (acc[1]! + PSEUDO), 0.01, 0.99);
    p.learn = clamp((acc[2]! + PSEUDO * START.learn) / (acc[3]! + PSEUDO), 0.001, 0.99);
    if (forgetting) p.forget = clamp((acc[4]! + PSEUDO * 0.05) / (acc[5]! + PSEUDO), 0, 0.99);
    p.guess = clamp((acc[6]! + PSEUDO * START.guess) / (acc[7]! + PSEUDO), 0.001, 0.5);
    p.slip = clamp((acc[8]! + PSEUDO * START.slip) / (acc[9]! + PSEUDO), 0.001, 0.5);
  }
  return p;
}

/**
 * Bayesian Knowledge Tracing, one HMM per skill fitted by EM. Multi-skill items predict the
 * mean over their skills and update every skill. Unseen skills use the average parameters.
 */
export function fitBkt(rows: readonly KtRow[], opts: BktOptions = {}): KtModel {
  const forgetting = opts.forgetting ?? false;
  const iterations = opts.iterations ?? 30;
  const seqs = collectSequences(rows);
  let maxLen = 1;
  for (const list of seqs.values()) for (const ys of list) maxLen = Math.max(maxLen, ys.length);
  const scratch = new Float64Array(2 * maxLen);
  const params = new Map<string, BktParams>();
  for (const [s, list] of seqs) params.set(s, fitSkill(list, forgetting, iterations, scratch));
  const avg = { ...START };
  if (params.size) {
    for (const key of Object.keys(avg) as (keyof BktParams)[]) {
      avg[key] = [...params.values()].reduce((a, p) => a + p[key], 0) / params.size;
    }
  }
  const get = (s: string) => params.get(s) ?? avg;
  const known = (state: { skills: Record<string, { pKnown?: number }> }, s: string) =>
    state.skills[s]?.pKnown ?? get(s).prior;
  const kind = forgetting ? "bkt-forget" : "bkt";
  return {
    kind,
    initialState: () => ({ skills: {}, global: {} }),
    predict: (state, item) => {
      if (!item.skills.length) return predictBkt(avg.prior, avg);
      let sum = 0;
      for (const s of item.skills) sum += predictBkt(known(state, s), get(s));
      return sum / item.skills.length;
    },
    update: (state, item, obs) => {
      for (const s of item.skills) state.skills[s] = { pKnown: updateBkt(known(state, s), obs.correct, get(s)) };
      return state;
    },
    mastery: (state, skill) => known(state, skill),
    describe: () =>
      [...params].map(([skill, p]) => ({
        skill,
        params: Object.fromEntries(Object.entries(p).map(([k, v]) => [k, round4(v)])),
      })),
    toJSON: () => ({ kind, params: Object.fromEntries(params), fallback: avg }),
  };
}
