import { describe, expect, it } from "vitest";
import { checkAnswer } from "./check-answer";
import { formatAnswer } from "./format-answer";
import { matchesWrongAnswer } from "./match-wrong-answer";
import { type AnswerSpecInput, answerSpec } from "./spec";
import { table } from "./test-table";

const n = (value: number) => ({ kind: "numeric" as const, value });

const twoByTwo: AnswerSpecInput = {
  kind: "list",
  ordered: true,
  notation: "matrix",
  columns: 2,
  items: [n(1), n(2), n(3), n(4)],
};

table("2x2 matrix [[1, 2], [3, 4]]", twoByTwo, [
  ["[[1, 2], [3, 4]]", "correct"],
  ["[[1,2],[3,4]]", "correct"],
  ["[1 2; 3 4]", "correct"],
  ["1 2; 3 4", "correct"],
  ["1, 2; 3, 4", "correct"],
  ["[1, 2], [3, 4]", "correct"],
  ["[1 2] [3 4]", "correct"],
  ["[(1, 2), (3, 4)]", "correct"],
  ["1 2\n3 4", "correct"],
  ["[1, 2]\n[3, 4]", "correct"],
  ["\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}", "correct"],
  ["$$\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}$$", "correct"],
  ["the answer is [[1, 2], [3, 4]]", "correct"],
  ["[[1.0, 2], [6/2, 4]]", "correct"],
  // Near misses.
  ["[[1, 3], [2, 4]]", "incorrect"],
  ["1 3; 2 4", "incorrect"],
  ["[1, 2, 3, 4]", "incorrect"],
  ["1 2 3 4", "incorrect"],
  ["[[1, 2]]", "incorrect"],
  ["[[1], [2], [3], [4]]", "incorrect"],
  ["[[1, 2, 0], [3, 4, 0]]", "incorrect"],
  ["[[1, 2], [3, 4], [0, 0]]", "incorrect"],
  ["[[1, 2], [3]]", "incorrect"],
  ["[[4, 3], [2, 1]]", "incorrect"],
  ["[[1, 2], [3, 5]]", "partial", "parts"],
  ["[[1, 0], [0, 4]]", "partial", "parts"],
  ["[[1, 2], [3, 4]] or [[1, 3], [2, 4]]", "unparseable"],
  ["idk", "unparseable"],
]);

const twoByThree: AnswerSpecInput = {
  kind: "list",
  ordered: true,
  notation: "matrix",
  columns: 3,
  items: [n(2), n(-5), n(-3), n(4), n(-3), n(-1)],
};

table("2x3 matrix [[2, -5, -3], [4, -3, -1]]", twoByThree, [
  ["[[2, -5, -3], [4, -3, -1]]", "correct"],
  ["2 -5 -3; 4 -3 -1", "correct"],
  ["[2 −5 −3; 4 −3 −1]", "correct"],
  ["\\begin{bmatrix} 2 & -5 & -3 \\\\ 4 & -3 & -1 \\end{bmatrix}", "correct"],
  ["[[2, 4], [-5, -3], [-3, -1]]", "incorrect"],
  ["2 -5; -3 4; -3 -1", "incorrect"],
  ["[[2, -5, -3], [4, -3, 1]]", "partial", "sign"],
  ["[[2, -5, -3], [4, -3, 0]]", "partial", "parts"],
]);

const fractions: AnswerSpecInput = {
  kind: "list",
  ordered: true,
  notation: "matrix",
  columns: 2,
  items: [
    { kind: "fraction", value: "-8/47" },
    { kind: "fraction", value: "3/47" },
    { kind: "fraction", value: "5/47" },
    { kind: "fraction", value: "-4/47" },
  ],
};

table("matrix of fractions", fractions, [
  ["[[-8/47, 3/47], [5/47, -4/47]]", "correct"],
  ["\\begin{bmatrix} -\\frac{8}{47} & \\frac{3}{47} \\\\ \\frac{5}{47} & -\\frac{4}{47} \\end{bmatrix}", "correct"],
  ["-8/47 3/47; 5/47 -4/47", "correct"],
  ["[[-8/47, 5/47], [3/47, -4/47]]", "incorrect"],
  ["[[8/47, 3/47], [5/47, -4/47]]", "partial", "sign"],
  ["[[-8/47, 3/47], [5/47, 4]]", "partial", "parts"],
]);

const symbols: AnswerSpecInput = {
  kind: "list",
  ordered: true,
  notation: "matrix",
  columns: 2,
  items: [
    { kind: "expression", value: "a+e", variables: ["a", "e"] },
    { kind: "expression", value: "b+f", variables: ["b", "f"] },
    { kind: "expression", value: "c+g", variables: ["c", "g"] },
    { kind: "expression", value: "d+h", variables: ["d", "h"] },
  ],
};

table("matrix of expressions", symbols, [
  ["[[a+e, b+f], [c+g, d+h]]", "correct"],
  ["[[e+a, f+b], [g+c, h+d]]", "correct"],
  ["a+e b+f; c+g d+h", "correct"],
  ["a + e, b + f; c + g, d + h", "correct"],
  ["[[a+e, c+g], [b+f, d+h]]", "incorrect"],
]);

const column: AnswerSpecInput = {
  kind: "list",
  ordered: true,
  notation: "matrix",
  columns: 1,
  items: [n(-5), n(6)],
};

table("column vector", column, [
  ["[[-5], [6]]", "correct"],
  ["-5; 6", "correct"],
  ["-5\n6", "correct"],
  ["\\begin{bmatrix} -5 \\\\ 6 \\end{bmatrix}", "correct"],
  ["[-5, 6]", "incorrect"],
  ["[[6], [-5]]", "incorrect"],
]);

describe("matrix spec", () => {
  it("formats as nested brackets the checker accepts", () => {
    for (const s of [twoByTwo, twoByThree, fractions, symbols, column]) {
      const parsed = answerSpec.parse(s);
      expect(checkAnswer(parsed, formatAnswer(parsed)).verdict).toBe("correct");
    }
    expect(formatAnswer(answerSpec.parse(twoByTwo))).toBe("[[1, 2], [3, 4]]");
    expect(formatAnswer(answerSpec.parse(column))).toBe("[[-5], [6]]");
  });

  it("writes large entries without thousands separators", () => {
    const big = answerSpec.parse({ ...twoByTwo, items: [n(-350), n(1050), n(350), n(350)] });
    expect(formatAnswer(big)).toBe("[[-350, 1050], [350, 350]]");
    expect(checkAnswer(big, formatAnswer(big)).verdict).toBe("correct");
  });

  it("needs columns dividing the item count, and columns only on a matrix", () => {
    expect(answerSpec.safeParse({ ...twoByTwo, columns: 3 }).success).toBe(false);
    expect(answerSpec.safeParse({ ...twoByTwo, columns: undefined }).success).toBe(false);
    expect(answerSpec.safeParse({ ...twoByTwo, notation: undefined }).success).toBe(false);
  });

  it("matches an authored wrong matrix", () => {
    const s = answerSpec.parse(twoByTwo);
    expect(matchesWrongAnswer(s, "[[1, 3], [2, 4]]", "\\begin{bmatrix} 1 & 3 \\\\ 2 & 4 \\end{bmatrix}")).toBe(true);
    expect(matchesWrongAnswer(s, "[[1, 2], [3, 4]]", "\\begin{bmatrix} 1 & 3 \\\\ 2 & 4 \\end{bmatrix}")).toBe(false);
    expect(matchesWrongAnswer(s, "[[1, 3], [2, 5]]", "[[1, 3], [2, 4]]")).toBe(false);
  });
});
