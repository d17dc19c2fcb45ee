import { describe, expect, it } from "vitest";
import { readMath } from "./read-math";
import { sameValue } from "./same-value";
import { statedValues } from "./stated-values";

const round = (v: number) => Number(v.toPrecision(10));
const runsOf = (text: string) => readMath(text).runs.map((r) => [r.text, r.values.map(round)]);

describe("readMath: the reading's text", () => {
  it.each<[string, string]>([
    ["The Answer is TWELVE.", "the answer is 12."],
    ["It is １２.", "it is 12."],
    ["It is 1\u200b2.", "it is 12."],
    ["It is \u202e21\u202c.", "it is 12."],
    ["It is $\\frac{24}{2}$.", "it is 24/2."],
    ["It is $\\dfrac{36}{3}$.", "it is 36/3."],
    ["Think of 3 \\times 4.", "think of 3 * 4."],
    ["C'est douze.", "c'est 12."],
    ["Это двенадцать.", "это 12."],
    ["答案是十二。", "答案是12。"],
    ["It is a dozen.", "it is 12."],
    ["So   \n  ½  of  it", "so 1/2 of it"],
    ["٥/٨", "5/8"],
    ["$1 - \\frac{3}{8}$ is left", "1 - 3/8 is left"],
    ["five out of eight", "5/8"],
    ["VINGT-CINQ POUR CENT", "25%"],
  ])("%j -> %j", (raw, text) => {
    expect(readMath(raw).text).toBe(text);
  });
});

describe("readMath: runs and their values", () => {
  it.each<[string, (string | number[])[][]]>([
    ["12", [["12", [12]]]],
    ["The answer is 12.", [["12", [12]]]],
    ["7 + 1", [["7 + 1", [7, 1, 8]]]],
    ["7+5", [["7+5", [7, 5, 12]]]],
    ["$1 - \\frac{3}{8}$", [["1 - 3/8", [1, 3, 8, 0.375, 0.625]]]],
    ["2(x+3)", [["2(x+3)", [2, 3]]]],
    ["25%", [["25%", [25, 0.25]]]],
    ["25 %", [["25 %", [25, 0.25]]]],
    // A percentage of a number is the product it names (operation-phrases.ts).
    ["50% of 80", [["50% * 80", [50, 0.5, 80, 40]]]],
    ["3:4", [["3:4", [3, 4, 0.75]]]],
    ["3 : 4", [["3 : 4", [3, 4, 0.75]]]],
    ["12:30", [["12:30", [12, 30, 0.4]]]],
    ["the ratio 3 to 4", [["3 to 4", [3, 4, 0.75]]]],
    ["2 1/2", [["2 1/2", [2, 1, 2, 0.5, 2.5]]]],
    ["2½", [["2 1/2", [2, 1, 2, 0.5, 2.5]]]],
    ["two and a half", [["2 1/2", [2, 1, 2, 0.5, 2.5]]]],
    ["-2 1/2", [["-2 1/2", [2, 1, 2, 0.5, 2.5, -2.5]]]],
    ["3/2", [["3/2", [3, 2, 1.5]]]],
    ["5/8 / 3", [["5/8 / 3", [5, 8, 0.625, 3, 0.2083333333]]]],
    ["-3/4", [["-3/4", [-3, 4, -0.75]]]],
    ["x = -2", [["-2", [-2]]]],
    ["5-2", [["5-2", [5, 2, 3]]]],
    [
      "3 × 4 = 12",
      [
        ["3 * 4", [3, 4, 12]],
        ["12", [12]],
      ],
    ],
    ["It's 6 + 6.", [["6 + 6", [6, 6, 12]]]],
    ["It is 4 * 3.", [["4 * 3", [4, 3, 12]]]],
    ["seven plus five", [["7 + 5", [7, 5, 12]]]],
    ["It is 1.2e1.", [["1.2e1", [12]]]],
    ["It is 12.0.", [["12.0", [12]]]],
    ["7.9e-7", [["7.9e-7", [7.9e-7]]]],
    ["0.000000791", [["0.000000791", [7.91e-7]]]],
    ["7.9 x 10^-7", [["7.9 x 10^-7", [7.9, 10, -7, 1e-7, 7.9e-7]]]],
    ["7.9 × 10⁻⁷", [["7.9 * 10^-7", [7.9, 10, -7, 1e-7, 7.9e-7]]]],
    ["1,000 apples", [["1,000", [1000]]]],
    ["1,234,567", [["1,234,567", [1234567]]]],
    ["0,625", [["0,625", [0.625]]]],
    ["3,5", [["3,5", [3.5]]]],
    [
      "1,2,3",
      [
        ["1", [1]],
        ["2", [2]],
        ["3", [3]],
      ],
    ],
    [
      "(3,5)",
      [
        ["3", [3]],
        ["5", [5]],
      ],
    ],
    [".75", [[".75", [0.75]]]],
    ["sqrt(16) + 2", [["sqrt(16) + 2", [16, 4, 2, 6]]]],
    ["√16", [["sqrt16", [16, 4]]]],
    ["\\sqrt[3]{8}", [["8^(1/3)", [8, 3, 2]]]],
    ["x²+1", [["x^2+1", [2, 1]]]],
    [
      "2x + 3y = 12",
      [
        ["2x + 3y", [2, 3]],
        ["12", [12]],
      ],
    ],
    ["2pi", [["2pi", [2, 6.283185307]]]],
    ["log(100)", [["log(100)", [100, 2]]]],
    ["(1+2)*3", [["(1+2)*3", [1, 2, 3, 3, 9]]]],
    ["(1+2", [["1+2", [1, 2, 3]]]],
    ["5 +", [["5", [5]]]],
    [
      "Step 2 of 4",
      [
        ["2", [2]],
        ["4", [4]],
      ],
    ],
    [
      "Step 2: add 3",
      [
        ["2", [2]],
        ["3", [3]],
      ],
    ],
    ["step-2", [["2", [2]]]],
    [
      "a = 5, b = 6",
      [
        ["5", [5]],
        ["6", [6]],
      ],
    ],
    ["cinq sur huit", [["5/8", [5, 8, 0.625]]]],
    ["пять из восьми", [["5/8", [5, 8, 0.625]]]],
    ["Think about $\\frac{3}{4}$.", [["3/4", [3, 4, 0.75]]]],
    ["Answer: 0.00000000003397", [["0.00000000003397", [3.397e-11]]]],
    ["It costs $3.50.", [["3.50", [3.5]]]],
    ["one", [["1", [1]]]],
    ["no numbers here", []],
    ["", []],
  ])("%j", (raw, runs) => {
    expect(runsOf(raw)).toEqual(runs);
  });

  it("marks variables", () => {
    expect(readMath("2(x+3)").runs[0]!.hasVariable).toBe(true);
    expect(readMath("2x").runs[0]!.hasVariable).toBe(true);
    expect(readMath("7 + 1").runs[0]!.hasVariable).toBe(false);
    expect(readMath("2pi").runs[0]!.hasVariable).toBe(false);
    // "a" and "i" are English words, not variables.
    expect(readMath("I ate a 5").runs.map((r) => r.text)).toEqual(["5"]);
  });

  it("indexes runs and numbers into the reading's text", () => {
    const r = readMath("So, $\\frac{3}{4}$ of twenty-five is 18.75!");
    for (const run of r.runs) expect(r.text.slice(run.start, run.end)).toBe(run.text);
    for (const n of r.numbers) expect(r.text.slice(n.start, n.end)).toBe(n.raw);
    expect(r.numbers.map((n) => n.value)).toEqual([3, 4, 25, 18.75]);
  });
});

describe("readMath: number tokens", () => {
  it.each<[string, (string | number | boolean)[][]]>([
    [
      "3.5 and -2",
      [
        ["3.5", 3.5, false],
        ["-2", -2, false],
      ],
    ],
    ["1,000", [["1,000", 1000, false]]],
    [
      "It starts with 5/. Then 8.",
      [
        ["5", 5, true],
        ["8", 8, false],
      ],
    ],
    ["It starts with 5/", [["5", 5, true]]],
    ["5^ then", [["5", 5, true]]],
    ["5/x", [["5", 5, false]]],
    ["5 / then", [["5", 5, false]]],
    ["Step 2: then", [["2", 2, false]]],
    ["7.9e-7", [["7.9e-7", 7.9e-7, false]]],
    ["x-5", [["5", 5, false]]],
    ["(-5)", [["-5", -5, false]]],
  ])("%j", (raw, nums) => {
    expect(readMath(raw).numbers.map((n) => [n.raw, n.value, n.dangling === true])).toEqual(nums);
  });
});

describe("statedValues and sameValue", () => {
  it("collects every run value once", () => {
    expect(statedValues(readMath("7 + 1 and 8, then 1/2 or 0.5")).map(round)).toEqual([7, 1, 8, 2, 0.5]);
  });
  it.each<[number, number, boolean]>([
    [0.625, 5 / 8, true],
    [0.1 + 0.2, 0.3, true],
    [0.00000000003397, 3397e-14, true],
    [0.00000000003397, 0.00000000003398, false],
    [1e12, 1e12 + 1, true],
    [12, 12.0001, false],
    [0, 0, true],
    [0, 1e-20, true],
    [0, 1e-9, false],
    [Number.NaN, Number.NaN, false],
    [-2, 2, false],
  ])("sameValue(%d, %d) = %s", (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });
});

describe("readMath never throws", () => {
  it.each([
    "((((((((((((((((((((((((((((((((((((((((((((((((((((1",
    "1".repeat(400),
    "9^9^9^9^9",
    "1/0",
    "sqrt(-1)",
    "$$$$$$",
    "\\frac{\\frac{\\frac{",
    "((1+2)+(3+4))".repeat(30),
    "- - - - 5",
    "1e999",
    "\u202e\u202e\u202e",
    "x".repeat(1000),
  ])("%j", (raw) => {
    const r = readMath(raw);
    expect(Array.isArray(r.runs)).toBe(true);
    for (const run of r.runs) for (const v of run.values) expect(Number.isFinite(v)).toBe(true);
  });
  it("takes non-strings", () => {
    expect(readMath(undefined as unknown as string).text).toBe("");
  });
});

describe("readMath speed", () => {
  const TEXT =
    "Great work so far! Let's look at step 2 of 4 again. You found that $1 - \\frac{3}{8}$ of the pizza " +
    "was left, and twenty-five percent of the class wants more. If each of the three friends eats a third " +
    "of what is left, how much does each one get? Remember: \\(\\dfrac{a}{b} \\div c = \\frac{a}{b \\cdot c}\\). " +
    "Try writing 5/8 ÷ 3 first, then simplify. Some students write ５/８ or use words like cinq sur huit; " +
    "both are fine. Think about 2(x+3) = 14 and what x must be; the ratio 3:4 also helps. Is 0.625 the same " +
    "as 62.5%? Yes! Half a dozen eggs cost $3.50, and 7.9 × 10⁻⁷ is tiny. What is √16 + 2²? Take your time " +
    "and explain why, step by step, in your own words, with numbers.";
  it("reads a 700-character text 2,000 times in well under 4 s", () => {
    expect(TEXT.length).toBeGreaterThan(650);
    readMath(TEXT);
    const t0 = performance.now();
    for (let i = 0; i < 2000; i++) readMath(i % 2 ? TEXT : `${TEXT} ${i}`);
    expect(performance.now() - t0).toBeLessThan(4000);
  });
});
