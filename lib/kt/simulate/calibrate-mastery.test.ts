import { describe, expect, it } from "vitest";
import { SimpleBkt } from "@/lib/kt/model/simple-bkt";
import { LEARNT_FEATURES } from "@/lib/kt/pick/learnt-classifier";
import {
  agreementAt,
  calibrateThreshold,
  learntPairs,
  masteryCurve,
  masteryPairs,
  proxyLearntPairs,
} from "./calibrate-mastery";

const pairs = (v: number[], t: number[]) => ({ value: Float64Array.from(v), truth: Uint8Array.from(t) });

describe("mastery calibration", () => {
  it("precision and recall of 'mastered' at a threshold", () => {
    const p = pairs([0.3, 0.6, 0.7, 0.8, 0.9], [0, 0, 1, 1, 1]);
    expect(agreementAt(p, 0.65)).toMatchObject({ precision: 1, recall: 1, called: 3, mastered: 3 });
    expect(agreementAt(p, 0.55)).toMatchObject({ precision: 0.75, recall: 1 });
    expect(agreementAt(p, 0.85)).toMatchObject({ precision: 1, recall: 1 / 3 });
  });

  it("picks the lowest threshold reaching the precision, so recall is as high as it can be", () => {
    const p = pairs([0.55, 0.62, 0.66, 0.72, 0.8, 0.9], [0, 1, 0, 1, 1, 1]);
    expect(calibrateThreshold(p, 0.75).threshold).toBe(0.56);
    expect(calibrateThreshold(p, 0.9)).toMatchObject({ threshold: 0.67, reached: true });
  });

  it("falls back to the best F1 when no threshold reaches the precision", () => {
    // Precision never exceeds 1/2; F1 is best (2/3) from 0.31 to 0.4: both mastered ones called, 2 of 4 right.
    const p = pairs([0.3, 0.4, 0.5, 0.6, 0.7], [0, 1, 0, 1, 0]);
    expect(calibrateThreshold(p, 0.9)).toMatchObject({ threshold: 0.31, reached: false });
  });

  it("with sequences, judges the first call per learner and skill (when a picker moves on)", () => {
    // Sequence 0 crosses 0.6 once too early (not yet mastered), then stays mastered: 3 of 4 pairs
    // right, but the first call is wrong. Sequence 1 is first called right.
    const p = {
      ...pairs([0.65, 0.55, 0.7, 0.8, 0.9, 0.7], [0, 0, 1, 1, 1, 1]),
      seq: Int32Array.from([0, 0, 0, 0, 1, 1]),
    };
    const a = agreementAt(p, 0.6);
    expect(a.precision).toBe(4 / 5);
    expect(a.firstCallPrecision).toBe(1 / 2);
    expect(agreementAt(p, 0.66).firstCallPrecision).toBe(1);
    expect(calibrateThreshold(p, 0.9).threshold).toBe(0.66);
  });

  it("pairs each skill of each row with the model's mastery right after the update", () => {
    const model = new SimpleBkt({ fallback: { prior: 0.1, learn: 0.2, guess: 0.2, slip: 0.1 } });
    const item = { itemId: "i", skills: ["A", "B"] };
    const data = {
      rows: [
        { student: "x", item, correct: true, hintsUsed: 0, t: 0 },
        { student: "y", item, correct: false, hintsUsed: 0, t: 0 },
      ],
      truth: [
        [true, false],
        [false, false],
      ],
    };
    const p = masteryPairs(model, data);
    expect([...p.truth]).toEqual([1, 0, 0, 0]);
    expect(p.value[0]).toBeGreaterThan(0.3); // after a right answer
    expect(p.value[2]).toBeLessThan(0.25); // another student, after a wrong one: its own state (0.28 with no evidence)
    expect(p.value[0]).toBeCloseTo(p.value[1] as number, 9);
  });

  it("masteryCurve: share truly mastered per band, made non-decreasing, empty bands left out", () => {
    // Bands of 0.25: [0.1, 0.2] -> 0 of 2; [0.3, 0.4] -> 2 of 2; [0.6, 0.7] -> 1 of 2 (a dip,
    // pooled with the band below: 3 of 4); [0.9] -> 1 of 1.
    const p = pairs([0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.9], [0, 0, 1, 1, 1, 0, 1]);
    expect(masteryCurve(p, 4)).toEqual({ at: [0.125, 0.375, 0.625, 0.875], p: [0, 0.75, 0.75, 1] });
  });

  it("learntPairs: the features of each skill's record so far, per student, beside the truth", () => {
    const model = new SimpleBkt({ fallback: { prior: 0.1, learn: 0.2, guess: 0.2, slip: 0.1 } });
    const ab = { itemId: "i", skills: ["A", "B"] };
    const a = { itemId: "j", skills: ["A"] };
    const data = {
      rows: [
        { student: "x", item: ab, correct: true, hintsUsed: 0, t: 0 },
        { student: "y", item: a, correct: false, hintsUsed: 0, t: 0 },
        { student: "x", item: a, correct: false, hintsUsed: 0, t: 1 },
      ],
      truth: [[true, false], [false], [true]],
    };
    const { x, y } = learntPairs(model, data);
    const d = LEARNT_FEATURES.length;
    expect([...y]).toEqual([1, 0, 0, 1]);
    expect(x.length).toBe(4 * d);
    const row = (i: number) => [...x.slice(i * d, (i + 1) * d)];
    // x on A after one right answer: 1 attempt, no wrong, run of 1.
    expect(row(0).slice(2)).toEqual([Math.log(2), Math.log(2) ** 2, 0, 1, 0, 0]);
    // y on A after one wrong answer: its own record, not x's.
    expect(row(2).slice(2)).toEqual([Math.log(2), Math.log(2) ** 2, Math.log(2), 0, 0, 1]);
    // x on A again after a wrong one: 2 attempts, 1 wrong, run broken, half wrong.
    expect(row(3).slice(2)).toEqual([Math.log(3), Math.log(3) ** 2, Math.log(2), 0, 0, 0.5]);
    // The mastery feature is the model's, after the update.
    expect(row(3)[1]).toBeLessThan(row(0)[1] as number);
  });

  it("proxyLearntPairs: labels from the next attempts on the same skill, never from the truth", () => {
    const model = new SimpleBkt({ fallback: { prior: 0.1, learn: 0.2, guess: 0.2, slip: 0.1 } });
    const a = { itemId: "j", skills: ["A"] };
    const b = { itemId: "k", skills: ["B"] };
    // x on A: wrong, right, right, (B between, ignored for A), hinted right, right.
    const rows = [
      { student: "x", item: a, correct: false, hintsUsed: 0, t: 0 },
      { student: "x", item: a, correct: true, hintsUsed: 0, t: 1 },
      { student: "x", item: a, correct: true, hintsUsed: 0, t: 2 },
      { student: "x", item: b, correct: false, hintsUsed: 0, t: 3 },
      { student: "x", item: a, correct: true, hintsUsed: 1, t: 4 },
      { student: "x", item: a, correct: true, hintsUsed: 0, t: 5 },
    ];
    // The truth says the opposite everywhere: a proxy label must not read it.
    const truth = rows.map((r) => r.item.skills.map(() => r.t % 2 === 0));
    const d = LEARNT_FEATURES.length;
    // 2 of the next 3: before A's first attempt -> wrong, right, right = 2 -> learnt; after A#1
    // -> right, right, hinted = 2 -> learnt; after A#2 -> right, hinted, right = 2 -> learnt; A#3
    // has only 2 later attempts: left out; B has 1 attempt: left out.
    const two = proxyLearntPairs(model, { rows, truth }, 3, 2);
    expect([...two.y]).toEqual([1, 1, 1]);
    expect(two.x.length).toBe(3 * d);
    // Before the first attempt: an empty record; after A#1: one wrong attempt, run 0.
    expect([...two.x.slice(2, d)]).toEqual([0, 0, 0, 0, 0, 0]);
    expect([...two.x.slice(d + 2, 2 * d)]).toEqual([Math.log(2), Math.log(2) ** 2, Math.log(2), 0, 0, 1]);
    // 3 of the next 3: the first wrong one and the hinted one break all three.
    expect([...proxyLearntPairs(model, { rows, truth }, 3, 3).y]).toEqual([0, 0, 0]);
    // 1 ahead: before A#1, then A#1..A#4, each labelled by the attempt after it; B before its one.
    expect([...proxyLearntPairs(model, { rows, truth }, 1, 1).y]).toEqual([0, 1, 1, 0, 1, 0]);
  });
});
