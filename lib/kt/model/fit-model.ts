import { logit } from "../math";
import type { KtRow } from "../types";
import { buildDesign, type Design } from "./build-design";
import { computeEasiness, type EasinessTable } from "./compute-easiness";
import {
  buildLayout,
  type DenseName,
  GLOBAL_BASE,
  GLOBAL_NAMES,
  isKnowledge,
  kindOf,
  type Layout,
} from "./feature-layout";
import { DEFAULT_CONFIG, type ModelConfig } from "./model-config";
import { type MasteryOffsets, StepwiseModel } from "./stepwise-model";
import { trainLogistic } from "./train-logistic";
import { validateConfig } from "./validate-config";

/**
 * Prior means of the student-level and shared per-skill weights: what the model falls back on
 * with little data (and unseen skills use). Rounded from a fit on ASSISTments 2009 train.
 */
export const PRIOR_GLOBAL: Record<(typeof GLOBAL_NAMES)[number], number> = {
  totalSuccesses: 0.2,
  totalFailures: -0.4,
  ability: 0.2,
  skillsSeen: 0.25,
};
export const PRIOR_SHARED: Record<DenseName, number> = {
  perSuccess: 0.25,
  perFailure: 0,
  recency: 0.3,
  gapSinceSkill: -0.1,
  /**
   * Not fitted (ASSISTments 2009 and Statics have no times): power-law forgetting on the odds
   * scale, odds of recall × (1 + hours)^−0.15, i.e. × 0.62 a day later, × 0.47 a week later,
   * × 0.37 a month later (docs/decisions/007, 2026-12-01 time addendum). A student at P = 0.90
   * right after practice is predicted 0.85 the next day and 0.77 after 30 days.
   */
  hoursSinceSkill: -0.15,
};

/** Students are split into folds by order of first appearance, for cross-fitted easiness. */
const FOLDS = 5;

function buildPrior(layout: Layout, rows: readonly KtRow[]): Float64Array {
  const prior = new Float64Array(layout.size);
  const correct = rows.reduce((a, r) => a + (r.correct ? 1 : 0), 0);
  // ASSISTments' base rate (≈ 0.65) as two pseudo-attempts, so an empty fit still predicts sensibly.
  prior[0] = logit((correct + 1.3) / (rows.length + 2));
  GLOBAL_NAMES.forEach((name, m) => {
    prior[GLOBAL_BASE + m] = PRIOR_GLOBAL[name];
  });
  layout.dense.forEach((name, m) => {
    prior[layout.sharedBase + m] = PRIOR_SHARED[name];
  });
  // Per-skill weights start at the shared priors; the penalty then pulls them to the learned means.
  for (let k = 0; k < layout.skillIndex.size; k++) {
    const base = layout.skillBase + layout.skillStride * k;
    layout.dense.forEach((name, m) => {
      prior[base + 1 + m] = PRIOR_SHARED[name];
    });
  }
  return prior;
}

/** Mean over training rows of the momentary part of the logit, per skill of the row. */
function computeOffsets(rows: readonly KtRow[], design: Design, layout: Layout, w: Float64Array): MasteryOffsets {
  const sums = new Map<string, [number, number]>();
  let total = 0;
  rows.forEach((r, i) => {
    let z = 0;
    for (let q = design.rowPtr[i]!; q < design.rowPtr[i + 1]!; q++) {
      const j = design.idx[q]!;
      if (!isKnowledge(layout, j) && kindOf(layout, j) !== "item") z += w[j]! * design.val[q]!;
    }
    total += z;
    for (const s of r.item.skills) {
      const acc = sums.get(s) ?? [0, 0];
      acc[0] += z;
      acc[1]++;
      sums.set(s, acc);
    }
  });
  const fallback = rows.length ? total / rows.length : 0;
  // One pseudo-row at the overall mean keeps rarely seen skills from extreme offsets.
  return { skills: new Map([...sums].map(([s, [z, c]]) => [s, (z + fallback) / (c + 1)])), fallback };
}

/**
 * Fits the Stepwise model from first attempts (chronological per student). θ's reference
 * easiness is cross-fitted: a student's features use item rates from the other folds' students.
 */
export function fitModel(rows: readonly KtRow[], opts: Partial<ModelConfig> = {}): StepwiseModel {
  const cfg = validateConfig({ ...DEFAULT_CONFIG, ...opts });
  const layout = buildLayout(
    cfg,
    rows.flatMap((r) => r.item.skills),
    rows.map((r) => r.item.itemId),
  );
  const fold = new Map<string, number>();
  for (const r of rows) if (!fold.has(r.student)) fold.set(r.student, fold.size % FOLDS);
  const tables: EasinessTable[] = [];
  for (let f = 0; f < Math.min(FOLDS, fold.size); f++) {
    tables.push(
      computeEasiness(
        rows.filter((r) => fold.get(r.student) !== f),
        cfg.easinessStrength,
      ),
    );
  }
  const design = buildDesign(rows, layout, cfg, (student) => tables[fold.get(student)!]!);
  const weights = trainLogistic(design, layout, cfg, buildPrior(layout, rows));
  const offsets = computeOffsets(rows, design, layout, weights);
  return new StepwiseModel(cfg, layout, weights, computeEasiness(rows, cfg.easinessStrength), offsets);
}
