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
