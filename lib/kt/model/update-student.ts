import { sigmoid } from "../math";
import type { KtItem, KtObservation, StudentState } from "../types";
import type { ModelConfig } from "./model-config";

/**
 * Student state, all plain numbers so it serialises as is.
 *   global: theta (ability), s / f (success credit / failures), n (attempts), pat (last
 *           responses as bits, newest lowest), seen (distinct skills met)
 *           ge (recent correctness over all skills, when cfg.globalDecay > 0)
 *   skills[id]: s, f, n, e (recent correctness in [−1, 1]), pat, last (global n at last attempt),
 *           th (per-skill ability, when cfg.skillThetaStep > 0), tl (time of the last attempt, ms,
           when cfg.timeDecay and the attempt has a time); and under the item's first
 *           skill, per item with cfg.itemHistory: "is:<itemId>" / "if:<itemId>" (credit / failures)
 */
export function createState(): StudentState {
  return { skills: {}, global: { theta: 0, s: 0, f: 0, n: 0, pat: 0, seen: 0 } };
}

/** How much a first attempt counts as success: 1, less after hints, 0 for a failure. */
export function successCredit(cfg: ModelConfig, obs: KtObservation): number {
  return obs.correct ? cfg.hintCredit ** Math.max(0, obs.hintsUsed) : 0;
}

/** The state keys of a student's past successes and failures at one item (see createState). */
export const itemKeys = (itemId: string): [string, string] => [`is:${itemId}`, `if:${itemId}`];

/** Index of a response pattern among the codes for ≤ len responses (see patternCodes). */
export function patternCode(bits: number, n: number, len: number): number {
  const l = Math.min(n, len);
  return (1 << l) - 1 + (bits & ((1 << l) - 1));
}

/**
 * The online update after one first attempt, O(skills of the item). A success after hints is
 * weaker evidence: it adds `credit` < 1 to the success counts and moves θ and the recency
 * average only that fraction of a full step. Every skill of the item is updated.
 */
export function updateStudent(
  cfg: ModelConfig,
  state: StudentState,
  item: KtItem,
  obs: KtObservation,
  easiness: number,
): StudentState {
  const credit = successCredit(cfg, obs);
  const g = state.global;
  const theta = g.theta ?? 0;
  const p = sigmoid(theta + easiness);
  g.theta = theta + cfg.thetaStep * (obs.correct ? credit * (1 - p) : -p);
  if (cfg.settledThetaRate > 0) {
    const ts = g.ts ?? 0;
    const ps = sigmoid(ts + easiness);
    g.ts = ts + (obs.correct ? credit * (1 - ps) : -ps) / (1 + cfg.settledThetaRate * (g.n ?? 0));
  }
  g.pat = (((g.pat ?? 0) << 1) | (obs.correct ? 1 : 0)) & ((1 << cfg.globalPatternLength) - 1);
  g.n = (g.n ?? 0) + 1;
  if (obs.correct) g.s = (g.s ?? 0) + credit;
  else g.f = (g.f ?? 0) + 1;
  if (cfg.globalDecay > 0) {
    const ge = g.ge ?? 0;
    g.ge = obs.correct ? ge + (1 - cfg.globalDecay) * credit * (1 - ge) : ge + (1 - cfg.globalDecay) * (-1 - ge);
  }
  const step = 1 - cfg.skillDecay;
  for (const id of item.skills) {
    let st = state.skills[id];
    if (!st) {
      st = { s: 0, f: 0, n: 0, e: 0, pat: 0, last: 0 };
      state.skills[id] = st;
      g.seen = (g.seen ?? 0) + 1;
    }
    const e = st.e ?? 0;
    st.e = obs.correct ? e + step * credit * (1 - e) : e + step * (-1 - e);
    if (obs.correct) st.s = (st.s ?? 0) + credit;
    else st.f = (st.f ?? 0) + 1;
    st.pat = (((st.pat ?? 0) << 1) | (obs.correct ? 1 : 0)) & ((1 << cfg.skillPatternLength) - 1);
    st.n = (st.n ?? 0) + 1;
    st.last = g.n;
    if (cfg.timeDecay && obs.t > 0) st.tl = obs.t;
    if (cfg.skillThetaStep > 0) {
      const th = st.th ?? 0;
      const ps = sigmoid(theta + th + easiness);
      st.th = th + cfg.skillThetaStep * (obs.correct ? credit * (1 - ps) : -ps);
    }
  }
  const first = item.skills[0];
  if (cfg.itemHistory && first !== undefined) {
    const st = state.skills[first]!;
    const [ks, kf] = itemKeys(item.itemId);
    if (obs.correct) st[ks] = (st[ks] ?? 0) + credit;
    else st[kf] = (st[kf] ?? 0) + 1;
  }
  return state;
}
