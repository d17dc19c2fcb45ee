import { computeAuc } from "./compute-auc";

export interface Metrics {
  auc: number;
  acc: number;
  nll: number;
  n: number;
}

/** Probabilities are clipped before the log so one confident miss cannot make NLL infinite. */
const EPS = 1e-7;

/** AUC, accuracy at p ≥ 0.5 and mean log-loss over the rows where `keep` (default: all). */
export function computeMetrics(
  p: ArrayLike<number>,
  y: ArrayLike<number>,
  keep: (i: number) => boolean = () => true,
): Metrics {
  const ps: number[] = [];
  const ys: number[] = [];
  let hits = 0;
  let nll = 0;
  for (let i = 0; i < p.length; i++) {
    if (!keep(i)) continue;
    const pi = p[i]!;
    const yi = y[i]!;
    ps.push(pi);
    ys.push(yi);
    if ((pi >= 0.5 ? 1 : 0) === yi) hits++;
    const q = Math.min(1 - EPS, Math.max(EPS, pi));
    nll -= yi ? Math.log(q) : Math.log(1 - q);
  }
  const n = ps.length;
  return { auc: computeAuc(ps, ys), acc: n ? hits / n : Number.NaN, nll: n ? nll / n : Number.NaN, n };
}

/** The two scored sets of the protocol: every row, and rows with t ≥ 1 within the student. */
export function computeAllAndSkipFirst(
  p: ArrayLike<number>,
  y: ArrayLike<number>,
  position: ArrayLike<number>,
): { all: Metrics; skip1st: Metrics } {
  return { all: computeMetrics(p, y), skip1st: computeMetrics(p, y, (i) => position[i]! >= 1) };
}
