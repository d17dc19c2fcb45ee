import { describe, expect, it } from "vitest";
import { type AnswerSpecInput, answerSpec } from "@/lib/tutor/answers";
import { unenforcedForm } from "./unenforced-form";

// A browser walk found "0.625" accepted for "What fraction of the pizza is left?" and
// "4x+2x+6" for "simplify … by combining like terms": the step's words asked for a form its
// answer did not require. The content checker now says so, for every step, before students see it.
const cases: [prompt: string, answer: AnswerSpecInput, flagged: boolean][] = [
  ["What fraction of the pizza is left?", { kind: "fraction", value: "5/8" }, true],
  ["What fraction of the pizza is left?", { kind: "fraction", value: "5/8", acceptDecimal: false }, false],
  ["Write 3/4 as a fraction with denominator 20.", { kind: "fraction", value: "15/20" }, true],
  ["How much pizza is left?", { kind: "fraction", value: "5/8" }, false],
  [
    "Simplify 18/24 to lowest terms.",
    { kind: "fraction", value: "3/4", acceptDecimal: false, requireSimplified: false },
    true,
  ],
  [
    "Simplify 18/24 to lowest terms.",
    { kind: "fraction", value: "3/4", acceptDecimal: false, requireSimplified: true },
    false,
  ],
  ["Now simplify by combining like terms.", { kind: "expression", value: "6x + 6" }, true],
  ["Now simplify by combining like terms.", { kind: "expression", value: "6x + 6", form: "expanded" }, false],
  ["Collect like terms: 3a + 2b + a", { kind: "expression", value: "4a + 2b", variables: ["a", "b"] }, true],
  ["Expand 2(x + 3).", { kind: "expression", value: "2x + 6" }, true],
  ["Factor x^2 - 1 completely.", { kind: "expression", value: "(x - 1)(x + 1)" }, true],
  ["Factor x^2 - 1 completely.", { kind: "expression", value: "(x - 1)(x + 1)", form: "factored" }, false],
  // The words ask for a form the authored value does not have: nothing to require.
  ["Expand and simplify.", { kind: "expression", value: "2(x + 3)" }, false],
  ["What is the value of 2x + 4x?", { kind: "expression", value: "6x" }, false],
  ["What fraction of 20 is 5? Give a percentage.", { kind: "percentage", value: 25 }, false],
];

describe("unenforcedForm", () => {
  it.each(cases)("%s  %j -> flagged %s", (prompt, answer, flagged) => {
    const found = unenforcedForm(prompt, answerSpec.parse(answer));
    expect(found !== null).toBe(flagged);
    // The message names the setting to change, never only "wrong".
    if (found) expect(found).toMatch(/acceptDecimal|requireSimplified|form: "/);
  });
});
