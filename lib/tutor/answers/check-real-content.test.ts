/**
 * What real (imported) content contains: LaTeX values, Greek and subscripted variables,
 * functions, tiny and huge magnitudes, scientific notation. Each spec must accept its own
 * value, and near misses must stay wrong.
 */
import { describe, expect, it } from "vitest";
import { checkAnswer } from "./check-answer";
import { textRevealsAnswer } from "./detect-reveal";
import { formatAnswer } from "./format-answer";
import type { AnswerSpecInput } from "./spec";
import { spec, table } from "./test-table";

// Known false rejections from imported content: the value did not check against itself.
table("expression \\frac{1}{{\\theta}^7} (LaTeX value)", { kind: "expression", value: "\\frac{1}{{\\theta}^7}" }, [
  ["\\frac{1}{{\\theta}^7}", "correct"],
  ["$\\frac{1}{\\theta^7}$", "correct"],
  ["1/theta^7", "correct"],
  ["1/θ^7", "correct"],
  ["θ^-7", "correct"],
  ["theta^(-7)", "correct"],
  ["1/theta^6", "incorrect"],
  ["-1/theta^7", "partial", "sign"],
  ["1/x^7", "incorrect"],
]);

table("numeric 0.000000791", { kind: "numeric", value: 0.000000791 }, [
  ["0.000000791", "correct"],
  ["7.91e-7", "correct"],
  ["7.91E-7", "correct"],
  ["7.91x10^-7", "correct"],
  ["7.91 x 10^-7", "correct"],
  ["7.91 × 10^{-7}", "correct"],
  ["7.91*10^(-7)", "correct"],
  ["7.91·10⁻⁷", "correct"],
  ["7.91\\times10^{-7}", "correct"],
  ["$7.91 \\times 10^{-7}$", "correct"],
  ["7.91 times 10 to the power of -7", "correct"],
  ["the answer is 7.91 × 10^-7.", "correct"],
  ["0.000000792", "incorrect"],
  ["7.92e-7", "incorrect"],
  ["7.91e-6", "incorrect"],
  ["0.00000079", "incorrect"],
  ["0", "incorrect"],
  ["-7.91e-7", "partial", "sign"],
]);

table("numeric -0.00000000000805", { kind: "numeric", value: -0.00000000000805 }, [
  ["-0.00000000000805", "correct"],
  ["-8.05e-12", "correct"],
  ["-8.05 × 10^-12", "correct"],
  ["-0.00000000000806", "incorrect"],
  ["-0.000000000008", "incorrect"],
  ["0", "incorrect"],
  ["0.00000000000805", "partial", "sign"],
]);

table("numeric 0.00000000003397", { kind: "numeric", value: 0.00000000003397 }, [
  ["0.00000000003397", "correct"],
  ["3.397e-11", "correct"],
  ["0.00000000003398", "incorrect"],
  ["0.00000000003", "incorrect"],
]);

table("numeric 6.02e23", { kind: "numeric", value: 6.02e23 }, [
  ["6.02e23", "correct"],
  ["6.02E+23", "correct"],
  ["6.02 × 10^23", "correct"],
  ["6.02*10^23", "correct"],
  ["602000000000000000000000", "correct"],
  ["6.03e23", "incorrect"],
  ["6.02e22", "incorrect"],
]);

table(
  "numeric tolerance still applies at small sizes",
  { kind: "numeric", value: 0.000000791, tolerance: { rel: 0.01 } },
  [
    ["7.9e-7", "correct"],
    ["7.7e-7", "incorrect"],
  ],
);

table(
  "expression with Greek variables",
  { kind: "expression", value: "2\\alpha + \\beta", variables: ["\\alpha", "\\beta"] },
  [
    ["2α + β", "correct"],
    ["2alpha + beta", "correct"],
    ["beta + 2 alpha", "correct"],
    ["$2\\alpha+\\beta$", "correct"],
    ["α + 2β", "incorrect"],
    ["2a + b", "incorrect"],
  ],
);

table("expression with θ declared as a Unicode letter", { kind: "expression", value: "sin(θ)^2", variables: ["θ"] }, [
  ["sin(theta)^2", "correct"],
  ["(sin θ)^2", "correct"],
  ["1 - cos(θ)^2", "correct"],
  ["sin(2θ)", "incorrect"],
]);

table("expression with subscripts", { kind: "expression", value: "v_{0} t + x_1", variables: ["v_0", "t", "x_1"] }, [
  ["v_0 t + x_1", "correct"],
  ["x_1 + v_0*t", "correct"],
  ["$x_{1} + v_{0}t$", "correct"],
  ["x₁ + v₀t", "correct"],
  ["v t + x", "incorrect"],
  ["x_2 + v_0 t", "incorrect"],
]);

table("expression with functions", { kind: "expression", value: "\\ln x + \\sqrt{x} + |x|", variables: ["x"] }, [
  ["ln(x) + sqrt(x) + abs(x)", "correct"],
  ["ln x + √x + |x|", "correct"],
  ["abs(x) + sqrt(x) + ln(x)", "correct"],
  ["log(x) + sqrt(x) + abs(x)", "incorrect"],
]);

table("expression log is base 10", { kind: "expression", value: "log(100) + x" }, [
  ["2 + x", "correct"],
  ["x + log(100)", "correct"],
  ["x + ln(100)", "incorrect"],
]);

table("expression log base 2", { kind: "expression", value: "\\log_{2} 8" }, [
  ["3", "correct"],
  ["log_2(8)", "correct"],
  ["log(8)", "incorrect"],
]);

table("expression trig", { kind: "expression", value: "\\sin(x)\\cos(x)" }, [
  ["sin(2x)/2", "correct"],
  ["sinx cosx", "correct"],
  ["sin(x)*cos(x)", "correct"],
  ["sin(x)+cos(x)", "incorrect"],
]);

table("expression with a tiny constant", { kind: "expression", value: "7.91*10^-7 x" }, [
  ["7.91e-7 x", "correct"],
  ["0.000000791x", "correct"],
  ["7.92e-7 x", "incorrect"],
]);

table(
  "expression x^2 - 1 near its root still compares by size of terms",
  { kind: "expression", value: "x^3 - 3x^2 + 3x - 1" },
  [
    ["(x-1)^3", "correct"],
    ["(x-1)^2", "incorrect"],
  ],
);

table("equation with Greek variable", { kind: "equation", value: "\\theta = \\frac{\\pi}{4}", variables: ["theta"] }, [
  ["θ = π/4", "correct"],
  ["theta = pi/4", "correct"],
  ["pi/4", "correct"],
  ["θ = π/2", "incorrect"],
]);

describe("every real-content value checks against its own display", () => {
  const SPECS: AnswerSpecInput[] = [
    { kind: "expression", value: "\\frac{1}{{\\theta}^7}" },
    { kind: "expression", value: "\\frac{\\sqrt{3}}{2}" },
    { kind: "expression", value: "2\\alpha + \\beta", variables: ["\\alpha", "\\beta"] },
    { kind: "expression", value: "v_{0} t + \\frac{1}{2} a t^2", variables: ["v_0", "a", "t"] },
    { kind: "expression", value: "x_1 x_2", variables: ["x_1", "x_2"] },
    { kind: "expression", value: "\\log_{2} x" },
    { kind: "expression", value: "e^{-\\lambda t}", variables: ["lambda", "t"] },
    { kind: "expression", value: "rate * time", variables: ["rate", "time"] },
    { kind: "equation", value: "\\theta = \\frac{\\pi}{4}", variables: ["theta"] },
    { kind: "equation", value: "y = m x + b", variables: ["x", "y", "m", "b"] },
    { kind: "expression", value: "\\operatorname{sec}\\left(x\\right) tan\\left(x\\right)" },
    { kind: "expression", value: "\\cos\\left(\\frac{\\pi}{2}t\\right)", variables: ["t"] },
    { kind: "expression", value: "\\left(-\\frac{1}{3}\\right) x+\\frac{2}{3}" },
    { kind: "expression", value: "\\frac{1}{8} 2^x" },
    { kind: "expression", value: "\\sqrt{\\frac{x-4}{2}}" },
    { kind: "numeric", value: 0.000000791 },
    { kind: "numeric", value: -0.00000000000805 },
    { kind: "numeric", value: 0.00000000003397 },
    { kind: "numeric", value: 6.02e23 },
    { kind: "numeric", value: -1.6e-19 },
    { kind: "numeric", value: 1e-300 },
    { kind: "numeric", value: 123456789012345680000 },
  ];
  it.each(SPECS.map((s) => [JSON.stringify(s), s] as const))("%s", (_name, input) => {
    const s = spec(input);
    expect(checkAnswer(s, formatAnswer(s)).verdict).toBe("correct");
    if (s.kind === "numeric") expect(checkAnswer(s, String(s.value)).verdict).toBe("correct");
    if (s.kind === "expression" || s.kind === "equation") expect(checkAnswer(s, s.value).verdict).toBe("correct");
  });
});

describe("reveals of tiny values and LaTeX expressions", () => {
  it.each([
    [{ kind: "numeric", value: 0.000000791 }, "The answer is 7.91 × 10^-7.", true],
    [{ kind: "numeric", value: 0.000000791 }, "It is 0.000000791 grams.", true],
    [{ kind: "numeric", value: 0.000000791 }, "Multiply 7.91 by 10.", false],
    [{ kind: "expression", value: "\\frac{1}{{\\theta}^7}" }, "So the answer is 1/θ^7.", true],
    [{ kind: "expression", value: "\\frac{1}{{\\theta}^7}" }, "Use the rule for negative powers of θ.", false],
  ] as [AnswerSpecInput, string, boolean][])("%j in %j -> %s", (input, text, reveals) => {
    expect(textRevealsAnswer(spec(input), text)).toBe(reveals);
  });
});
