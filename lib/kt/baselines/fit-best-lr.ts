import { getOrInsert } from "../get-or-insert";
import { seededRandom, sigmoid } from "../math";
import type { KtItem, KtModel, KtRow, StudentState } from "../types";

export interface BestLrOptions {
  /** L2 strength in pseudo-rows (penalty l2·w²/2 on the summed log-loss), every weight but the bias. */
  l2?: number;
  epochs?: number;
  seed?: number;
}

/** Column layout: bias | total [wins, fails] | per skill [one-hot, wins, fails] | per item one-hot. */
interface Cols {
  skills: Map<string, number>;
  items: Map<string, number>;
  itemBase: number;
  size: number;
}

const SKILL_STRIDE = 3;
const skillCol = (k: number) => 3 + SKILL_STRIDE * k;

/**
 * The features of attempting `item` now (Gervet et al.'s Best-LR: item and skill one-hot, and
 * ln(1+wins), ln(1+fails) in total and per skill of the item), from the student's past only.
 * Unseen items and skills contribute nothing of their own. Pure: returns (index, value) pairs.
 */
export function bestLrFeatures(cols: Cols, state: StudentState, item: KtItem): [number, number][] {
  const g = state.global;
  const out: [number, number][] = [
    [0, 1],
    [1, Math.log1p(g.s ?? 0)],
    [2, Math.log1p(g.f ?? 0)],
  ];
  for (const id of item.skills) {
    const k = cols.skills.get(id);
    if (k === undefined) continue;
    const st = state.skills[id];
    out.push([skillCol(k), 1], [skillCol(k) + 1, Math.log1p(st?.s ?? 0)], [skillCol(k) + 2, Math.log1p(st?.f ?? 0)]);
  }
  const j = cols.items.get(item.itemId);
  if (j !== undefined) out.push([cols.itemBase + j, 1]);
  return out;
}

function updateCounts(state: StudentState, item: KtItem, correct: boolean): StudentState {
  const key = correct ? "s" : "f";
  state.global[key] = (state.global[key] ?? 0) + 1;
  for (const id of item.skills) {
    const st = state.skills[id] ?? { s: 0, f: 0 };
    state.skills[id] = st;
    st[key] = (st[key] ?? 0) + 1;
  }
  return state;
}

/**
 * Best-LR (Gervet et al. 2020), the strongest logistic baseline of the reference table: fitted
 * by minibatch Adam on the L2-penalised log-loss (as the model is), no per-dataset tuning.
 */
export function fitBestLr(rows: readonly KtRow[], opts: BestLrOptions = {}): KtModel {
  const l2 = opts.l2 ?? 1;
  const epochs = opts.epochs ?? 10;
  const skills = new Map<string, number>();
  const items = new Map<string, number>();
  for (const r of rows) {
    for (const s of r.item.skills) if (!skills.has(s)) skills.set(s, skills.size);
    if (!items.has(r.item.itemId)) items.set(r.item.itemId, items.size);
  }
  const itemBase = skillCol(skills.size);
  const cols: Cols = { skills, items, itemBase, size: itemBase + items.size };
  const states = new Map<string, StudentState>();
  const X = rows.map((r) => {
    const state = getOrInsert(states, r.student, () => ({ skills: {}, global: {} }));
    const x = bestLrFeatures(cols, state, r.item);
    updateCounts(state, r.item, r.correct);
    return x;
  });
  const w = new Float64Array(cols.size);
  const m = new Float64Array(cols.size);
  const v = new Float64Array(cols.size);
  const grad = new Float64Array(cols.size);
  const n = rows.length;
  const order = Array.from({ length: n }, (_, i) => i);
  const rand = seededRandom(opts.seed ?? 7);
  const batch = 512;
  const total = epochs * Math.ceil(n / batch);
  let step = 0;
  for (let e = 0; e < epochs && n > 0; e++) {
    for (let i = n - 1; i > 0; i--) {
      const k = Math.floor(rand() * (i + 1));
      [order[i], order[k]] = [order[k]!, order[i]!];
    }
    for (let start = 0; start < n; start += batch) {
      step++;
      const end = Math.min(n, start + batch);
      for (let b = start; b < end; b++) {
        const x = X[order[b]!]!;
        let z = 0;
        for (const [j, val] of x) z += w[j]! * val;
        const err = (sigmoid(z) - (rows[order[b]!]!.correct ? 1 : 0)) / (end - start);
        for (const [j, val] of x) grad[j]! += err * val;
      }
      const lr = 0.03 * (1 - (0.9 * step) / total);
      for (let j = 0; j < cols.size; j++) {
        const gj = grad[j]! + (j === 0 ? 0 : (l2 * w[j]!) / n);
        grad[j] = 0;
        m[j] = 0.9 * m[j]! + 0.1 * gj;
        v[j] = 0.999 * v[j]! + 0.001 * gj * gj;
        w[j]! -= (lr * (m[j]! / (1 - 0.9 ** step))) / (Math.sqrt(v[j]! / (1 - 0.999 ** step)) + 1e-8);
      }
    }
  }
  const logitOf = (state: StudentState, item: KtItem) =>
    bestLrFeatures(cols, state, item).reduce((z, [j, val]) => z + w[j]! * val, 0);
  return {
    kind: "best-lr",
    initialState: () => ({ skills: {}, global: {} }),
    predict: (state, item) => sigmoid(logitOf(state, item)),
    update: (state, item, obs) => updateCounts(state, item, obs.correct),
    mastery: (state, skill) => sigmoid(logitOf(state, { itemId: "", skills: [skill] })),
    describe: () =>
      [...skills].map(([skill, k]) => ({
        skill,
        params: { easiness: w[skillCol(k)]!, perWin: w[skillCol(k) + 1]!, perFail: w[skillCol(k) + 2]! },
      })),
    toJSON: () => ({ kind: "best-lr", skills: [...skills.keys()], items: [...items.keys()], weights: Array.from(w) }),
  };
}
