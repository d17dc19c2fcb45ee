import { describe, expect, it } from "vitest";
import { MASTERED_AT } from "./format-mastery";
import { ALMOST_AT, levelRank, MASTERY_LEVELS, masteryLevel, PROGRESS_AT } from "./mastery-level";

describe("masteryLevel", () => {
  it.each([
    [0, 0.99, "notStarted"],
    [0, 0.1, "notStarted"],
    [1, 0.1, "gettingStarted"],
    [3, PROGRESS_AT - 0.01, "gettingStarted"],
    [3, PROGRESS_AT, "makingProgress"],
    [3, ALMOST_AT - 0.01, "makingProgress"],
    [3, ALMOST_AT, "almostThere"],
    [3, MASTERED_AT - 0.01, "almostThere"],
    // Rounded as shown: 0.949 shows as 0.95, which is mastered everywhere.
    [3, 0.949, "mastered"],
    [3, MASTERED_AT, "mastered"],
    [3, 1, "mastered"],
  ] as const)("%i attempts at %f: %s", (opportunities, mastery, level) => {
    expect(masteryLevel(opportunities, mastery)).toBe(level);
  });

  it("levels are ordered and the thresholds rise to the mastery threshold", () => {
    expect(MASTERY_LEVELS.map(levelRank)).toEqual([0, 1, 2, 3, 4]);
    expect(PROGRESS_AT).toBeLessThan(ALMOST_AT);
    expect(ALMOST_AT).toBeLessThan(MASTERED_AT);
  });
});
