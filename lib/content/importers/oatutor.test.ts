import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { checkProblem } from "@/lib/content/check-problem";
import { answerSpec, checkAnswer, formatAnswer, textRevealsAnswer } from "@/lib/tutor/answers";
import { chooseVariables, convertOatutor, parseOatutorLink } from "./oatutor";
import { type OatutorQuestion, oatutorAnswerSpec } from "./oatutor-answer";
import { askedForms } from "./oatutor-forms";
import { buildLadder, type PathwayItem } from "./oatutor-ladder";
import { isRejection } from "./oatutor-latex";
import { figuresIn, oatutorText } from "./oatutor-text";
import { readSourceFiles } from "./read-source";
import type { SourceFile } from "./shared";
import { OATUTOR_EXTRAS, OATUTOR_POOL, OATUTOR_SKILL_MODEL } from "./test-data";

const lesson = convertOatutor(readSourceFiles(OATUTOR_POOL, { skillModelNearby: true }), {}, "content-pool");
const problems = lesson.bundle.problemSets.flatMap((s) => s.problems);
const byKey = new Map(problems.map((p) => [p.key, p]));

/** The answer spec for one OATutor question, parsed; fails the test when it is rejected. */
function spec(q: Partial<OatutorQuestion> & { answers: string[] }) {
  const r = oatutorAnswerSpec({ answerType: "arithmetic", problemType: "TextBox", ...q });
  if (isRejection(r)) throw new Error(`${r.reason}: ${r.message}`);
  return answerSpec.parse(r);
}
const verdict = (s: ReturnType<typeof spec>, typed: string) => checkAnswer(s, typed).verdict;
const reason = (q: Partial<OatutorQuestion> & { answers: string[] }) => {
  const r = oatutorAnswerSpec({ answerType: "arithmetic", problemType: "TextBox", ...q });
  return isRejection(r) ? r.reason : r.kind;
};

describe("OATutor text", () => {
  it.each([
    ["Find three consecutive integers whose sum is $$-42$$.", "Find three consecutive integers whose sum is $-42$."],
    ["earns $110,000 a year, $16,000 less", "earns \\$110,000 a year, \\$16,000 less"],
    ["$$x**2$$ and $$ y $$", "$x^2$ and $y$"],
    ["Draw it.\\n##figure1.gif##", "Draw it.\n[Figure: figure1.gif — not available]"],
    ['See <img src="figures/graph2.png" alt="graph">', "See [Figure: graph2.png — not available]"],
    ["an unpaired $$ stays text", "an unpaired \\$\\$ stays text"],
  ])("%j -> %j", (input, output) => {
    expect(oatutorText(input)).toBe(output);
  });

  it("lists the figures a text refers to", () => {
    expect(figuresIn("##figure1.gif## and ##figure2.png##")).toEqual(["figure1.gif", "figure2.png"]);
  });

  it("reads the oer and licence fields", () => {
    expect(parseOatutorLink("https://openstax.org/x <OpenStax: Elementary Algebra>")).toEqual({
      url: "https://openstax.org/x",
      name: "OpenStax: Elementary Algebra",
    });
  });
});

describe("OATutor answers", () => {
  it.each([
    ["$$4$$", { kind: "numeric", value: 4 }],
    ["$$\\frac{2}{3}$$", { kind: "fraction", value: "2/3" }],
    ["$$\\dfrac{-3}{4}$$", { kind: "fraction", value: "-3/4" }],
    ["$$110,000$$", { kind: "numeric", value: 110000 }],
    ["1.55E+25", { kind: "numeric", value: 1.55e25 }],
    ["$$\\$31.50$$", { kind: "numeric", value: 31.5, unit: { name: "dollars" } }],
    ["72**{\\circ}", { kind: "numeric", value: 72, unit: { name: "degrees" } }],
    ["6.89×10**-19 J", { kind: "numeric", value: 6.89e-19, unit: { name: "J" } }],
    ["$$2h-16000$$", { kind: "expression", variables: ["h"] }],
  ])("arithmetic %j", (answer, expected) => {
    const s = spec({ answers: [answer] });
    expect(s).toMatchObject(expected);
    expect(verdict(s, formatAnswer(s))).toBe("correct");
  });

  it("reads LaTeX the way the checker reads what students type", () => {
    const logs = spec({ answers: ["$$\\log_{5}\\left(6\\right)$$"] });
    expect(verdict(logs, "ln(6)/ln(5)")).toBe("correct");
    expect(verdict(logs, "ln(5)/ln(6)")).toBe("incorrect");
    const formula = spec({ answers: ["$$h=\\frac{3V}{\\pi r^2}$$"] });
    expect(formula.kind).toBe("equation");
    expect(verdict(formula, "h = 3V/(pi r^2)")).toBe("correct");
    const product = spec({ answers: ["$$3p\\left(p^2-2pq+3q^3\\right)$$"] });
    expect(verdict(product, "3p*(p^2 - 2pq + 3q^3)")).toBe("correct");
    expect(verdict(spec({ answers: ["$$\\sqrt[3]{y}$$"] }), "y^(1/3)")).toBe("correct");
  });

  it("a solved equation with a worked value is the value (typed bare or as 'x = …')", () => {
    const s = spec({ answers: ["$$a=\\frac{{65}^2-0^2}{2\\times0.25}$$"] });
    expect(s.kind).toBe("expression");
    expect(verdict(s, "8450")).toBe("correct");
    expect(verdict(s, "a = 8450")).toBe("correct");
  });

  it("one ± is two answers, in any order", () => {
    const s = spec({ answers: ["$$9\\pm 5\\sqrt{3}$$"] });
    expect(s).toMatchObject({ kind: "list", ordered: false });
    expect(verdict(s, "9 - 5sqrt(3), 9 + 5sqrt(3)")).toBe("correct");
  });

  it("asks for the form the question names when the authored answer has it", () => {
    expect(askedForms("Round to two decimal places.")).toMatchObject({ decimals: 2 });
    expect(askedForms("Give your answer to the nearest tenth")).toMatchObject({ decimals: 1 });
    expect(askedForms("Write it in scientific notation")).toMatchObject({ scientific: true });
    expect(spec({ answers: ["$$3.14$$"], context: "Round to two decimal places." })).toMatchObject({ decimals: 2 });
    // 3.14159 is not rounded to two places: the author's value stands, with no rounding rule.
    expect(spec({ answers: ["3.14159"], context: "Round to two decimal places." })).not.toHaveProperty("decimals");
    const lowest = spec({ answers: ["$$\\frac{3}{4}$$"], context: "Simplify. Write in lowest terms." });
    expect(lowest).toMatchObject({ kind: "fraction", requireSimplified: true });
    expect(verdict(lowest, "6/8")).toBe("partial");
    const factored = spec({ answers: ["$$(x-3)(x+3)$$"], context: "Factor completely." });
    expect(factored).toMatchObject({ kind: "expression", form: "factored" });
    expect(verdict(factored, "x^2 - 9")).toBe("partial");
  });

  it("string answers: numbers, points in order, sets, words, maths as written", () => {
    const pair = spec({ answers: ["8,13"], answerType: "string" });
    expect(pair).toMatchObject({ kind: "list", ordered: false });
    expect(verdict(pair, "13 and 8")).toBe("correct");
    const point = spec({ answers: ["(-3,4)"], answerType: "string" });
    expect(point).toMatchObject({ kind: "list", ordered: true });
    expect(verdict(point, "(-3, 4)")).toBe("correct");
    expect(verdict(point, "(3, 4)")).not.toBe("correct");
    expect(verdict(point, "(4, -3)")).not.toBe("correct");
    const solutions = spec({ answers: ["x=-7/5 or x=3"], answerType: "string" });
    expect(solutions).toMatchObject({ kind: "list", notation: "set" });
    expect(spec({ answers: ["DNE"], answerType: "string" })).toEqual({ kind: "text", accepted: ["DNE"] });
    const square = spec({ answers: ["(x-3)**2"], answerType: "string" });
    expect(square).toMatchObject({ kind: "expression", form: "factored" });
    expect(verdict(square, "(x-3)^2")).toBe("correct");
    expect(verdict(square, "x^2-6x+9")).not.toBe("correct");
  });

  it("an interval where the question asks for one; a point otherwise", () => {
    const interval = spec({
      answers: ["(-2,5)"],
      answerType: "string",
      context: "Write the domain in interval notation.",
    });
    expect(interval.kind).toBe("equation");
    expect(verdict(interval, "(-2, 5)")).toBe("correct");
    expect(verdict(interval, "[-2, 5]")).not.toBe("correct");
  });

  it("words and chemical symbols in an arithmetic box are text", () => {
    expect(spec({ answers: ["Se"] })).toEqual({ kind: "text", accepted: ["Se"] });
    expect(spec({ answers: ["Not a parabola"] })).toEqual({ kind: "text", accepted: ["Not a parabola"] });
  });

  it("a matrix is a list with notation matrix, entries row by row", () => {
    const m = spec({ answers: ["$$\\begin{bmatrix} 2 & -5 & -3 \\\\ 4 & \\frac{3}{2} & -1 \\end{bmatrix}$$"] });
    expect(m).toEqual({
      kind: "list",
      ordered: true,
      notation: "matrix",
      columns: 3,
      items: [
        { kind: "numeric", value: 2 },
        { kind: "numeric", value: -5 },
        { kind: "numeric", value: -3 },
        { kind: "numeric", value: 4 },
        expect.objectContaining({ value: expect.anything() }),
        { kind: "numeric", value: -1 },
      ],
    });
    expect(verdict(m, "[[2, -5, -3], [4, 3/2, -1]]")).toBe("correct");
    expect(verdict(m, "2 -5 -3; 4 1.5 -1")).toBe("correct");
    expect(verdict(m, "[[2, 4], [-5, 3/2], [-3, -1]]")).toBe("incorrect");
    expect(verdict(m, "[[2, -5, -3], [4, 3/2, 1]]")).toBe("partial");
    const s = spec({ answers: ["$$\\begin{bmatrix} a+e & b+f \\\\ c+g & d+h \\end{bmatrix}$$"], answerType: "string" });
    expect(s).toMatchObject({ kind: "list", notation: "matrix", columns: 2 });
    expect(verdict(s, "[[e+a, b+f], [c+g, d+h]]")).toBe("correct");
    expect(verdict(s, "[[a+e, c+g], [b+f, d+h]]")).toBe("incorrect");
  });

  it.each<[string, string, string, string]>([
    // Read by the checker now (unions, inverse and reciprocal trig functions, primes, case).
    ["$$7{x'}^2+9{y'}^2-4=0$$", "arithmetic", "7x'^2 + 9y'^2 - 4 = 0", "7x^2 + 9y^2 - 4 = 0"],
    ["$$\\arccos(\\frac{1}{4})$$", "arithmetic", "arccos(1/4)", "arccos(1/3)"],
    ["(-inf,-4)U[3,inf)", "string", "(-inf, -4) U [3, inf)", "(-inf, -4) U (3, inf)"],
  ])("imports %j (%s): %j is right, %j is not", (answer, answerType, right, wrong) => {
    const s = spec({ answers: [answer], answerType });
    expect(verdict(s, right)).toBe("correct");
    expect(verdict(s, wrong)).not.toBe("correct");
  });

  it.each([
    ["$$\\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix}\\begin{bmatrix} 3 & 4 \\end{bmatrix}$$", "arithmetic", "matrix"],
    ["$$\\begin{bmatrix} 1 & 2 \\\\ 3 \\end{bmatrix}$$", "string", "matrix"],
    ["{(Khan Nguyen, kn68413), (Abigail Brown, ab56781)}", "string", "pairs-of-words"],
    ["$$100\\times9.8 tan\\left(15\\right)$$", "arithmetic", "trig-in-degrees"],
    ["Al→Al3++3e-;3Ag++3e-→3Ag", "arithmetic", "chemistry-notation"],
    ["What is the positive ion?", "arithmetic", "answer-is-question"],
    ["", "arithmetic", "no-answer"],
  ])("rejects %j (%s) as %s", (answer, answerType, expected) => {
    expect(reason({ answers: [answer], answerType })).toBe(expected);
  });

  it("multiple choice: duplicates merged, a single distinct choice asked as a free answer", () => {
    expect(
      oatutorAnswerSpec({
        answers: ["$42,000"],
        answerType: "string",
        problemType: "MultipleChoice",
        choices: ["$44,000", "$42,000", "$42,000"],
      }),
    ).toEqual({ kind: "choice", options: ["\\$44,000", "\\$42,000"], correct: 1 });
    const single = spec({
      answers: ["is less than seven hours."],
      answerType: "string",
      problemType: "MultipleChoice",
      choices: ["is less than seven hours.", "is less than seven hours."],
    });
    expect(single).toEqual({ kind: "text", accepted: ["is less than seven hours."] });
    expect(reason({ answers: ["7"], answerType: "string", problemType: "MultipleChoice", choices: ["1", "2"] })).toBe(
      "answer-not-a-choice",
    );
  });
});

describe("OATutor answers the checker could not read before", () => {
  it.each<[string, string[], string[]]>([
    // Every function name the readers know, typed or in LaTeX (\operatorname{cot}).
    ["2cot(2x)", ["2cot(2x)", "2/tan(2x)", "cot(x) - tan(x)"], ["2tan(2x)", "cot(2x)", "2cot(x)"]],
    [
      "$$\\operatorname{cot}\\left(\\frac{7\\pi}{18}\\right)$$",
      ["cot(7pi/18)", "tan(pi/9)"],
      ["cot(7pi/18)+1", "tan(7pi/18)"],
    ],
    [
      "$$tan\\left(x\\right) \\operatorname{sec}\\left(x\\right)$$",
      ["tan(x)sec(x)", "sin(x)/cos(x)^2"],
      ["sec(x)^2", "tan(x)csc(x)"],
    ],
    [
      "$${\\operatorname{csc}\\left(\\theta\\right)}^2-2$$",
      ["csc(theta)^2 - 2", "1/sin(θ)^2 - 2"],
      ["csc(theta)^2", "sec(theta)^2 - 2"],
    ],
    [
      "$$-3sin\\left(10x\\right) \\operatorname{csc}\\left(6x\\right)+3$$",
      ["3 - 3sin(10x)/sin(6x)"],
      ["-3sin(10x)sec(6x) + 3", "-3sin(10x)csc(6x) - 3"],
    ],
    [
      "$$\\frac{-1}{\\left(1+x^2\\right) \\left({tan}^{\\left(-1\\right)} x\\right)^2}$$",
      ["-1/((1 + x^2) arctan(x)^2)"],
      ["-1/((1 + x^2) tan(x)^2)", "1/((1 + x^2) arctan(x)^2)"],
    ],
    ["$$\\cos**2\\left(x\\right)$$", ["cos(x)^2", "1 - sin(x)^2"], ["cos(2x)", "cos(x)"]],
    ["$$\\sec**2\\left(x\\right)$$", ["sec(x)^2", "1 + tan(x)^2"], ["sec(2x)", "tan(x)^2"]],
    ["6√2", ["6sqrt(2)", "6√2", "sqrt(72)"], ["6√3", "62"]],
    // Domains: a square root of x - 6 is real only for x >= 6; (-1)^n only at whole n.
    ["$$\\sqrt{\\frac{x-4}{2}}$$", ["sqrt((x-4)/2)", "sqrt(x/2 - 2)"], ["sqrt((x - 4)/3)", "sqrt(x - 4)/2"]],
    ["$$-\\sqrt{\\frac{x-5}{3}}$$", ["-sqrt((x-5)/3)"], ["-sqrt((x-5)/2)", "sqrt((x-5)/3)"]],
    ["$$3+\\sqrt{x-6}$$", ["3 + sqrt(x - 6)", "sqrt(x-6)+3"], ["3 + sqrt(x - 5)", "3 - sqrt(x - 6)"]],
    ["$$\\frac{3x^2 \\sqrt{x-5}}{x-5}$$", ["3x^2/sqrt(x - 5)"], ["3x^2/sqrt(x - 4)", "3x^2 sqrt(x - 5)"]],
    ["$$-{\\left(-9\\right)}^n$$", ["-(-9)^n", "(-1)^(n+1) 9^n"], ["-9^n", "(-9)^n"]],
    // A fraction times a name stays that product when shown ("(pi/2)t", never "pi/2t").
    [
      "$$y=20e**{-0.05t}\\cos\\left(\\frac{\\pi}{2}t\\right)$$",
      ["y = 20e^(-0.05t)cos(pi t/2)", "y = 20e^(-0.05t)cos((pi/2)t)"],
      ["y = 20e^(-0.05t)cos(pi/(2t))", "y = 20e^(-0.05t)cos(pi t)"],
    ],
    [
      "$$y$$ $$=$$ $$-3\\cos\\left(\\frac{\\pi}{6}x\\right)$$ $$-$$ $$1$$",
      ["y = -3cos(pi x/6) - 1"],
      ["y = -3cos(pi/(6x)) - 1", "y = 3cos(pi x/6) - 1"],
    ],
    ["$$\\tan(\\frac{\\pi}{8}x)$$", ["tan(pi x/8)"], ["tan(pi/(8x))", "tan(pi x/4)"]],
    ["$$y=\\left(-\\frac{1}{3}\\right) x+1$$", ["y = -x/3 + 1", "y = (-1/3)x + 1"], ["y = -1/(3x) + 1", "y = -3x + 1"]],
    ["$$(\\frac{\\sqrt{15}}{4})L$$", ["sqrt(15)L/4", "(√15/4)L"], ["sqrt(15)/(4L)", "sqrt(15)/4"]],
    ["$$\\frac{1}{8} 2^x$$", ["2^x/8", "2^(x-3)"], ["2^x/6", "1/(8*2^x)"]],
    // Variables with digits: m2, m_2, m_{2} and m₂ are one name.
    [
      "$$\\frac{m2-m1}{1+m1 m2}$$",
      ["(m2-m1)/(1+m1 m2)", "(m_2 - m_1)/(1 + m_1 m_2)", "(m₂-m₁)/(1+m₁m₂)"],
      ["(m2-m1)/(1-m1 m2)", "(m2-m1)/(1+m1+m2)"],
    ],
    // "≈" before the value the question asks for.
    ["$$h$$ $$\\approx$$ $$3.88$$", ["3.88", "h = 3.88"], ["3.89", "h = 3.8"]],
    // Names that differ only in case: kept apart, so "b" is no answer for "B".
    ["$$b=\\frac{2A}{h}-B$$", ["b = 2A/h - B", "b = 2a/h - B", "b + B = 2A/h"], ["b = 2A/h - b", "B = 2A/h - B"]],
  ])("imports %j: right %j, wrong %j", (answer, right, wrong) => {
    const s = spec({ answers: [answer] });
    expect(verdict(s, formatAnswer(s))).toBe("correct");
    for (const r of right) expect([r, verdict(s, r)]).toEqual([r, "correct"]);
    for (const w of wrong) expect([w, verdict(s, w)]).not.toEqual([w, "correct"]);
  });

  it.each<[string, string[], string[]]>([
    ["sec(x)", ["sec(x)", "1/cos(x)"], ["csc(x)", "cos(x)"]],
    ["cot(x)", ["cot(x)", "cos(x)/sin(x)"], ["tan(x)", "cot(2x)"]],
    ["csc(theta)", ["csc(θ)", "1/sin(theta)"], ["sec(theta)", "csc(x)"]],
    ["arcsin(x/2)", ["asin(x/2)", "sin^-1(x/2)"], ["sin(x/2)", "arcsin(x)"]],
  ])("a string answer %j is maths, not code or words: right %j, wrong %j", (answer, right, wrong) => {
    const s = spec({ answers: [answer], answerType: "string" });
    for (const r of right) expect([r, verdict(s, r)]).toEqual([r, "correct"]);
    for (const w of wrong) expect([w, verdict(s, w)]).not.toEqual([w, "correct"]);
  });

  it.each<[string, string[], string[]]>([
    // A sequence's nth term names the expression in n ("an =", as the question asks it typed).
    [
      "an $$=$$ $${\\left(-1\\right)}^{n+1}$$ * $$2^n$$",
      ["an = (-1)^(n+1)*2^n", "a_n = (-1)^(n+1) 2^n", "-(-2)^n"],
      ["an = (-1)^n*2^n", "(-1)^(n+1)*2^(n+1)"],
    ],
    [
      "$$a_n=-2{\\left(-\\frac{1}{3}\\right)}^{n-1}$$",
      ["a_n = -2(-1/3)^(n-1)", "6(-1/3)^n"],
      ["-2(1/3)^(n-1)", "-2(-1/3)^n"],
    ],
    // Primed names side by side: x'y' is x' times y'.
    [
      "$$3{x'}^2+2x'y'-5{y'}^2+1=0$$",
      ["3x'^2 + 2x'y' - 5y'^2 + 1 = 0", "3x'^2 + 2x' y' - 5y'^2 = -1"],
      ["3x^2 + 2xy - 5y^2 + 1 = 0", "3x'^2 - 2x'y' - 5y'^2 + 1 = 0"],
    ],
    // Brackets around a whole equation.
    ["(x-y+z=5)", ["x - y + z = 5", "z = 5 - x + y"], ["x + y + z = 5", "x - y + z = 6"]],
  ])("imports %j: right %j, wrong %j", (answer, right, wrong) => {
    const s = spec({ answers: [answer] });
    expect(verdict(s, formatAnswer(s))).toBe("correct");
    for (const r of right) expect([r, verdict(s, r)]).toEqual([r, "correct"]);
    for (const w of wrong) expect([w, verdict(s, w)]).not.toEqual([w, "correct"]);
  });

  it("keeps case for a hint answer using T(t), T_s and t", () => {
    const s = spec({ answers: ["$$\\frac{\\ln\\left(\\frac{T\\left(t\\right)-T_s}{A}\\right)}{t}$$"] });
    expect(verdict(s, formatAnswer(s))).toBe("correct");
    expect(verdict(s, "ln((T(t) - T_s)/A)/t")).toBe("correct");
    expect(verdict(s, "ln((t(t) - t_s)/a)/t")).not.toBe("correct");
    expect(verdict(s, "ln((T(T) - T_s)/A)/T")).not.toBe("correct");
  });

  it.each([
    // Maths the source itself garbles: brackets that do not close, a cut-off command.
    ["(-2*sin**(-1)(2*x))/sqrt(1-4*x**2))+(2*cos**(-1)(2*x))/sqrt(1-4*x**2))", "unreadable-maths"],
    ["$$\\fracsin^2\\left(\\sqrt{x}\\right)\\sqrt{x}}$$", "unreadable-maths"],
    // A root sign over a number then a letter: sqrt(229)*i or sqrt(229i).
    ["-2√229i+15√229j", "unreadable-maths"],
    // Two readings of a bracket the source leaves open or unmatched: -4(sqrt(3)/2 + ...) or not.
    ["(-4sqrt(3)/2)+(-4/2)i)", "unreadable-maths"],
    ["(3+sqrt(17)/4, (3-sqrt(17)/4", "unreadable-maths"],
    // A whole number then an improper fraction: 48 + 3/2 or 48 × 3/2.
    ["$$\\frac{2}{3} y \\frac{3}{2}=48\\frac{3}{2}$$", "ambiguous-mixed-number"],
    // Answers of the source that are no answer at all.
    ["$$\\fracsin^t\\left(\\theta\\right)+1an\\left(\\theta\\right)}$$", "unreadable-maths"],
    ["42a105c", "unreadable-maths"],
  ])("still rejects %j as %s", (answer, expected) => {
    expect(reason({ answers: [answer] })).toBe(expected);
  });
});

describe("OATutor unions and a number times a matrix", () => {
  const inInterval = "Write the solution in interval notation.";
  it.each<[string, string[], string[]]>([
    // "U" with and without spaces (bench: content-skipped "interval").
    [
      "(-inf, -4] U (-3, inf)",
      ["(-inf, -4] U (-3, inf)", "(-∞,-4]∪(-3,∞)", "(-inf,-4] or (-3,inf)", "(-inf,-4]&(-3,inf)"],
      ["(-inf, -4) U (-3, inf)", "(-inf, -4] U [-3, inf)", "(-inf, -3] U (-4, inf)", "(-inf, -4]", "x <= -4 or x > -3"],
    ],
    ["(-inf,-6]U(5,inf)", ["(-inf,-6]U(5,inf)", "(-inf, -6] ∪ (5, inf)"], ["(-inf,-6)U(5,inf)", "(-inf,-6]U(-5,inf)"]],
    [
      "(-inf,-3/2]U(3,inf)",
      ["(-inf,-3/2]U(3,inf)", "(-∞, -1.5] ∪ (3, ∞)"],
      ["(-inf,-2/3]U(3,inf)", "(-inf,3/2]U(3,inf)"],
    ],
    // "&" (bench: content-skipped "interval-union"); the lesson asks for it.
    [
      "(-inf,2]&[6,inf)",
      ["(-inf,2]&[6,inf)", "(-inf, 2] U [6, inf)", "(-∞,2]∪[6,∞)"],
      ["(-inf,2)&(6,inf)", "[2,6]", "(-inf,2]&[5,inf)"],
    ],
    [
      "(-inf,4-sqrt(2))&(4+sqrt(2),inf)",
      ["(-inf,4-sqrt(2))&(4+sqrt(2),inf)", "(-∞, 4-√2) ∪ (4+√2, ∞)"],
      ["(-inf,4-sqrt(2)]&[4+sqrt(2),inf)", "(4-sqrt(2),4+sqrt(2))"],
    ],
    // "\cup" in LaTeX, "Inf" in capitals, "+∞".
    ["$$(-\\infty,-16] \\cup [30,\\infty)$$", ["(-inf,-16] U [30,inf)"], ["(-inf,-16) U (30,inf)"]],
    ["$$(-\\infty,-3)$$ $$\\cup$$ $$(\\frac{-1}{2},\\infty)$$", ["(-inf,-3) U (-1/2,inf)"], ["(-inf,-3) U (1/2,inf)"]],
    ["$$(-Inf$$, $$-2.449) \\cup (2.449$$, Inf)", ["(-inf,-2.449) U (2.449,inf)"], ["(-inf,-2.449] U [2.449,inf)"]],
    ["[0,2) U (4,+∞)", ["[0,2) U (4,inf)", "[0, 2) ∪ (4, ∞)"], ["(0,2) U (4,inf)"]],
  ])("imports the union %j: right %j, not right %j", (answer, right, wrong) => {
    const s = spec({ answers: [answer], answerType: "string", context: inInterval });
    expect(s).toMatchObject({ kind: "equation", notation: "interval" });
    expect(s.kind === "equation" && s.value).toContain("∪");
    expect(verdict(s, formatAnswer(s))).toBe("correct");
    for (const r of right) expect([r, verdict(s, r)]).toEqual([r, "correct"]);
    for (const w of wrong) expect([w, verdict(s, w)]).not.toEqual([w, "correct"]);
    // The guard and the ladder see the union stated in a hint.
    expect(textRevealsAnswer(s, `So the answer is ${right[0]}.`)).toBe(true);
  });

  const inverseOf = (m: string) => `Find the inverse of the matrix $\\begin{bmatrix} ${m} \\end{bmatrix}$`;
  const fractions = (...values: string[]) =>
    values.map((v) => (v.includes("/") ? { kind: "fraction", value: v } : { kind: "numeric", value: Number(v) }));

  it.each<[string, string, string[], string[], string[]]>([
    // aa5ef86inv14, inv13: an inverse written as 1/det times the adjugate.
    [
      "$$(-1/8)*\\begin{bmatrix} 1 & -2 \\\\ -3 & -2 \\end{bmatrix}$$",
      "-2 & 2 \\\\ 3 & 1",
      ["-1/8", "1/4", "3/8", "1/4"],
      [
        "[[-1/8, 1/4], [3/8, 1/4]]",
        "(-1/8)*[[1, -2], [-3, -2]]",
        "$$(-1/8)*\\begin{bmatrix} 1 & -2 \\\\ -3 & -2 \\end{bmatrix}$$",
      ],
      ["[[1, -2], [-3, -2]]", "(1/8)*[[1, -2], [-3, -2]]", "-8*[[1, -2], [-3, -2]]"],
    ],
    [
      "$$\\begin{bmatrix} 9 & 2 \\\\ -1 & 3 \\end{bmatrix}/29$$",
      "3 & -2 \\\\ 1 & 9",
      ["9/29", "2/29", "-1/29", "3/29"],
      ["[[9/29, 2/29], [-1/29, 3/29]]", "[[9, 2], [-1, 3]]/29", "1/29 [[9, 2], [-1, 3]]"],
      ["[[9, 2], [-1, 3]]", "[[9, 2], [-1, 3]]*29", "[[9/29, -1/29], [2/29, 3/29]]"],
    ],
    // Whole entries after multiplying: the factor typed is multiplication left to do (partial).
    [
      "$$\\frac{1}{2}\\begin{bmatrix} 2 & 4 \\\\ 6 & 8 \\end{bmatrix}$$",
      "",
      ["1", "2", "3", "4"],
      ["[[1, 2], [3, 4]]"],
      ["[[2, 4], [6, 8]]", "(1/2)*[[2, 4], [6, 8]]"],
    ],
  ])("multiplies %j out into exact entries", (answer, question, entries, right, wrong) => {
    const s = spec({ answers: [answer], context: question ? inverseOf(question) : "" });
    expect(s).toMatchObject({
      kind: "list",
      ordered: true,
      notation: "matrix",
      columns: 2,
      items: fractions(...entries),
    });
    for (const r of right) expect([r, verdict(s, r)]).toEqual([r, "correct"]);
    for (const w of wrong) expect([w, verdict(s, w)]).not.toEqual([w, "correct"]);
  });

  it("refuses an inverse that is not the inverse of the question's matrix", () => {
    // aa5ef86inv19: the factor -4/7 applied to a matrix that is already the inverse.
    const q = {
      answers: [
        "$$(-4/7)\\begin{bmatrix} \\frac{2}{7} & \\frac{6}{7} \\\\ \\frac{4}{7} & \\frac{-2}{7} \\end{bmatrix}$$",
      ],
      context: inverseOf("\\frac{1}{2} & \\frac{3}{2} \\\\ 1 & \\frac{-1}{2}"),
    };
    expect(reason(q)).toBe("wrong-inverse");
    // The same matrix without the factor is the inverse.
    const right = spec({
      ...q,
      answers: ["$$\\begin{bmatrix} \\frac{2}{7} & \\frac{6}{7} \\\\ \\frac{4}{7} & \\frac{-2}{7} \\end{bmatrix}$$"],
    });
    expect(verdict(right, "(-4/7)*[[-1/2, -3/2], [-1, 1/2]]")).toBe("correct");
    // aa5ef86inv16: two signs wrong.
    expect(
      reason({
        answers: [
          "$$\\begin{bmatrix} \\frac{-8}{47} & \\frac{3}{47} \\\\ \\frac{5}{47} & \\frac{-4}{47} \\end{bmatrix}$$",
        ],
        context: inverseOf("-4 & -3 \\\\ -5 & 8"),
      }),
    ).toBe("wrong-inverse");
  });

  it("still refuses what it cannot multiply exactly", () => {
    expect(reason({ answers: ["$$k\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$$"] })).toBe("matrix");
    expect(reason({ answers: ["$$2\\begin{bmatrix} x & 2 \\\\ 3 & 4 \\end{bmatrix}$$"] })).toBe("matrix");
  });
});

describe("OATutor code and chemistry answers (compared symbol for symbol)", () => {
  // Real records: Data 8 discussion worksheets, Pre-Calculus recursive formulas, Chemistry 1A.
  it.each<[string, string, string[], string[]]>([
    [
      "make_array(left_end,right_end)",
      "string",
      ["make_array(left_end, right_end)", "I think it's make_array(left_end,right_end)"],
      ["make_array(right_end,left_end)", "make_array(left_end,right_edge)", "Make_array(left_end,right_end)"],
    ],
    [
      "tbl.sort(col,descending=True)",
      "string",
      ["tbl.sort(col, descending = True)", "tbl.sort(col,descending=True);"],
      ["tbl.sort(col,descending=true)", "tbl.sort(col)", "tbl.sort('col',descending=True)"],
    ],
    [
      'squirrel.where("Year", are.equal_to(2023))',
      "string",
      ["squirrel.where('Year', are.equal_to(2023))", 'squirrel.where("Year",are.equal_to(2023))'],
      ['squirrel.where("Year", are.equal_to(2024))', 'squirrel.where("year", are.equal_to(2023))'],
    ],
    ["num_rows", "string", ["num_rows"], ["Num_rows", "num rows", "numrows"]],
    [
      "a_1=17,a_n=a_(n-1)+9",
      "string",
      ["a_1 = 17, a_n = a_(n-1) + 9"],
      ["a_1=17,a_n=a_(n-1)-9", "a_1=9,a_n=a_(n-1)+17", "A_1=17,A_n=A_(n-1)+9"],
    ],
    [
      "CH3COO-",
      "arithmetic",
      ["CH_3COO^-", "CH₃COO⁻", "the conjugate base is CH3COO-"],
      ["CH3COO", "CH3COO+", "ch3coo-"],
    ],
    ["Br-", "arithmetic", ["Br^-", "Br⁻", "Br- (aq)"], ["Br", "Br+", "br-", "BR-"]],
    ["$$SO_4$$ 2-", "arithmetic", ["SO4^{2-}", "SO₄²⁻", "SO_4 2-"], ["SO4-", "SO4^{2+}", "SO3^{2-}"]],
    ["HCO_3**-", "arithmetic", ["HCO3-", "HCO_3^-"], ["HCO3", "H2CO3", "HCO3+"]],
    [
      "Al → Al3+ $$+3e$$",
      "arithmetic",
      ["Al -> Al^{3+} + 3e-", "Al → 3e + Al3+", "Al(s) → Al3+(aq) + 3e⁻"],
      ["Al → Al3+ + 2e", "Al3+ + 3e → Al", "al → al3+ + 3e", "Al ⇌ Al3+ + 3e"],
    ],
    [
      "3Pb2+ (aq) + 2Au(s) → 3Pb (s) + 2Au3+ (aq)",
      "arithmetic",
      ["2Au(s) + 3Pb2+(aq) -> 2Au3+(aq) + 3Pb(s)"],
      ["3Pb2+(aq) + 2Au(s) → 3Pb(s) + 3Au3+(aq)", "3Pb2+(aq) + 2Au(s) → 3Pb(l) + 2Au3+(aq)"],
    ],
    [
      "NH_3+HCl⇌NH_4**(+)+Cl**-",
      "arithmetic",
      ["NH3 + HCl <=> NH4+ + Cl-", "HCl + NH3 ⇌ Cl- + NH4^+"],
      ["NH3 + HCl → NH4+ + Cl-", "NH3 + HCl ⇌ NH4 + Cl"],
    ],
  ])("imports %j (%s): right %j, wrong %j", (answer, answerType, right, wrong) => {
    const s = spec({ answers: [answer], answerType });
    // In this table, the string answers are code and the arithmetic ones chemistry.
    expect(s).toMatchObject({ kind: "text", match: answerType === "string" ? "code" : "chemistry" });
    expect(verdict(s, formatAnswer(s))).toBe("correct");
    for (const r of right) expect([r, verdict(s, r)]).toEqual([r, "correct"]);
    for (const w of wrong) expect([w, verdict(s, w)]).not.toEqual([w, "correct"]);
  });

  it("state symbols the answer gives are asked for: left out is partly right", () => {
    const s = spec({ answers: ["Zn(s) → $$Zn2+aq$$ + 2e"] });
    expect(s).toEqual({ kind: "text", accepted: ["Zn(s) → Zn2+aq + 2e"], match: "chemistry" });
    expect(verdict(s, "Zn(s) → Zn2+(aq) + 2e-")).toBe("correct");
    expect(verdict(s, "Zn → Zn2+ + 2e-")).toBe("partial");
    expect(verdict(s, "Zn(s) → Zn2+(s) + 2e-")).toBe("incorrect");
  });

  it("formulas are chemistry; a lone symbol, capitals and maths stay what they were", () => {
    expect(spec({ answers: ["H2O"] })).toEqual({ kind: "text", accepted: ["H2O"], match: "chemistry" });
    expect(spec({ answers: ["NaCl"], answerType: "string" })).toMatchObject({ match: "chemistry" });
    expect(spec({ answers: ["Se"] })).toEqual({ kind: "text", accepted: ["Se"] });
    expect(spec({ answers: ["OK"], answerType: "string" })).toEqual({ kind: "text", accepted: ["OK"] });
    expect(spec({ answers: ["$$W+2$$"] }).kind).toBe("expression");
    expect(spec({ answers: ["e"] }).kind).not.toBe("text");
    // A hyphen inside a word is no sign (a scaffold of "Law of Sines").
    expect(spec({ answers: ["A 90-degree angle"] })).toEqual({ kind: "text", accepted: ["A 90-degree angle"] });
  });
});

describe("OATutor variabilization", () => {
  it("chooses one aligned option per problem, the same every time", () => {
    const vars = { numerator: ["150", "160", "170"], ans: ["17", "18", "19"] };
    const a = chooseVariables(vars, "af69facexpolog12");
    expect(chooseVariables(vars, "af69facexpolog12")).toEqual(a);
    const i = vars.numerator.indexOf(a.numerator as string);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(a.ans).toBe(vars.ans[i]);
  });
});

/** A small OATutor pool written inline: one problem per entry, one step per answer. */
function pool(
  entries: {
    id: string;
    body?: string;
    vars?: Record<string, string[]>;
    steps: { answer: string; type?: string; title?: string; pathway?: unknown[]; choices?: string[] }[];
  }[],
): SourceFile[] {
  return entries.flatMap((e) => [
    {
      path: `${e.id}/${e.id}.json`,
      text: JSON.stringify({
        id: e.id,
        title: `Problem ${e.id}`,
        body: e.body ?? "",
        variabilization: e.vars ?? {},
        courseName: "Test course",
        lesson: "1.1 Tests",
      }),
    },
    ...e.steps.flatMap((s, i) => {
      const sid = `${e.id}${"abcdefgh"[i]}`;
      const step = {
        id: sid,
        stepAnswer: [s.answer],
        problemType: s.choices ? "MultipleChoice" : "TextBox",
        stepTitle: s.title ?? "What is the answer?",
        stepBody: "",
        answerType: s.type ?? "arithmetic",
        variabilization: {},
        ...(s.choices ? { choices: s.choices } : {}),
      };
      return [
        { path: `${e.id}/steps/${sid}/${sid}.json`, text: JSON.stringify(step) },
        ...(s.pathway
          ? [{ path: `${e.id}/steps/${sid}/tutoring/${sid}DefaultPathway.json`, text: JSON.stringify(s.pathway) }]
          : []),
      ];
    }),
  ]);
}

const hint = (id: string, text: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: "hint",
  dependencies: [],
  title: "",
  text,
  variabilization: {},
  ...extra,
});

describe("OATutor inline fixtures", () => {
  it("variabilizes statement, prompt, answer and hints with one option; step variables override", () => {
    const files = pool([
      {
        id: "v1",
        body: "A ball is thrown at @{speed} m/s.",
        vars: { speed: ["10", "20", "30"], double: ["20", "40", "60"] },
        steps: [
          {
            answer: "@{double}",
            title: "Twice @{speed} is?",
            pathway: [hint("v1a-h1", "Multiply @{speed} by two."), hint("v1a-h2", "It is @{double}.")],
          },
        ],
      },
    ]);
    const p = convertOatutor(files).bundle.problemSets[0]?.problems[0];
    const speed = /at (\d+) m\/s/.exec(p?.statement ?? "")?.[1];
    expect(["10", "20", "30"]).toContain(speed);
    expect(p?.steps[0]?.answer).toEqual({ kind: "numeric", value: 2 * Number(speed) });
    expect(p?.steps[0]?.prompt).toBe(`Twice ${speed} is?`);
    expect(p?.steps[0]?.hints.at(-1)).toEqual({ kind: "bottom_out", text: `It is ${2 * Number(speed)}.` });
    expect(JSON.stringify(p)).not.toContain("@{");
  });

  it("keeps sub-hints after their scaffold, each scaffold with its own answer", () => {
    const files = pool([
      {
        id: "s1",
        body: "Solve $$2x+3=11$$.",
        steps: [
          {
            answer: "$$4$$",
            title: "What is x?",
            pathway: [
              hint("s1a-h1", "Subtract 3 from both sides: what is 2x?", {
                type: "scaffold",
                problemType: "TextBox",
                answerType: "arithmetic",
                hintAnswer: ["$$8$$"],
                subHints: [hint("s1a-h1-s1", "11 take away 3."), hint("s1a-h1-s2", "Eight.")],
              }),
              hint("s1a-h2", "Now divide by 2."),
            ],
          },
        ],
      },
    ]);
    const hints = convertOatutor(files).bundle.problemSets[0]?.problems[0]?.steps[0]?.hints;
    expect(hints?.map((h) => h.kind)).toEqual(["scaffold", "hint", "hint", "hint"]);
    expect(hints?.[0]).toMatchObject({ answer: { kind: "numeric", value: 8 } });
    expect(hints?.[1]?.text).toBe("11 take away 3.");
  });

  it("shows a placeholder for a figure the import does not carry", () => {
    const files = pool([{ id: "f1", body: "Look at the graph.\\n##figure1.gif##", steps: [{ answer: "3" }] }]);
    const p = convertOatutor(files).bundle.problemSets[0]?.problems[0];
    expect(p?.statement).toBe("Look at the graph.\n[Figure: figure1.gif — not available]");
  });

  it("reports every record left out with file, problem, step and reason; imports the rest", () => {
    const files = pool([
      { id: "ok1", steps: [{ answer: "5" }] },
      {
        id: "bad1",
        steps: [{ answer: "5" }, { answer: "$$k\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$$" }],
      },
      { id: "bad2", steps: [{ answer: "(-inf,-4)U[3,inf)", type: "string" }] },
      {
        id: "soft1",
        steps: [
          {
            answer: "5",
            pathway: [
              hint("soft1a-h1", "Which rotation formula applies?", {
                type: "scaffold",
                answerType: "arithmetic",
                hintAnswer: ["$$x'=x\\cos\\theta$$"],
              }),
            ],
          },
        ],
      },
    ]);
    files.push({ path: "broken/broken.json", text: "{ not json" });
    const r = convertOatutor(files, { skipInvalid: true });
    // bad2's interval union imports since the checker reads unions.
    expect(r.bundle.problemSets.flatMap((s) => s.problems.map((p) => p.key)).sort()).toEqual([
      "oatutor-bad2",
      "oatutor-ok1",
      "oatutor-soft1",
    ]);
    expect(r.skipped.map((s) => [s.file, s.record, s.field, s.reason])).toEqual([
      ["bad1/steps/bad1b/bad1b.json", "problem bad1", "step bad1b: stepAnswer", "matrix"],
      ["broken/broken.json", "problem", "(file)", "invalid-json"],
    ]);
    // The scaffold with a primed variable (x' = x cos θ) imports as a scaffold now that the
    // checker reads primes; nothing is downgraded to a plain hint.
    const soft = r.bundle.problemSets.flatMap((s) => s.problems).find((p) => p.key === "oatutor-soft1");
    expect(soft?.steps[0]?.hints[0]).toMatchObject({ kind: "scaffold" });
    expect(r.downgraded).toEqual([]);
  });
});

describe("OATutor keys", () => {
  it("two problem ids that differ only by case: the second is reported, not merged", () => {
    const r = convertOatutor(
      pool([
        { id: "Dup1", steps: [{ answer: "1" }] },
        { id: "dup1", steps: [{ answer: "2" }] },
      ]),
      {
        skipInvalid: true,
      },
    );
    expect(r.bundle.problemSets.flatMap((s) => s.problems.map((p) => p.key))).toEqual(["oatutor-dup1"]);
    // Problems are read in natural order ("dup1" before "Dup1"): the later one is left out.
    expect(r.skipped).toEqual([expect.objectContaining({ record: "problem Dup1", reason: "duplicate-key" })]);
  });
});

describe("OATutor lesson (30 problems)", () => {
  it("imports all 30 problems into one set with the lesson's skills and licence", () => {
    expect(lesson.skipped).toEqual([]);
    expect(problems).toHaveLength(30);
    expect(lesson.bundle.problemSets).toHaveLength(1);
    expect(lesson.bundle.problemSets[0]?.title).toBe(
      "OpenStax: Elementary Algebra: 3.1 Use a Problem-Solving Strategy",
    );
    expect(lesson.bundle.skills.map((s) => s.key)).toEqual([
      "oatutor.solve_number_problems",
      "oatutor.use_a_problem_solving_strategy_for_word_problems",
    ]);
    for (const p of problems) {
      expect(p.key).toMatch(/^oatutor-a01e792probsolve\d+$/);
      expect(p.source).toMatchObject({ name: "OATutor", licence: "CC BY 4.0" });
      expect(p.source?.attribution).toContain("OpenStax: Elementary Algebra");
    }
    const hints = problems.flatMap((p) => p.steps.flatMap((s) => s.hints));
    expect(hints.filter((h) => h.kind === "scaffold").length).toBeGreaterThan(40);
  });

  it("passes the content checker: no dead end, false rejection, false acceptance or early reveal", () => {
    const counts = problems.map((p) => checkProblem(p));
    expect(counts.reduce((n, c) => n + c.deadEnds + c.falseRejections + c.falseAcceptances + c.earlyReveals, 0)).toBe(
      0,
    );
  });

  it("never has a hint or scaffold before the bottom-out that states the answer; the bottom-out is last", () => {
    for (const p of problems) {
      for (const step of p.steps) {
        const kinds = step.hints.map((h) => h.kind);
        expect(kinds.filter((k) => k === "bottom_out").length, p.key).toBeLessThanOrEqual(1);
        if (kinds.includes("bottom_out")) expect(kinds.at(-1), p.key).toBe("bottom_out");
        for (const h of step.hints) {
          if (h.kind === "bottom_out") expect(textRevealsAnswer(step.answer, h.text), p.key).toBe(true);
          else expect(textRevealsAnswer(step.answer, h.text), `${p.key}: ${h.text}`).toBe(false);
          if (h.kind === "scaffold")
            expect(checkAnswer(step.answer, formatAnswer(h.answer)).verdict, p.key).not.toBe("correct");
        }
      }
    }
  });

  it("maps answers carefully: choices, numbers, unordered number lists", () => {
    const mc = byKey.get("oatutor-a01e792probsolve1")?.steps[0];
    expect(mc?.answer).toEqual({
      kind: "choice",
      options: ["$-12, -13, -14$", "$-13, -14, -15$", "$-14, -15, -16$", "$-15, -16, -17$"],
      correct: 1,
    });
    expect(byKey.get("oatutor-a01e792probsolve12")?.steps[0]?.answer).toEqual({ kind: "numeric", value: 180 });
    const pair = byKey.get("oatutor-a01e792probsolve21")?.steps[0]?.answer;
    expect(pair?.kind).toBe("list");
    if (pair) {
      expect(checkAnswer(pair, "13 and 8").verdict).toBe("correct");
      expect(checkAnswer(pair, "8, 13").verdict).toBe("correct");
    }
    // A fraction scaffold from \frac{2}{3}.
    const scaffolds = byKey.get("oatutor-a01e792probsolve12")?.steps[0]?.hints.filter((h) => h.kind === "scaffold");
    expect(scaffolds?.[0]).toMatchObject({ answer: { kind: "fraction", value: "2/3" } });
  });

  it("puts the word problem in the statement when OATutor's body is empty, and escapes money", () => {
    const p = byKey.get("oatutor-a01e792probsolve3");
    expect(p?.statement).toBe(
      "A married couple together earns \\$110,000 a year. The wife earns \\$16,000 less than twice what her husband earns. What does the husband earn?",
    );
    expect(p?.steps[0]?.prompt).toBe("What does the husband earn?");
  });

  it("makes a hint that states the answer the bottom-out (problem 17: 'x=4')", () => {
    const step = byKey.get("oatutor-a01e792probsolve17")?.steps[0];
    expect(step?.hints.at(-1)).toEqual({ kind: "bottom_out", text: "Answer: The answer is that $x=4$." });
  });
});

describe("OATutor extras", () => {
  const extras = convertOatutor(
    readSourceFiles(OATUTOR_EXTRAS),
    { skillModel: JSON.parse(fs.readFileSync(OATUTOR_SKILL_MODEL, "utf8")) },
    "extras",
  );
  const ps = extras.bundle.problemSets.flatMap((s) => s.problems);

  it("imports both, one set per lesson, with skills from the skill model", () => {
    expect(ps.map((p) => p.key).sort()).toEqual(["oatutor-a8e6481uni1", "oatutor-af69facexpolog12"]);
    expect(extras.bundle.skills.map((s) => s.key).sort()).toEqual([
      "oatutor.solve_uniform_motion_applications",
      "oatutor.using_logistic_growth_models",
    ]);
    for (const p of ps) {
      const c = checkProblem(p);
      expect(c.deadEnds + c.falseRejections + c.falseAcceptances + c.earlyReveals, p.key).toBe(0);
    }
  });

  it("variabilizes statement, answer and hints with the same chosen option", () => {
    const p = ps.find((x) => x.key === "oatutor-af69facexpolog12");
    const numerator = /\\frac\{(\d+)\}/.exec(p?.statement ?? "")?.[1];
    const expected = { "150": 17, "160": 18, "170": 19 }[numerator ?? ""];
    // "Round to the nearest whole number": 0 decimal places.
    expect(p?.steps[0]?.answer).toEqual({ kind: "numeric", value: expected, decimals: 0 });
    expect(p?.steps[0]?.hints.at(-1)?.text).toContain(`f(0)=${expected}`);
    expect(JSON.stringify(p)).not.toContain("@{");
  });

  it("flattens sub-hints after their scaffold; the sub-hint that solves it becomes the bottom-out", () => {
    const step = ps.find((x) => x.key === "oatutor-a8e6481uni1")?.steps[0];
    const last = step?.hints.at(-1);
    expect(last?.kind).toBe("bottom_out");
    expect(last?.text).toContain("x=60");
    // The scaffold whose answer is the step's answer (60) stays, as a question without an answer.
    expect(step?.hints.find((h) => h.text.includes("what do you get for"))?.kind).toBe("hint");
    expect(step?.hints[0]?.text).toContain("[Figure: figure1.gif — not available]");
  });
});

describe("OATutor errors name the file, the record and the field", () => {
  const base = readSourceFiles(OATUTOR_EXTRAS);
  const edit = (suffix: string, change: (json: Record<string, unknown>) => void): SourceFile[] =>
    base.map((f) => {
      if (!f.path.endsWith(suffix)) return f;
      const json = JSON.parse(f.text);
      change(json);
      return { ...f, text: JSON.stringify(json) };
    });

  it("an answer that is not among the choices", () => {
    const files = edit("a8e6481uni1a.json", (j) => {
      j.problemType = "MultipleChoice";
      j.answerType = "string";
      j.choices = ["$$10$$", "$$20$$"];
    });
    expect(() => convertOatutor(files)).toThrow(
      /a8e6481uni1\/steps\/a8e6481uni1a\/a8e6481uni1a\.json: problem a8e6481uni1: step a8e6481uni1a: stepAnswer: the answer "\$\$60\$\$" is not one of the choices/,
    );
  });

  it("a file that is not JSON; with skipInvalid the problem is reported and left out", () => {
    const files = base.map((f) => (f.path.endsWith("af69facexpolog12.json") ? { ...f, text: "{ broken" } : f));
    expect(() => convertOatutor(files)).toThrow(/af69facexpolog12\.json: problem: \(file\): not valid JSON/);
    const r = convertOatutor(files, { skipInvalid: true });
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]?.reason).toBe("invalid-json");
    expect(r.bundle.problemSets.flatMap((s) => s.problems.map((p) => p.key))).toEqual(["oatutor-a8e6481uni1"]);
  });

  it("a folder with no problems", () => {
    expect(() => convertOatutor([{ path: "x.json", text: "{}" }], {}, "pool")).toThrow(
      /pool: content pool: \(folder\)/,
    );
  });
});

describe("OATutor answers in degrees, with + C, identities, complex numbers and systems", () => {
  it.each<[string, string[], string[], string[]]>([
    // Trigonometric functions of angles in degrees, typed as words ("$$" left in by the source).
    [
      "cos(56 degrees)",
      ["cos(56°)", "cos(56 degrees)", "cos 56 deg"],
      ["cos^2(28°) - sin^2(28°)", "0.559"],
      ["cos(57°)", "sin(56°)", "cos(56)"],
    ],
    [
      "1/2(cos(-330 $$degrees)-cos(-360$$ degrees))",
      ["1/2(cos(-330°) - cos(-360°))", "cos(330°)/2 - cos(360°)/2"],
      ["sin(-345°)sin(-15°)", "-0.067"],
      ["1/2(cos(-330°) + cos(-360°))", "1/2(sin(-330°) - sin(-360°))"],
    ],
    ["2sin(45 degrees)cos(31 degrees)", ["2sin(45°)cos(31°)"], ["sin(76°) + sin(14°)", "1.212"], ["2cos(45°)sin(31°)"]],
    [
      "$$2cos(66.5$$ $$degrees)sin(34.5$$ degrees)",
      ["2cos(66.5°)sin(34.5°)"],
      ["sin(101°) - sin(32°)"],
      ["2cos(66°)sin(34°)"],
    ],
    [
      "-sin(1 $$degrees)-sin(2$$ degrees)",
      ["-sin(1°) - sin(2°)", "sin(-1°) + sin(-2°)"],
      [],
      ["sin(1°) + sin(2°)", "-sin(1) - sin(2)"],
    ],
    ["$$\\cos**{2}(28**{\\circ})$$", ["cos^2(28°)", "cos(28°)^2"], [], ["cos(28°)", "cos^2(28)"]],
    // Identities: side by side, functions kept as they are.
    [
      "$$cos^2\\left(\\theta\\right)=1-sin^2\\left(\\theta\\right)$$",
      ["cos^2(theta) = 1 - sin^2(theta)", "1 - sin(θ)^2 = cos(θ)^2"],
      ["1 - sin^2(theta)"],
      ["cos^2(theta) = cos^2(theta)", "sin^2(theta) + cos^2(theta) = 1", "cos^2(theta) = 1 + sin^2(theta)"],
    ],
    ["$$-3=-3$$", ["-3 = -3"], [], ["0 = 0", "3 = 3"]],
    // Complex numbers: i is the imaginary unit.
    ["$$\\sqrt{-196}$$", ["14i", "sqrt(-196)", "i sqrt(196)"], [], ["-14i", "14", "196i"]],
    // Several maths blocks: several answers ("Separated by space."), a system of equations.
    ["$$5.79$$ $$5.91$$", ["5.79 5.91", "5.79, 5.91"], ["5.79", "5.79 5.92"], ["5.8 5.8"]],
    [
      "$$x-y+z=8$$ $$y-12z=-15$$ $$z=1$$",
      ["x-y+z=8, y-12z=-15, z=1", "z = 1, y - 12z = -15, x - y + z = 8"],
      ["x-y+z=8, y-12z=-15"],
      ["x+y+z=8, y+12z=-15, z=2"],
    ],
  ])("imports %j: right %j, partly right %j, wrong %j", (answer, right, partly, wrong) => {
    const s = spec({ answers: [answer] });
    expect(verdict(s, formatAnswer(s))).toBe("correct");
    for (const r of right) expect([r, verdict(s, r)]).toEqual([r, "correct"]);
    for (const p of partly) expect([p, verdict(s, p)]).toEqual([p, "partial"]);
    for (const w of wrong) expect([w, verdict(s, w)]).toEqual([w, "incorrect"]);
  });

  it.each<[string, string, string[], string[], string[]]>([
    // Antiderivatives: equal up to the constant; without "+ C" partly right.
    [
      "1/(2cos**2t))+C",
      "Use substitution to evaluate the integral $$\\int \\frac{sin t}{cos t^3} \\,dt$$",
      ["1/(2cos(t)^2) + C", "sec(t)^2/2 + C", "tan^2(t)/2 + C"],
      ["1/(2cos(t)^2)", "1/(2cos(t)^2) + 3"],
      ["1/(cos(t)^2) + C", "1/(2sin(t)^2) + C"],
    ],
    [
      "1/33(1-cos**3theta)**11+C",
      "$$\\int \\left(1-{cos}^3 \\theta\\right)^{10} {cos}^2 sintheta \\,dtheta$$",
      ["(1 - cos^3(theta))^11/33 + C", "1/33 (1-cos(θ)^3)^11 + C"],
      ["(1 - cos^3(theta))^11/33"],
      ["(1 - cos^3(theta))^11/11 + C", "(1 - cos(3theta))^11/33 + C"],
    ],
    [
      "sin**-1(ln*t)+C",
      "/int{1/(t*sqrt(1-(ln**2)t.t}",
      ["arcsin(ln(t)) + C", "sin^-1(ln t) + C"],
      ["arcsin(ln(t))"],
      ["arcsin(t) + C", "arccos(ln(t)) + C"],
    ],
    [
      "(1/3)sec**-1(x/3)+C",
      "$$\\int \\frac{1}{|x| \\sqrt{x^2-9}} \\,dx$$",
      ["(1/3)arcsec(x/3) + C", "arcsec(x/3)/3 + C", "(1/3)sec^-1(x/3) + C"],
      ["(1/3)arcsec(x/3)"],
      ["arcsec(x/3) + C", "(1/3)arccos(x/3) + C"],
    ],
    // Capitals inside words are words: a set of names, values labelled with words (in order).
    [
      "{Alison, Penelope, June}",
      "For the mapping shown, find the domain.",
      ["{June, Alison, Penelope}", "Alison, Penelope, June"],
      ["{Alison, Penelope}", "{Alison, Penelope, July}"],
      ["{Maria, Armando, Cynthia}"],
    ],
    [
      "{ab56781, jh47983, kn68413}",
      "For the mapping shown, find the range.",
      ["{kn68413, ab56781, jh47983}"],
      ["{ab56781, jh47983}", "{ab56781, jh47983, kn68414}"],
      ["{ab5678, jh4798, kn6841}"],
    ],
    [
      "Uphill skiing speed = 5, Downhill skiing speed = 10",
      "What was Dennis’ speed going uphill and his speed going downhill?",
      ["Uphill skiing speed = 5, Downhill skiing speed = 10", "5, 10", "5 mph and 10 mph", "uphill 5, downhill 10"],
      ["10, 5", "5, 15"],
      ["15, 20"],
    ],
    [
      "6 Main tickets, 10 Terrace tickets",
      'Write the answer in the form "x Main tickets, $$y$$ Terrace tickets"',
      ["6 Main tickets, 10 Terrace tickets", "6, 10"],
      ["10 Main tickets, 6 Terrace tickets"],
      ["7, 9"],
    ],
    // A system written as equations separated by spaces.
    [
      "x-3y-5z=-2 2x-5y-4z=5 -3x+5y+4z=6",
      "Write the system of equations for the augmented matrix.",
      ["x-3y-5z=-2, 2x-5y-4z=5, -3x+5y+4z=6"],
      ["x-3y-5z=-2, 2x-5y-4z=5"],
      ["x-3y-5z=2, 2x-5y-4z=-5, -3x+5y+4z=-6"],
    ],
    [
      "(x-y+z=5),(2x-y+3z=1),(y+z=-9)",
      "Write the system of equations for the augmented matrix.",
      ["(x-y+z=5),(2x-y+3z=1),(y+z=-9)", "x-y+z=5, 2x-y+3z=1, y+z=-9"],
      ["x-y+z=5, 2x-y+3z=1, y+z=9"],
      ["x+y+z=5, 2x+y+3z=1, y-z=-9"],
    ],
    // Points beside other values give their coordinates in order ("m,(0,b)"); a word stays a word.
    [
      "-4/7,(0,-2)",
      'Input your answer in the form "m,(0,b)" without the quotes',
      ["-4/7,(0,-2)", "-4/7, (0, -2)", "slope -4/7, y-intercept (0,-2)"],
      ["-4/7,(-2,0)", "4/7,(0,-2)"],
      ["1/2,(3,4)"],
    ],
    [
      "(0,13), DNE",
      "Find the y intercept then the x intercept.",
      ["(0,13), DNE", "(0, 13), dne"],
      ["(0,13), (1,0)"],
      [],
    ],
    [
      "(-2,0),(-sqrt(3),-1),(sqrt(3),-1),(2,0)",
      "Please enter them as (a,b), (c,d) where a<c.",
      ["(-2,0),(-sqrt(3),-1),(sqrt(3),-1),(2,0)", "(-2, 0), (-√3, -1), (√3, -1), (2, 0)"],
      ["(-2,0),(sqrt(3),-1),(-sqrt(3),-1),(2,0)"],
      [],
    ],
    // "where a<c" orders several points, not the coordinates of one.
    [
      "(2,-1)",
      "Please enter your answer as (a,b). If there is more than one answer, please enter them as (a,b), (c,d) where $a<c$.",
      ["(2,-1)", "(2, -1)"],
      ["(-1,2)"],
      ["(1,2)"],
    ],
    // A pair with brackets inside its coordinates is a point, in order ("(j,k) where j<k").
    [
      "(-5*sqrt(2), 5*sqrt(2))",
      "If there is more than one solution, please enter you answer as (j,k) where $$j<k$$",
      ["(-5sqrt(2), 5sqrt(2))", "-5√2, 5√2"],
      ["(5sqrt(2), -5sqrt(2))"],
      ["(2, 3)"],
    ],
  ])(
    "imports the string %j (asked: %j): right %j, partly right %j, wrong %j",
    (answer, context, right, partly, wrong) => {
      const s = spec({ answers: [answer], answerType: "string", context });
      expect(verdict(s, formatAnswer(s))).toBe("correct");
      for (const r of right) expect([r, verdict(s, r)]).toEqual([r, "correct"]);
      for (const p of partly) expect([p, verdict(s, p)]).toEqual([p, "partial"]);
      for (const w of wrong) expect([w, verdict(s, w)]).toEqual([w, "incorrect"]);
    },
  );

  it.each<[string, string, string[], string[]]>([
    // "The number followed by the first letter" of each unknown, as the question asks it typed.
    [
      "42a105c",
      "How many adult and how many child tickets were sold? (Answer in the form with the number of a variable followed by the first letter of the variable)",
      ["42a105c", "42a 105c", "42a, 105c"],
      ["105c42a", "42a106c", "42 105"],
    ],
    // "logm(n)": log base m; a function run into its letter ("xsinx") is maths, not a word.
    [
      "logm(n)=-7",
      "Rewrite $$m^{\\left(-7\\right)}=n$$ in logarithmic form.",
      ["log_m(n) = -7", "-7 = log_m n"],
      ["log_n(m) = -7", "m^-7 = n"],
    ],
    [
      "(cosx - xsinx)dx",
      "Find the differential of the function y = xcosx.",
      ["(cos x - x sin x) dx", "dy = (cos(x) - x*sin(x))dx"],
      ["(cos x + x sin x)dx", "cos x - x sin x"],
    ],
  ])("imports %j (asked: %j): right %j, not right %j", (answer, context, right, wrong) => {
    const s = spec({ answers: [answer], context });
    expect(verdict(s, formatAnswer(s))).toBe("correct");
    for (const r of right) expect([r, verdict(s, r)]).toEqual([r, "correct"]);
    for (const w of wrong) expect([w, verdict(s, w)]).not.toEqual([w, "correct"]);
  });

  it('log base e typed "loge(x)" stays refused: e is a variable to the checker', () => {
    expect(reason({ answers: ["loge(x)"] })).toBe("text-symbols");
  });

  it("shows an antiderivative with + C", () => {
    const s = spec({ answers: ["sin**-1(ln*t)+C"], answerType: "string", context: "/int{1/(t*sqrt(1-(ln**2)t.t}" });
    expect(s).toMatchObject({ kind: "expression", constant: "C" });
    expect(formatAnswer(s)).toMatch(/\+ C$/);
  });

  it("+ C outside an integral is a variable C", () => {
    const s = spec({ answers: ["x+C"], answerType: "string", context: "Simplify." });
    expect(s).not.toHaveProperty("constant");
  });

  it.each<[string, string, string]>([
    // Ordered pairs of words: no answer kind holds a pair of texts.
    [
      "{(Maria, November 6), (Armando, January 18)}",
      "For the mapping shown, list the ordered pairs.",
      "pairs-of-words",
    ],
    ["What is the positive ion?", "What is the positive ion?", "answer-is-question"],
    // The source's pair breaks the order its question asks for.
    [
      "((-2/5)+(3/5)*sqrt(2), (-2/5)-(3/5)*sqrt(2))",
      // As the importer passes it: oatutorText has made "$$j<k$$" inline maths, "$j<k$".
      "If there is more than one solution, please enter you answer as (j,k) where $j<k$",
      "out-of-order",
    ],
  ])("still refuses the string %j (asked: %j) as %s", (answer, context, expected) => {
    const r = oatutorAnswerSpec({ answers: [answer], answerType: "string", problemType: "TextBox", context });
    expect(isRejection(r) ? r.reason : r.kind).toBe(expected);
  });
});

describe("OATutor ladders: maths the question shows is no reveal when a hint restates it", () => {
  const hint = (id: string, text: string, extra: Partial<PathwayItem> = {}): PathwayItem => ({
    id,
    type: "hint",
    dependencies: [],
    title: "",
    text,
    variabilization: {},
    ...extra,
  });
  const step = answerSpec.parse(spec({ answers: ["$$\\frac{\\sqrt{6}-\\sqrt{2}}{4}$$"] }));
  const question = "Find $$\\sin(15^{\\circ})$$ using a half-angle formula.";

  it("keeps a hint that names the question's sin(15°), and its scaffold, in place", () => {
    const items = [
      hint("h1", "To use the half-angle formula for $$\\sin(15^\\circ)$$, what value should alpha be?", {
        type: "scaffold",
        hintAnswer: ["30"],
        answerType: "arithmetic",
        problemType: "TextBox",
      }),
      hint("h2", "Determine whether $$\\sin(15^\\circ)$$ is positive or negative."),
    ];
    const { hints } = buildLadder(items, step, () => ({}), oatutorText(question));
    expect(hints.map((h) => h.kind)).toEqual(["scaffold", "hint"]);
  });

  it("a hint that states the value is still the bottom-out", () => {
    const items = [
      hint("h1", "So $$\\sin(15^\\circ)=\\frac{\\sqrt{6}-\\sqrt{2}}{4}$$."),
      hint("h2", "Determine whether $$\\sin(15^\\circ)$$ is positive or negative."),
    ];
    const { hints } = buildLadder(items, step, () => ({}), oatutorText(question));
    expect(hints.map((h) => h.kind)).toEqual(["hint", "bottom_out"]);
  });

  it("restated means written as the question writes it, not merely equal: d^9 for d^4 d^5 still tells", () => {
    const power = answerSpec.parse(spec({ answers: ["$$d^9$$"] }));
    const items = [hint("h1", "Add the powers."), hint("h2", "Therefore, the answer is $$d^9$$.")];
    const { hints } = buildLadder(items, power, () => ({}), oatutorText("Simplify $$d^4 \\cdot d^5$$."));
    expect(hints.map((h) => h.kind)).toEqual(["hint", "bottom_out"]);
  });

  it("without the question, naming sin(15°) states the value (as the guard reads it)", () => {
    const items = [hint("h1", "Determine whether $$\\sin(15^\\circ)$$ is positive or negative.")];
    const { hints } = buildLadder(items, step, () => ({}));
    expect(hints.at(-1)).toMatchObject({ kind: "bottom_out", text: expect.stringContaining("positive or negative") });
  });
});
