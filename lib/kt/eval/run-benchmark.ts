import { fitBestLr } from "../baselines/fit-best-lr";
import { fitBkt } from "../baselines/fit-bkt";
import { fitElo } from "../baselines/fit-elo";
import { fitItemMean } from "../baselines/fit-item-mean";
import { fitKcMean } from "../baselines/fit-kc-mean";
import { fitPfa } from "../baselines/fit-pfa";
import type { KtModel, KtRow } from "../types";
import { computeAllAndSkipFirst, type Metrics } from "./compute-metrics";
import { walkStudents } from "./walk-students";

export interface BenchResult {
  /** Short key used in JSON ("pfa", "bkt_f"...). */
  key: string;
  model: string;
  all: Metrics;
  skip1st: Metrics;
  fitSeconds: number;
  evalSeconds: number;
}

export interface Contender {
  key: string;
  fit: (train: readonly KtRow[]) => KtModel;
}

/** The baselines of the README's reference table, with its settings. */
export const BASELINES: Contender[] = [
  { key: "kc_mean", fit: fitKcMean },
  { key: "item_mean", fit: (rows) => fitItemMean(rows, { strength: 5 }) },
  { key: "bkt", fit: (rows) => fitBkt(rows) },
  { key: "bkt_f", fit: (rows) => fitBkt(rows, { forgetting: true }) },
  { key: "pfa", fit: (rows) => fitPfa(rows, { l2: 1 }) },
  { key: "elo", fit: (rows) => fitElo(rows) },
  { key: "elo_kc", fit: (rows) => fitElo(rows, { difficulty: "item+kc" }) },
  { key: "best_lr", fit: (rows) => fitBestLr(rows) },
];

/** Fits on train only, then walks every test student from a fresh state (see walkStudents). */
export function runContender(c: Contender, train: readonly KtRow[], test: readonly KtRow[]): BenchResult {
  const t0 = performance.now();
  const model = c.fit(train);
  const t1 = performance.now();
  const walk = walkStudents(model, test);
  const { all, skip1st } = computeAllAndSkipFirst(walk.p, walk.y, walk.position);
  const t2 = performance.now();
  return { key: c.key, model: model.kind, all, skip1st, fitSeconds: (t1 - t0) / 1000, evalSeconds: (t2 - t1) / 1000 };
}

/** Train-only tuning split (README §2): students whose numeric id is divisible by 5 are held out. */
export function splitHoldout(rows: readonly KtRow[]): { train: KtRow[]; holdout: KtRow[] } {
  const train: KtRow[] = [];
  const holdout: KtRow[] = [];
  for (const r of rows) (Number(r.student) % 5 === 0 ? holdout : train).push(r);
  return { train, holdout };
}

const fmt = (x: number, d = 4) => (Number.isFinite(x) ? x.toFixed(d) : "nan");

/** A plain-text table, one line per contender. */
export function formatTable(results: readonly BenchResult[]): string {
  const head = ["model", "auc_all", "auc_skip1st", "acc_all", "nll_all", "n_all", "fit_seconds"];
  const lines = results.map((r) => [
    r.model,
    fmt(r.all.auc),
    fmt(r.skip1st.auc),
    fmt(r.all.acc),
    fmt(r.all.nll),
    String(r.all.n),
    fmt(r.fitSeconds, 2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  return [head, ...lines].map((l) => l.map((c, i) => c.padEnd(widths[i]!)).join("  ")).join("\n");
}

/** The final JSON line: the project's model at top level, baselines as "<key>_<metric>". */
export function summarise(main: BenchResult, baselines: readonly BenchResult[], extra: Record<string, unknown>) {
  const r4 = (x: number) => Number(fmt(x));
  const out: Record<string, unknown> = {
    model: main.model,
    auc_all: r4(main.all.auc),
    auc_skip1st: r4(main.skip1st.auc),
    acc_all: r4(main.all.acc),
    nll_all: r4(main.all.nll),
    n_all: main.all.n,
    fit_seconds: Number(main.fitSeconds.toFixed(2)),
    n_skip1st: main.skip1st.n,
    eval_seconds: Number(main.evalSeconds.toFixed(2)),
  };
  for (const b of baselines) {
    out[`${b.key}_auc_all`] = r4(b.all.auc);
    out[`${b.key}_auc_skip1st`] = r4(b.skip1st.auc);
    out[`${b.key}_acc_all`] = r4(b.all.acc);
    out[`${b.key}_fit_seconds`] = Number(b.fitSeconds.toFixed(2));
  }
  return { ...out, ...extra };
}
