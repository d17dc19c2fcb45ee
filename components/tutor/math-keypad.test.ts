import { describe, expect, it } from "vitest";
import { insertAt, MATH_KEYS } from "./math-keypad";

describe("insertAt", () => {
  it.each([
    ["at the end", "3", 1, 1, "/", 0, "3/", 2],
    ["at the caret", "34", 1, 1, "/", 0, "3/4", 2],
    ["over a selection", "3+4", 1, 2, "^", 0, "3^4", 2],
    ["square root leaves the caret inside", "2", 1, 1, "√()", 1, "2√()", 3],
    ["into an empty box", "", 0, 0, "π", 0, "π", 1],
    ["a caret past the end is clamped", "ab", 9, 9, "x", 0, "abx", 3],
  ])("%s", (_, value, start, end, insert, back, want, caret) => {
    expect(insertAt(value, start, end, insert, back)).toEqual({ value: want, caret });
  });

  it("every key has a distinct id and inserts something", () => {
    expect(new Set(MATH_KEYS.map((k) => k.id)).size).toBe(MATH_KEYS.length);
    for (const k of MATH_KEYS) expect(k.insert.length).toBeGreaterThan(0);
  });
});
