import { describe, expect, it } from "vitest";
import { createRng } from "./create-rng";
import { type Curriculum, makeCurriculum } from "./make-curriculum";
import {
  attemptStep,
  drawLearner,
  gateOf,
  isTrulyMastered,
  type Learner,
  marginAt,
  postTest,
  TRUE_MASTERY_MARGIN,
} from "./simulate-learner";

const DAY = 1440;

/** Two skills, B needs A, one single-skill step each. */
function tiny(): Curriculum {
  return {
    skills: [
      { id: "A", name: "A", level: 0, prereqs: [], difficulty: 0, learnability: 0.12 },
      { id: "B", name: "B", level: 1, prereqs: ["A"], difficulty: 0, learnability: 0.12 },
    ],
    problems: [],
    prerequisites: { A: [], B: ["A"] },
  };
}

function learnerWith(x: Record<string, number>, rate = 0.15, forget = 0.2): Learner {
  const c = tiny();
  const l = drawLearner(c, createRng(1));
  c.skills.forEach((s, i) => {
    l.x[i] = x[s.id] ?? -2;
    l.base[i] = x[s.id] ?? -2;
    l.rate[i] = rate;
  });
  l.forget = forget;
  return l;
}

const stepA = { itemId: "a", skills: ["A"], offset: 0 };
const stepB = { itemId: "b", skills: ["B"], offset: 0 };

describe("simulated learner", () => {
  it("practice raises the latent skill, with diminishing steps toward the ceiling", () => {
    const l = learnerWith({ A: -2 });
    const rng = createRng(2);
    const xs = [marginAt(l, 0, 0)];
    for (let k = 1; k <= 30; k++) {
      attemptStep(l, stepA, k, rng);
      xs.push(marginAt(l, 0, k));
    }
    for (let k = 1; k < xs.length; k++) expect(xs[k]).toBeGreaterThan(xs[k - 1] as number);
    expect((xs[1] as number) - (xs[0] as number)).toBeGreaterThan((xs[30] as number) - (xs[29] as number));
    expect(xs[30]).toBeGreaterThan(TRUE_MASTERY_MARGIN);
  });

  it("prerequisites gate learning: B barely moves while A is unknown", () => {
    const rng = createRng(3);
    const blocked = learnerWith({ A: -2, B: -2 });
    const open = learnerWith({ A: 4, B: -2 });
    expect(gateOf(blocked, 1, 0)).toBeLessThan(0.01);
    expect(gateOf(open, 1, 0)).toBeGreaterThan(0.99);
    for (let k = 1; k <= 10; k++) {
      attemptStep(blocked, stepB, k, rng);
      attemptStep(open, stepB, k, rng);
    }
    expect(marginAt(blocked, 1, 10)).toBeLessThan(-1.9);
    expect(marginAt(open, 1, 10)).toBeGreaterThan(1.5);
  });

  it("forgetting pulls the skill back toward its start, slower after more practice", () => {
    const rng = createRng(4);
    const little = learnerWith({ A: -2 });
    const much = learnerWith({ A: -2 });
    for (let k = 1; k <= 12; k++) attemptStep(little, stepA, k, rng);
    for (let k = 1; k <= 40; k++) attemptStep(much, stepA, k, rng);
    const before = marginAt(little, 0, 40);
    const after = marginAt(little, 0, 40 + 10 * DAY);
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThan(-2);
    const lossLittle = 1 - (after + 2) / (before + 2);
    const muchBefore = marginAt(much, 0, 40);
    const lossMuch = 1 - (marginAt(much, 0, 40 + 10 * DAY) + 2) / (muchBefore + 2);
    expect(lossMuch).toBeLessThan(lossLittle);
  });

  it("true mastery and the post-test follow the latent state", () => {
    const low = learnerWith({ A: -2, B: -2 });
    const high = learnerWith({ A: 4, B: 4 });
    expect(isTrulyMastered(low, 0)).toBe(false);
    expect(isTrulyMastered(high, 0)).toBe(true);
    expect(postTest(high, 0)).toBeGreaterThan(postTest(low, 0));
    expect(postTest(high, 0)).toBeLessThanOrEqual(1);
    expect(postTest(low, 0)).toBeGreaterThanOrEqual(0);
  });

  it("attempts on a known skill are mostly right, on an unknown one mostly wrong", () => {
    const rng = createRng(5);
    const high = learnerWith({ A: 5 }, 0);
    const low = learnerWith({ A: -4 }, 0);
    let hi = 0;
    let lo = 0;
    for (let k = 0; k < 400; k++) {
      hi += attemptStep(high, stepA, k, rng).correct ? 1 : 0;
      lo += attemptStep(low, stepA, k, rng).correct ? 1 : 0;
    }
    expect(hi / 400).toBeGreaterThan(0.8);
    expect(lo / 400).toBeLessThan(0.35);
  });
});

describe("makeCurriculum", () => {
  it("builds a multi-level DAG and problems of the required shape, the same for the same seed", () => {
    const c = makeCurriculum(7);
    expect(c.skills.length).toBeGreaterThanOrEqual(20);
    expect(c.problems.length).toBeGreaterThanOrEqual(200);
    expect(new Set(c.skills.map((s) => s.level)).size).toBeGreaterThanOrEqual(4);
    const level = new Map(c.skills.map((s) => [s.id, s.level]));
    for (const s of c.skills) for (const p of s.prereqs) expect(level.get(p)).toBeLessThan(s.level);
    for (const p of c.problems) {
      expect(p.steps.length).toBeGreaterThanOrEqual(1);
      expect(p.steps.length).toBeLessThanOrEqual(4);
      for (const st of p.steps) expect([1, 2]).toContain(st.skills.length);
    }
    expect(c.skills.every((s) => c.problems.some((p) => p.steps.some((st) => st.skills.includes(s.id))))).toBe(true);
    expect(makeCurriculum(7)).toEqual(c);
    expect(makeCurriculum(8)).not.toEqual(c);
  });
});
