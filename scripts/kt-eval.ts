// Knowledge-tracing benchmark: fits the Stepwise model and the baselines on a train file only,
// then predicts every test row before seeing it (README protocol in ../shared/data/kt).
//   npx tsx scripts/kt-eval.ts [--format gervet|dkvmn|pykt] [--train <path>] [--test <path>]
//                              [--kc combined|original|both] [--holdout] [--only-model]
// With no --train/--test it runs both Gervet-split benchmarks, ASSISTments 2009 and OLI Statics
// 2011, prints them side by side with the published numbers, and ends with one JSON line per
// dataset. The model's hyperparameters are chosen per training set by one rule
// (lib/kt/model/choose-config.ts: inner student split of train, small fixed grid; the GRU of the
// ensemble, its epochs and blend weight by the same split).
// --holdout ignores the test file and scores train users with id % 5 == 0 after fitting on the
// others.
import { readFileSync } from "node:fs";
import path from "node:path";
import { KtDataError } from "@/lib/kt/data/kt-data-error";
import type { GervetKc } from "@/lib/kt/data/read-gervet";
import { type KtFormat, readKtFile } from "@/lib/kt/data/read-kt-file";
import {
  BASELINES,
  type BenchResult,
  formatTable,
  runContender,
  splitHoldout,
  summarise,
} from "@/lib/kt/eval/run-benchmark";
import { type Choice, fitTunedModel } from "@/lib/kt/model/choose-config";

const root = path.resolve(import.meta.dirname, "..");
const DATA = path.resolve(root, "../shared/data/kt");
const DATASETS = [
  { name: "assist2009/gervet", label: "ASSIST09" },
  { name: "statics/gervet", label: "Statics" },
] as const;
/**
 * Published AUCs on the Gervet split (all rows) when reference_numbers.json has none for the
 * dataset: the learner-performance-prediction README table (@a7ae193), as quoted in the data README.
 */
const PUBLISHED_FALLBACK: Record<string, Record<string, number>> = {
  "statics/gervet": { "IRT(item only)": 0.79, PFA: 0.69, "Best-LR": 0.82, DKT: 0.83, SAKT: 0.81 },
};

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const v = process.argv[i + 1];
  if (v === undefined || v.startsWith("--")) throw new Error(`--${name} needs a value`);
  return v;
}

function published(dataset: string): Record<string, number> {
  try {
    const ref = JSON.parse(readFileSync(path.join(DATA, "reference_numbers.json"), "utf8")) as {
      rows: { dataset: string; model: string; auc: number; protocol: string; status: string }[];
    };
    const rows = ref.rows.filter((r) => r.dataset === dataset && r.status === "V" && r.protocol.includes("all_rows"));
    if (rows.length) return Object.fromEntries(rows.map((r) => [r.model, r.auc]));
  } catch {
    // no reference file: fall back below
  }
  return PUBLISHED_FALLBACK[dataset] ?? {};
}

interface DatasetRun {
  label: string;
  results: BenchResult[];
  json: Record<string, unknown>;
  published: Record<string, number>;
}

function runDataset(
  label: string,
  format: KtFormat,
  trainPath: string,
  testPath: string,
  kc: GervetKc,
  holdout: boolean,
  dataset: string,
): DatasetRun {
  const started = performance.now();
  const load = (k: GervetKc) => {
    const read = readKtFile(format, trainPath, { kc: k });
    if (!holdout) return { train: read.rows, test: readKtFile(format, testPath, { kc: k }).rows, kc: read.kc };
    const { train, holdout: test } = splitHoldout(read.rows);
    return { train, test, kc: read.kc };
  };
  const { train, test, kc: kcUsed } = load(kc);
  // Baselines always use one KC per row (the README's reference numbers do).
  const base = kc === "combined" ? { train, test } : load("combined");
  const students = (rows: { student: string }[]) => new Set(rows.map((r) => r.student)).size;
  console.log(
    `\n== ${label}: ${format} train ${train.length} rows / ${students(train)} students, ${holdout ? "holdout" : "test"} ${test.length} rows / ${students(test)} students, KC ${kcUsed}`,
  );
  let choice: Choice | undefined;
  const main = runContender(
    {
      key: "model",
      fit: (rows) => {
        const tuned = fitTunedModel(rows);
        choice = tuned.choice;
        return tuned.model;
      },
    },
    train,
    test,
  );
  const scores = choice?.scores.map((s) => `${s.l2Item}: ${s.auc.toFixed(4)}`).join(", ");
  console.log(`rule: l2Item ${choice?.chosen.l2Item} (inner validation AUC ${scores || "skipped, little data"})`);
  const seq = choice?.sequence;
  console.log(
    seq
      ? `rule: GRU blended in at ${seq.blend} after ${seq.epochs} of ${seq.ran} epochs (inner validation AUC ${seq.aucLogistic.toFixed(4)} -> ${seq.aucBlend.toFixed(4)})`
      : "rule: no GRU (it did not improve the inner validation AUC, or too little data)",
  );
  const baselines = process.argv.includes("--only-model")
    ? []
    : BASELINES.map((b) => runContender(b, base.train, base.test));
  console.log(formatTable([main, ...baselines]));
  const wall = (performance.now() - started) / 1000;
  console.log(
    `wall ${wall.toFixed(1)} s (model fit incl. rule ${main.fitSeconds.toFixed(1)} s + eval ${main.evalSeconds.toFixed(1)} s)`,
  );
  const extra = {
    dataset,
    kc: kcUsed,
    split: holdout ? "train-holdout" : "test",
    l2_item: choice?.chosen.l2Item,
    gru_blend: seq?.blend ?? 0,
    gru_epochs: seq?.epochs ?? 0,
    wall_seconds: Number(wall.toFixed(1)),
  };
  return {
    label,
    results: [main, ...baselines],
    json: summarise(main, baselines, extra),
    published: published(dataset),
  };
}

/** One line per model: AUC (all rows / skip-first) per dataset, then the published rows. */
function sideBySide(runs: readonly DatasetRun[]): string {
  const head = ["model", ...runs.flatMap((r) => [`${r.label} all`, `${r.label} skip1st`])];
  const lines: string[][] = runs[0]!.results.map((res, i) => [
    res.model,
    ...runs.flatMap((r) => [r.results[i]!.all.auc.toFixed(4), r.results[i]!.skip1st.auc.toFixed(4)]),
  ]);
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.published)))];
  for (const n of names) {
    lines.push([`published ${n}`, ...runs.flatMap((r) => [r.published[n]?.toFixed(2) ?? "-", ""])]);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  return [head, ...lines].map((l) => l.map((c, i) => c.padEnd(widths[i]!)).join("  ")).join("\n");
}

function main(): void {
  const format = (arg("format") ?? "gervet") as KtFormat;
  if (!["gervet", "dkvmn", "pykt"].includes(format))
    throw new Error(`--format must be gervet, dkvmn or pykt (got ${format})`);
  const kc = (arg("kc") ?? "combined") as GervetKc;
  if (!["combined", "original", "both"].includes(kc))
    throw new Error(`--kc must be combined, original or both (got ${kc})`);
  const holdout = process.argv.includes("--holdout");
  const trainArg = arg("train");
  const testArg = arg("test");
  let runs: DatasetRun[];
  if (trainArg || testArg || format !== "gervet") {
    if (!trainArg || !testArg) throw new Error(`--train and --test are required together (and for --format ${format})`);
    runs = [runDataset(path.basename(path.dirname(trainArg)), format, trainArg, testArg, kc, holdout, trainArg)];
  } else {
    runs = DATASETS.map((d) => {
      const dir = path.join(DATA, d.name);
      const file = (f: string) => path.join(dir, `preprocessed_data_${f}.csv`);
      // The original-skill map exists for ASSISTments only; other datasets use their skill_id.
      return runDataset(
        d.label,
        format,
        file("train"),
        file("test"),
        d.name.startsWith("assist") ? kc : "combined",
        holdout,
        d.name,
      );
    });
  }
  console.log(`\n== AUC side by side (${holdout ? "train holdout" : "test file"}; published: all rows)`);
  console.log(sideBySide(runs));
  for (const r of runs) console.log(JSON.stringify(r.json));
}

try {
  main();
} catch (e) {
  console.error(e instanceof KtDataError || e instanceof Error ? `kt-eval: ${e.message}` : e);
  process.exit(1);
}
