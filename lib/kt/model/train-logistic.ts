import { seededRandom, sigmoid } from "../math";
import type { Design } from "./build-design";
import { isNonNegative, isNonPositive, kindOf, type Layout, sharedOf } from "./feature-layout";
import type { ModelConfig } from "./model-config";

/**
 * The L2 penalty as per-weight strength and target: a per-skill weight shrinks toward its
 * shared counterpart (a weight itself, so the shared mean is learned from all skills), items
 * toward 0 (i.e. toward their skills' prediction), everything else toward `prior`.
 */
function buildPenalty(layout: Layout, cfg: ModelConfig): { lam: Float64Array; tgt: Int32Array } {
  const lam = new Float64Array(layout.size);
  const tgt = new Int32Array(layout.size).fill(-1);
  for (let j = 0; j < layout.size; j++) {
    const kind = kindOf(layout, j);
    if (kind === "bias") continue;
    if (kind === "item") lam[j] = cfg.l2Item;
    else if (kind === "skillEasiness") lam[j] = cfg.l2Skill;
    else if (kind === "skillWeight") {
      lam[j] = cfg.l2Skill;
      tgt[j] = sharedOf(layout, j);
    } else lam[j] = cfg.l2Prior;
  }
  return { lam, tgt };
}

/**
 * Minibatch Adam on the mean log-loss plus penalty/n, projecting success weights onto ≥ 0
 * and time-since-practice weights onto ≤ 0 after each step. Deterministic: row order comes from a seeded shuffle. Starts at `prior`.
 */
export function trainLogistic(design: Design, layout: Layout, cfg: ModelConfig, prior: Float64Array): Float64Array {
  const n = design.y.length;
  const w = Float64Array.from(prior);
  if (n === 0) return w;
  const P = layout.size;
  const { lam, tgt } = buildPenalty(layout, cfg);
  const nonNeg = new Uint8Array(P);
  for (let j = 0; j < P; j++) nonNeg[j] = isNonNegative(layout, j) ? 1 : isNonPositive(layout, j) ? 2 : 0;
  const grad = new Float64Array(P);
  const m = new Float64Array(P);
  const v = new Float64Array(P);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const rand = seededRandom(cfg.seed);
  const batch = Math.min(cfg.batchSize, n);
  const perEpoch = Math.ceil(n / batch);
  const total = Math.max(cfg.epochs, Math.ceil(cfg.minSteps / perEpoch)) * perEpoch;
  const { rowPtr, idx, val, y } = design;
  for (let step = 1; step <= total; step++) {
    const start = ((step - 1) % perEpoch) * batch;
    if (start === 0) {
      for (let i = n - 1; i > 0; i--) {
        const k = Math.floor(rand() * (i + 1));
        const t = order[i]!;
        order[i] = order[k]!;
        order[k] = t;
      }
    }
    const end = Math.min(n, start + batch);
    for (let b = start; b < end; b++) {
      const r = order[b]!;
      let z = 0;
      for (let q = rowPtr[r]!; q < rowPtr[r + 1]!; q++) z += w[idx[q]!]! * val[q]!;
      const err = (sigmoid(z) - y[r]!) / (end - start);
      for (let q = rowPtr[r]!; q < rowPtr[r + 1]!; q++) grad[idx[q]!]! += err * val[q]!;
    }
    for (let j = 0; j < P; j++) {
      if (lam[j] === 0) continue;
      const t = tgt[j]!;
      const d = (lam[j]! * (w[j]! - (t < 0 ? prior[j]! : w[t]!))) / n;
      grad[j]! += d;
      if (t >= 0) grad[t]! -= d;
    }
    // Linear decay to 10% keeps late minibatches from jittering around the optimum.
    const lr = cfg.learningRate * (1 - (0.9 * step) / total);
    const c1 = 1 - 0.9 ** step;
    const c2 = 1 - 0.999 ** step;
    for (let j = 0; j < P; j++) {
      const gj = grad[j]!;
      grad[j] = 0;
      m[j] = 0.9 * m[j]! + 0.1 * gj;
      v[j] = 0.999 * v[j]! + 0.001 * gj * gj;
      const wj = w[j]! - (lr * (m[j]! / c1)) / (Math.sqrt(v[j]! / c2) + 1e-8);
      w[j] = (nonNeg[j] === 1 && wj < 0) || (nonNeg[j] === 2 && wj > 0) ? 0 : wj;
    }
  }
  return w;
}
