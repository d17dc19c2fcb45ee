import { getOrInsert } from "../get-or-insert";
import type { KtRow, StudentState } from "../types";
import { type EasinessTable, lookupEasiness } from "./compute-easiness";
import { encodeFeatures, maxEntries } from "./encode-features";
import type { Layout } from "./feature-layout";
import type { ModelConfig } from "./model-config";
import { createState, successCredit, updateStudent } from "./update-student";

/** Training rows as a sparse (CSR) design matrix with soft labels (hinted successes < 1). */
export interface Design {
  rowPtr: Int32Array;
  idx: Int32Array;
  val: Float64Array;
  y: Float64Array;
}

/**
 * Replays every student's rows in order, recording each row's features *before* the row is
 * seen and then updating the student, exactly as prediction will. `easinessFor(student)` lets
 * the caller cross-fit θ's reference so a row's own label never leaks into its features.
 */
export function buildDesign(
  rows: readonly KtRow[],
  layout: Layout,
  cfg: ModelConfig,
  easinessFor: (student: string) => EasinessTable,
): Design {
  let nnz = 0;
  for (const r of rows) nnz += maxEntries(r.item.skills.length);
  const rowPtr = new Int32Array(rows.length + 1);
  const out = { idx: new Int32Array(nnz), val: new Float64Array(nnz) };
  const y = new Float64Array(rows.length);
  const states = new Map<string, StudentState>();
  let at = 0;
  rows.forEach((r, i) => {
    const state = getOrInsert(states, r.student, createState);
    at = encodeFeatures(layout, cfg, state, r.item.skills, r.item.itemId, out, at, r.t);
    rowPtr[i + 1] = at;
    const obs = { correct: r.correct, hintsUsed: r.hintsUsed, t: r.t };
    y[i] = successCredit(cfg, obs);
    updateStudent(cfg, state, r.item, obs, lookupEasiness(easinessFor(r.student), r.item));
  });
  return { rowPtr, idx: out.idx.subarray(0, at), val: out.val.subarray(0, at), y };
}
