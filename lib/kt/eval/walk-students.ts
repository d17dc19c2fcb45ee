import type { KtModel, KtRow, StudentState } from "../types";

export interface Walk {
  /** p[i] = prediction for rows[i], made before rows[i] was observed. */
  p: Float64Array;
  y: Uint8Array;
  /** Index of the row within its student's sequence (0 = first attempt). */
  position: Uint32Array;
}

/**
 * The evaluation protocol: each student starts from a fresh state; each row is predicted from
 * the student's earlier rows only, then the model is updated with it. Parameters stay frozen.
 * Students may interleave in `rows`; order within a student is the order in `rows`.
 */
export function walkStudents(model: KtModel, rows: readonly KtRow[]): Walk {
  const n = rows.length;
  const p = new Float64Array(n);
  const y = new Uint8Array(n);
  const position = new Uint32Array(n);
  const states = new Map<string, { state: StudentState; count: number }>();
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    let s = states.get(row.student);
    if (!s) {
      s = { state: model.initialState(), count: 0 };
      states.set(row.student, s);
    }
    p[i] = model.predict(s.state, row.item, row.t);
    y[i] = row.correct ? 1 : 0;
    position[i] = s.count++;
    model.update(s.state, row.item, { correct: row.correct, hintsUsed: row.hintsUsed, t: row.t });
  }
  return { p, y, position };
}
