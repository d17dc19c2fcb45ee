import type { ModelConfig } from "./model-config";

/** Rejects settings the model cannot run with, naming the field (configs come from JSON too). */
export function validateConfig(cfg: ModelConfig): ModelConfig {
  const check = (ok: boolean, field: keyof ModelConfig, rule: string) => {
    if (!ok) throw new Error(`model config: ${field} must be ${rule} (got ${JSON.stringify(cfg[field])})`);
  };
  check(cfg.skillDecay >= 0 && cfg.skillDecay < 1, "skillDecay", "in [0, 1)");
  check(cfg.hintCredit >= 0 && cfg.hintCredit <= 1, "hintCredit", "in [0, 1]");
  check(cfg.thetaStep >= 0, "thetaStep", "≥ 0");
  check(cfg.skillThetaStep >= 0, "skillThetaStep", "≥ 0");
  check(cfg.settledThetaRate >= 0, "settledThetaRate", "≥ 0");
  check(cfg.globalDecay >= 0 && cfg.globalDecay < 1, "globalDecay", "in [0, 1)");
  check(typeof cfg.itemHistory === "boolean", "itemHistory", "true or false");
  check(typeof cfg.timeDecay === "boolean", "timeDecay", "true or false");
  for (const f of ["globalPatternLength", "skillPatternLength"] as const) {
    check(Number.isInteger(cfg[f]) && cfg[f] >= 0 && cfg[f] <= 8, f, "an integer in 0..8");
  }
  check(Number.isInteger(cfg.masteryAnchor) && cfg.masteryAnchor >= 1, "masteryAnchor", "a positive integer");
  const b = cfg.noveltyBuckets;
  check(
    b.length > 0 && b[0] === 0 && b.every((x, i) => i === 0 || x > b[i - 1]!),
    "noveltyBuckets",
    "increasing from 0",
  );
  for (const f of ["l2Item", "l2Skill", "l2Prior", "easinessStrength", "learningRate"] as const)
    check(cfg[f] >= 0, f, "≥ 0");
  for (const f of ["epochs", "minSteps", "batchSize"] as const)
    check(Number.isInteger(cfg[f]) && cfg[f] >= 1, f, "a positive integer");
  return cfg;
}
