import { describe, expect, it } from "vitest";
import { createRng } from "./create-rng";
import { drawEloLearner, ELO_MASTERY_RATING, eloLearnerFrom } from "./elo-learner";
import { makeCurriculum } from "./make-curriculum";

const c = makeCurriculum(3, { skills: 4, levels: 2, problems: 8 });
const stepOf = (skills: string[]) => ({ itemId: "x", skills, offset: 0 });

describe("Elo/logistic learner", () => {
  it("success probability rises with practice, in shrinking steps, up to true mastery", () => {
    const l = eloLearnerFrom(c, {
      theta: Float64Array.from([-2, -2, -2, -2]),
      k: Float64Array.from([0.8, 0.8, 0.8, 0.8]),
      guess: 0.1,
      slip: 0.05,
    });
    const rng = createRng(1);
    const ps = [l.postTest(0)];
    for (let k = 0; k < 60; k++) {
      l.attempt(stepOf(["s0"]), k, rng);
      ps.push(l.postTest(0));
    }
    for (let k = 1; k < ps.length; k++) expect(ps[k]).toBeGreaterThan(ps[k - 1] as number);
    expect((ps[1] as number) - (ps[0] as number)).toBeGreaterThan((ps[60] as number) - (ps[59] as number));
    expect(l.skillMastered(0, 0)).toBe(true);
    expect(l.skillMastered(1, 0)).toBe(false); // unpractised skills stay where they were
    expect(l.state.theta[1]).toBe(-2);
  });

  it("answers from the mean rating of the step's skills (compensatory)", () => {
    const l = eloLearnerFrom(c, {
      theta: Float64Array.from([4, -4, 0, 0]),
      k: new Float64Array(4),
      guess: 0,
      slip: 0,
    });
    const rng = createRng(2);
    let right = 0;
    for (let k = 0; k < 4000; k++) right += l.attempt(stepOf(["s0", "s1"]), k, rng).correct ? 1 : 0;
    expect(right / 4000).toBeCloseTo(0.5, 1); // σ((4 - 4) / 2)
  });

  it("draws learners below mastery at the start, faster ones learning faster", () => {
    const l = drawEloLearner(c, createRng(3)) as ReturnType<typeof eloLearnerFrom>;
    expect(l.allMastered(0)).toBe(false);
    expect(Math.min(...l.state.theta)).toBeLessThan(ELO_MASTERY_RATING);
    for (const k of l.state.k) expect(k).toBeGreaterThan(0);
  });
});
