// Knowledge-tracing benchmark: fits the Stepwise model and the baselines on a train file only,
// then predicts every test row before seeing it (README protocol in ../shared/data/kt).
//   npx tsx scripts/kt-eval.ts [--format gervet|dkvmn|pykt] [--train <path>] [--test <path>]
//                              [--kc combined|original|both] [--holdout] [--only-model]
// --holdout ignores the test file and scores train users with id % 5 == 0 after fitting on the
// others: the split used to choose the model's hyperparameters. Ends with one JSON line.
import path from "node:path";
import { KtDataError } from "@/lib/kt/data/kt-data-error";
import type { GervetKc } from "@/lib/kt/data/read-gervet";
import { type KtFormat, readKtFile } from "@/lib/kt/data/read-kt-file";
import { BASELINES, formatTable, runContender, splitHoldout, summarise } from "@/lib/kt/eval/run-benchmark";
import { fitModel } from "@/lib/kt/model/fit-model";

const root = path.resolve(import.meta.dirname, "..");
const GERVET = path.resolve(root, "../shared/data/kt/assist2009/gervet");

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const v = process.argv[i + 1];
  if (v === undefined || v.startsWith("--")) throw new Error(`--${name} needs a value`);
  return v;
}

function main(): void {
  const started = performance.now();
  const format = (arg("format") ?? "gervet") as KtFormat;
  if (!["gervet", "dkvmn", "pykt"].includes(format))
    throw new Error(`--format must be gervet, dkvmn or pykt (got ${format})`);
  const kc = (arg("kc") ?? "combined") as GervetKc;
  if (!["combined", "original", "both"].includes(kc))
    throw new Error(`--kc must be combined, original or both (got ${kc})`);
  const trainPath =
    arg("train") ?? (format === "gervet" ? path.join(GERVET, "preprocessed_data_train.csv") : undefined);
  const testPath = arg("test") ?? (format === "gervet" ? path.join(GERVET, "preprocessed_data_test.csv") : undefined);
  if (!trainPath || !testPath) throw new Error(`--train and --test are required for --format ${format}`);
  const holdout = process.argv.includes("--holdout");

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
    `${format}: train ${train.length} rows / ${students(train)} students, ${holdout ? "holdout" : "test"} ${test.length} rows / ${students(test)} students, KC ${kcUsed}`,
  );

  const main = runContender({ key: "model", fit: (rows) => fitModel(rows) }, train, test);
  const baselines = process.argv.includes("--only-model")
    ? []
    : BASELINES.map((b) => runContender(b, base.train, base.test));
  console.log(formatTable([main, ...baselines]));
  const wall = (performance.now() - started) / 1000;
  console.log(
    `wall ${wall.toFixed(1)} s (model fit ${main.fitSeconds.toFixed(1)} s + eval ${main.evalSeconds.toFixed(1)} s)`,
  );
  const extra = { kc: kcUsed, split: holdout ? "train-holdout" : "test", wall_seconds: Number(wall.toFixed(1)) };
  console.log(JSON.stringify(summarise(main, baselines, extra)));
}

try {
  main();
} catch (e) {
  console.error(e instanceof KtDataError || e instanceof Error ? `kt-eval: ${e.message}` : e);
  process.exit(1);
}
