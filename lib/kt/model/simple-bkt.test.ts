import { describe, expect, it } from "vitest";
import { buildPickIndex } from "@/lib/kt/pick/build-pick-index";
import { createRng } from "@/lib/kt/simulate/create-rng";
import { makeCurriculum } from "@/lib/kt/simulate/make-curriculum";
import { makeChooseNextPolicy, toPickProblems } from "@/lib/kt/simulate/make-policies";
import { makeTrainingRows } from "@/lib/kt/simulate/make-training-rows";
import { runEpisode } from "@/lib/kt/simulate/run-episode";
import { drawLearner } from "@/lib/kt/simulate/simulate-learner";
import { fitSimpleBkt } from "./fit-simple-bkt";
import { loadSimpleBkt, SimpleBkt } from "./simple-bkt";

const DAY = 86_400_000;
const item = { itemId: "i", skills: ["A"] };

describe("SimpleBkt", () => {
  it("rises on successes, falls on errors, and forgets over time", () => {
    const m = new SimpleBkt({ forgetPerDay: 0.1 });
    const s = m.initialState();
    const start = m.mastery(s, "A", 0);
    for (let k = 0; k < 4; k++) m.update(s, item, { correct: true, hintsUsed: 0, t: 0 });
    const high = m.mastery(s, "A", 0);
    expect(high).toBeGreaterThan(0.9);
    expect(m.mastery(s, "A", 10 * DAY)).toBeLessThan(high);
    expect(m.mastery(s, "A", 10 * DAY)).toBeGreaterThan(start);
    m.update(s, item, { correct: false, hintsUsed: 0, t: 0 });
    expect(m.mastery(s, "A", 0)).toBeLessThan(high);
  });

  it("consolidation: a skill practised more is forgotten more slowly", () => {
    const m = new SimpleBkt({ forgetPerDay: 1, consolidation: 2 });
    const once = m.initialState();
    const often = m.initialState();
    m.update(once, item, { correct: true, hintsUsed: 0, t: 0 });
    for (let k = 0; k < 6; k++) m.update(often, item, { correct: true, hintsUsed: 0, t: 0 });
    // Same posterior reached by both paths is not needed: compare the share of it kept after 2 days.
    const kept = (s: typeof once) => (m.mastery(s, "A", 2 * DAY) - 0.1) / (m.mastery(s, "A", 0) - 0.1);
    expect(kept(once)).toBeCloseTo(Math.exp(-2 / 3), 6);
    expect(kept(often)).toBeCloseTo(Math.exp(-2 / 13), 6);
    expect(new SimpleBkt({ forgetPerDay: 1 }).mastery(once, "A", 2 * DAY)).toBeLessThan(m.mastery(once, "A", 2 * DAY));
  });

  it("the fit chooses consolidation when the learners' memory consolidates (latent learners), by likelihood alone", () => {
    const c = makeCurriculum(3);
    // 500 steps = 17 days of sessions: enough gaps for forgetting to show (with 300, the fit
    // took a slow rate without consolidation).
    const model = fitSimpleBkt(makeTrainingRows(c, 60, 11, 500), 20);
    expect(model.config.forgetPerDay).toBeGreaterThan(0);
    expect(model.config.consolidation ?? 0).toBeGreaterThan(0);
  });

  it("a success after hints is not evidence of mastery", () => {
    const m = new SimpleBkt();
    const a = m.update(m.initialState(), item, { correct: true, hintsUsed: 0, t: 0 });
    const b = m.update(m.initialState(), item, { correct: true, hintsUsed: 2, t: 0 });
    expect(m.mastery(b, "A", 0)).toBeLessThan(m.mastery(a, "A", 0));
  });

  it("fits sensible parameters from simulated learners", () => {
    const c = makeCurriculum(3);
    const model = fitSimpleBkt(makeTrainingRows(c, 40, 11, 300), 20);
    for (const v of model.describe()) {
      expect(v.params.guess).toBeLessThan(0.4);
      expect(v.params.slip).toBeLessThan(0.35);
      expect(v.params.learn).toBeGreaterThan(0);
    }
  });
});

describe("runEpisode with chooseNext", () => {
  it("gets a simulated learner to true mastery of every skill within the cap, reproducibly", () => {
    const c = makeCurriculum(5, { skills: 12, levels: 3, problems: 120 });
    const model = fitSimpleBkt(makeTrainingRows(c, 40, 21, 300), 20);
    const problems = toPickProblems(c);
    const index = buildPickIndex(problems, c.prerequisites);
    const run = () => {
      const rng = createRng(99);
      return runEpisode(c, drawLearner(c, rng), model, makeChooseNextPolicy(problems, index), rng, {
        cap: 1500,
        posttestAt: 100,
      });
    };
    const a = run();
    expect(a.toMastery).not.toBeNull();
    expect(a.posttest).toBeGreaterThan(0.5);
    expect(run().toMastery).toBe(a.toMastery);
  });

  it("loadSimpleBkt: what toJSON stored comes back the same; anything else is refused", () => {
    const m = new SimpleBkt({
      skills: { A: { prior: 0.3, learn: 0.2, guess: 0.15, slip: 0.05 } },
      fallback: { prior: 0.1, learn: 0.1, guess: 0.2, slip: 0.1 },
      forgetPerDay: 0.05,
      consolidation: 4,
    });
    const back = loadSimpleBkt(JSON.parse(JSON.stringify(m.toJSON())));
    expect(back.config).toEqual(m.config);
    expect(back.describe()[0]?.params).toMatchObject({ forgetPerDay: 0.05, consolidation: 4 });
    const st = back.initialState();
    back.update(st, { itemId: "x", skills: ["A"] }, { correct: true, hintsUsed: 0, t: 0 });
    const st2 = m.initialState();
    m.update(st2, { itemId: "x", skills: ["A"] }, { correct: true, hintsUsed: 0, t: 0 });
    expect(back.mastery(st, "A", DAY)).toBe(m.mastery(st2, "A", DAY));
    const good = m.toJSON() as Record<string, unknown>;
    expect(() => loadSimpleBkt({ ...good, kind: "stepwise" })).toThrow(/loadSimpleBkt/);
    expect(() => loadSimpleBkt({ ...good, forgetPerDay: -1 })).toThrow(/loadSimpleBkt/);
    expect(() => loadSimpleBkt({ ...good, consolidation: -1 })).toThrow(/loadSimpleBkt/);
    expect(() => loadSimpleBkt({ ...good, skills: { A: { prior: 2, learn: 0, guess: 0, slip: 0 } } })).toThrow();
    expect(() => loadSimpleBkt(null)).toThrow(/loadSimpleBkt/);
  });
});
