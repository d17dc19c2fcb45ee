/**
 * Answer forms: the right value in the form the spec asks for is correct; the right value in
 * another form is partial ("form") with a reason that names the form, never the answer.
 */
import { describe, expect, it } from "vitest";
import { checkAnswer } from "./check-answer";
import { textRevealsAnswer } from "./detect-reveal";
import { formatAnswer } from "./format-answer";
import { type AnswerSpecInput, answerSpec } from "./spec";
import { spec, table } from "./test-table";

table("fraction 5/8 in fortieths", { kind: "fraction", value: "5/8", denominator: 40 }, [
  ["25/40", "correct"],
  ["25 / 40", "correct"],
  ["$\\frac{25}{40}$", "correct"],
  ["it is 25/40", "correct"],
  ["5/8", "partial", "form"],
  ["50/80", "partial", "form"],
  ["10/16", "partial", "form"],
  ["0.625", "partial", "form"],
  ["62.5%", "partial", "form"],
  ["24/40", "incorrect"],
  ["25/8", "incorrect"],
  ["-25/40", "partial", "sign"],
  ["idk", "unparseable"],
]);

table("fraction authored over its denominator (25/40)", { kind: "fraction", value: "25/40", denominator: 40 }, [
  ["25/40", "correct"],
  ["5/8", "partial", "form"],
]);

table("fraction 2/3 with the common denominator 12", { kind: "fraction", value: "8/12", denominator: 12 }, [
  ["8/12", "correct"],
  ["2/3", "partial", "form"],
  ["4/6", "partial", "form"],
  ["16/24", "partial", "form"],
  ["8/3", "incorrect"],
]);

table("fraction 24/12 before simplifying", { kind: "fraction", value: "24/12", denominator: 12 }, [
  ["24/12", "correct"],
  ["2", "partial", "form"],
  ["2/1", "partial", "form"],
]);

table("fraction 11/4 as a mixed number", { kind: "fraction", value: "11/4", form: "mixed" }, [
  ["2 3/4", "correct"],
  ["2 and 3/4", "correct"],
  ["2¾", "correct"],
  ["$2\\frac{3}{4}$", "correct"],
  ["11/4", "partial", "form"],
  ["22/8", "partial", "form"],
  ["2.75", "partial", "form"],
  ["2 1/4", "incorrect"],
  ["-2 3/4", "partial", "sign"],
]);

table("fraction 2 1/2 as an improper fraction", { kind: "fraction", value: "2 1/2", form: "improper" }, [
  ["5/2", "correct"],
  ["10/4", "correct"],
  ["2 1/2", "partial", "form"],
  ["2.5", "partial", "form"],
  ["5/4", "incorrect"],
]);

table(
  "fraction 3/4 with form mixed (no whole part: any fraction is fine)",
  { kind: "fraction", value: "3/4", form: "mixed" },
  [
    ["3/4", "correct"],
    ["6/8", "correct"],
  ],
);

table(
  "fraction 2/3 in lowest terms (existing requireSimplified)",
  { kind: "fraction", value: "2/3", requireSimplified: true },
  [
    ["2/3", "correct"],
    ["4/6", "partial", "simplify"],
  ],
);

table("numeric 2.34567 to 2 decimal places", { kind: "numeric", value: 2.34567, decimals: 2 }, [
  ["2.35", "correct"],
  ["about 2.35", "correct"],
  ["2.34567", "partial", "form"],
  ["2.3", "partial", "form"],
  ["2.346", "partial", "form"],
  ["2.350", "partial", "form"],
  ["2.34", "incorrect"],
  ["2.36", "incorrect"],
  ["7/3", "incorrect"],
]);

table("numeric 2.5 to 2 decimal places", { kind: "numeric", value: 2.5, decimals: 2 }, [
  ["2.50", "correct"],
  ["2.5", "partial", "form"],
  ["5/2", "partial", "form"],
  ["2.05", "incorrect"],
]);

table("numeric rounding half away from zero: 2.675 to 2 places", { kind: "numeric", value: 2.675, decimals: 2 }, [
  ["2.68", "correct"],
  ["2.67", "incorrect"],
]);

table("numeric 1234 to 2 significant figures", { kind: "numeric", value: 1234, sigfigs: 2 }, [
  ["1200", "correct"],
  ["1,200", "correct"],
  ["1.2e3", "correct"],
  ["1234", "partial", "form"],
  ["1230", "partial", "form"],
  ["1300", "incorrect"],
]);

table("numeric 0.000791234 to 3 significant figures", { kind: "numeric", value: 0.000791234, sigfigs: 3 }, [
  ["0.000791", "correct"],
  ["7.91e-4", "correct"],
  ["0.0007912", "partial", "form"],
  ["0.00079", "partial", "form"],
  ["0.000792", "incorrect"],
]);

table("numeric 3.10 to 3 significant figures", { kind: "numeric", value: 3.1, sigfigs: 3 }, [
  ["3.10", "correct"],
  ["3.1", "partial", "form"],
]);

table("numeric in scientific notation", { kind: "numeric", value: 0.000000791, scientific: true }, [
  ["7.91 × 10^-7", "correct"],
  ["7.91e-7", "correct"],
  ["7.91x10^-7", "correct"],
  ["7.91*10^(-7)", "correct"],
  ["7.91·10⁻⁷", "correct"],
  ["$7.91\\times10^{-7}$", "correct"],
  ["0.000000791", "partial", "form"],
  ["79.1e-8", "partial", "form"],
  ["0.791 x 10^-6", "partial", "form"],
  ["7.92e-7", "incorrect"],
  ["7.91e7", "incorrect"],
]);

table(
  "numeric in scientific notation to 3 figures",
  { kind: "numeric", value: 6.0221e23, scientific: true, sigfigs: 3 },
  [
    ["6.02 × 10^23", "correct"],
    ["6.02e23", "correct"],
    ["6.0221e23", "partial", "form"],
    ["602000000000000000000000", "partial", "form"],
    ["6.03e23", "incorrect"],
  ],
);

table("numeric 3/5 as a decimal (acceptFraction: false)", { kind: "numeric", value: 0.6, acceptFraction: false }, [
  ["0.6", "correct"],
  [".6", "correct"],
  ["0.60", "correct"],
  ["3/5", "partial", "form"],
  ["6/10", "partial", "form"],
  ["60%", "partial", "form"],
  ["0.5", "incorrect"],
]);

table("numeric 0.6 (default: an equal fraction is correct)", { kind: "numeric", value: 0.6 }, [
  ["0.6", "correct"],
  ["3/5", "correct"],
]);

table("expression sqrt(2), exact", { kind: "expression", value: "sqrt(2)", exact: true }, [
  ["sqrt(2)", "correct"],
  ["√2", "correct"],
  ["$\\sqrt{2}$", "correct"],
  ["2^(1/2)", "correct"],
  ["1.414", "partial", "form"],
  ["1.41", "partial", "form"],
  ["1.4142135623730951", "partial", "form"],
  ["1.5", "incorrect"],
  ["sqrt(3)", "incorrect"],
]);

table("expression x/3 (approximations are partial by default)", { kind: "expression", value: "x/3" }, [
  ["x/3", "correct"],
  ["(1/3)x", "correct"],
  ["0.333x", "partial", "form"],
  ["0.33x", "partial", "form"],
  ["0.3x", "incorrect"],
]);

table("expression x/2, exact (a terminating decimal is exact)", { kind: "expression", value: "x/2", exact: true }, [
  ["0.5x", "correct"],
  ["x/2", "correct"],
]);

table(
  "expression sqrt(2)x with exact: false (approximations accepted)",
  { kind: "expression", value: "sqrt(2)x", exact: false },
  [
    ["1.414x", "correct"],
    ["sqrt(2)*x", "correct"],
    ["1.5x", "incorrect"],
  ],
);

table("expression factored form still works", { kind: "expression", value: "(x-1)(x+1)", form: "factored" }, [
  ["(x+1)(x-1)", "correct"],
  ["x^2 - 1", "partial", "form"],
]);

/** Every spec with a form: formatAnswer must produce an answer its own checker accepts. */
const FORM_SPECS: AnswerSpecInput[] = [
  { kind: "fraction", value: "5/8", denominator: 40 },
  { kind: "fraction", value: "25/40", denominator: 40 },
  { kind: "fraction", value: "2", denominator: 12 },
  { kind: "fraction", value: "11/4", form: "mixed" },
  { kind: "fraction", value: "2 3/4", form: "improper" },
  { kind: "fraction", value: "-11/4", form: "mixed" },
  { kind: "fraction", value: "3", form: "improper" },
  { kind: "fraction", value: "6/8", requireSimplified: true },
  { kind: "fraction", value: "3/4", acceptDecimal: false, form: "improper" },
  { kind: "numeric", value: 2.34567, decimals: 2 },
  { kind: "numeric", value: 2.5, decimals: 2 },
  { kind: "numeric", value: 1234, decimals: 0 },
  { kind: "numeric", value: 1.005, decimals: 2 },
  { kind: "numeric", value: -2.675, decimals: 2 },
  { kind: "numeric", value: 1234, sigfigs: 2 },
  { kind: "numeric", value: 999.6, sigfigs: 3 },
  { kind: "numeric", value: 0.000791234, sigfigs: 3 },
  { kind: "numeric", value: 3.1, sigfigs: 3 },
  { kind: "numeric", value: 0.000000791, scientific: true },
  { kind: "numeric", value: 6.0221e23, scientific: true, sigfigs: 3 },
  { kind: "numeric", value: 9.996, scientific: true, sigfigs: 3 },
  { kind: "numeric", value: 0.6, acceptFraction: false },
  { kind: "numeric", value: 12.5, decimals: 2, unit: { name: "dollars", aliases: ["$"], required: true } },
  { kind: "expression", value: "sqrt(2)", exact: true },
  { kind: "expression", value: "x/3", exact: true },
];

describe("formatAnswer is accepted by the checker for every form", () => {
  it.each(FORM_SPECS.map((s) => [JSON.stringify(s), s] as const))("%s", (_name, input) => {
    const s = spec(input);
    const shown = formatAnswer(s);
    expect(checkAnswer(s, shown)).toMatchObject({ verdict: "correct" });
  });

  it.each([
    [{ kind: "fraction", value: "5/8", denominator: 40 }, "25/40"],
    [{ kind: "fraction", value: "11/4", form: "mixed" }, "2 3/4"],
    [{ kind: "fraction", value: "2 3/4", form: "improper" }, "11/4"],
    [{ kind: "fraction", value: "6/8", requireSimplified: true }, "3/4"],
    [{ kind: "numeric", value: 2.5, decimals: 2 }, "2.50"],
    [{ kind: "numeric", value: 1234, sigfigs: 2 }, "1200"],
    [{ kind: "numeric", value: 0.000791234, sigfigs: 3 }, "0.000791"],
    [{ kind: "numeric", value: 0.000000791, scientific: true }, "7.91 × 10^-7"],
    [{ kind: "numeric", value: 6.0221e23, scientific: true, sigfigs: 3 }, "6.02 × 10^23"],
    [{ kind: "numeric", value: 0.000000791 }, "7.91 × 10^-7"],
  ] as [AnswerSpecInput, string][])("%j shows as %s", (input, shown) => {
    expect(formatAnswer(spec(input))).toBe(shown);
  });
});

describe("form fields are validated and optional", () => {
  it.each([
    [{ kind: "fraction", value: "5/8", denominator: 12 }, "denominator"],
    [{ kind: "fraction", value: "5/8", denominator: 0 }, "denominator"],
    [{ kind: "fraction", value: "5/8", denominator: 2.5 }, "denominator"],
    [{ kind: "fraction", value: "5/8", denominator: 40, requireSimplified: true }, "denominator"],
    [{ kind: "fraction", value: "5/8", form: "decimal" }, "form"],
    [{ kind: "numeric", value: 3.14, decimals: 2, sigfigs: 3 }, "sigfigs"],
    [{ kind: "numeric", value: 3.14, decimals: -1 }, "decimals"],
    [{ kind: "numeric", value: 3.14, sigfigs: 0 }, "sigfigs"],
    [{ kind: "numeric", value: 3.14, decimals: 2, scientific: true }, "decimals"],
    [{ kind: "expression", value: "x", exact: "yes" }, "exact"],
  ])("rejects %j (at %s)", (input, field) => {
    const r = answerSpec.safeParse(input);
    expect(r.success).toBe(false);
    const paths = JSON.stringify(r.error?.issues);
    expect(paths).toContain(field);
  });

  it("parses a stored spec without form fields to the same JSON as before", () => {
    expect(answerSpec.parse({ kind: "numeric", value: 12 })).toEqual({ kind: "numeric", value: 12 });
    expect(answerSpec.parse({ kind: "fraction", value: "3/4" })).toEqual({
      kind: "fraction",
      value: "3/4",
      acceptDecimal: true,
      requireSimplified: false,
    });
    expect(answerSpec.parse({ kind: "expression", value: "x" })).toEqual({
      kind: "expression",
      value: "x",
      variables: ["x"],
      form: "any",
    });
  });
});

describe("a form still to be reached does not reveal the answer", () => {
  const fortieths = spec({ kind: "fraction", value: "5/8", denominator: 40 });
  const rounded = spec({ kind: "numeric", value: 2.34567, decimals: 2 });
  const sci = spec({ kind: "numeric", value: 0.000000791, scientific: true });
  const improper = spec({ kind: "fraction", value: "5/2", form: "improper" });
  const exact = spec({ kind: "expression", value: "sqrt(2)", exact: true });
  it.each([
    [fortieths, "Write 5/8 so that the denominator is 40.", false],
    [fortieths, "5/8 is the same as 25/40.", true],
    [rounded, "Round 2.34567 to two decimal places.", false],
    [rounded, "It rounds to 2.35.", true],
    [sci, "Write 0.000000791 in scientific notation.", false],
    [sci, "That is 7.91 × 10^-7.", true],
    [improper, "How many halves are in 2 1/2?", false],
    [improper, "2 1/2 is 5/2.", true],
    [exact, "Your calculator says 1.414, but give the exact value.", false],
  ] as const)("%#: %s -> %s", (s, text, reveals) => {
    expect(textRevealsAnswer(s, text)).toBe(reveals);
  });
});
