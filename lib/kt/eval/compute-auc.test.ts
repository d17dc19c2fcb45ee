import { describe, expect, it } from "vitest";
import { seededRandom } from "../math";
import { computeAuc } from "./compute-auc";
import { computeAllAndSkipFirst, computeMetrics } from "./compute-metrics";

describe("computeAuc", () => {
  it("uses average ranks for ties (hand-computed Mann–Whitney)", () => {
    // Sorted scores 0.1 0.4 0.4 0.4 0.8 0.9 → ranks 1, 3, 3, 3, 5, 6 (ranks 2..4 tied → 3).
    // Positives: the 0.4 (label 1), 0.8 and 0.9 → rank sum 3 + 5 + 6 = 14.
    // AUC = (14 − 3·4/2) / (3·3) = 8/9. Check by pairs: the positive 0.4 beats 0.1 and ties the
    // two negative 0.4s (½ each) = 2; 0.8 and 0.9 beat all three negatives → (2 + 3 + 3) / 9.
    const scores = [0.4, 0.1, 0.9, 0.4, 0.8, 0.4];
    const labels = [1, 0, 1, 0, 1, 0];
    expect(computeAuc(scores, labels)).toBeCloseTo(8 / 9, 12);
  });

  it("is 0.5 when every score ties, 1 when perfectly ranked, 0 when reversed", () => {
    expect(computeAuc([0.3, 0.3, 0.3, 0.3], [1, 0, 1, 0])).toBe(0.5);
    expect(computeAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(computeAuc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
  });

  it("is undefined (NaN) with one class only, and rejects mismatched lengths", () => {
    expect(computeAuc([0.2, 0.7], [1, 1])).toBeNaN();
    expect(() => computeAuc([0.2], [1, 0])).toThrow(/1 scores but 2 labels/);
  });

  it("matches the brute-force pair count on random data with many ties", () => {
    const rand = seededRandom(3);
    const s = Array.from({ length: 400 }, () => Math.round(rand() * 10) / 10);
    const y = s.map((x) => (rand() < x ? 1 : 0));
    let wins = 0;
    let pairs = 0;
    for (let i = 0; i < s.length; i++) {
      for (let j = 0; j < s.length; j++) {
        if (y[i] === 1 && y[j] === 0) {
          pairs++;
          wins += s[i]! > s[j]! ? 1 : s[i] === s[j] ? 0.5 : 0;
        }
      }
    }
    expect(computeAuc(s, y)).toBeCloseTo(wins / pairs, 12);
  });
});

describe("computeMetrics", () => {
  it("computes accuracy at p ≥ 0.5, log-loss, and the skip-first subset", () => {
    const p = [0.5, 0.2, 0.9, 0.6];
    const y = [1, 0, 0, 1];
    const m = computeMetrics(p, y);
    expect(m.acc).toBe(0.75);
    expect(m.nll).toBeCloseTo(-(Math.log(0.5) + Math.log(0.8) + Math.log(0.1) + Math.log(0.6)) / 4, 12);
    const { all, skip1st } = computeAllAndSkipFirst(p, y, [0, 1, 0, 1]);
    expect(all.n).toBe(4);
    expect(skip1st.n).toBe(2);
    expect(skip1st.auc).toBe(1);
  });
});
