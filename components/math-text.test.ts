import { describe, expect, it } from "vitest";
import { splitMath } from "./math-text";

describe("splitMath", () => {
  it.each([
    ["Work out $\\frac{2}{3}$ now", [false, true, false]],
    ["$$x^2$$", [true]],
    ["It costs $5 and $6 today", [false]],
    ["Price \\$5, and $x+1$", [false, true]],
    ["no math here", [false]],
  ])("%s", (text, kinds) => {
    expect(splitMath(text).map((p) => p.math)).toEqual(kinds);
  });
  it("keeps escaped dollars as text", () => {
    expect(
      splitMath("Price \\$5")
        .map((p) => p.value)
        .join(""),
    ).toBe("Price $5");
  });
});
