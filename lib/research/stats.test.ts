import { describe, expect, it } from "vitest";
import { assignCondition } from "./assign-condition";
import { meanDifference, meanInterval, proportionDifference, tQuantile, wilson } from "./stats";

describe("Wilson interval", () => {
  // Known values (Wilson 1927; e.g. Newcombe 1998 table I, or scipy's binomtest(...).proportion_ci("wilson")).
  it.each([
    [8, 10, 0.490162, 0.943318],
    [0, 10, 0, 0.277533],
    [10, 10, 0.722467, 1],
    [81, 263, 0.255289, 0.36621],
  ])("%i of %i: [%f, %f]", (k, n, low, high) => {
    const w = wilson(k, n);
    expect(w.estimate).toBeCloseTo(k / n, 10);
    expect(w.low).toBeCloseTo(low, 5);
    expect(w.high).toBeCloseTo(high, 5);
  });
  it("is undefined with no trials", () => {
    expect(wilson(0, 0).estimate).toBeNaN();
  });
});

describe("Newcombe difference of proportions", () => {
  it("matches Newcombe's (1998) worked example 56/70 vs 48/80: 0.2000 [0.0524, 0.3339]", () => {
    const d = proportionDifference(56, 70, 48, 80);
    expect(d.estimate).toBeCloseTo(0.2, 10);
    expect(d.low).toBeCloseTo(0.0524, 4);
    expect(d.high).toBeCloseTo(0.3339, 4);
  });
});

describe("Student's t", () => {
  it.each([
    [1, 12.706205],
    [2, 4.302653],
    [5, 2.570582],
    [10, 2.228139],
    [30, 2.042272],
    [100, 1.983972],
    [7.5, 2.33304],
  ])("0.975 quantile with %f df is %f", (df, q) => {
    expect(tQuantile(0.975, df)).toBeCloseTo(q, 5);
  });

  it("mean interval of [0.2, 0.5, 0.1, 0.9, 0.4] is 0.42 [0.033286, 0.806714] (scipy t.interval)", () => {
    const m = meanInterval([0.2, 0.5, 0.1, 0.9, 0.4]);
    expect(m.estimate).toBeCloseTo(0.42, 10);
    expect(m.low).toBeCloseTo(0.033286, 5);
    expect(m.high).toBeCloseTo(0.806714, 5);
  });

  it("Welch difference matches scipy ttest_ind(equal_var=False).confidence_interval()", () => {
    const d = meanDifference([0.2, 0.5, 0.1, 0.9, 0.4], [0.3, 0.1, 0, 0.2]);
    expect(d.estimate).toBeCloseTo(0.27, 10);
    expect(d.low).toBeCloseTo(-0.112948, 5);
    expect(d.high).toBeCloseTo(0.652948, 5);
  });

  it("gives no bounds below two values", () => {
    expect(meanInterval([1]).low).toBeNaN();
    expect(meanDifference([1], [2, 3]).low).toBeNaN();
  });
});

describe("condition assignment", () => {
  const two = [
    { id: "a", weight: 1 },
    { id: "b", weight: 1 },
  ];
  const ids = Array.from({ length: 20000 }, (_, i) => `student-${i}`);

  it("is stable: the same student, experiment and salt always get the same condition", () => {
    for (const id of ids.slice(0, 200))
      expect(assignCondition("salt-1234567890ab", "exp1", id, two).id).toBe(
        assignCondition("salt-1234567890ab", "exp1", id, two).id,
      );
  });

  it.each([
    [
      [1, 1],
      [0.5, 0.5],
    ],
    [
      [3, 1],
      [0.75, 0.25],
    ],
    [
      [1, 2, 1],
      [0.25, 0.5, 0.25],
    ],
    [
      [9, 1],
      [0.9, 0.1],
    ],
  ])("weights %j give shares %j over 20000 students (within 1.5 points)", (weights, shares) => {
    const conditions = weights.map((weight, i) => ({ id: `c${i}`, weight }));
    const counts = new Map<string, number>();
    for (const id of ids) {
      const c = assignCondition("salt-1234567890ab", "exp-weights", id, conditions).id;
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    shares.forEach((share, i) => {
      expect(Math.abs((counts.get(`c${i}`) ?? 0) / ids.length - share)).toBeLessThan(0.015);
    });
  });

  it("is independent across experiments and salts (about half change condition)", () => {
    const moved = (f: (id: string) => string, g: (id: string) => string) =>
      ids.slice(0, 4000).filter((id) => f(id) !== g(id)).length / 4000;
    const inExp =
      (exp: string, salt = "salt-1234567890ab") =>
      (id: string) =>
        assignCondition(salt, exp, id, two).id;
    expect(moved(inExp("exp1"), inExp("exp2"))).toBeGreaterThan(0.45);
    expect(moved(inExp("exp1"), inExp("exp2"))).toBeLessThan(0.55);
    expect(moved(inExp("exp1"), inExp("exp1", "another-salt-0000"))).toBeGreaterThan(0.45);
  });

  it("never picks a zero-weight condition and refuses when none has weight", () => {
    const conditions = [
      { id: "x", weight: 0 },
      { id: "y", weight: 5 },
    ];
    for (const id of ids.slice(0, 500)) expect(assignCondition("s", "e", id, conditions).id).toBe("y");
    expect(() => assignCondition("s", "e", "u", [{ id: "x", weight: 0 }])).toThrow();
  });
});
