import { describe, expect, it } from "vitest";
import { isRightToLeft, splitMath, splitMathRuns } from "./math-text";

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

describe("splitMathRuns (written maths laid out left to right in right-to-left text)", () => {
  it.each([
    ["اجمع 2½ + 1⅔.", ["2½ + 1⅔"]],
    ["اكتب 2½ كعدد كسري", ["2½"]],
    ["احسب (3 + 4) × 2 = 14", ["(3 + 4) × 2 = 14"]],
    ["هذا 25% من 40، إذن 10.", ["25%", "40", "10"]],
    ["العددان -5 و 3.5", ["-5", "3.5"]],
    ["حل x + 7 = 15", ["x + 7 = 15"]],
    ["3/4 من 12", ["3/4", "12"]],
    ["قيمة x هي", []],
    ["١٥٠ دقيقة", []],
  ])("%s", (text, runs) => {
    const parts = splitMathRuns(text);
    expect(parts.filter((p) => p.ltr).map((p) => p.value)).toEqual(runs);
    expect(parts.map((p) => p.value).join("")).toBe(text);
  });

  // English content inside an Arabic turn or label (a browser walk read "?bottom number called"
  // and "…make one .whole"): each English stretch is laid out left to right, with its own
  // sentence's punctuation; a unit keeps its number and leaves the Arabic sentence its "؟".
  it.each([
    ["تلميح: What is the bottom number called?", ["What is the bottom number called?"]],
    ["تلميح: How many equal pieces make one whole. حاول", ["How many equal pieces make one whole."]],
    ["كم مرة تتكرر 18 km في 45 km؟", ["18 km", "45 km"]],
    ["الخطوة 1: In the fraction 3/4, what is 3?", ["1", "In the fraction 3/4, what is 3?"]],
    ["قيمة x هي 5", ["5"]],
  ])("English in right-to-left text: %s", (text, runs) => {
    const parts = splitMathRuns(text);
    expect(parts.filter((p) => p.ltr).map((p) => p.value)).toEqual(runs);
    expect(parts.map((p) => p.value).join("")).toBe(text);
  });

  it("leaves left-to-right text whole (its maths is already in order)", () => {
    expect(splitMathRuns("Add 2½ + 1⅔, then x + 7 = 15.")).toEqual([
      { ltr: false, value: "Add 2½ + 1⅔, then x + 7 = 15." },
    ]);
    expect(isRightToLeft("2½ + 1⅔ اجمع")).toBe(true);
    expect(isRightToLeft("Write 2½")).toBe(false);
    expect(isRightToLeft("2 + 3")).toBe(false);
  });
});
