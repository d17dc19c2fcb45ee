import { numericOptions } from "./check-choice";
import { judgeEquation, parseEquation, solvedForm } from "./check-equation";
import { allowedVariables, judgeExpression } from "./check-expression";
import { judgeFractionWithUnit } from "./check-fraction";
import { judgeNumericWithUnit } from "./check-numeric";
import { judgePercentage } from "./check-percentage";
import { containsPhrase, normalizeText } from "./check-text";
import { findMathRuns } from "./find-math-runs";
import type { Quantity } from "./find-quantities";
import { acceptedUnitSpellings } from "./match-unit";
import { normalizeInput } from "./normalize-input";
import { parseMath } from "./parse-math";
import { approxEqual, parseNumber } from "./parse-number";
import { allQuantities } from "./pick-final-quantity";
import type { AnswerSpec, ChoiceSpec, ScalarAnswerSpec } from "./spec";
import type { CheckResult } from "./types";

const MAX_TEXT = 20_000;
const LABEL_BEFORE =
  /(?:\b(?:steps?|questions?|parts?|problems?|exercises?|number|no\.?|pages?|lines?|chapters?|hints?|levels?|rounds?|attempts?|options?|figures?|fig\.?|sections?|examples?|lessons?|items?|tasks?|q)\s*|#\s*)$/;
const LABEL_OF =
  /\b(?:steps?|questions?|parts?|problems?|exercises?|hints?|levels?|rounds?|attempts?|pages?|items?|tasks?|q)\s*\d+\s*(?:of|out of|\/)\s*$/;

/** "Step 2 of 4", "question #3", "hint 1/3", "12th", "12:30": numbers that label, not state, a value. */
function isLabel(text: string, q: Quantity): boolean {
  const before = text.slice(Math.max(0, q.start - 40), q.start);
  const after = text.slice(q.end, q.end + 3);
  return (
    LABEL_BEFORE.test(before) || LABEL_OF.test(before) || /^(?:st|nd|rd|th)\b|^:\d/.test(after) || /\d:$/.test(before)
  );
}

/** A value verdict that shows the answer: right, or right in value but not in form or unit. */
function shows(r: CheckResult): boolean {
  return r.verdict === "correct" || (r.verdict === "partial" && r.partialKind !== "sign");
}

function revealsQuantity(text: string, units: string[], judge: (q: Quantity) => CheckResult): boolean {
  const { text: t, quantities } = allQuantities(text, units);
  return quantities.some((q) => !isLabel(t, q) && shows(judge(q)));
}

function revealsChoice(spec: ChoiceSpec, text: string): boolean {
  const L = "abcdefghijklmnopqrstuvwxyz"[spec.correct] ?? "";
  const stated = new RegExp(
    `\\b(?:answer|option|choice|letter)\\s+(?:is\\s+)?\\(?${L}\\b\\)?|\\b(?:is|it is|pick|choose)\\s+\\(?${L}\\)(?!\\w)`,
  );
  if (stated.test(text)) return true;
  const t = normalizeText(text);
  if (numericOptions(spec)) {
    const values = spec.options.map((o) => parseNumber(o)?.value);
    const { text: qt, quantities } = allQuantities(text);
    const mentioned = new Set<number>();
    for (const q of quantities) {
      if (isLabel(qt, q)) continue;
      for (const [i, v] of values.entries()) if (v !== undefined && approxEqual(q.value, v)) mentioned.add(i);
    }
    return mentioned.has(spec.correct) && mentioned.size === 1;
  }
  const mentioned = spec.options.map((o, i) => (containsPhrase(t, normalizeText(o)) ? i : -1)).filter((i) => i >= 0);
  // Listing several options ("is it a square or a circle?") is not revealing which is right.
  return mentioned.length === 1 && mentioned[0] === spec.correct;
}

function revealsScalar(spec: ScalarAnswerSpec, text: string): boolean {
  switch (spec.kind) {
    case "numeric":
      return revealsQuantity(text, acceptedUnitSpellings(spec.unit), (q) => judgeNumericWithUnit(spec, q));
    case "fraction":
      return revealsQuantity(text, acceptedUnitSpellings(spec.unit), (q) => judgeFractionWithUnit(spec, q));
    case "percentage":
      return revealsQuantity(text, [], (q) => judgePercentage(spec, q));
    case "expression": {
      const target = parseMath(spec.value);
      if (!target) return false;
      const { runs } = findMathRuns(text, allowedVariables(spec.variables, target));
      return runs.some((r) =>
        r.text.split("=").some((side) => {
          const e = parseMath(side);
          return e !== null && judgeExpression(spec, target, e).verdict === "correct";
        }),
      );
    }
    case "equation": {
      const target = parseEquation(spec.value);
      if (!target) return false;
      const allowed = allowedVariables(spec.variables, target.lhs, target.rhs);
      const { runs } = findMathRuns(text, allowed);
      if (
        runs.some((r) => {
          const eq = parseEquation(r.text);
          return eq !== null && judgeEquation(target, allowed, eq).verdict === "correct";
        })
      )
        return true;
      const solved = solvedForm(target);
      return (
        solved !== null &&
        revealsQuantity(text, [], (q) => ({ verdict: approxEqual(q.value, solved.value) ? "correct" : "incorrect" }))
      );
    }
    case "choice":
      return revealsChoice(spec, text);
    case "text": {
      const t = normalizeText(text);
      return spec.accepted.some((a) => containsPhrase(t, normalizeText(a)));
    }
  }
}

/**
 * Whether tutor prose states the answer in a form the checker would accept (or accept as
 * right-but-wrong-form). Best effort, by whole tokens:
 * - Numbers are read the way student input is (digits, fractions, decimals, %, $ and number
 *   words), so "The answer is 0.75" reveals 3/4 and "3/4" anywhere is a reveal, but "Try
 *   dividing 3 by 4" is not: it names the operation, not the value.
 * - Numbers that label ("Step 2 of 4", "question 3", "hint #1") are ignored, and so is the lone
 *   word "one" ("this one"). Any other mention of the value counts, even when it is about
 *   something else ("you have 12 apples" reveals 12): the scanner cannot tell what a number
 *   refers to.
 * - Expressions and equations count when a stretch of maths in the text is equivalent and in
 *   the required form: quoting "2(x+3)" when the answer is its expansion is not a reveal, nor
 *   is restating "2x = 8" when the answer is "x = 4"; the bare solution value ("4") is.
 * - Choices: naming the right option's letter as the answer, or mentioning only the right
 *   option's text. Listing several options is not a reveal.
 * - Lists: only when every item is revealed; pass one item's spec to check parts alone.
 */
export function textRevealsAnswer(spec: AnswerSpec, text: string): boolean {
  try {
    const norm = normalizeInput(text, MAX_TEXT);
    if (!norm) return false;
    if (spec.kind === "list") return spec.items.every((it) => revealsScalar(it, norm));
    return revealsScalar(spec, norm);
  } catch {
    return false;
  }
}
