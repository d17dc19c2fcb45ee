import { describe, expect, it } from "vitest";
import { checkAnswer } from "./check-answer";
import { textRevealsAnswer } from "./detect-reveal";
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

// A number times a matrix. OATutor writes inverses as 1/det times the adjugate
// ("(-1/8)*\begin{bmatrix}...", "\begin{bmatrix}...\end{bmatrix}/29"); the importer multiplies it
// out. Typed either way it is right when the product has a fraction in it (a common factor
// pulled out, as an inverse is written); when every entry of the product is a whole number the
// multiplication is the work left (3·A), so it is partial "simplify".
const inverse: AnswerSpecInput = {
  kind: "list",
  ordered: true,
  notation: "matrix",
  columns: 2,
  items: [
    { kind: "fraction", value: "-1/8" },
    { kind: "fraction", value: "1/4" },
    { kind: "fraction", value: "3/8" },
    { kind: "fraction", value: "1/4" },
  ],
};

table("inverse (-1/8)*[[1, -2], [-3, -2]] multiplied out", inverse, [
  ["[[-1/8, 1/4], [3/8, 1/4]]", "correct"],
  ["[[-0.125, 0.25], [0.375, 0.25]]", "correct"],
  ["\\begin{bmatrix} -\\frac{1}{8} & \\frac{1}{4} \\\\ \\frac{3}{8} & \\frac{1}{4} \\end{bmatrix}", "correct"],
  ["(-1/8)*[[1, -2], [-3, -2]]", "correct"],
  ["(-1/8)[[1, -2], [-3, -2]]", "correct"],
  ["-1/8 [[1, -2], [-3, -2]]", "correct"],
  ["-1/8 * [1 -2; -3 -2]", "correct"],
  ["(-1/8)·[[1, −2], [−3, −2]]", "correct"],
  ["[[1, -2], [-3, -2]]/(-8)", "correct"],
  ["[[-1, 2], [3, 2]]/8", "correct"],
  ["1/8 [[-1, 2], [3, 2]]", "correct"],
  ["$$(-1/8)*\\begin{bmatrix} 1 & -2 \\\\ -3 & -2 \\end{bmatrix}$$", "correct"],
  ["-\\frac{1}{8}\\begin{bmatrix} 1 & -2 \\\\ -3 & -2 \\end{bmatrix}", "correct"],
  ["\\frac{1}{8}\\begin{pmatrix} -1 & 2 \\\\ 3 & 2 \\end{pmatrix}", "correct"],
  ["the answer is (-1/8)*[[1, -2], [-3, -2]]", "correct"],
  // Near misses: the factor's sign, the determinant multiplied in, the factor forgotten, an
  // entry, the transpose, the shape.
  ["(1/8)*[[1, -2], [-3, -2]]", "partial", "sign"],
  ["(-1/8)*[[1, 2], [-3, -2]]", "partial", "sign"],
  ["(-1/8)*[[1, -2], [-3, 5]]", "partial", "parts"],
  ["-8*[[1, -2], [-3, -2]]", "incorrect"],
  ["[[1, -2], [-3, -2]]", "incorrect"],
  ["[[1, -2], [-3, -2]]*8", "incorrect"],
  ["(-1/8)*[[1, -3], [-2, -2]]", "incorrect"],
  ["(-1/8)*[[1, -2, 0], [-3, -2, 0]]", "incorrect"],
  ["(-1/8)*[[1, -2], [-3, -2]] or [[1, -2], [-3, -2]]", "unparseable"],
]);

table("3 times a matrix: the multiplication is the work", { ...twoByTwo, items: [n(3), n(6), n(9), n(12)] }, [
  ["[[3, 6], [9, 12]]", "correct"],
  ["3*[[1, 2], [3, 4]]", "partial", "simplify"],
  ["3[[1, 2], [3, 4]]", "partial", "simplify"],
  ["[[1, 2], [3, 4]]*3", "partial", "simplify"],
  ["(1/2)*[[6, 12], [18, 24]]", "partial", "simplify"],
  ["3*[[1, 2], [3, 5]]", "partial", "parts"],
  ["3*[[1, 3], [2, 4]]", "incorrect"],
  ["[[1, 2], [3, 4]]", "incorrect"],
  ["[[1, 2], [3, 4]]/3", "incorrect"],
]);

table("a number times a matrix of expressions (a factor, like 2(x + 3))", symbols, [
  ["[[a+e, b+f], [c+g, d+h]]", "correct"],
  ["2*[[(a+e)/2, (b+f)/2], [(c+g)/2, (d+h)/2]]", "correct"],
  ["2*[[a+e, b+f], [c+g, d+h]]", "incorrect"],
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

  it.each([
    ["The inverse is (-1/8)*[[1, -2], [-3, -2]].", true],
    ["So it is $-\\frac{1}{8}\\begin{bmatrix} 1 & -2 \\\\ -3 & -2 \\end{bmatrix}$.", true],
    ["It comes out to [[1, -2], [-3, -2]]/(-8).", true],
    ["It is [[-1/8, 1/4], [3/8, 1/4]].", true],
    ["We now have [[1, -2], [-3, -2]]; divide it by the determinant.", false],
    ["Is it (1/8)*[[1, -2], [-3, -2]]?", false],
  ])("a number times a matrix in %j states the answer: %s", (text, reveals) => {
    expect(textRevealsAnswer(answerSpec.parse(inverse), text as string)).toBe(reveals);
  });

  it("matches an authored wrong matrix", () => {
    const s = answerSpec.parse(twoByTwo);
    expect(matchesWrongAnswer(s, "[[1, 3], [2, 4]]", "\\begin{bmatrix} 1 & 3 \\\\ 2 & 4 \\end{bmatrix}")).toBe(true);
    expect(matchesWrongAnswer(s, "[[1, 2], [3, 4]]", "\\begin{bmatrix} 1 & 3 \\\\ 2 & 4 \\end{bmatrix}")).toBe(false);
    expect(matchesWrongAnswer(s, "[[1, 3], [2, 5]]", "[[1, 3], [2, 4]]")).toBe(false);
  });
});
