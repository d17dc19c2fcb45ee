import { describe, expect, it } from "vitest";
import { assignFolds, fitOptionsFor, guardVerdict, type HeldOutEvaluation, type MasteryChange } from "./evaluate-fit";

const heldOut = (candidate: [number, number], current: [number, number]): HeldOutEvaluation => ({
  folds: 5,
  students: 10,
  attempts: 100,
  candidate: { auc: candidate[0], logLoss: candidate[1] },
  current: { auc: current[0], logLoss: current[1] },
  defaults: { auc: 0.6, logLoss: 0.7 },
});
const change = (drops: number): MasteryChange => ({
  cells: 50,
  drops,
  largestDrop: drops ? 0.2 : 0,
  meanChange: 0,
  worst: drops ? { studentId: "s", skillId: "k", from: 0.5, to: 0.3 } : null,
});

describe("the guard for making a candidate current", () => {
  it("allows a candidate no worse on held-out students that moves nobody down", () => {
    expect(guardVerdict(heldOut([0.7, 0.6], [0.7, 0.6]), change(0))).toEqual({ ok: true, reasons: [] });
  });
  it("refuses, with the reasons, a worse score or a fall of more than 0.05", () => {
    const v = guardVerdict(heldOut([0.65, 0.62], [0.7, 0.6]), change(3));
    expect(v.ok).toBe(false);
    expect(v.reasons.join(" ")).toMatch(/log-loss 0.62 is worse than the current model's 0.6/);
    expect(v.reasons.join(" ")).toMatch(/AUC 0.65 is worse/);
    expect(v.reasons.join(" ")).toMatch(/3 of 50 .* 0.50 to 0.30/);
  });
  it("with no fitted model current (the current model is the defaults), says each comparison once", () => {
    const v = guardVerdict(heldOut([0.55, 0.75], [0.6, 0.7]), change(0));
    expect(v.reasons).toEqual([
      "Held-out log-loss 0.75 is worse than the built-in defaults' (the current model) 0.7.",
      "Held-out AUC 0.55 is worse than the built-in defaults' (the current model) 0.6.",
    ]);
  });
  it("refuses when nothing could be held out", () => {
    const h = { ...heldOut([0, 0], [0, 0]), attempts: 0, candidate: { auc: null, logLoss: null } };
    expect(guardVerdict(h, change(0)).ok).toBe(false);
  });
});

describe("folds and shrinkage", () => {
  it("assigns folds by student, independent of order, balanced", () => {
    const ids = Array.from({ length: 23 }, (_, i) => `student-${i}`);
    const a = assignFolds(ids);
    expect(assignFolds([...ids].reverse())).toEqual(a);
    const sizes = [0, 1, 2, 3, 4].map((f) => [...a.values()].filter((x) => x === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });
  it("penalties grow as attempts shrink, and are the shipped ones with enough data", () => {
    expect(fitOptionsFor(100).l2Prior).toBe(400);
    expect(fitOptionsFor(1_000_000).l2Prior).toBe(20);
  });
});
