/**
 * Inequalities and intervals (the equation kind with "<", ">" or interval notation), sets and
 * points (the list kind with `notation`).
 */
import { describe, expect, it } from "vitest";
import { checkAnswer } from "./check-answer";
import { textRevealsAnswer } from "./detect-reveal";
import { formatAnswer } from "./format-answer";
import { matchesWrongAnswer } from "./match-wrong-answer";
import type { AnswerSpecInput } from "./spec";
import { spec, table } from "./test-table";

table("inequality x > 3", { kind: "equation", value: "x > 3" }, [
  ["x > 3", "correct"],
  ["x>3", "correct"],
  ["3 < x", "correct"],
  ["x is greater than 3", "correct"],
  ["(3, infinity)", "correct"],
  ["(3, ∞)", "correct"],
  ["(3, inf)", "correct"],
  ["$(3, \\infty)$", "correct"],
  ["x ∈ (3, ∞)", "correct"],
  ["{x | x > 3}", "correct"],
  ["I think it's x > 3.", "correct"],
  ["2x > 6", "partial", "form"],
  ["x + 1 > 4", "partial", "form"],
  ["x ≥ 3", "partial", "endpoint"],
  ["[3, ∞)", "partial", "endpoint"],
  ["x < 3", "partial", "sign"],
  ["(3, ∞]", "partial", "form"],
  ["x > 4", "incorrect"],
  ["x = 3", "incorrect"],
  ["3", "incorrect"],
  ["y > 3", "incorrect"],
  ["x > 3 or x < 1", "unparseable"],
  ["idk", "unparseable"],
]);

table(
  "inequality as interval notation (notation: interval)",
  { kind: "equation", value: "x < 3", notation: "interval" },
  [
    ["(-inf, 3)", "correct"],
    ["(-∞, 3)", "correct"],
    ["(−∞, 3)", "correct"],
    ["x < 3", "partial", "form"],
    ["[-inf, 3)", "partial", "form"],
    ["(-inf, 3]", "partial", "endpoint"],
    ["(3, inf)", "partial", "sign"],
  ],
);

table("interval [2, 5) (authored in interval notation)", { kind: "equation", value: "[2, 5)" }, [
  ["[2, 5)", "correct"],
  ["[2,5)", "correct"],
  ["2 <= x < 5", "correct"],
  ["2 ≤ x < 5", "correct"],
  ["$2 \\le x < 5$", "correct"],
  ["5 > x >= 2", "correct"],
  ["x >= 2 and x < 5", "correct"],
  ["[2, 5[", "correct"],
  ["[2, 5]", "partial", "endpoint"],
  ["(2, 5)", "partial", "endpoint"],
  ["[2, 6)", "incorrect"],
  ["[5, 2)", "incorrect"],
]);

table(
  "interval (-inf, 3] as an inequality (notation: inequality)",
  { kind: "equation", value: "(-inf, 3]", notation: "inequality" },
  [
    ["x <= 3", "correct"],
    ["x ≤ 3", "correct"],
    ["3 >= x", "correct"],
    ["x is at most 3", "correct"],
    ["(-inf, 3]", "partial", "form"],
    ["x < 3", "partial", "endpoint"],
    ["x >= 3", "partial", "sign"],
  ],
);

table(
  "inequality in another variable with a fraction end",
  { kind: "equation", value: "t \\geq -\\frac{1}{2}", variables: ["t"] },
  [
    ["t >= -1/2", "correct"],
    ["t ≥ -0.5", "correct"],
    ["-1/2 <= t", "correct"],
    ["[-1/2, ∞)", "correct"],
    ["x >= -1/2", "incorrect"],
  ],
);

table("inequality not solved in the spec (any equivalent is right)", { kind: "equation", value: "2x + 1 > 7" }, [
  ["x > 3", "correct"],
  ["2x > 6", "correct"],
  ["2x + 1 > 7", "correct"],
  ["x < 3", "partial", "sign"],
]);

table("inequality in two variables", { kind: "equation", value: "y >= 2x + 1", variables: ["x", "y"] }, [
  ["y >= 2x + 1", "correct"],
  ["2x + 1 <= y", "correct"],
  ["y - 2x >= 1", "correct"],
  ["y > 2x + 1", "partial", "endpoint"],
  ["y <= 2x + 1", "partial", "sign"],
  ["y >= 2x + 2", "incorrect"],
  ["y = 2x + 1", "incorrect"],
]);

// Before, the number in "x > 4" was read and accepted.
table("equation x = 4 is not answered by an inequality", { kind: "equation", value: "x = 4" }, [
  ["x = 4", "correct"],
  ["2x = 8 -> x = 4", "correct"],
  ["2x = 8 => x = 4", "correct"],
  ["x > 4", "incorrect"],
  ["x >= 4", "incorrect"],
  ["x ≤ 4", "incorrect"],
  ["x ≠ 4", "incorrect"],
]);

table("numeric 4 is not answered by an inequality", { kind: "numeric", value: 4 }, [
  ["4", "correct"],
  ["x > 4", "incorrect"],
  ["I think it's > 3.9", "incorrect"],
  ["5 > 3, so the answer is 4", "correct"],
]);

table(
  "set {1, 2, 3}",
  {
    kind: "list",
    notation: "set",
    items: [
      { kind: "numeric", value: 1 },
      { kind: "numeric", value: 2 },
      { kind: "numeric", value: 3 },
    ],
  },
  [
    ["{1, 2, 3}", "correct"],
    ["{3, 2, 1}", "correct"],
    ["1, 2, 3", "correct"],
    ["\\{1, 2, 3\\}", "correct"],
    ["1, 2 and 3", "correct"],
    ["{1, 2}", "partial", "parts"],
    ["{1, 2, 3, 4}", "partial", "parts"],
    ["{4, 5, 6}", "incorrect"],
    ["{}", "incorrect"],
  ],
);

table(
  "solution set {-2, 2}",
  {
    kind: "list",
    notation: "set",
    items: [
      { kind: "equation", value: "x = 2" },
      { kind: "equation", value: "x = -2" },
    ],
  },
  [
    ["x = 2 or x = -2", "correct"],
    ["x = -2, x = 2", "correct"],
    ["{-2, 2}", "correct"],
    ["2 or -2", "correct"],
    ["x = 2", "partial", "parts"],
  ],
);

table("set with one member", { kind: "list", notation: "set", items: [{ kind: "fraction", value: "1/2" }] }, [
  ["{1/2}", "correct"],
  ["1/2", "correct"],
  ["x = 1/2", "correct"],
  ["{1/2, 2}", "partial", "parts"],
  ["{}", "incorrect"],
]);

table("empty set", { kind: "list", notation: "set", items: [] }, [
  ["{}", "correct"],
  ["∅", "correct"],
  ["the empty set", "correct"],
  ["no solution", "correct"],
  ["$\\emptyset$", "correct"],
  ["{1}", "incorrect"],
  ["0", "incorrect"],
  ["idk", "unparseable"],
]);

table(
  "point (2, -3)",
  {
    kind: "list",
    notation: "point",
    items: [
      { kind: "numeric", value: 2 },
      { kind: "numeric", value: -3 },
    ],
  },
  [
    ["(2, -3)", "correct"],
    ["(2,-3)", "correct"],
    ["2, -3", "correct"],
    ["x = 2, y = -3", "correct"],
    ["the point is (2, -3).", "correct"],
    ["(-3, 2)", "partial", "order"],
    ["(2, 3)", "partial", "sign"],
    ["(2, 4)", "partial", "parts"],
    ["(5, 7)", "incorrect"],
  ],
);

// Unions as OATutor writes them and students type them: "U" (with or without spaces), "∪",
// "\cup", "or", "&" (OATutor's quadratic-inequality lessons ask for it) and "and" between
// pieces in interval notation; "or" between inequalities.
const UNION_4_3 = "(-infinity, -4] ∪ (-3, infinity)";

table("union (-inf, -4] U (-3, inf), every spelling", { kind: "equation", value: UNION_4_3 }, [
  ["(-inf, -4] U (-3, inf)", "correct"],
  ["(-inf,-4]U(-3,inf)", "correct"],
  ["(-inf,-4] u (-3,inf)", "correct"],
  ["(-∞,-4]∪(-3,∞)", "correct"],
  ["(-inf,-4] or (-3,inf)", "correct"],
  ["(-inf,-4]&(-3,inf)", "correct"],
  ["(-inf, -4] & (-3, inf)", "correct"],
  ["(-inf, -4] and (-3, inf)", "correct"],
  ["(-inf, -4] union (-3, inf)", "correct"],
  ["(-inf, -4] \\cup (-3, inf)", "correct"],
  ["$(-\\infty,-4]\\cup(-3,\\infty)$", "correct"],
  ["$(-\\infty, -4] \\cup (-3, \\infty)$", "correct"],
  ["(-3, inf) U (-inf, -4]", "correct"],
  ["x<=-4 or x>-3", "correct"],
  ["x ≤ -4 or x > -3", "correct"],
  ["x > -3 or x <= -4", "correct"],
  ["$x \\leq -4$ or $x > -3$", "correct"],
  ["x ∈ (-∞, -4] ∪ (-3, ∞)", "correct"],
  ["{x | x <= -4 or x > -3}", "correct"],
  ["the answer is (-inf, -4] U (-3, inf)", "correct"],
  // Near misses: a bracket, an endpoint, a piece, the complement.
  ["(-inf,-4) U (-3,inf)", "partial", "endpoint"],
  ["(-inf,-4]&[-3,inf)", "partial", "endpoint"],
  ["(-inf,-4] \\cup [-3,\\infty)", "partial", "endpoint"],
  ["x < -4 or x > -3", "partial", "endpoint"],
  ["[-inf,-4] U (-3,inf)", "partial", "form"],
  ["(-inf,-5] U (-3,inf)", "incorrect"],
  ["(-inf,-4]&(3,inf)", "incorrect"],
  ["(-inf,4] \\cup (-3,inf)", "incorrect"],
  ["x <= 4 or x > -3", "incorrect"],
  ["(-inf,-4]", "incorrect"],
  ["(-3,inf)", "incorrect"],
  ["(-4,-3]", "incorrect"],
  ["(-inf,-4] ∩ (-3,inf)", "incorrect"],
  ["(-inf,-4] U (-3,inf) U (5,6)", "incorrect"],
]);

table(
  "union as OATutor imports it (notation: interval)",
  { kind: "equation", value: UNION_4_3, notation: "interval" },
  [
    ["(-inf, -4] U (-3, inf)", "correct"],
    ["(-inf,-4]&(-3,inf)", "correct"],
    ["(-∞,-4]∪(-3,∞)", "correct"],
    ["(-inf,-4] or (-3,inf)", "correct"],
    ["x<=-4 or x>-3", "partial", "form"],
    ["(-inf,-4] U [-3,inf)", "partial", "endpoint"],
    ["(-inf,-4] U (-2,inf)", "incorrect"],
  ],
);

table(
  "union with irrational ends joined by & (OATutor a88aae9QuadEq11)",
  { kind: "equation", value: "(-infinity, 4-sqrt(2)) ∪ (4+sqrt(2), infinity)", notation: "interval" },
  [
    ["(-inf,4-sqrt(2))&(4+sqrt(2),inf)", "correct"],
    ["(-∞, 4-√2) ∪ (4+√2, ∞)", "correct"],
    ["$(-\\infty, 4-\\sqrt{2}) \\cup (4+\\sqrt{2}, \\infty)$", "correct"],
    ["(-inf,4-sqrt(2)]&[4+sqrt(2),inf)", "partial", "endpoint"],
    ["(-inf,4-sqrt(3))&(4+sqrt(3),inf)", "incorrect"],
    ["(4-sqrt(2),4+sqrt(2))", "incorrect"],
  ],
);

table(
  "union in a variable named u: the letter u stays a variable",
  { kind: "equation", value: "u <= -4 or u > -3", variables: ["u"] },
  [
    ["u <= -4 or u > -3", "correct"],
    ["(-inf, -4] U (-3, inf)", "correct"],
    ["u < -4 or u > -3", "partial", "endpoint"],
    ["u <= -4 or u > 3", "incorrect"],
  ],
);

describe("relations, sets and points: display and self-check", () => {
  it.each([
    [{ kind: "equation", value: "x > 3" }, "x > 3"],
    [{ kind: "equation", value: "3 < x" }, "x > 3"],
    [{ kind: "equation", value: "x < 3", notation: "interval" }, "(-∞, 3)"],
    [{ kind: "equation", value: "[2, 5)" }, "[2, 5)"],
    [{ kind: "equation", value: "[2, 5)", notation: "inequality" }, "2 ≤ x < 5"],
    [{ kind: "equation", value: "t \\geq -\\frac{1}{2}", variables: ["t"] }, "t ≥ -1/2"],
    [{ kind: "equation", value: "y >= 2x + 1", variables: ["x", "y"] }, "y ≥ 2x + 1"],
    [
      {
        kind: "list",
        notation: "set",
        items: [
          { kind: "numeric", value: 1 },
          { kind: "numeric", value: 2 },
        ],
      },
      "{1, 2}",
    ],
    [{ kind: "list", notation: "set", items: [] }, "{}"],
    [
      {
        kind: "list",
        notation: "point",
        items: [
          { kind: "numeric", value: 2 },
          { kind: "numeric", value: -3 },
        ],
      },
      "(2, -3)",
    ],
  ] as [AnswerSpecInput, string][])("%j shows as %s and checks", (input, shown) => {
    const s = spec(input);
    expect(formatAnswer(s)).toBe(shown);
    expect(checkAnswer(s, shown).verdict).toBe("correct");
  });

  it("a list still needs two items unless it is a set", () => {
    expect(() => spec({ kind: "list", items: [{ kind: "numeric", value: 1 }] })).toThrow();
    expect(() => spec({ kind: "list", notation: "point", items: [{ kind: "numeric", value: 1 }] })).toThrow();
  });

  it("matches authored wrong answers of these kinds", () => {
    const gt3 = spec({ kind: "equation", value: "x > 3" });
    expect(matchesWrongAnswer(gt3, "x < 3", "x < 3")).toBe(true);
    expect(matchesWrongAnswer(gt3, "3 > x", "x < 3")).toBe(true);
    expect(matchesWrongAnswer(gt3, "x > 3", "x < 3")).toBe(false);
    const empty = spec({ kind: "list", notation: "set", items: [] });
    expect(matchesWrongAnswer(empty, "{0}", "0")).toBe(true);
  });

  it.each([
    [{ kind: "equation", value: "x > 3" }, "So the answer is x > 3.", true],
    [{ kind: "equation", value: "x > 3" }, "The solution set is (3, ∞).", true],
    [{ kind: "equation", value: "x > 3" }, "Solve 2x > 6: divide both sides by 2.", false],
    [{ kind: "equation", value: "x > 3" }, "Is x less than 3 or more?", false],
    [{ kind: "equation", value: "[2, 5)" }, "x can be 2 but not 5: 2 <= x < 5.", true],
    // A union in interval notation, however the union is spelled.
    [{ kind: "equation", value: UNION_4_3 }, "The answer is (-inf, -4] U (-3, inf).", true],
    [{ kind: "equation", value: UNION_4_3 }, "It's (-∞,-4]∪(-3,∞).", true],
    [{ kind: "equation", value: UNION_4_3 }, "So the solution set is $(-\\infty,-4] \\cup (-3,\\infty)$.", true],
    [{ kind: "equation", value: UNION_4_3 }, "Write (-inf,-4]&(-3,inf).", true],
    [{ kind: "equation", value: UNION_4_3 }, "So x <= -4 or x > -3.", true],
    [{ kind: "equation", value: UNION_4_3 }, "One piece is (-inf, -4]; what is the other?", false],
    [{ kind: "equation", value: UNION_4_3 }, "Is it (-4, -3) or everything outside it?", false],
  ] as [AnswerSpecInput, string, boolean][])("%j in %j reveals: %s", (input, text, reveals) => {
    expect(textRevealsAnswer(spec(input), text)).toBe(reveals);
  });
});
