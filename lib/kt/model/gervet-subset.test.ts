import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fitPfa } from "../baselines/fit-pfa";
import { readKtFile } from "../data/read-kt-file";
import { runContender, splitHoldout } from "../eval/run-benchmark";
import { fitModel } from "./fit-model";

// The benchmark data lives outside the repository (../shared/data/kt); skip where it is absent.
const TRAIN = path.resolve(
  import.meta.dirname,
  "../../../../shared/data/kt/assist2009/gervet/preprocessed_data_train.csv",
);

describe.skipIf(!existsSync(TRAIN))("Gervet ASSISTments 2009, 300-student subset of train", () => {
  it("beats PFA on held-out students (fit on the others, same rows for both)", () => {
    const all = readKtFile("gervet", TRAIN).rows;
    const keep = new Set([...new Set(all.map((r) => r.student))].slice(0, 300));
    const { train, holdout } = splitHoldout(all.filter((r) => keep.has(r.student)));
    const model = runContender({ key: "model", fit: (rows) => fitModel(rows) }, train, holdout);
    const pfa = runContender({ key: "pfa", fit: (rows) => fitPfa(rows) }, train, holdout);
    expect(model.all.n).toBe(holdout.length);
    expect(model.all.auc).toBeGreaterThan(pfa.all.auc + 0.02);
    expect(model.skip1st.auc).toBeGreaterThan(pfa.skip1st.auc + 0.02);
    console.log(
      `subset: ${train.length} train / ${holdout.length} held-out rows; AUC model ${model.all.auc.toFixed(4)}, PFA ${pfa.all.auc.toFixed(4)}`,
    );
  });
});
