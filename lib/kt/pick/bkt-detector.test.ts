import { describe, expect, it } from "vitest";
import { SimpleBkt } from "@/lib/kt/model/simple-bkt";
import { type DetectorAttempt, extendDetector, learntBy } from "./bkt-detector";

const DAY = 86_400_000;
const A = { itemId: "a1", skills: ["A"] };
const AB = { itemId: "ab", skills: ["A", "B"] };
const at = (item: DetectorAttempt["item"], correct: boolean, t: number, hintsUsed = 0): DetectorAttempt => ({
  item,
  obs: { correct, hintsUsed, t },
});

describe("bkt detector", () => {
  const detector = new SimpleBkt({
    skills: { A: { prior: 0.1, learn: 0.2, guess: 0.2, slip: 0.1 } },
    fallback: { prior: 0.2, learn: 0.1, guess: 0.25, slip: 0.1 },
    forgetPerDay: 0.1,
  });

  it("right answers raise P(learnt), a wrong one lowers it, a hinted right one is not a right one", () => {
    const state = detector.initialState();
    const p: number[] = [];
    const history = [at(A, true, 0), at(A, true, 1), at(A, true, 2), at(A, false, 3), at(A, true, 4, 1)];
    for (let i = 0; i < history.length; i++) {
      extendDetector(detector, state, history.slice(0, i + 1), i);
      p.push(learntBy(detector, state, ["A"], 5).A as number);
    }
    expect(p[1]).toBeGreaterThan(p[0] as number);
    expect(p[2]).toBeGreaterThan(p[1] as number);
    expect(p[2]).toBeGreaterThan(0.9);
    expect(p[3]).toBeLessThan(p[2] as number);
    expect(p[4]).toBeLessThan(p[3] as number);
  });

  it("untouched skills read the prior (a skill's own, else the fallback); time since practice lowers P", () => {
    const state = detector.initialState();
    expect(learntBy(detector, state, ["A", "Z"], 0)).toEqual({ A: 0.1, Z: 0.2 });
    extendDetector(detector, state, [at(AB, true, 0), at(AB, true, 1)], 0);
    const soon = learntBy(detector, state, ["A", "B"], 2);
    const later = learntBy(detector, state, ["A", "B"], 30 * DAY);
    expect(soon.B).toBeGreaterThan(0.5);
    expect(later.A).toBeLessThan(soon.A as number);
    expect(later.B).toBeLessThan(soon.B as number);
  });

  it("incremental use (the bench) and one replay (the product) give the same numbers", () => {
    const history = [at(A, true, 0), at(AB, false, DAY), at(A, true, 2 * DAY), at(AB, true, 3 * DAY)];
    const once = detector.initialState();
    expect(extendDetector(detector, once, history, 0)).toBe(4);
    const step = detector.initialState();
    let from = 0;
    for (let n = 1; n <= history.length; n++) from = extendDetector(detector, step, history.slice(0, n), from);
    expect(learntBy(detector, step, ["A", "B"], 4 * DAY)).toEqual(learntBy(detector, once, ["A", "B"], 4 * DAY));
  });
});
