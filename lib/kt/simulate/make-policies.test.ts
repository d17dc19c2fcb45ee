import { describe, expect, it } from "vitest";
import { SimpleBkt } from "@/lib/kt/model/simple-bkt";
import { buildPickIndex } from "@/lib/kt/pick/build-pick-index";
import type { KtModel, StudentState } from "@/lib/kt/types";
import { createRng } from "./create-rng";
import type { Curriculum, SimProblem } from "./make-curriculum";
import {
  courseOrder,
  makeChooseNextPolicy,
  makeDetectorGainPolicy,
  makeLessonsPolicy,
  makeOatutorPolicy,
  makeOatutorReadyPolicy,
  makeOraclePolicy,
  makeRandomPolicy,
  makeSkillBuilderPolicy,
  makeTruthGainPolicy,
  readyProblems,
  toPickProblems,
} from "./make-policies";
import { EPOCH_MS, type PolicyContext } from "./run-episode";
import type { SimLearner } from "./sim-learner";

const DAY = 86_400_000;

function prob(id: string, lesson: string, steps: string[][], setOrder = 0): SimProblem {
  return {
    id,
    lesson,
    setOrder,
    position: 0,
    steps: steps.map((skills, k) => ({ itemId: `${id}${k}`, skills, offset: 0 })),
  };
}

/** A (level 0), C (level 0), B (level 1, needs A). Listed B first so course order must sort. */
function tiny(): Curriculum {
  const sk = (id: string, level: number, prereqs: string[]) => ({
    id,
    name: id,
    level,
    prereqs,
    difficulty: 0,
    learnability: 0.1,
  });
  return {
    skills: [sk("B", 1, ["A"]), sk("A", 0, []), sk("C", 0, [])],
    problems: [
      prob("pB", "B", [["B"], ["B", "A"]], 1),
      prob("pA1", "A", [["A"]]),
      prob("pA2", "A", [["A"]]),
      prob("pC", "C", [["C"]]),
    ],
    prerequisites: { A: [], B: ["A"], C: [] },
  };
}

/** A model whose mastery is whatever the test sets in `m`. */
function stub(m: Record<string, number>): KtModel {
  return {
    kind: "stub",
    initialState: (): StudentState => ({ skills: {}, global: {} }),
    mastery: (_s, skill) => m[skill] ?? 0,
    predict: () => 0.5,
    update: (s) => s,
    describe: () => [],
    toJSON: () => ({}),
  };
}

function ctxFor(c: Curriculum, m: Record<string, number>, seed = 1): PolicyContext {
  const model = stub(m);
  return {
    curriculum: c,
    model,
    state: model.initialState(),
    now: 0,
    history: [],
    rng: createRng(seed),
    shown: {},
    attempts: [],
  };
}

describe("OATutor's heuristic", () => {
  it("over every problem: the lowest product of skill mastery, even when its prerequisite is unknown", () => {
    const c = tiny();
    // pB's mastery is B x A = 0.05 x 0.3, the lowest, though A (B's prerequisite) is far from mastered.
    expect(makeOatutorPolicy()(ctxFor(c, { A: 0.3, B: 0.05, C: 0.2 }))).toBe("pB");
  });

  it("prerequisite-ready only: skips problems whose skill waits on an unmastered prerequisite", () => {
    const c = tiny();
    const ctx = ctxFor(c, { A: 0.3, B: 0.05, C: 0.2 });
    expect(readyProblems(c, new Map(Object.entries({ A: 0.3, B: 0.05, C: 0.2 })), 0.95).map((p) => p.id)).toEqual([
      "pA1",
      "pA2",
      "pC",
    ]);
    expect(makeOatutorReadyPolicy()(ctx)).toBe("pC");
    // Once A is mastered (at the given threshold), pB is ready and the lowest.
    expect(makeOatutorReadyPolicy({ threshold: 0.8 })(ctxFor(c, { A: 0.85, B: 0.05, C: 0.2 }))).toBe("pB");
  });

  it("does not repeat a completed problem until its pool is used up, and skips mastered ones", () => {
    const c = tiny();
    const ctx = ctxFor(c, { A: 0.3, B: 0.01, C: 0.99 });
    const pick = makeOatutorReadyPolicy();
    const first = pick(ctx);
    const second = pick(ctx);
    expect(new Set([first, second])).toEqual(new Set(["pA1", "pA2"]));
    expect(["pA1", "pA2"]).toContain(pick(ctx));
  });
});

describe("lessons in course order", () => {
  it("orders lessons by level, then curriculum order", () => {
    expect(courseOrder(tiny())).toEqual(["A", "C", "B"]);
  });

  it("stays in the first lesson until its skill is mastered, then moves on and never back", () => {
    const c = tiny();
    const m: Record<string, number> = { A: 0.2, B: 0.01, C: 0.01 };
    const ctx = ctxFor(c, m);
    const pick = makeLessonsPolicy(c, { threshold: 0.9 });
    // C and B are weaker, but the lesson is A's.
    expect(["pA1", "pA2"]).toContain(pick(ctx));
    m.A = 0.91;
    expect(pick(ctx)).toBe("pC");
    m.A = 0.5; // forgotten: the lessons policy does not go back
    expect(pick(ctx)).toBe("pC");
    m.C = 0.95;
    expect(pick(ctx)).toBe("pB");
  });
});

describe("ASSISTments skill builder", () => {
  it("moves to the next skill after three right in a row on the current skill's steps", () => {
    const c = tiny();
    const ctx = ctxFor(c, {});
    const pick = makeSkillBuilderPolicy(c);
    const answer = (skills: string[], correct: boolean) => ctx.attempts.push({ skills, correct, hintsUsed: 0, t: 0 });
    expect(["pA1", "pA2"]).toContain(pick(ctx));
    answer(["A"], true);
    answer(["A"], false); // streak broken
    expect(["pA1", "pA2"]).toContain(pick(ctx));
    answer(["A"], true);
    answer(["C"], true); // another skill's step does not count
    answer(["A"], true);
    expect(["pA1", "pA2"]).toContain(pick(ctx));
    answer(["A"], true);
    expect(pick(ctx)).toBe("pC");
  });

  it("a right answer after hints breaks the streak", () => {
    const c = tiny();
    const ctx = ctxFor(c, {});
    const pick = makeSkillBuilderPolicy(c, { streak: 2 });
    pick(ctx);
    ctx.attempts.push({ skills: ["A"], correct: true, hintsUsed: 0, t: 0 });
    ctx.attempts.push({ skills: ["A"], correct: true, hintsUsed: 1, t: 0 });
    expect(["pA1", "pA2"]).toContain(pick(ctx));
  });

  it("after the daily cap on a skill, the next unfinished skill; the next day, back to it", () => {
    const c = tiny();
    const ctx = ctxFor(c, {});
    const pick = makeSkillBuilderPolicy(c, { dailyCap: 2 });
    expect(["pA1", "pA2"]).toContain(pick(ctx));
    expect(["pA1", "pA2"]).toContain(pick(ctx));
    expect(pick(ctx)).toBe("pC");
    ctx.now = DAY;
    expect(["pA1", "pA2"]).toContain(pick(ctx));
  });
});

describe("the project's picker with streak evidence (policy-evidence)", () => {
  it("moves on from a skill the model still rates low once the attempts show three right in a row", () => {
    const c = tiny();
    const ctx = ctxFor(c, { A: 0.2, B: 0.01, C: 0.3 });
    const problems = toPickProblems(c);
    const index = buildPickIndex(problems, c.prerequisites);
    const withRuns = makeChooseNextPolicy(problems, index, { rule: "gain" }, undefined, false, true);
    const without = makeChooseNextPolicy(problems, index, { rule: "gain" });
    expect(["pA1", "pA2"]).toContain(withRuns(ctx));
    for (let k = 0; k < 3; k++) ctx.attempts.push({ skills: ["A"], correct: true, hintsUsed: 0, t: 0 });
    // The model has not moved (A 0.2): without the attempts' evidence A is still furthest from learnt.
    expect(["pA1", "pA2"]).toContain(without(ctx));
    // With it, A counts as learnt: its dependent B opens up and is furthest from learnt.
    expect(withRuns(ctx)).toBe("pB");
    ctx.attempts.push({ skills: ["A"], correct: false, hintsUsed: 0, t: 0 });
    expect(["pA1", "pA2"]).toContain(withRuns(ctx));
  });
});

describe("the learnt classifier, for the candidate (policy-fitted) and the baselines alike", () => {
  // P(learnt) = σ(-12 + 8·log(1 + attempts) − 10·log(1 + wrong)): learnt after 4+ right attempts, whatever the model says.
  const byRecord = { weights: [-12, 0, 8, 0, -10, 0, 0, 0] };
  const right = (skill: string) => ({ skills: [skill], correct: true, hintsUsed: 0, t: 0 });

  it("the picker moves on from A once its record says learnt, though the model still rates A low", () => {
    const c = tiny();
    const ctx = ctxFor(c, { A: 0.2, B: 0.01, C: 0.3 });
    const problems = toPickProblems(c);
    const index = buildPickIndex(problems, c.prerequisites);
    const pick = makeChooseNextPolicy(problems, index, { rule: "gain", learntClassifier: byRecord });
    expect(["pA1", "pA2"]).toContain(pick(ctx));
    for (let k = 0; k < 5; k++) ctx.attempts.push(right("A"));
    expect(["pB", "pC"]).toContain(pick(ctx));
  });

  it("lessons read the same P(learnt): the lesson on A ends on A's record, not on the model's mastery", () => {
    const c = tiny();
    const ctx = ctxFor(c, { A: 0.2, B: 0.01, C: 0.01 });
    const fitted = makeLessonsPolicy(c, { threshold: 0.9, learnt: byRecord });
    const plain = makeLessonsPolicy(c, { threshold: 0.9 });
    expect(["pA1", "pA2"]).toContain(fitted(ctx));
    for (let k = 0; k < 5; k++) ctx.attempts.push(right("A"));
    expect(fitted(ctx)).toBe("pC");
    expect(["pA1", "pA2"]).toContain(plain(ctx));
  });

  it("OATutor among ready problems: B opens once A's record says learnt", () => {
    const c = tiny();
    const ctx = ctxFor(c, { A: 0.2, B: 0.01, C: 0.9 });
    const fitted = makeOatutorReadyPolicy({ threshold: 0.9, learnt: byRecord });
    for (let k = 0; k < 5; k++) ctx.attempts.push(right("A"), right("C"));
    // A and C learnt by their records; B (P ~ 0) is ready and the lowest.
    expect(fitted(ctx)).toBe("pB");
  });
});

describe("random order", () => {
  it("gives every problem once per pass", () => {
    const c = tiny();
    const ctx = ctxFor(c, {});
    const pick = makeRandomPolicy();
    const pass = [pick(ctx), pick(ctx), pick(ctx), pick(ctx)];
    expect(new Set(pass)).toEqual(new Set(c.problems.map((p) => p.id)));
  });
});

/** A simulated learner whose truth is the set of skill indexes in `mastered` (of tiny()'s three). */
function truthOf(mastered: ReadonlySet<number>): SimLearner {
  return {
    kind: "stub",
    attempt: () => ({ correct: true, hintsUsed: 0 }),
    skillMastered: (i) => mastered.has(i),
    allMastered: () => mastered.size === 3,
    postTest: () => 0,
  };
}

describe("oracle (reads the simulator's truth)", () => {
  it("works the first truly unmastered skill in course order, whatever the model says", () => {
    const c = tiny();
    const mastered = new Set<number>();
    const learner = truthOf(mastered);
    const ctx = { ...ctxFor(c, { A: 0.99, B: 0.99, C: 0.01 }), now: EPOCH_MS };
    const pick = makeOraclePolicy(c, learner);
    expect(["pA1", "pA2"]).toContain(pick(ctx)); // A (index 1) not truly mastered, though the model says so
    mastered.add(1);
    expect(pick(ctx)).toBe("pC");
    mastered.add(2);
    expect(pick(ctx)).toBe("pB");
  });

  it("the gain rule with the truth as its detector: unlearnt skills by the simulator, not the model", () => {
    const c = tiny();
    const mastered = new Set<number>();
    const learner = truthOf(mastered);
    const problems = toPickProblems(c);
    const pick = makeTruthGainPolicy(problems, buildPickIndex(problems, c.prerequisites), {}, () => learner);
    // The model says A and C are mastered, B not; the truth is that none is: B waits on A.
    const ctx = { ...ctxFor(c, { A: 0.99, B: 0.01, C: 0.99 }), now: EPOCH_MS };
    expect(["pA1", "pA2", "pC"]).toContain(pick(ctx));
    mastered.add(1); // A learnt: B is open, and pB practises B twice (and A once)
    mastered.add(2);
    expect(pick(ctx)).toBe("pB");
    mastered.add(0);
    mastered.delete(1); // A forgotten: back to A, though the model still rates it 0.99
    expect(["pA1", "pA2"]).toContain(pick(ctx));
  });

  it("the detector policy: the gain rule reads P(learnt) from the detector over the attempts, not the model", () => {
    const c = tiny();
    const detector = new SimpleBkt({
      fallback: { prior: 0.1, learn: 0.3, guess: 0.1, slip: 0.05 },
      forgetPerDay: 0,
    });
    const problems = toPickProblems(c);
    const pick = makeDetectorGainPolicy(problems, buildPickIndex(problems, c.prerequisites), {}, detector);
    // The model rates A and C mastered; the detector has seen nothing: A (B waits on it) or C first.
    const ctx = { ...ctxFor(c, { A: 0.99, B: 0.01, C: 0.99 }), now: EPOCH_MS };
    expect(["pA1", "pA2", "pC"]).toContain(pick(ctx));
    // Right answers on A and C (no hints): the detector now says learnt, so B is next.
    for (let i = 0; i < 4; i++) {
      ctx.attempts.push({ skills: ["A"], correct: true, hintsUsed: 0, t: EPOCH_MS + i });
      ctx.attempts.push({ skills: ["C"], correct: true, hintsUsed: 0, t: EPOCH_MS + i });
    }
    expect(pick(ctx)).toBe("pB");
    // Hinted "right" answers are not evidence: a second learner with only those still practises A or C.
    const other = makeDetectorGainPolicy(problems, buildPickIndex(problems, c.prerequisites), {}, detector);
    const ctx2 = { ...ctxFor(c, { A: 0.99, B: 0.01, C: 0.99 }), now: EPOCH_MS };
    for (let i = 0; i < 4; i++) ctx2.attempts.push({ skills: ["A"], correct: true, hintsUsed: 1, t: EPOCH_MS + i });
    expect(["pA1", "pA2", "pC"]).toContain(other(ctx2));
  });
});
