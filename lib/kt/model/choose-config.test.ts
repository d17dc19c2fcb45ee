import { describe, expect, it } from "vitest";
import { chooseConfig, fitTunedModel, L2_ITEM_GRID, splitByStudent } from "./choose-config";
import { makeSyntheticRows } from "./make-synthetic-rows";

describe("the hyperparameter rule", () => {
  it("splits by student: every 5th student in order of appearance is held out, whole", () => {
    const rows = makeSyntheticRows(10, 5);
    const { fit, check } = splitByStudent(rows);
    expect(new Set(check.map((r) => r.student))).toEqual(new Set(["s4", "s9"]));
    expect(fit.length + check.length).toBe(rows.length);
    expect(fit.some((r) => r.student === "s4")).toBe(false);
  });

  it("keeps the default with too little data to validate", () => {
    const choice = chooseConfig(makeSyntheticRows(10, 20));
    expect(choice).toEqual({ chosen: { l2Item: L2_ITEM_GRID[1] }, scores: [] });
  });

  it("chooses from the grid by held-out AUC on the training rows only", () => {
    const rows = makeSyntheticRows(60, 200);
    const { model, choice } = fitTunedModel(rows, { epochs: 2 }, { sequence: false });
    expect(choice.scores.map((s) => s.l2Item)).toEqual([...L2_ITEM_GRID]);
    const best = Math.max(...choice.scores.map((s) => s.auc));
    expect(choice.scores.find((s) => s.l2Item === choice.chosen.l2Item)!.auc).toBe(best);
    expect(model.config.l2Item).toBe(choice.chosen.l2Item);
    expect(model.sequence).toBeUndefined();
  });

  it("blends in the GRU only with the epochs and weight that beat the logistic model held out", () => {
    const rows = makeSyntheticRows(60, 200, 4);
    const { model, choice } = fitTunedModel(rows, { epochs: 2 });
    if (choice.sequence) {
      expect(choice.sequence.aucBlend).toBeGreaterThan(choice.sequence.aucLogistic);
      expect(model.sequence?.blend).toBe(choice.sequence.blend);
      expect(choice.sequence.epochs).toBeLessThanOrEqual(choice.sequence.ran);
    } else expect(model.sequence).toBeUndefined();
  });
});
