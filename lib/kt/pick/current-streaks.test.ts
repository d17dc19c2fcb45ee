import { describe, expect, it } from "vitest";
import { currentStreaks, extendStreaks, type StreakAttempt } from "./current-streaks";

const a = (skills: string[], correct: boolean, hintsUsed = 0): StreakAttempt => ({ skills, correct, hintsUsed });

describe("currentStreaks", () => {
  it.each([
    { name: "no attempts: no runs", attempts: [], expected: {} },
    { name: "three right in a row", attempts: [a(["A"], true), a(["A"], true), a(["A"], true)], expected: { A: 3 } },
    {
      name: "a wrong answer ends the run",
      attempts: [a(["A"], true), a(["A"], false), a(["A"], true)],
      expected: { A: 1 },
    },
    {
      name: "a right answer after a hint ends the run",
      attempts: [a(["A"], true), a(["A"], true, 1)],
      expected: { A: 0 },
    },
    {
      name: "a step with two skills counts for both; other skills' runs are untouched",
      attempts: [a(["A"], true), a(["A", "B"], true), a(["B"], false)],
      expected: { A: 2, B: 0 },
    },
  ])("$name", ({ attempts, expected }) => {
    expect(currentStreaks(attempts)).toEqual(expected);
  });

  it("extending in place from where it left off gives the same as counting all at once", () => {
    const all = [a(["A"], true), a(["B"], true), a(["A"], false), a(["A"], true), a(["B"], true)];
    const runs: Record<string, number> = {};
    let seen = extendStreaks(runs, all.slice(0, 2), 0);
    expect(seen).toBe(2);
    seen = extendStreaks(runs, all, seen);
    expect(seen).toBe(5);
    expect(runs).toEqual(currentStreaks(all));
  });
});
