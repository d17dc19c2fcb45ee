import { describe, expect, it } from "vitest";
import { buildPickIndex } from "./build-pick-index";
import { dependentsOf, learntNow, skillGains } from "./choose-by-gain";
import { chooseNext } from "./choose-next";
import { readStudent } from "./read-student";
import { NOW, prob, stubModel } from "./test-fixtures";
import type { PickInput, PickKind, PickProblem, PrerequisiteGraph } from "./types";

interface Case {
  name: string;
  problems: PickProblem[];
  graph?: PrerequisiteGraph;
  mastery: Record<string, number>;
  input?: Partial<PickInput>;
  expect: { id: string | null; kind: PickKind };
}

/** Every skill learnt by the detector's word; A doubted most; A's one-step problem done before. */
const reviewOfA = {
  problems: [prob("pA1", [["A"]], 0), prob("pAB", [["A"], ["B"]], 1), prob("pB", [["B"]], 2)],
  mastery: { A: 0.9, B: 0.9 },
  input: {
    learnt: { A: 0.999, B: 0.9999 },
    avoidLast: 0,
    recent: [
      { problemId: "pA1", completedAt: NOW - 2 },
      { problemId: "pB", completedAt: NOW - 1 },
    ],
  },
};

const cases: Case[] = [
  {
    name: "practises the skill furthest from learnt, not the one nearest the target success",
    problems: [prob("pA", [["A"]], 0), prob("pB", [["B"]], 1)],
    mastery: { A: 0.6, B: 0.2 },
    expect: { id: "pB", kind: "learn" },
  },
  {
    name: "gain per opportunity: a problem whose every step pays beats one with a step that does not",
    problems: [prob("pMixed", [["A"], ["B"]], 0), prob("pA", [["A"], ["A"]], 1)],
    mastery: { A: 0.3, B: 0.97 },
    expect: { id: "pA", kind: "learn" },
  },
  {
    name: "a step with two unlearnt skills pays for both",
    problems: [prob("pA", [["A"]], 0), prob("pAC", [["A", "C"]], 1)],
    mastery: { A: 0.3, C: 0.3 },
    expect: { id: "pAC", kind: "learn" },
  },
  {
    name: "a skill whose prerequisite is unlearnt pays little: the prerequisite comes first",
    problems: [prob("pB", [["B"]], 0), prob("pA", [["A"]], 1)],
    graph: { B: ["A"] },
    mastery: { A: 0.5, B: 0.1 },
    expect: { id: "pA", kind: "learn" },
  },
  {
    name: "stop rule: a skill whose gain (0.08) is below minGain is no longer practised to learn it",
    problems: [prob("pA", [["A"]], 0)],
    mastery: { A: 0.92 },
    expect: { id: "pA", kind: "review" },
  },
  {
    name: "stop rule: a lower minGain keeps practising it",
    problems: [prob("pA", [["A"]], 0)],
    mastery: { A: 0.92 },
    input: { gain: { minGain: 0.05 } },
    expect: { id: "pA", kind: "learn" },
  },
  {
    name: "stop rule with a calibration curve: mastery 0.7 already means learnt, so review by doubt",
    problems: [prob("pA", [["A"]], 0), prob("pB", [["B"]], 1)],
    mastery: { A: 0.7, B: 0.75 },
    input: { masteredCurve: { at: [0.1, 0.6, 0.9], p: [0, 0.95, 1] }, threshold: 0.6 },
    expect: { id: "pA", kind: "review" },
  },
  {
    name: "unlock: with a weight, the skill that opens up more skills comes first",
    problems: [prob("pA", [["A"]], 0), prob("pC", [["C"]], 1), prob("pB", [["B"]], 2)],
    graph: { B: ["C"] },
    mastery: { A: 0.3, C: 0.3, B: 0.3 },
    input: { gain: { unlock: 0.5 } },
    expect: { id: "pC", kind: "learn" },
  },
  {
    name: "teacher pins still come first",
    problems: [prob("pA", [["A"]], 0), prob("pB", [["B"]], 1)],
    mastery: { A: 0.99, B: 0.1 },
    input: { pins: ["pA"] },
    expect: { id: "pA", kind: "pinned" },
  },
  {
    name: "skips are never picked",
    problems: [prob("pA", [["A"]], 0), prob("pB", [["B"]], 1)],
    mastery: { A: 0.5, B: 0.1 },
    input: { skips: ["pB"] },
    expect: { id: "pA", kind: "learn" },
  },
  {
    name: "streak evidence: three right in a row on A count as learnt although the model says 0.3, so B is next",
    problems: [prob("pA", [["A"]], 0), prob("pB", [["B"]], 1)],
    mastery: { A: 0.3, B: 0.5 },
    input: { streaks: { A: 3, B: 0 } },
    expect: { id: "pB", kind: "learn" },
  },
  {
    name: "streak evidence: two in a row are not enough (A still furthest from learnt)",
    problems: [prob("pA", [["A"]], 0), prob("pB", [["B"]], 1)],
    mastery: { A: 0.3, B: 0.5 },
    input: { streaks: { A: 2, B: 0 } },
    expect: { id: "pA", kind: "learn" },
  },
  {
    name: "streak evidence: streakToLearn 0 ignores runs",
    problems: [prob("pA", [["A"]], 0), prob("pB", [["B"]], 1)],
    mastery: { A: 0.3, B: 0.5 },
    input: { streaks: { A: 9 }, streakToLearn: 0 },
    expect: { id: "pA", kind: "learn" },
  },
  {
    name: "streak evidence: a run on a skill whose prerequisite is unlearnt also opens it up",
    problems: [prob("pB", [["B"]], 0), prob("pC", [["C"]], 1)],
    graph: { C: ["B"] },
    mastery: { B: 0.2, C: 0.1 },
    input: { streaks: { B: 4 } },
    expect: { id: "pC", kind: "learn" },
  },
  {
    name: "a detector's P(learnt) replaces the model's reading: A learnt by it although the model says 0.3",
    problems: [prob("pA", [["A"]], 0), prob("pB", [["B"]], 1)],
    mastery: { A: 0.3, B: 0.5 },
    input: { learnt: { A: 0.97, B: 0.4 } },
    expect: { id: "pB", kind: "learn" },
  },
  {
    name: "a detector's P(learnt): the skill it doubts most comes first, whatever the model says",
    problems: [prob("pA", [["A"]], 0), prob("pB", [["B"]], 1)],
    mastery: { A: 0.9, B: 0.2 },
    input: { learnt: { A: 0.1, B: 0.6 } },
    expect: { id: "pA", kind: "learn" },
  },
  {
    name: "a detector's P(learnt): a skill it does not know counts as unlearnt",
    problems: [prob("pA", [["A"]], 0), prob("pB", [["B"]], 1)],
    mastery: { A: 0.2, B: 0.99 },
    input: { learnt: { A: 0.95 } },
    expect: { id: "pB", kind: "learn" },
  },
  {
    name: "a detector's P(learnt) also drives the stop rule (learnt at 0.995) and the streak rule no longer counts",
    problems: [prob("pA", [["A"]], 0)],
    mastery: { A: 0.2 },
    input: { learnt: { A: 0.996 }, streaks: { A: 0 } },
    expect: { id: "pA", kind: "review" },
  },
  {
    name: "a detector's P(learnt) of 0.99 is still practised to learn (without a detector, 0.9 would stop)",
    problems: [prob("pA", [["A"]], 0)],
    mastery: { A: 0.2 },
    input: { learnt: { A: 0.99 } },
    expect: { id: "pA", kind: "learn" },
  },
  {
    name: "a detector's P(learnt): review goes to the skill it doubts most (0.997), not the one practised longer ago (0.9999)",
    problems: [prob("pA", [["A"]], 0), prob("pB", [["B"]], 1)],
    mastery: { A: 0.5, B: 0.5 },
    input: {
      learnt: { A: 0.9999, B: 0.997 },
      recent: [
        { problemId: "pA", completedAt: NOW - 2 },
        { problemId: "pB", completedAt: NOW - 1 },
      ],
    },
    expect: { id: "pB", kind: "review" },
  },
  {
    name: "the same with the old doubt floor (0.02): every such skill looks alike and spacing decides",
    problems: [prob("pA", [["A"]], 0), prob("pB", [["B"]], 1)],
    mastery: { A: 0.5, B: 0.5 },
    input: {
      learnt: { A: 0.9999, B: 0.997 },
      doubtFloor: 0.02,
      recent: [
        { problemId: "pA", completedAt: NOW - 2 },
        { problemId: "pB", completedAt: NOW - 1 },
      ],
    },
    expect: { id: "pA", kind: "review" },
  },
  {
    name: "a detector's review takes a fresh problem over the skill's one-step problem done before (useful 0)",
    ...reviewOfA,
    expect: { id: "pAB", kind: "review" },
  },
  {
    name: "the same with the share of steps on the skill weighed (useful 1): the one-step problem again",
    ...reviewOfA,
    input: {
      ...reviewOfA.input,
      weights: { useful: 1 },
    },
    expect: { id: "pA1", kind: "review" },
  },
  {
    name: "a detector's review: among fresh problems of the skill, the one whose predicted success is nearest the target",
    problems: [prob("pEasy", [["A"]], 0), prob("pHard", [["A"], ["B"]], 1)],
    mastery: { A: 0.9, B: 0.9 },
    input: {
      learnt: { A: 0.999, B: 0.9999 },
      model: stubModel({ A: 0.9, B: 0.9 }, { success: { "pEasy-0": 0.97, "pHard-0": 0.72, "pHard-1": 0.7 } }),
    },
    expect: { id: "pHard", kind: "review" },
  },
  {
    name: "every skill learnt and no review asked: complete",
    problems: [prob("pA", [["A"]], 0)],
    mastery: { A: 0.99 },
    input: { review: false },
    expect: { id: null, kind: "complete" },
  },
];

describe("chooseNext rule gain", () => {
  it.each(cases)("$name", (c) => {
    const pick = chooseNext({
      problems: c.problems,
      prerequisites: c.graph ?? {},
      model: stubModel(c.mastery),
      state: { skills: {}, global: {} },
      now: NOW,
      rule: "gain",
      ...c.input,
    });
    expect({ id: pick.problemId, kind: pick.kind }).toEqual(c.expect);
    expect(pick.reason.length).toBeGreaterThan(0);
  });

  it("a recently done problem comes back only when nothing else pays", () => {
    const problems = [prob("p1", [["A"]], 0), prob("p2", [["A"]], 1)];
    const base = {
      problems,
      prerequisites: {},
      model: stubModel({ A: 0.3 }),
      state: { skills: {}, global: {} },
      now: NOW,
      rule: "gain" as const,
    };
    expect(chooseNext({ ...base, recent: [{ problemId: "p1", completedAt: NOW - 1 }] }).problemId).toBe("p2");
    const both = [
      { problemId: "p1", completedAt: NOW - 2 },
      { problemId: "p2", completedAt: NOW - 1 },
    ];
    expect(chooseNext({ ...base, recent: both }).problemId).toBe("p1");
  });
});

describe("learntNow with streaks", () => {
  const problems = [prob("pA", [["A"]], 0)];
  const base = (model: ReturnType<typeof stubModel>, streaks: Record<string, number>) => {
    const input: PickInput = {
      problems,
      prerequisites: {},
      model,
      state: { skills: {}, global: {} },
      now: NOW,
      rule: "gain",
      streaks,
      recent: [{ problemId: "pA", completedAt: NOW - 86_400_000 }],
    };
    const index = buildPickIndex(problems, {});
    return learntNow(input, index, readStudent(index, model, input.state, NOW, input.recent ?? [], [], 3));
  };

  it("a run of three lifts P(learnt) to 1 when the model forgets nothing", () => {
    expect(base(stubModel({ A: 0.3 }), { A: 3 })[0]).toBeCloseTo(1, 10);
    expect(base(stubModel({ A: 0.3 }), { A: 2 })[0]).toBeCloseTo(0.3, 10);
  });

  it("the evidence fades by what the model says was forgotten since the skill was last practised", () => {
    // The model put A at 0.9 a day ago and at 0.6 now: 0.3 forgotten, so the run counts as 0.7.
    const model = stubModel({ A: 0.6 }, { past: { A: 0.9 } });
    expect(base(model, { A: 5 })[0]).toBeCloseTo(0.7, 10);
  });
});

describe("skillGains", () => {
  it.each([
    { name: "unlearnt, no prerequisites", learnt: [0.2, 1, 1], expectB: 0.8 },
    { name: "its prerequisite half learnt halves it", learnt: [0.2, 0.5, 1], expectB: 0.4 },
    { name: "learnt: no gain", learnt: [1, 1, 1], expectB: 0 },
  ])("$name", ({ learnt, expectB }) => {
    // B (index 0) needs A (index 1); C (index 2) needs B.
    const index = buildPickIndex([prob("p", [["B"], ["A"], ["C"]])], { B: ["A"], C: ["B"] });
    const at = (id: string) => index.skillIndex.get(id) as number;
    const l = new Float64Array(3);
    l[at("B")] = learnt[0] as number;
    l[at("A")] = learnt[1] as number;
    l[at("C")] = learnt[2] as number;
    const g = skillGains(index, l, dependentsOf(index), { minGain: 0.1, unlock: 0, stopAtThreshold: false });
    expect(g[at("B")]).toBeCloseTo(expectB, 10);
    // With an unlock weight, B also counts what it opens up (C, unlearnt by 1 - l[C]).
    const u = skillGains(index, l, dependentsOf(index), { minGain: 0.1, unlock: 1, stopAtThreshold: false });
    expect(u[at("B")]).toBeCloseTo(expectB * (1 + (1 - (learnt[2] as number))), 10);
  });

  it("dependents are transitive", () => {
    const index = buildPickIndex([prob("p", [["A"], ["B"], ["C"]])], { B: ["A"], C: ["B"] });
    const deps = dependentsOf(index);
    const ids = (s: string) =>
      [...(deps[index.skillIndex.get(s) as number] ?? [])].map((k) => index.skillIds[k]).sort();
    expect(ids("A")).toEqual(["B", "C"]);
    expect(ids("C")).toEqual([]);
  });
});
