import { describe, expect, it } from "vitest";
import { formatMastery, MASTERY_STATUSES, statusNote, statusNoteKey } from "./format-mastery";

describe("formatMastery", () => {
  it.each([
    [0.4249, undefined, "0.42"],
    [0.4251, "en", "0.43"],
    [0.5, "es", "0,50"],
    [1.2, "sv", "1,00"],
    [-0.1, "es", "0,00"],
    [0.95, "en", "0.95"],
    [0.5, "not a tag!", "0.50"],
  ])("%d in %s reads %s", (value, locale, shown) => {
    expect(formatMastery(value, locale)).toBe(shown);
  });
});

describe("statusNoteKey", () => {
  it("names a message key exactly where statusNote has words", () => {
    for (const s of MASTERY_STATUSES) expect(statusNoteKey(s) === null).toBe(statusNote(s) === "");
    expect(statusNoteKey("not started")).toBe("notStarted");
    expect(statusNoteKey("mastered")).toBe("mastered");
  });
});
