import type { ModelConfig } from "./model-config";

/**
 * Where each weight lives in the parameter vector:
 *   bias | student-level weights | overall-pattern weights | novelty-bucket weights (×[1, θ])
 *   | extra student-level weights (extraNames(cfg); none in a version-1 model)
 *   | shared skill weights (means the per-skill ones shrink toward; also used for unseen skills)
 *   | per skill: easiness, SKILL_DENSE weights, [pattern weights] | per item: deviation.
 */
export const BIAS = 0;
export const GLOBAL_NAMES = ["totalSuccesses", "totalFailures", "ability", "skillsSeen"] as const;
export const GLOBAL_BASE = 1;
export const SKILL_DENSE = ["perSuccess", "perFailure", "recency", "gapSinceSkill"] as const;
/**
 * The per-skill dense features of a config: SKILL_DENSE, then, with cfg.timeDecay (model JSON
 * version 3), `hoursSinceSkill` = ln(1 + hours since the skill was last practised), 0 when the
 * attempts carry no times (the benchmark data), so it is inert there.
 */
export type DenseName = (typeof SKILL_DENSE)[number] | "hoursSinceSkill";
export function denseNames(cfg: ModelConfig): DenseName[] {
  return cfg.timeDecay ? [...SKILL_DENSE, "hoursSinceSkill"] : [...SKILL_DENSE];
}

/**
 * Optional student-level features, on when the config asks for them: the student's past
 * successes / failures on this very item (ln(1+count)), the per-skill Elo ability, and the
 * decayed recent correctness over all skills.
 */
export type ExtraName = "itemSuccesses" | "itemFailures" | "skillTheta" | "globalRecency" | "settledTheta";

export function extraNames(cfg: ModelConfig): ExtraName[] {
  const out: ExtraName[] = [];
  if (cfg.itemHistory) out.push("itemSuccesses", "itemFailures");
  if (cfg.skillThetaStep > 0) out.push("skillTheta");
  if (cfg.globalDecay > 0) out.push("globalRecency");
  if (cfg.settledThetaRate > 0) out.push("settledTheta");
  return out;
}

export interface Layout {
  extra: ExtraName[];
  /** Per-skill dense features (denseNames(cfg)): per-skill weights, shrunk toward shared ones. */
  dense: DenseName[];
  extraBase: number;
  skillIndex: Map<string, number>;
  itemIndex: Map<string, number>;
  globalPatternCodes: number;
  skillPatternCodes: number;
  patternBase: number;
  noveltyBase: number;
  sharedBase: number;
  sharedPatternBase: number;
  skillBase: number;
  skillStride: number;
  itemBase: number;
  size: number;
}

/** Number of codes for the last ≤ len responses: 2^0 + 2^1 + … + 2^len. */
export const patternCodes = (len: number) => (2 << len) - 1;

export function buildLayout(cfg: ModelConfig, skills: Iterable<string>, items: Iterable<string>): Layout {
  const skillIndex = new Map<string, number>();
  for (const s of skills) if (!skillIndex.has(s)) skillIndex.set(s, skillIndex.size);
  const itemIndex = new Map<string, number>();
  for (const i of items) if (!itemIndex.has(i)) itemIndex.set(i, itemIndex.size);
  const globalPatternCodes = patternCodes(cfg.globalPatternLength);
  const skillPatternCodes = patternCodes(cfg.skillPatternLength);
  const patternBase = GLOBAL_BASE + GLOBAL_NAMES.length;
  const noveltyBase = patternBase + globalPatternCodes;
  const extra = extraNames(cfg);
  const dense = denseNames(cfg);
  const extraBase = noveltyBase + 2 * cfg.noveltyBuckets.length;
  const sharedBase = extraBase + extra.length;
  const sharedPatternBase = sharedBase + dense.length;
  const skillBase = sharedPatternBase + skillPatternCodes;
  const skillStride = 1 + dense.length + (cfg.skillPatternPerSkill ? skillPatternCodes : 0);
  const itemBase = skillBase + skillStride * skillIndex.size;
  return {
    extra,
    dense,
    extraBase,
    skillIndex,
    itemIndex,
    globalPatternCodes,
    skillPatternCodes,
    patternBase,
    noveltyBase,
    sharedBase,
    sharedPatternBase,
    skillBase,
    skillStride,
    itemBase,
    size: itemBase + itemIndex.size,
  };
}

/** Kinds of weight, which decide their penalty, sign constraint and role in mastery. */
export type WeightKind = "bias" | "knowledge" | "momentary" | "shared" | "skillEasiness" | "skillWeight" | "item";

/**
 * "knowledge" weights multiply evidence that only grows with successes (counts, θ, recency);
 * "momentary" ones (patterns, gaps, novelty, breadth) describe the current moment and are
 * replaced by their average in mastery.
 */
export function kindOf(layout: Layout, j: number): WeightKind {
  if (j === BIAS) return "bias";
  if (j < layout.patternBase) return GLOBAL_NAMES[j - GLOBAL_BASE] === "skillsSeen" ? "momentary" : "knowledge";
  if (j < layout.extraBase) return "momentary";
  if (j < layout.sharedBase)
    return ["skillTheta", "settledTheta"].includes(layout.extra[j - layout.extraBase]!) ? "knowledge" : "momentary";
  if (j < layout.skillBase) return "shared";
  if (j < layout.itemBase) return (j - layout.skillBase) % layout.skillStride === 0 ? "skillEasiness" : "skillWeight";
  return "item";
}

/** The shared weight a per-skill weight shrinks toward (per-skill weights only). */
export function sharedOf(layout: Layout, j: number): number {
  const m = ((j - layout.skillBase) % layout.skillStride) - 1;
  return m < layout.dense.length ? layout.sharedBase + m : layout.sharedPatternBase + (m - layout.dense.length);
}

/** Success evidence multiplies these: kept ≥ 0 so mastery never falls after a success. */
export function isNonNegative(layout: Layout, j: number): boolean {
  const kind = kindOf(layout, j);
  if (kind === "knowledge") return j >= layout.extraBase || GLOBAL_NAMES[j - GLOBAL_BASE] !== "totalFailures";
  const dense =
    kind === "shared" ? j - layout.sharedBase : kind === "skillWeight" ? sharedOf(layout, j) - layout.sharedBase : -1;
  return layout.dense[dense] === "perSuccess" || layout.dense[dense] === "recency";
}

/** Time since practice multiplies these: kept ≤ 0 so waiting never raises predicted recall. */
export function isNonPositive(layout: Layout, j: number): boolean {
  return denseNameOf(layout, j) === "hoursSinceSkill";
}

/** The dense feature a shared or per-skill dense weight belongs to (undefined otherwise). */
export function denseNameOf(layout: Layout, j: number): DenseName | undefined {
  const kind = kindOf(layout, j);
  if (kind === "shared") return layout.dense[j - layout.sharedBase];
  if (kind === "skillWeight") return layout.dense[sharedOf(layout, j) - layout.sharedBase];
  return undefined;
}

/** Whether a weight belongs to mastery's knowledge part (per-skill patterns/gaps do not). */
export function isKnowledge(layout: Layout, j: number): boolean {
  const kind = kindOf(layout, j);
  if (kind === "bias" || kind === "knowledge" || kind === "skillEasiness") return true;
  // Time since practice is knowledge (it is predicted recall); opportunities since are momentary.
  const name = denseNameOf(layout, j);
  return name !== undefined && name !== "gapSinceSkill";
}
