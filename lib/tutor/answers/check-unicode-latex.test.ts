/**
 * Answers typed with Unicode disguises or LaTeX: normalizeInput runs lib/math-reading's
 * cleanText and latexToPlain first, so these read like their plain ASCII forms.
 */
import { table } from "./test-table";

const ZWSP = "\u200b";

table("fraction 5/8 in Unicode and LaTeX", { kind: "fraction", value: "5/8" }, [
  ["５/８", "correct"],
  ["５／８", "correct"],
  ["⅝", "correct"],
  ["5⁄8", "correct"],
  ["5∕8", "correct"],
  ["5 ÷ 8", "correct"],
  ["٥/٨", "correct"],
  ["۵/۸", "correct"],
  ["५/८", "correct"],
  ["𝟓/𝟖", "correct"],
  [`5${ZWSP}/8`, "correct"],
  ["\u200e5/8\u200f", "correct"],
  ["\ufeff5/8", "correct"],
  ["$\\frac{5}{8}$", "correct"],
  ["$\\dfrac{5}{8}$", "correct"],
  ["\\dfrac{5}{8}", "correct"],
  ["\\frac58", "correct"],
  ["\\frac{5}8", "correct"],
  ["\\(\\tfrac{5}{8}\\)", "correct"],
  ["$$\\frac{10}{16}$$", "correct"],
  ["the answer is $\\frac{5}{8}$.", "correct"],
  // Read exactly like the typed "(5/8)" and "(5/2)/4": equivalent, not yet one number.
  ["$\\left(\\frac{5}{8}\\right)$", "partial", "simplify"],
  ["$\\frac{\\frac{5}{2}}{4}$", "partial", "simplify"],
  ["$0.625$", "correct"],
  ["０.６２５", "correct"],
  ["$62.5\\%$", "partial", "form"],
  ["$\\frac{8}{5}$", "incorrect"],
  ["$\\frac{3}{8}$", "incorrect"],
  ["３/８", "incorrect"],
  ["$-\\frac{5}{8}$", "partial", "sign"],
  ["−5/8", "partial", "sign"],
]);

table("fraction mixed 2 1/2 in Unicode and LaTeX", { kind: "fraction", value: "2 1/2" }, [
  ["2½", "correct"],
  ["２½", "correct"],
  ["2¹⁄₂", "correct"],
  ["$2\\frac{1}{2}$", "correct"],
  ["$\\frac{5}{2}$", "correct"],
  ["$2.5$", "correct"],
  ["$2\\frac{1}{4}$", "incorrect"],
]);

table("numeric 12 in Unicode and LaTeX", { kind: "numeric", value: 12 }, [
  ["１２", "correct"],
  [`1${ZWSP}2`, "correct"],
  ["1\u200c2", "correct"],
  ["1\u20602", "correct"],
  ["1\u00ad2", "correct"],
  ["\u202e21\u202c", "correct"],
  ["١٢", "correct"],
  ["۱۲", "correct"],
  ["१२", "correct"],
  ["১২", "correct"],
  ["๑๒", "correct"],
  ["𝟏𝟐", "correct"],
  ["$12$", "correct"],
  ["$\\mathbf{12}$", "correct"],
  ["$\\text{12}$", "correct"],
  ["$\\frac{24}{2}$", "correct"],
  ["$3 \\times 4 = 12$", "correct"],
  ["3 × 4 = 12", "correct"],
  ["$12.0$", "correct"],
  ["$13$", "incorrect"],
  ["１３", "incorrect"],
  ["−12", "partial", "sign"],
  ["$-12$", "partial", "sign"],
]);

table("numeric 0.000000791 in Unicode", { kind: "numeric", value: 0.000000791 }, [
  ["0.000000791", "correct"],
  ["０.００００００７９１", "correct"],
  ["٠٫٠٠٠٠٠٠٧٩١", "correct"],
]);

table("numeric 1000 with grouping", { kind: "numeric", value: 1000 }, [
  ["1,000", "correct"],
  ["$1{,}000$", "correct"],
  ["$1\\,000$", "correct"],
  ["١٬٠٠٠", "correct"],
  ["１０００", "correct"],
]);

table("percentage 25 in Unicode and LaTeX", { kind: "percentage", value: 25 }, [
  ["25%", "correct"],
  ["２５％", "correct"],
  ["٢٥٪", "correct"],
  ["$25\\%$", "correct"],
  ["25\\%", "correct"],
  ["$\\frac{1}{4}$", "partial", "form"],
  ["$0.25$", "partial", "form"],
  ["$30\\%$", "incorrect"],
]);

table("expression 2(x+3) in Unicode and LaTeX", { kind: "expression", value: "2(x+3)" }, [
  ["２x＋６", "correct"],
  ["２(x＋３)", "correct"],
  ["2\u200bx + 6", "correct"],
  ["$2x + 6$", "correct"],
  ["$2(x+3)$", "correct"],
  ["$2\\left(x+3\\right)$", "correct"],
  ["\\(2 \\cdot x + 6\\)", "correct"],
  ["$2 \\times x + 6$", "correct"],
  ["$\\frac{4x+12}{2}$", "correct"],
  ["$2x + 5$", "incorrect"],
]);

table("expression x^2 - 1 in Unicode and LaTeX", { kind: "expression", value: "x^2 - 1" }, [
  ["x² − 1", "correct"],
  ["$x^2 - 1$", "correct"],
  ["$x^{2} - 1$", "correct"],
  ["$(x-1)(x+1)$", "correct"],
  ["$\\left(x-1\\right)\\left(x+1\\right)$", "correct"],
  ["x³ − 1", "incorrect"],
]);
