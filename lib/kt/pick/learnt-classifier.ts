/**
 * P(truly learnt) per skill from the tracing model's mastery AND the student's own record on the
 * skill (practice count, wrong answers, current run of right answers), as one logistic model
 * fitted against a truth (PickInput.learntClassifier; decision 023). The calibration curve reads
 * the model's number alone; a learner whose learning is not the model's (an Elo learner's success
 * barely changes near mastery; a BKT learner's flips at once) is often better told by how much
 * practice it has had and how it went. Pure: features, prediction and an L2-regularised Newton
 * (IRLS) fit, shared by the picker and the bench's calibration.
 */
import { logit, sigmoid } from "@/lib/kt/math";
import { rightWithoutHints, type StreakAttempt } from "./current-streaks";

/** A student's record on one skill, first attempts only (a hint makes an attempt not right). */
export interface SkillEvidence {
  attempts: number;
  wrong: number;
  /** Current run of right first attempts without hints. */
  streak: number;
}

export interface LearntClassifier {
  /** One weight per feature of learntFeatures, in order. */
  weights: readonly number[];
}

export const LEARNT_FEATURES = [
  "bias",
  "logit(mastery)",
  "log(1+attempts)",
  "log(1+attempts)^2",
  "log(1+wrong)",
  "min(streak, 8)",
  "streak >= 3",
  "share wrong",
] as const;

const NONE: SkillEvidence = { attempts: 0, wrong: 0, streak: 0 };

/** The feature vector (LEARNT_FEATURES) for a model mastery and a record; written into `out`. */
export function learntFeatures(mastery: number, ev: SkillEvidence = NONE, out: number[] = []): number[] {
  const la = Math.log1p(ev.attempts);
  out[0] = 1;
  out[1] = Math.max(-8, Math.min(8, logit(mastery)));
  out[2] = la;
  out[3] = la * la;
  out[4] = Math.log1p(ev.wrong);
  out[5] = Math.min(ev.streak, 8);
  out[6] = ev.streak >= 3 ? 1 : 0;
  out[7] = ev.attempts > 0 ? ev.wrong / ev.attempts : 0;
  out.length = LEARNT_FEATURES.length;
  return out;
}

export function learntProbability(c: LearntClassifier, mastery: number, ev?: SkillEvidence): number {
  const f = learntFeatures(mastery, ev);
  let z = 0;
  for (let k = 0; k < f.length; k++) z += (c.weights[k] ?? 0) * (f[k] as number);
  return sigmoid(z);
}

/** Updates per-skill records in place with the attempts after `from`; returns the new `from`. */
export function extendEvidence(
  evidence: Record<string, SkillEvidence>,
  attempts: readonly StreakAttempt[],
  from: number,
): number {
  for (let i = from; i < attempts.length; i++) {
    const a = attempts[i] as StreakAttempt;
    const right = rightWithoutHints(a);
    for (const s of a.skills) {
      const e = evidence[s] ?? { attempts: 0, wrong: 0, streak: 0 };
      e.attempts++;
      if (right) e.streak++;
      else {
        e.wrong++;
        e.streak = 0;
      }
      evidence[s] = e;
    }
  }
  return attempts.length;
}

/** Solves A x = b for a small symmetric positive definite A (Gaussian elimination with pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p] as number[], m[c] as number[]];
    const piv = m[c]![c]!;
    if (Math.abs(piv) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / piv;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k] = m[r]![k]! - f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

/**
 * Logistic regression by Newton's method (IRLS) with an L2 penalty `ridge` on every weight but
 * the bias. `x` is row-major, `LEARNT_FEATURES.length` columns per row; `y` 0/1 per row.
 */
export function fitLearntClassifier(x: Float64Array, y: Uint8Array, ridge = 1, iterations = 25): LearntClassifier {
  const d = LEARNT_FEATURES.length;
  const n = y.length;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let k = 0; k < d; k++) z += (w[k] as number) * (x[i * d + k] as number);
      const p = sigmoid(z);
      const r = p - (y[i] as number);
      const v = Math.max(1e-9, p * (1 - p));
      for (let k = 0; k < d; k++) {
        const xk = x[i * d + k] as number;
        g[k] = (g[k] as number) + r * xk;
        const hk = h[k] as number[];
        for (let j = k; j < d; j++) hk[j] = (hk[j] as number) + v * xk * (x[i * d + j] as number);
      }
    }
    for (let k = 0; k < d; k++) {
      for (let j = 0; j < k; j++) (h[k] as number[])[j] = (h[j] as number[])[k] as number;
      if (k > 0) {
        (h[k] as number[])[k] = ((h[k] as number[])[k] as number) + ridge;
        g[k] = (g[k] as number) + ridge * (w[k] as number);
      }
    }
    const step = solve(h, g);
    let moved = 0;
    w = w.map((wk, k) => {
      moved = Math.max(moved, Math.abs(step[k] as number));
      return wk - (step[k] as number);
    });
    if (moved < 1e-7) break;
  }
  return { weights: w };
}
