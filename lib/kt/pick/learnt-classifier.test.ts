import { describe, expect, it } from "vitest";
import { seededRandom, sigmoid } from "@/lib/kt/math";
import { buildPickIndex } from "./build-pick-index";
import { learntNow } from "./choose-by-gain";
import { chooseNext } from "./choose-next";
import {
  extendEvidence,
  fitLearntClassifier,
  LEARNT_FEATURES,
  type LearntClassifier,
  learntFeatures,
  learntProbability,
  type SkillEvidence,
} from "./learnt-classifier";
import { readStudent } from "./read-student";
import { NOW, prob, stubModel } from "./test-fixtures";
import type { PickInput } from "./types";

const a = (skills: string[], correct: boolean, hintsUsed = 0) => ({ skills, correct, hintsUsed });

describe("extendEvidence", () => {
  it.each([
    { name: "no attempts: no records", attempts: [], expected: {} },
    {
      name: "right, wrong, right: 3 attempts, 1 wrong, run of 1",
      attempts: [a(["A"], true), a(["A"], false), a(["A"], true)],
      expected: { A: { attempts: 3, wrong: 1, streak: 1 } },
    },
    {
      name: "a right answer after a hint counts as wrong and ends the run",
      attempts: [a(["A"], true), a(["A"], true, 2)],
      expected: { A: { attempts: 2, wrong: 1, streak: 0 } },
    },
    {
      name: "a two-skill step counts for both",
      attempts: [a(["A", "B"], true), a(["B"], true)],
      expected: { A: { attempts: 1, wrong: 0, streak: 1 }, B: { attempts: 2, wrong: 0, streak: 2 } },
    },
  ])("$name", ({ attempts, expected }) => {
    const ev: Record<string, SkillEvidence> = {};
    expect(extendEvidence(ev, attempts, 0)).toBe(attempts.length);
    expect(ev).toEqual(expected);
  });

  it("extending from where it left off equals counting all at once", () => {
    const all = [a(["A"], true), a(["A"], false), a(["B"], true), a(["A"], true)];
    const once: Record<string, SkillEvidence> = {};
    extendEvidence(once, all, 0);
    const inSteps: Record<string, SkillEvidence> = {};
    const seen = extendEvidence(inSteps, all.slice(0, 2), 0);
    extendEvidence(inSteps, all, seen);
    expect(inSteps).toEqual(once);
  });
});

describe("learntFeatures", () => {
  it("one value per named feature, from the mastery and the record", () => {
    const f = learntFeatures(0.5, { attempts: 3, wrong: 1, streak: 2 });
    expect(f).toHaveLength(LEARNT_FEATURES.length);
    expect(f[0]).toBe(1);
    expect(f[1]).toBeCloseTo(0, 10); // logit(0.5)
    expect(f[2]).toBeCloseTo(Math.log(4), 10);
    expect(f[4]).toBeCloseTo(Math.log(2), 10);
    expect(f[5]).toBe(2);
    expect(f[6]).toBe(0);
    expect(f[7]).toBeCloseTo(1 / 3, 10);
    // No record: a skill never practised.
    expect(learntFeatures(0.2).slice(2)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe("fitLearntClassifier", () => {
  it("recovers the weights of data drawn from a known logistic model", () => {
    const truth = [-2, 0.8, 1.5, -0.2, -0.6, 0.3, 0.5, -1];
    const rand = seededRandom(7);
    const n = 20_000;
    const d = LEARNT_FEATURES.length;
    const x = new Float64Array(n * d);
    const y = new Uint8Array(n);
    const f: number[] = [];
    for (let i = 0; i < n; i++) {
      const attempts = Math.floor(rand() * 20);
      const wrong = Math.floor(rand() * (attempts + 1));
      const ev = { attempts, wrong, streak: Math.floor(rand() * (attempts - wrong + 1)) };
      learntFeatures(0.02 + 0.96 * rand(), ev, f);
      let z = 0;
      for (let k = 0; k < d; k++) {
        x[i * d + k] = f[k] as number;
        z += (truth[k] as number) * (f[k] as number);
      }
      y[i] = rand() < sigmoid(z) ? 1 : 0;
    }
    const fitted = fitLearntClassifier(x, y, 0.01);
    fitted.weights.forEach((w, k) => {
      expect(Math.abs(w - (truth[k] as number))).toBeLessThan(0.35);
    });
  });
});

describe("the gain rule with a learnt classifier", () => {
  // Learnt when practised at least 4 times with few wrong, whatever the model's mastery says.
  const practised: LearntClassifier = { weights: [-12, 0, 8, 0, -10, 0, 0, 0] };
  const problems = [prob("pA", [["A"]], 0), prob("pB", [["B"]], 1)];
  const input = (evidence: Record<string, SkillEvidence>, mastery = { A: 0.3, B: 0.5 }): PickInput => ({
    problems,
    prerequisites: {},
    model: stubModel(mastery),
    state: { skills: {}, global: {} },
    now: NOW,
    rule: "gain",
    learntClassifier: practised,
    evidence,
  });

  it("P(learnt) is the classifier's, not the model's mastery", () => {
    const i = input({ A: { attempts: 9, wrong: 0, streak: 9 } });
    const index = buildPickIndex(problems, {});
    const l = learntNow(i, index, readStudent(index, i.model, i.state, NOW, [], [], 3));
    expect(l[index.skillIndex.get("A") as number]).toBeCloseTo(learntProbability(practised, 0.3, i.evidence?.A), 10);
    expect(l[index.skillIndex.get("A") as number]).toBeGreaterThan(0.99);
    expect(l[index.skillIndex.get("B") as number]).toBeLessThan(0.01);
  });

  it.each([
    {
      // The model alone would practise A (0.3, furthest from learnt).
      name: "A practised 9 times without a slip is learnt by the record: B next",
      A: { attempts: 9, wrong: 0, streak: 9 },
      mastery: { A: 0.3, B: 0.5 },
      id: "pB",
    },
    {
      // The model alone would call A learnt (0.97: gain below minGain) and practise B.
      name: "A practised 9 times with 6 wrong is not learnt, whatever the model says: A again",
      A: { attempts: 9, wrong: 6, streak: 1 },
      mastery: { A: 0.97, B: 0.5 },
      id: "pA",
    },
    {
      // Neither is learnt by its record (both P ~ 0): equal gains, the earlier problem.
      name: "neither practised: equal gains, the earlier problem first",
      A: { attempts: 0, wrong: 0, streak: 0 },
      mastery: { A: 0.97, B: 0.5 },
      id: "pA",
    },
  ])("$name", ({ A, mastery, id }) => {
    expect(chooseNext(input({ A }, mastery)).problemId).toBe(id);
    // Without the classifier the model's mastery decides, and picks the other problem.
    const { learntClassifier: _, ...plain } = input({ A }, mastery);
    expect(chooseNext(plain).problemId).not.toBe(id);
  });
});
