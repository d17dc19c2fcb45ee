/**
 * What "mastered" should mean for a tracing model, measured against a simulator's truth. The
 * training learners' rows are replayed through the fitted model; after each first attempt, each
 * of the step's skills gives one pair (the model's mastery right then, i.e. the value the product
 * stores and shows; truly mastered or not). The calibrated level is the lowest threshold at which
 * the first "mastered" per learner and skill (when a picker moves on) is right at least
 * `precision` of the time: a learner called mastered has learnt the skill, and as many of those
 * who have learnt it as possible are called mastered. Precision and recall over all pairs
 * describe how well the two agree at any time.
 */

import { rightWithoutHints } from "@/lib/kt/pick/current-streaks";
import { extendEvidence, LEARNT_FEATURES, learntFeatures, type SkillEvidence } from "@/lib/kt/pick/learnt-classifier";
import type { KtModel, KtRow, StudentState } from "@/lib/kt/types";
import type { TrainingData } from "./make-training-rows";

export interface MasteryPairs {
  value: Float64Array;
  truth: Uint8Array;
  /** Per pair: which (student, skill) sequence it belongs to (pairs of a sequence are in order). */
  seq?: Int32Array;
}

export function masteryPairs(model: KtModel, data: TrainingData): MasteryPairs {
  const value: number[] = [];
  const truth: number[] = [];
  const seq: number[] = [];
  const seqIds = new Map<string, number>();
  const states = new Map<string, StudentState>();
  data.rows.forEach((r: KtRow, k) => {
    let st = states.get(r.student);
    if (!st) {
      st = model.initialState();
      states.set(r.student, st);
    }
    model.update(st, r.item, { correct: r.correct, hintsUsed: r.hintsUsed, t: r.t });
    const tr = data.truth[k] ?? [];
    r.item.skills.forEach((s, j) => {
      value.push(model.mastery(st, s, r.t));
      truth.push(tr[j] ? 1 : 0);
      const key = `${r.student}\u0000${s}`;
      let id = seqIds.get(key);
      if (id === undefined) {
        id = seqIds.size;
        seqIds.set(key, id);
      }
      seq.push(id);
    });
  });
  return { value: Float64Array.from(value), truth: Uint8Array.from(truth), seq: Int32Array.from(seq) };
}

export interface Agreement {
  threshold: number;
  precision: number;
  recall: number;
  /** Pairs called mastered, and pairs truly mastered. */
  called: number;
  mastered: number;
  /**
   * The decision a picker takes: at the first time each (student, skill) is called mastered, the
   * share truly mastered then (1 when never called; equals `precision` without sequence ids).
   */
  firstCallPrecision: number;
}

export function agreementAt(pairs: MasteryPairs, threshold: number): Agreement {
  let tp = 0;
  let called = 0;
  let mastered = 0;
  let firstCalls = 0;
  let firstRight = 0;
  const done = new Set<number>();
  for (let i = 0; i < pairs.value.length; i++) {
    const c = (pairs.value[i] as number) >= threshold;
    const t = pairs.truth[i] === 1;
    if (c) called++;
    if (t) mastered++;
    if (c && t) tp++;
    const q = pairs.seq?.[i];
    if (c && q !== undefined && !done.has(q)) {
      done.add(q);
      firstCalls++;
      if (t) firstRight++;
    }
  }
  const precision = called ? tp / called : 1;
  return {
    threshold,
    precision,
    recall: mastered ? tp / mastered : 1,
    called,
    mastered,
    firstCallPrecision: pairs.seq ? (firstCalls ? firstRight / firstCalls : 1) : precision,
  };
}

/**
 * The lowest threshold (on a 0.01 grid from 0.3 to 0.99) at which the first call of "mastered"
 * per (student, skill) is right at least `precision` of the time (firstCallPrecision: the moment
 * a picker moves on). When none reaches it (the model cannot tell mastered from nearly mastered
 * well enough), the threshold with the best F1 of that precision and the recall instead, so
 * "mastered" stays reachable; `reached` says which.
 */
export function calibrateThreshold(pairs: MasteryPairs, precision = 0.9): Agreement & { reached: boolean } {
  let bestF1: Agreement | null = null;
  let f1Best = -1;
  for (let k = 30; k <= 99; k++) {
    const a = agreementAt(pairs, k / 100);
    const p = a.firstCallPrecision;
    if (a.called > 0 && p >= precision) return { ...a, reached: true };
    const f1 = p + a.recall > 0 ? (2 * p * a.recall) / (p + a.recall) : 0;
    if (f1 > f1Best) [bestF1, f1Best] = [a, f1];
  }
  return { ...(bestF1 as Agreement), reached: false };
}

/** P(truly mastered) by the model's mastery: piecewise linear through (at[k], p[k]), at ascending. */
export interface MasteryCurve {
  at: number[];
  p: number[];
}

/**
 * The share truly mastered per band of the model's mastery (`bins` equal bands over [0, 1],
 * empty bands left out), made non-decreasing by pooling adjacent violators: a picker can read
 * "how sure is it that this skill is learnt" from the model's number. Over every pair, as
 * agreementAt's precision and recall are.
 */
export function masteryCurve(pairs: MasteryPairs, bins = 20): MasteryCurve {
  const n = new Float64Array(bins);
  const yes = new Float64Array(bins);
  for (let i = 0; i < pairs.value.length; i++) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor((pairs.value[i] as number) * bins)));
    n[b] = (n[b] as number) + 1;
    yes[b] = (yes[b] as number) + (pairs.truth[i] as number);
  }
  // Pool adjacent violators over the non-empty bands, weighted by their counts.
  const blocks: { at: number[]; w: number; y: number }[] = [];
  for (let b = 0; b < bins; b++) {
    if (!n[b]) continue;
    blocks.push({ at: [(b + 0.5) / bins], w: n[b] as number, y: yes[b] as number });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1] as (typeof blocks)[number];
      const prev = blocks[blocks.length - 2] as (typeof blocks)[number];
      if (prev.y / prev.w <= last.y / last.w) break;
      blocks.splice(-2, 2, { at: [...prev.at, ...last.at], w: prev.w + last.w, y: prev.y + last.y });
    }
  }
  const at: number[] = [];
  const p: number[] = [];
  for (const blk of blocks) {
    for (const a of blk.at) {
      at.push(a);
      p.push(blk.y / blk.w);
    }
  }
  return { at, p };
}

/** Per student, made on first sight: the tracing model's state and the record per skill. */
function perStudent(model: KtModel): (id: string) => { st: StudentState; rec: Record<string, SkillEvidence> } {
  const seen = new Map<string, { st: StudentState; rec: Record<string, SkillEvidence> }>();
  return (id) => {
    let s = seen.get(id);
    if (!s) {
      s = { st: model.initialState(), rec: {} };
      seen.set(id, s);
    }
    return s;
  };
}

/**
 * Training pairs for the learnt classifier (lib/kt/pick/learnt-classifier.ts): after each first
 * attempt, per skill of the step, the features of (the model's mastery then, the student's record
 * on the skill including this attempt) and the truth. Row-major, LEARNT_FEATURES.length columns.
 */
export function learntPairs(model: KtModel, data: TrainingData): { x: Float64Array; y: Uint8Array } {
  const x: number[] = [];
  const y: number[] = [];
  const student = perStudent(model);
  const f: number[] = [];
  data.rows.forEach((r: KtRow, k) => {
    const { st, rec } = student(r.student);
    model.update(st, r.item, { correct: r.correct, hintsUsed: r.hintsUsed, t: r.t });
    extendEvidence(rec, [{ skills: r.item.skills, correct: r.correct, hintsUsed: r.hintsUsed }], 0);
    const tr = data.truth[k] ?? [];
    r.item.skills.forEach((s, j) => {
      x.push(...learntFeatures(model.mastery(st, s, r.t), rec[s], f));
      y.push(tr[j] ? 1 : 0);
    });
  });
  return { x: Float64Array.from(x), y: Uint8Array.from(y) };
}

/**
 * The same pairs labelled without the simulator's truth, from what a deployment's own logs hold:
 * a (row, skill) is "learnt" when at least `need` of the student's next `ahead` first attempts on
 * that skill are right without hints, "not learnt" when fewer are; pairs with fewer than `ahead`
 * later attempts are left out. Besides the pair after each attempt, one before the skill's first
 * (an empty record). A proxy a real tutor can fit its learnt classifier on (decision 023,
 * tenth session); slips and guesses make it noisier than the truth.
 */
export function proxyLearntPairs(
  model: KtModel,
  data: TrainingData,
  ahead = 3,
  need = 2,
): { x: Float64Array; y: Uint8Array } {
  const d = LEARNT_FEATURES.length;
  const student = perStudent(model);
  // Per student and skill: the features at each attempt and whether each attempt was right.
  const seq = new Map<string, { features: number[][]; right: boolean[] }>();
  for (const r of data.rows) {
    const { st, rec } = student(r.student);
    // Before a skill's first attempt: the untouched record (what the picker sees for a skill never
    // practised), labelled by the first attempts, so the fit does not extrapolate to it.
    for (const s of r.item.skills) {
      const key = `${r.student}\u0000${s}`;
      if (seq.has(key)) continue;
      seq.set(key, { features: [learntFeatures(model.mastery(st, s, r.t)).slice()], right: [false] });
    }
    model.update(st, r.item, { correct: r.correct, hintsUsed: r.hintsUsed, t: r.t });
    const attempt = { skills: r.item.skills, correct: r.correct, hintsUsed: r.hintsUsed };
    extendEvidence(rec, [attempt], 0);
    for (const s of r.item.skills) {
      const q = seq.get(`${r.student}\u0000${s}`) as { features: number[][]; right: boolean[] };
      q.features.push(learntFeatures(model.mastery(st, s, r.t), rec[s]).slice());
      q.right.push(rightWithoutHints(attempt));
    }
  }
  const x: number[] = [];
  const y: number[] = [];
  for (const q of seq.values()) {
    for (let i = 0; i + ahead < q.right.length; i++) {
      let rights = 0;
      for (let j = i + 1; j <= i + ahead; j++) if (q.right[j]) rights++;
      x.push(...(q.features[i] as number[]));
      y.push(rights >= need ? 1 : 0);
    }
  }
  if (x.length !== y.length * d) throw new Error("proxyLearntPairs: feature width");
  return { x: Float64Array.from(x), y: Uint8Array.from(y) };
}
