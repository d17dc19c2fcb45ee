import { describe, expect, it } from "vitest";
import { latexToPlain } from "./latex-to-plain";

describe("latexToPlain", () => {
  it.each<[string, string]>([
    // Fractions.
    ["\\frac{5}{8}", "5/8"],
    ["$\\frac{5}{8}$", "5/8"],
    ["\\dfrac{5}{8}", "5/8"],
    ["\\tfrac{5}{8}", "5/8"],
    ["\\cfrac{5}{8}", "5/8"],
    ["\\dfrac12", "1/2"],
    ["\\frac12", "1/2"],
    ["\\frac{1}2", "1/2"],
    ["\\frac 3 4", "3/4"],
    ["\\frac{x+1}{2}", "(x+1)/2"],
    ["\\frac{\\frac{1}{2}}{3}", "(1/2)/3"],
    ["\\frac{1}{\\frac{2}{3}}", "1/(2/3)"],
    ["$1 - \\frac{3}{8}$", "1 - 3/8"],
    ["$2\\frac{1}{2}$", "2 1/2"],
    ["$2\\frac{x}{3}$", "2(x/3)"],
    ["$\\frac{1}{2}x$", "(1/2)x"],
    ["$6/\\frac12$", "6/(1/2)"],
    ["\u0024{1 \\over 2}$", "1/2"],
    ["$\\frac{-3}{4}$", "(-3)/4"],
    ["$\\frac{24}{2}$", "24/2"],
    ["$\\binom{5}{2}$", "binom(5,2)"],
    // Roots and powers.
    ["\\sqrt{16}", "sqrt(16)"],
    ["$\\sqrt{x+1}$", "sqrt(x+1)"],
    ["\\sqrt[3]{8}", "8^(1/3)"],
    ["\\sqrt[3]{x+1}", "(x+1)^(1/3)"],
    ["$2\\sqrt{3}$", "2sqrt(3)"],
    ["$x^{2}$", "x^2"],
    ["$x^2$", "x^2"],
    ["$10^{-7}$", "10^(-7)"],
    ["$e^{x+1}$", "e^(x+1)"],
    ["$90^\\circ$", "90 degrees"],
    ["$90^{\\circ}$", "90 degrees"],
    ["x^{2} typed without dollars", "x^2 typed without dollars"],
    // Subscripts are dropped.
    ["$x_1 + x_{2}$", "x + x"],
    ["$a_{n+1}$", "a"],
    // Operators and relations.
    ["$3 \\times 4$", "3 * 4"],
    ["$3 \\cdot 4$", "3 * 4"],
    ["$12 \\div 4$", "12 / 4"],
    ["$a \\le b$", "a <= b"],
    ["$a \\geq b$", "a >= b"],
    ["$a \\ne b$", "a != b"],
    ["$a \\neq b$", "a != b"],
    ["$\\pm 3$", "+- 3"],
    ["$x \\to \\infty$", "x -> infinity"],
    ["$a \\not= b$", "a != b"],
    // Delimiters and sizing.
    ["$\\left( \\frac{x+1}{2} \\right)^{2}$", "( (x+1)/2 )^2"],
    ["$\\left(1+2\\right)$", "(1+2)"],
    ["$\\bigl(3\\bigr)$", "(3)"],
    ["$\\left. x \\right|$", "x |"],
    ["$\\{1, 2\\}$", "{1, 2}"],
    ["$\\displaystyle \\frac{1}{2}$", "1/2"],
    // Text and fonts.
    ["$5\\text{ cm}$", "5 cm"],
    ["$5\\,\\text{cm}$", "5 cm"],
    ["$\\textbf{12}$", "12"],
    ["$\\mathbf{x} + \\mathrm{d}$", "x + d"],
    ["$\\operatorname{lcm}(4,6)$", "lcm(4,6)"],
    ["$\\text{the answer is } 12$", "the answer is 12"],
    ["$\\overline{AB}$", "AB"],
    // Greek letters and constants.
    ["$\\pi r^2$", "pi r^2"],
    ["$2\\pi$", "2pi"],
    ["$\\theta + \\alpha$", "theta + alpha"],
    ["$\\Delta x$", "delta x"],
    ["$\\varepsilon$", "epsilon"],
    // Escapes and spacing.
    ["$50\\%$", "50%"],
    ["50\\% of it", "50% of it"],
    ["\\$5", "$5"],
    ["$12\\,345$", "12345"],
    ["$1\\!000$", "1000"],
    ["$a\\quad b$", "a b"],
    ["$a~b$", "a b"],
    ["$1{,}000$", "1,000"],
    // Delimiter styles.
    ["$$\\frac{a}{b}$$", "a/b"],
    ["\\(x^2\\)", "x^2"],
    ["\\[\\frac{3}{4}\\]", "3/4"],
    ["so \\(\\dfrac{5}{8}\\) it is", "so 5/8 it is"],
    ["$x$ is $\\frac{1}{2}$", "x is 1/2"],
    // Environments and unknown commands.
    ["$\\begin{aligned} x &= 2 \\end{aligned}$", "x = 2"],
    ["$\\foo{x}$", "foo x"],
    ["\\unknown", "unknown"],
    ["$\\hspace{1cm}3$", "3"],
    // Bare commands in prose.
    ["The answer is \\frac{5}{8}.", "The answer is 5/8."],
    ["try \\sqrt{9} first", "try sqrt(9) first"],
  ])("%j -> %j", (raw, out) => {
    expect(latexToPlain(raw)).toBe(out);
  });

  describe("dollars: maths or currency", () => {
    it.each<[string, string]>([
      ["$5$ apples", "5 apples"],
      ["It costs $5.", "It costs $5."],
      ["costs $12 and $3", "costs $12 and $3"],
      ["between $5-$10", "between $5-$10"],
      ["I paid $5, you paid $3.", "I paid $5, you paid $3."],
      ["$20,000 and $30,000", "$20,000 and $30,000"],
      ["$5 for pens and 3$ back", "$5 for pens and 3$ back"],
      ["price $5/$8", "price $5/$8"],
      ["$ 5 $", "$ 5 $"],
      ["$x + 1$ and $3 + 4$", "x + 1 and 3 + 4"],
      ["Half a dozen eggs cost $3.50, and $x=2$.", "Half a dozen eggs cost $3.50, and x=2."],
      ["$5 + x$", "5 + x"],
      ["$5\\text{ apples}$", "5 apples"],
    ])("%j -> %j", (raw, out) => {
      expect(latexToPlain(raw)).toBe(out);
    });
  });

  it("leaves prose without LaTeX unchanged", () => {
    for (const s of ["plain text", "snake_case name", "3^2 = 9", "{a, b}", "a ~ b", "R&D", "100%"]) {
      expect(latexToPlain(s)).toBe(s);
    }
  });

  it("survives unbalanced and hostile input", () => {
    for (const s of [
      "\\frac{1}{",
      "$\\frac{",
      "}}}{{{",
      "\\",
      "$",
      "$$",
      "\\sqrt[3",
      `${"{".repeat(500)}1`,
      "\\frac".repeat(200),
    ]) {
      expect(typeof latexToPlain(s)).toBe("string");
    }
  });
});
