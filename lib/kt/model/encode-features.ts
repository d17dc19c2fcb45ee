import type { StudentState } from "../types";
import { BIAS, GLOBAL_BASE, type Layout, SKILL_DENSE } from "./feature-layout";
import type { ModelConfig } from "./model-config";
import { itemKeys, patternCode } from "./update-student";

/** Sparse feature row: parallel index and value buffers. */
export interface FeatureSink {
  idx: Int32Array;
  val: Float64Array;
}

/** Upper bound on the entries one row writes for an item with `skillCount` skills. */
export function maxEntries(skillCount: number): number {
  return 11 + (5 + SKILL_DENSE.length) * skillCount;
}

function bucketOf(edges: readonly number[], n: number): number {
  let b = 0;
  while (b + 1 < edges.length && n >= edges[b + 1]!) b++;
  return b;
}

const HOUR_MS = 3_600_000;

/**
 * ln(1 + hours from the skill's last attempt to `now`): 0 when either time is unknown (0, as in
 * the benchmark data) or `now` is not later, so the feature is inert without clocks.
 */
export function hoursSince(last: number | undefined, now: number): number {
  if (!last || !(now > last)) return 0;
  return Math.log1p((now - last) / HOUR_MS);
}

/**
 * Writes the features of attempting an item with `skills` now (`itemId` null = an average
 * item) into `out` from `at`, from the student's past only; returns the new end. Per-skill
 * terms are summed over the item's skills, as in Best-LR; skills unseen in fitting use the
 * shared weights and no easiness of their own. `now` (ms; 0 = unknown) feeds the time since each
 * skill was last practised (config timeDecay).
 */
export function encodeFeatures(
  layout: Layout,
  cfg: ModelConfig,
  state: StudentState,
  skills: readonly string[],
  itemId: string | null,
  out: FeatureSink,
  at: number,
  now = 0,
): number {
  let n = at;
  const put = (j: number, x: number) => {
    out.idx[n] = j;
    out.val[n++] = x;
  };
  const g = state.global;
  const theta = g.theta ?? 0;
  put(BIAS, 1);
  put(GLOBAL_BASE, Math.log1p(g.s ?? 0));
  put(GLOBAL_BASE + 1, Math.log1p(g.f ?? 0));
  put(GLOBAL_BASE + 2, theta);
  put(GLOBAL_BASE + 3, Math.log1p(g.seen ?? 0));
  put(layout.patternBase + patternCode(g.pat ?? 0, g.n ?? 0, cfg.globalPatternLength), 1);
  const share = 1 / Math.max(1, skills.length);
  for (const id of skills) {
    const st = state.skills[id];
    const k = layout.skillIndex.get(id);
    const base = k === undefined ? -1 : layout.skillBase + layout.skillStride * k;
    const values = [
      Math.log1p(st?.s ?? 0),
      Math.log1p(st?.f ?? 0),
      st?.e ?? 0,
      // Attempts on other skills since this one was last practised: forgetting without clocks.
      st ? Math.log1p((g.n ?? 0) - (st.last ?? 0)) : 0,
    ];
    if (base >= 0) put(base, 1);
    for (let m = 0; m < values.length; m++) put(base >= 0 ? base + 1 + m : layout.sharedBase + m, values[m]!);
    const dense = layout.dense.length;
    if (dense > SKILL_DENSE.length) {
      // Time since this skill was last practised (written only when known, i.e. non-zero).
      const h = hoursSince(st?.tl, now);
      if (h > 0) put(base >= 0 ? base + 1 + SKILL_DENSE.length : layout.sharedBase + SKILL_DENSE.length, h);
    }
    const code = patternCode(st?.pat ?? 0, st?.n ?? 0, cfg.skillPatternLength);
    put(base >= 0 && cfg.skillPatternPerSkill ? base + 1 + dense + code : layout.sharedPatternBase + code, 1);
    // How much to trust general ability depends on how new the skill is to the student.
    const b = bucketOf(cfg.noveltyBuckets, st?.n ?? 0);
    put(layout.noveltyBase + 2 * b, share);
    put(layout.noveltyBase + 2 * b + 1, share * theta);
  }
  for (let x = 0; x < layout.extra.length; x++) {
    const name = layout.extra[x]!;
    let v = 0;
    if (name === "globalRecency") v = g.ge ?? 0;
    else if (name === "settledTheta") v = g.ts ?? 0;
    else if (name === "skillTheta") {
      for (const id of skills) v += share * (state.skills[id]?.th ?? 0);
    } else if (itemId !== null && skills.length) {
      const st = state.skills[skills[0]!];
      const [ks, kf] = itemKeys(itemId);
      v = Math.log1p((name === "itemSuccesses" ? st?.[ks] : st?.[kf]) ?? 0);
    }
    if (v !== 0) put(layout.extraBase + x, v);
  }
  const j = itemId === null ? undefined : layout.itemIndex.get(itemId);
  if (j !== undefined) put(layout.itemBase + j, 1);
  return n;
}
