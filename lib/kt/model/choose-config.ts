import { computeMetrics } from "../eval/compute-metrics";
import { walkStudents } from "../eval/walk-students";
import { logit, sigmoid } from "../math";
import type { KtModel, KtRow } from "../types";
import { fitModel } from "./fit-model";
import type { ModelConfig } from "./model-config";
import {
  readHidden,
  type SequenceModel,
  type SequenceOptions,
  sequenceLogit,
  trainSequence,
  updateHidden,
} from "./sequence-gru";
import { StepwiseModel } from "./stepwise-model";

/**
 * The fixed grid the rule chooses from: how strongly an item's own difficulty is pulled toward
 * its skills' (pseudo-rows). Few attempts per item want strong shrinkage, many want little;
 * it is the one setting the datasets we tried disagree on. The middle value is the default.
 */
export const L2_ITEM_GRID = [0.5, 2, 8] as const;

/** Below these, validation is too noisy to choose from: the default (middle) value is used. */
export const MIN_TUNING_STUDENTS = 50;
export const MIN_TUNING_ROWS = 10_000;

/**
 * Inner split of the training rows by student: every `folds`-th student in order of first
 * appearance is held out (deterministic, no ids parsed, no peeking at outcomes).
 */
export function splitByStudent(rows: readonly KtRow[], folds = 5): { fit: KtRow[]; check: KtRow[] } {
  const pos = new Map<string, number>();
  const fit: KtRow[] = [];
  const check: KtRow[] = [];
  for (const r of rows) {
    if (!pos.has(r.student)) pos.set(r.student, pos.size);
    (pos.get(r.student)! % folds === folds - 1 ? check : fit).push(r);
  }
  return { fit, check };
}

/** The GRU's fixed settings; its epochs and blend weight are chosen on the inner split. */
export const SEQUENCE_OPTIONS: SequenceOptions = { hidden: 32, chunk: 50, batch: 8, learningRate: 0.02, seed: 3 };
export const BLEND_GRID = [0.2, 0.3, 0.4, 0.5] as const;
export const MAX_SEQUENCE_EPOCHS = 8;
/** Stop after this many epochs without a blend AUC gain of at least MIN_GAIN. */
export const PATIENCE = 2;
export const MIN_GAIN = 0.0002;

export interface SequenceChoice {
  /** Epochs of the kept snapshot, epochs run, blend weight; held-out AUC of logistic alone and of the blend. */
  epochs: number;
  ran: number;
  blend: number;
  aucLogistic: number;
  aucBlend: number;
  /** The GRU (trained on the inner fit students, snapshot at `epochs`); not serialised here. */
  model: SequenceModel;
}

export interface Choice {
  /** The chosen settings (merged over `base` when fitting). */
  chosen: Partial<ModelConfig>;
  /** Validation AUC per grid value (empty when the data is too small to validate). */
  scores: { l2Item: number; auc: number }[];
  /** Set when the GRU improved the held-out AUC; absent = the logistic model alone. */
  sequence?: SequenceChoice;
}

/** The GRU as a KtModel, to walk held-out students. */
function gruAsModel(m: SequenceModel): KtModel {
  return {
    kind: "gru",
    initialState: () => ({ skills: {}, global: {} }),
    predict: (state, item) => sigmoid(sequenceLogit(m, readHidden(state.global, m.hidden), item)),
    update: (state, item, obs) => {
      updateHidden(m, state.global, item, obs.correct);
      return state;
    },
    mastery: () => 0,
    describe: () => [],
    toJSON: () => ({}),
  };
}

/**
 * Trains the GRU on the inner fit students; after each epoch, blends its held-out logits with
 * the logistic model's (`pLogistic`, same held-out rows) for each BLEND_GRID weight and keeps the
 * best (epoch, weight); early stopping with PATIENCE. Undefined when no blend beats the logistic.
 */
function chooseSequence(
  fit: readonly KtRow[],
  check: readonly KtRow[],
  pLogistic: Float64Array,
): SequenceChoice | undefined {
  const y = Uint8Array.from(check, (r) => (r.correct ? 1 : 0));
  const aucLogistic = computeMetrics(pLogistic, y).auc;
  const zLogistic = pLogistic.map((p) => logit(p));
  let best: SequenceChoice | undefined;
  let bestAuc = aucLogistic;
  let sinceBest = 0;
  trainSequence(fit, SEQUENCE_OPTIONS, (epoch, m) => {
    const z = walkStudents(gruAsModel(m), check).p.map((p) => logit(p));
    let improved = false;
    for (const blend of BLEND_GRID) {
      const auc = computeMetrics(
        zLogistic.map((zl, i) => sigmoid((1 - blend) * zl + blend * z[i]!)),
        y,
      ).auc;
      if (auc > bestAuc + (best ? MIN_GAIN : 0)) {
        improved = true;
        bestAuc = auc;
        const snapshot = { ...m, weights: Float64Array.from(m.weights) };
        best = { epochs: epoch, ran: epoch, blend, aucLogistic, aucBlend: auc, model: snapshot };
      }
    }
    sinceBest = improved ? 0 : sinceBest + 1;
    if (best) best.ran = epoch;
    return epoch < MAX_SEQUENCE_EPOCHS && sinceBest < PATIENCE;
  });
  return best;
}

/**
 * The hyperparameter rule, using the training rows only: fit on 4/5 of the students for each
 * value of L2_ITEM_GRID, score the other 1/5 with the benchmark's walk (fresh state per student,
 * predict then update, every row), keep the best AUC (ties: the stronger shrinkage). With
 * `sequence`, then train the GRU on the same 4/5 and keep it, with its epochs and blend weight,
 * if blending it in beats the chosen logistic model on the held-out 1/5 (chooseSequence).
 */
export function chooseConfig(
  rows: readonly KtRow[],
  base: Partial<ModelConfig> = {},
  opts: { sequence?: boolean } = {},
): Choice {
  const students = new Set(rows.map((r) => r.student)).size;
  const middle = L2_ITEM_GRID[1];
  if (students < MIN_TUNING_STUDENTS || rows.length < MIN_TUNING_ROWS)
    return { chosen: { l2Item: middle }, scores: [] };
  const { fit, check } = splitByStudent(rows);
  const runs = L2_ITEM_GRID.map((l2Item) => {
    const walk = walkStudents(fitModel(fit, { ...base, l2Item }), check);
    return { l2Item, auc: computeMetrics(walk.p, walk.y).auc, p: walk.p };
  });
  let best = runs[0]!;
  for (const s of runs) if (s.auc >= best.auc) best = s;
  const choice: Choice = { chosen: { l2Item: best.l2Item }, scores: runs.map(({ l2Item, auc }) => ({ l2Item, auc })) };
  const sequence = opts.sequence ? chooseSequence(fit, check, best.p) : undefined;
  return sequence ? { ...choice, sequence } : choice;
}

/**
 * chooseConfig, then fitModel on all the rows with the chosen settings, plus (with `sequence`,
 * the default) the chosen GRU snapshot, trained on 4/5 of the students, blended in.
 */
export function fitTunedModel(
  rows: readonly KtRow[],
  base: Partial<ModelConfig> = {},
  opts: { sequence?: boolean } = {},
): { model: StepwiseModel; choice: Choice } {
  const choice = chooseConfig(rows, base, { sequence: opts.sequence ?? true });
  const m = fitModel(rows, { ...base, ...choice.chosen });
  if (!choice.sequence) return { model: m, choice };
  const seq = { model: choice.sequence.model, blend: choice.sequence.blend };
  return { model: new StepwiseModel(m.config, m.layout, m.weights, m.easiness, m.offsets, seq), choice };
}
