import { describe, expect, it } from "vitest";
import { buildPickIndex } from "./build-pick-index";
import { chooseNext } from "./choose-next";
import { NOW, prob, stubModel } from "./test-fixtures";
import type { PickInput, PickKind, PickProblem, PrerequisiteGraph } from "./types";

const DAY = 86_400_000;

interface Case {
  name: string;
  problems: PickProblem[];
  graph?: PrerequisiteGraph;
  mastery: Record<string, number>;
  past?: Record<string, number>;
  success?: Record<string, number>;
  input?: Partial<PickInput>;
  expect: { id: string | null; kind: PickKind; reason?: RegExp };
}

const twoSkills = [prob("pA", [["A"]], 0), prob("pB", [["B"]], 1)];
const cases: Case[] = [
  {
    name: "pins come first, in pin order",
    problems: twoSkills,
    mastery: { A: 0.2, B: 0.2 },
    input: { pins: ["pB", "pA"] },
    expect: { id: "pB", kind: "pinned", reason: /teacher \(pin 1 of 2\)/ },
  },
  {
    name: "a skipped pin is passed over; unknown pins too",
    problems: twoSkills,
    mastery: { A: 0.2, B: 0.2 },
    input: { pins: ["nope", "pB", "pA"], skips: ["pB"] },
    expect: { id: "pA", kind: "pinned" },
  },
  {
    name: "skips are never picked, even if best",
    problems: [prob("p1", [["A"]], 0), prob("p2", [["A"]], 1)],
    mastery: { A: 0.3 },
    input: { skips: ["p1"] },
    expect: { id: "p2", kind: "learn" },
  },
  {
    name: "everything skipped: nothing to pick",
    problems: [prob("p1", [["A"]])],
    mastery: { A: 0.3 },
    input: { skips: ["p1"] },
    expect: { id: null, kind: "complete", reason: /skipped/ },
  },
  {
    name: "prerequisite gating: a weaker skill waits for its prerequisite",
    problems: twoSkills,
    graph: { B: ["A"] },
    mastery: { A: 0.5, B: 0.05 },
    expect: { id: "pA", kind: "learn", reason: /Practises A \(mastery 0\.50\); it has no prerequisites/ },
  },
  {
    name: "prerequisite mastered: the dependent opens",
    problems: twoSkills,
    graph: { B: ["A"] },
    mastery: { A: 0.97, B: 0.3 },
    expect: { id: "pB", kind: "learn", reason: /its prerequisites are mastered/ },
  },
  {
    name: "a prerequisite no problem practises counts as given",
    problems: [prob("pB", [["B"]])],
    graph: { B: ["X"] },
    mastery: { B: 0.3, X: 0 },
    expect: { id: "pB", kind: "learn" },
  },
  {
    name: "target difficulty: closest to 0.7 inside the band",
    problems: [prob("easy", [["A"]], 0), prob("mid", [["A"]], 1), prob("hard", [["A"]], 2)],
    mastery: { A: 0.5 },
    success: { "easy-0": 0.95, "mid-0": 0.72, "hard-0": 0.35 },
    expect: { id: "mid", kind: "learn", reason: /predicted success 0\.72\./ },
  },
  {
    name: "outside the band only when nothing is inside, and the reason says so",
    problems: [prob("hard", [["A"]], 0), prob("harder", [["A"]], 1)],
    mastery: { A: 0.1 },
    success: { "hard-0": 0.4, "harder-0": 0.2 },
    expect: { id: "hard", kind: "learn", reason: /below 0\.50/ },
  },
  {
    name: "prefers problems whose steps all practise unmastered skills",
    problems: [prob("mixed", [["M"], ["M"], ["A"]], 0), prob("focused", [["A"], ["A"]], 1)],
    mastery: { A: 0.4, M: 0.99 },
    success: { "mixed-0": 0.7, "mixed-1": 0.7, "mixed-2": 0.7, "focused-0": 0.6, "focused-1": 0.6 },
    expect: { id: "focused", kind: "learn" },
  },
  {
    name: "a decayed skill comes back as review",
    problems: [prob("pA", [["A"]], 0), prob("pM", [["M"]], 1)],
    mastery: { A: 0.82, M: 0.99 },
    past: { A: 0.97 },
    input: { recent: [{ problemId: "pA", completedAt: NOW - 10 * DAY }], avoidLast: 0 },
    expect: { id: "pA", kind: "review", reason: /fell from 0\.97 to 0\.82/ },
  },
  {
    name: "everything mastered: review the skill practised longest ago",
    problems: [prob("pA", [["A"]], 0), prob("pB", [["B"]], 1)],
    mastery: { A: 0.97, B: 0.99 },
    input: {
      recent: [
        { problemId: "pB", completedAt: NOW - 9 * DAY },
        { problemId: "pA", completedAt: NOW - 2 * DAY },
      ],
      avoidLast: 0,
    },
    expect: { id: "pB", kind: "review", reason: /Every skill is mastered; reviews B .*9 days ago/ },
  },
  {
    name: "everything mastered and no review wanted: complete",
    problems: twoSkills,
    mastery: { A: 0.97, B: 0.99 },
    input: { review: false },
    expect: { id: null, kind: "complete", reason: /Every skill is mastered/ },
  },
  {
    name: "nothing eligible: practise the weakest prerequisite",
    // A is ready but its only problem also needs B, which waits on C (whose problem is skipped).
    problems: [prob("pAB", [["A", "B"]], 0), prob("pC", [["C"]], 1), prob("pCB", [["C"], ["B"]], 2)],
    graph: { B: ["A", "C"] },
    mastery: { A: 0.6, B: 0.1, C: 0.3 },
    input: { skips: ["pC"] },
    expect: { id: "pCB", kind: "prerequisite", reason: /weakest one, C \(mastery 0\.30\), which B needs/ },
  },
  {
    name: "wheel-spinning: after moveOnAfter tries a skill stops blocking its dependents",
    problems: twoSkills,
    graph: { B: ["A"] },
    mastery: { A: 0.8, B: 0.1 },
    input: {
      moveOnAfter: 3,
      recent: [1, 2, 3].map((d) => ({ problemId: "pA", completedAt: NOW - d * DAY })),
    },
    expect: { id: "pB", kind: "learn", reason: /prerequisites are mastered or have had 3\+ practice opportunities/ },
  },
  {
    name: "parked skills come back for review once nothing else is left, even with review off",
    problems: twoSkills,
    mastery: { A: 0.8, B: 0.99 },
    input: {
      moveOnAfter: 2,
      review: false,
      recent: [
        { problemId: "pA", completedAt: NOW - 3 * DAY },
        { problemId: "pA", completedAt: NOW - 2 * DAY },
        { problemId: "pB", completedAt: NOW - DAY },
      ],
      avoidLast: 0,
    },
    expect: {
      id: "pA",
      kind: "review",
      reason: /has had 2\+ practice opportunities; reviews A \(mastery 0\.80, below 0\.95/,
    },
  },
  {
    name: "no immediate repeat while something else fits",
    problems: [prob("p1", [["A"]], 0), prob("p2", [["A"]], 1)],
    mastery: { A: 0.4 },
    success: { "p1-0": 0.7, "p2-0": 0.55 },
    input: { recent: [{ problemId: "p1", completedAt: NOW - 60_000 }] },
    expect: { id: "p2", kind: "learn" },
  },
  {
    name: "the only problem is repeated rather than getting stuck",
    problems: [prob("p1", [["A"]], 0)],
    mastery: { A: 0.4 },
    input: { recent: [{ problemId: "p1", completedAt: NOW - 60_000 }] },
    expect: { id: "p1", kind: "learn" },
  },
  ...(["review", "after"] as const).map(
    (parked): Case => ({
      // A is parked (2 tries, below 0.95) and practised recently; B is mastered and waited longer.
      name: `everything passes: parked "${parked}" ${parked === "review" ? "reviews the longest-waiting skill" : "reviews the parked skill first"}`,
      problems: twoSkills,
      mastery: { A: 0.93, B: 0.99 },
      input: {
        moveOnAfter: 2,
        parked,
        avoidLast: 0,
        recent: [
          { problemId: "pB", completedAt: NOW - 3 * DAY },
          { problemId: "pA", completedAt: NOW - 2 * DAY },
          { problemId: "pA", completedAt: NOW - DAY },
        ],
      },
      expect: { id: parked === "review" ? "pB" : "pA", kind: "review" },
    }),
  ),
  ...(["review", "practise"] as const).map(
    (parked): Case => ({
      // A is parked and weaker; C still needs practice. "practise" keeps A in the running.
      name: `a parked skill with parked "${parked}" ${parked === "review" ? "waits for the unmastered ones" : "keeps competing for practice"}`,
      problems: [prob("pA", [["A"]], 0), prob("pC", [["C"]], 1)],
      mastery: { A: 0.4, C: 0.9 },
      input: {
        moveOnAfter: 2,
        parked,
        avoidLast: 0,
        recent: [
          { problemId: "pA", completedAt: NOW - 2 * DAY },
          { problemId: "pA", completedAt: NOW - DAY },
        ],
      },
      expect: { id: parked === "review" ? "pC" : "pA", kind: "learn" },
    }),
  ),
  {
    name: "ties go to the earlier set and position, whatever the input order",
    problems: [prob("late", [["A"]], 5, 1), prob("early2", [["A"]], 2, 0), prob("early1", [["A"]], 1, 0)],
    mastery: { A: 0.4 },
    expect: { id: "early1", kind: "learn" },
  },
];

describe("chooseNext", () => {
  it.each(cases)("$name", (c) => {
    const input: PickInput = {
      problems: c.problems,
      prerequisites: c.graph ?? {},
      model: stubModel(c.mastery, { past: c.past, success: c.success }),
      state: { skills: {}, global: {} },
      now: NOW,
      ...c.input,
    };
    const pick = chooseNext(input);
    expect({ id: pick.problemId, kind: pick.kind }).toEqual({ id: c.expect.id, kind: c.expect.kind });
    if (c.expect.reason) expect(pick.reason).toMatch(c.expect.reason);
    // Same answer with a prebuilt index, and on a second call (pure, deterministic).
    const index = buildPickIndex(c.problems, c.graph ?? {});
    expect(chooseNext({ ...input, index })).toEqual(pick);
    expect(chooseNext({ ...input, index })).toEqual(pick);
  });

  it("never returns null while an unskipped problem exists, whatever the masteries", () => {
    const problems = [prob("p1", [["A"], ["B"]], 0), prob("p2", [["B", "C"]], 1), prob("p3", [["C"]], 2)];
    const graph = { B: ["A"], C: ["B"], A: ["C"] }; // a cycle, on purpose
    for (const a of [0.1, 0.96])
      for (const b of [0.1, 0.96])
        for (const c of [0.1, 0.96]) {
          const model = stubModel({ A: a, B: b, C: c });
          const pick = chooseNext({ problems, prerequisites: graph, model, state: model.initialState(), now: NOW });
          expect(pick.problemId).not.toBeNull();
          expect(pick.reason.length).toBeGreaterThan(10);
        }
  });
});
