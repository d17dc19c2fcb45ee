import { describe, expect, it } from "vitest";
import type { KtRow } from "../types";
import { accumulateBktStats, type BktParams, predictBkt, updateBkt } from "./bkt-math";
import { fitBkt } from "./fit-bkt";

const P: BktParams = { prior: 0.3, learn: 0.2, forget: 0, guess: 0.25, slip: 0.1 };

describe("BKT update math", () => {
  it("predicts P(correct) = P(L)(1 − slip) + (1 − P(L))·guess", () => {
    expect(predictBkt(0.3, P)).toBeCloseTo(0.3 * 0.9 + 0.7 * 0.25, 12);
  });

  it("applies Bayes on the response, then the learning transition (hand-computed)", () => {
    // Correct: posterior = 0.27 / (0.27 + 0.175) = 0.606742; then + (1 − post)·0.2.
    const post = 0.27 / (0.27 + 0.175);
    expect(updateBkt(0.3, true, P)).toBeCloseTo(post + (1 - post) * 0.2, 12);
    // Wrong: posterior = 0.03 / (0.03 + 0.525).
    const postWrong = 0.03 / (0.03 + 0.525);
    expect(updateBkt(0.3, false, P)).toBeCloseTo(postWrong + (1 - postWrong) * 0.2, 12);
    // Forgetting moves known mass back to unknown.
    const f = { ...P, forget: 0.1 };
    expect(updateBkt(0.3, true, f)).toBeCloseTo(post * 0.9 + (1 - post) * 0.2, 12);
  });

  it("forward–backward posteriors sum to the sequence length", () => {
    const acc = new Float64Array(10);
    const ys = Uint8Array.from([0, 1, 1, 0, 1]);
    accumulateBktStats(ys, { ...P, forget: 0.05 }, acc, new Float64Array(10));
    expect(acc[7]! + acc[9]!).toBeCloseTo(5, 10); // Σγ(unknown) + Σγ(known)
    expect(acc[1]).toBe(1);
    expect(acc[3]! + acc[5]!).toBeCloseTo(4, 10); // transitions out of t < T − 1
  });

  it("EM recovers a clearly learnable skill and keeps guess and slip ≤ 0.5", () => {
    // Students fail until they learn (at a random step), then succeed.
    const rows: KtRow[] = [];
    for (let s = 0; s < 200; s++) {
      const learnAt = s % 6;
      for (let t = 0; t < 10; t++) {
        rows.push({
          student: String(s),
          item: { itemId: "i", skills: ["k"] },
          correct: t >= learnAt,
          hintsUsed: 0,
          t: 0,
        });
      }
    }
    const model = fitBkt(rows);
    const params = model.describe()[0]!.params;
    expect(params.guess).toBeLessThanOrEqual(0.5);
    expect(params.slip).toBeLessThanOrEqual(0.5);
    expect(params.learn).toBeGreaterThan(0.1);
    const state = model.initialState();
    const before = model.mastery(state, "k", 0);
    model.update(state, { itemId: "i", skills: ["k"] }, { correct: true, hintsUsed: 0, t: 0 });
    expect(model.mastery(state, "k", 0)).toBeGreaterThan(before);
  });
});
