/**
 * More answers from real (OATutor) content: interval unions, inverse and reciprocal
 * trigonometric functions, variables that differ only in case, primed variables. Each spec
 * must accept its own value and the answer as the tutor shows it; near misses stay wrong.
 */
import { describe, expect, it } from "vitest";
import { checkAnswer } from "./check-answer";
import { formatAnswer } from "./format-answer";
import type { AnswerSpecInput } from "./spec";
import { spec, table } from "./test-table";

const UNION = "(-inf, -2] U (3, inf)";

table("interval union (-inf, -2] U (3, inf)", { kind: "equation", value: UNION }, [
  [UNION, "correct"],
  ["(-∞,-2]∪(3,∞)", "correct"],
  ["(-inf,-2] u (3,inf)", "correct"],
  ["(-infinity, -2] ∪ (3, infinity)", "correct"],
  ["(3, inf) U (-inf, -2]", "correct"],
  ["x <= -2 or x > 3", "correct"],
  ["x ≤ -2 or x > 3", "correct"],
  ["x > 3 or x <= -2", "correct"],
  ["(-inf, -2) U (3, inf)", "partial", "endpoint"],
  ["(-inf, -2] U [3, inf)", "partial", "endpoint"],
  ["x < -2 or x > 3", "partial", "endpoint"],
  ["(-inf, -2]", "incorrect"],
  ["(3, inf)", "incorrect"],
  ["x > 3", "incorrect"],
  ["(-inf, -3] U (2, inf)", "incorrect"],
  ["(-inf, -2] U (3, inf) U (5, 6)", "incorrect"],
  ["[-2, 3)", "incorrect"],
  ["x = 3", "incorrect"],
]);

table("interval union with notation interval", { kind: "equation", value: "(-∞,-2]∪(3,∞)", notation: "interval" }, [
  ["(-inf, -2] U (3, inf)", "correct"],
  ["x <= -2 or x > 3", "partial", "form"],
  ["(-inf, -2) U (3, inf)", "partial", "endpoint"],
  ["(-inf, -2]", "incorrect"],
]);

table("interval union with notation inequality", { kind: "equation", value: UNION, notation: "inequality" }, [
  ["x <= -2 or x > 3", "correct"],
  [UNION, "partial", "form"],
  ["x < -2 or x > 3", "partial", "endpoint"],
  ["x <= -2", "incorrect"],
]);

table("inequality union x <= -2 or x > 3", { kind: "equation", value: "x <= -2 or x > 3" }, [
  ["x <= -2 or x > 3", "correct"],
  [UNION, "correct"],
  ["x <= -2 or x >= 3", "partial", "endpoint"],
  ["x <= -2 and x > 3", "unparseable"],
  ["x <= -2", "incorrect"],
]);

table("single interval still takes one piece only", { kind: "equation", value: "[2, 5)" }, [
  ["[2, 5)", "correct"],
  ["[2, 3) U [3, 5)", "incorrect"],
  ["x < 2 or x > 5", "unparseable"],
]);

table("expression arccos(1/4) (a constant)", { kind: "expression", value: "arccos(1/4)" }, [
  ["arccos(1/4)", "correct"],
  ["acos(1/4)", "correct"],
  ["cos^-1(1/4)", "correct"],
  ["cos^{-1}(1/4)", "correct"],
  ["\\arccos\\left(\\frac{1}{4}\\right)", "correct"],
  ["arccos(0.25)", "correct"],
  ["arccos(1/3)", "incorrect"],
  ["arcsin(1/4)", "incorrect"],
  ["cos(1/4)", "incorrect"],
  ["1/cos(1/4)", "incorrect"],
]);

table("expression arcsin and arctan", { kind: "expression", value: "arcsin(x) + arctan(x)" }, [
  ["asin(x) + atan(x)", "correct"],
  ["sin^-1(x) + tan^-1(x)", "correct"],
  ["arctan(x) + arcsin(x)", "correct"],
  ["arcsin(x) + arccos(x)", "incorrect"],
  ["sin(x) + tan(x)", "incorrect"],
]);

table("expression sec(x)", { kind: "expression", value: "sec(x)" }, [
  ["sec(x)", "correct"],
  ["sec x", "correct"],
  ["1/cos(x)", "correct"],
  ["1/cos x", "correct"],
  ["csc(x)", "incorrect"],
  ["cos(x)", "incorrect"],
  ["1/sin(x)", "incorrect"],
]);

table("expression csc and cot", { kind: "expression", value: "csc(x)*cot(x)" }, [
  ["csc(x)cot(x)", "correct"],
  ["cos(x)/sin(x)^2", "correct"],
  ["1/(sin(x)*tan(x))", "correct"],
  ["sec(x)*tan(x)", "incorrect"],
  ["cot(x)", "incorrect"],
]);

table(
  "equation b = 2A/h - B (case-sensitive)",
  { kind: "equation", value: "b = 2A/h - B", variables: ["b", "A", "h", "B"] },
  [
    ["b = 2A/h - B", "correct"],
    ["b = (2A)/h - B", "correct"],
    ["b = 2*A/h - B", "correct"],
    ["b = -B + 2A/h", "correct"],
    ["b + B = 2A/h", "correct"],
    ["b = 2a/h - B", "correct"],
    ["b = 2A/h - b", "incorrect"],
    ["B = 2A/h - b", "correct"],
    ["B = 2A/h - B", "incorrect"],
    ["b = 2A/h - 2B", "incorrect"],
    ["b = 2A/h + B", "incorrect"],
    ["b = A/h - B", "incorrect"],
  ],
);

table("expression B - b/2 (case-sensitive)", { kind: "expression", value: "B - b/2", variables: ["B", "b"] }, [
  ["B - b/2", "correct"],
  ["(2B - b)/2", "correct"],
  ["-b/2 + B", "correct"],
  ["b - B/2", "incorrect"],
  ["b - b/2", "incorrect"],
  ["B - B/2", "incorrect"],
]);

table("case-insensitive specs still fold case", { kind: "expression", value: "2x + 6" }, [
  ["2X + 6", "correct"],
  ["2x+6", "correct"],
]);

table(
  "equation with primed variables 7x'^2+9y'^2-4=0",
  { kind: "equation", value: "7x'^2+9y'^2-4=0", variables: ["x'", "y'"] },
  [
    ["7x'^2+9y'^2-4=0", "correct"],
    ["7x'^2 + 9y'^2 = 4", "correct"],
    ["7(x')^2 + 9(y')^2 = 4", "correct"],
    ["9y'^2 + 7x'^2 = 4", "correct"],
    ["7x’^2+9y’^2=4", "correct"],
    ["7x^2+9y^2=4", "incorrect"],
    ["7x'^2+9y'^2=5", "incorrect"],
    ["9x'^2+7y'^2=4", "incorrect"],
  ],
);

table("expression with a primed variable", { kind: "expression", value: "x' + 2y'" }, [
  ["x' + 2y'", "correct"],
  ["2y'+x'", "correct"],
  ["x + 2y", "incorrect"],
  ["x' - 2y'", "incorrect"],
]);

const NEW_SPECS: AnswerSpecInput[] = [
  { kind: "equation", value: UNION },
  { kind: "equation", value: "(-∞,-2]∪(3,∞)", notation: "interval" },
  { kind: "equation", value: UNION, notation: "inequality" },
  { kind: "equation", value: "x <= -2 or x > 3" },
  { kind: "expression", value: "arccos(1/4)" },
  { kind: "expression", value: "arcsin(x) + arctan(x)" },
  { kind: "expression", value: "sec(x)" },
  { kind: "expression", value: "csc(x)*cot(x)" },
  { kind: "equation", value: "b = 2A/h - B", variables: ["b", "A", "h", "B"] },
  { kind: "expression", value: "B - b/2", variables: ["B", "b"] },
  { kind: "equation", value: "7x'^2+9y'^2-4=0", variables: ["x'", "y'"] },
  { kind: "expression", value: "x' + 2y'" },
];

describe("each new spec validates and accepts its own value and its shown answer", () => {
  it.each(NEW_SPECS.map((s) => [JSON.stringify(s), s] as const))("%s", (_name, input) => {
    const s = spec(input);
    if (s.kind !== "expression" && s.kind !== "equation") throw new Error("unexpected kind");
    // With a notation asked for, a value written in the other notation is (rightly) partial.
    if (s.kind === "expression" || !s.notation) expect(checkAnswer(s, s.value).verdict).toBe("correct");
    expect(checkAnswer(s, formatAnswer(s)).verdict).toBe("correct");
  });
});
