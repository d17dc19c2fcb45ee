import { describe, expect, it } from "vitest";
import { computeAllAndSkipFirst } from "../eval/compute-metrics";
import { walkStudents } from "../eval/walk-students";
import { makeSyntheticRows } from "../model/make-synthetic-rows";
import { bestLrFeatures, fitBestLr } from "./fit-best-lr";

describe("Best-LR", () => {
  it("encodes item, skill and ln(1+count) features from the student's past", () => {
    const cols = { skills: new Map([["a", 0]]), items: new Map([["i", 0]]), itemBase: 6, size: 7 };
    const state = { skills: { a: { s: 2, f: 1 } }, global: { s: 3, f: 1 } };
    expect(bestLrFeatures(cols, state, { itemId: "i", skills: ["a", "new"] })).toEqual([
      [0, 1],
      [1, Math.log1p(3)],
      [2, Math.log1p(1)],
      [3, 1],
      [4, Math.log1p(2)],
      [5, Math.log1p(1)],
      [6, 1],
    ]);
  });

  it("predicts held-out simulated students better than chance, and learns from successes", () => {
    const rows = makeSyntheticRows(80, 40);
    const train = rows.filter((r) => Number(r.student.slice(1)) % 4 !== 0);
    const test = rows.filter((r) => Number(r.student.slice(1)) % 4 === 0);
    const model = fitBestLr(train, { epochs: 5 });
    const walk = walkStudents(model, test);
    expect(computeAllAndSkipFirst(walk.p, walk.y, walk.position).all.auc).toBeGreaterThan(0.6);
    const state = model.initialState();
    const before = model.mastery(state, "add", 0);
    model.update(state, { itemId: "add-1", skills: ["add"] }, { correct: true, hintsUsed: 0, t: 0 });
    expect(model.mastery(state, "add", 0)).toBeGreaterThan(before);
  });
});
