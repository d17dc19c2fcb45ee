import { chemistryStated } from "./check-chemistry";
import { normalizeOption, numericOptions } from "./check-choice";
import { codeStated } from "./check-code";
import { judgeEquation, readSpecEquation, solvedForm } from "./check-equation";
import { allowedVariables, judgeExpression, readSpecMath } from "./check-expression";
import { judgeFractionWithUnit } from "./check-fraction";
import { checkMatrix, matricesIn, matrixInput } from "./check-matrix";
import { judgeNumericWithUnit } from "./check-numeric";
import { judgePercentage } from "./check-percentage";
import { checkRelation, isRelationValue, readRelationTarget } from "./check-relation";
import { containsPhrase, normalizeText } from "./check-text";
import { equivalentExpr } from "./compare-expressions";
import { findMathRuns } from "./find-math-runs";
import type { Quantity } from "./find-quantities";
import { acceptedUnitSpellings } from "./match-unit";
import { normalizeInput } from "./normalize-input";
import { type Expr, parseMath } from "./parse-math";
import { approxEqual, parseNumber } from "./parse-number";
import { allQuantities } from "./pick-final-quantity";
import { symbolizeComparisons } from "./read-relation";
import type { AnswerSpec, ChoiceSpec, EquationSpec, ListSpec, ScalarAnswerSpec } from "./spec";
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

/**
 * A value verdict that shows the answer: right, or right in value but not in form or unit. An
 * unsimplified fraction where lowest terms are asked for ("18/30" for 3/5) leaves the step's
 * work to do, so it does not show it.
 */
function shows(r: CheckResult): boolean {
  return (
    r.verdict === "correct" ||
    (r.verdict === "partial" && r.partialKind !== "sign" && r.partialKind !== "simplify" && !r.workLeft)
  );
}

function revealsQuantity(text: string, units: string[], judge: (q: Quantity) => CheckResult): boolean {
  const { text: t, quantities } = allQuantities(text, units);
  return quantities.some((q) => !isLabel(t, q) && shows(judge(q)));
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** "the answer is", "the correct option is", "it's", "answer:": what follows names the right option. */
const NAMES_NEXT =
  /\b(?:(?:the\s+)?(?:(?:correct|right|final)\s+)?answer\s+(?:is|was|would be|will be|should be|must be)|(?:the\s+)?(?:correct|right)\s+(?:option|one|choice)\s+(?:is|was|would be|will be)|it\s+(?:is|was|must be|would be)|answer\s*:)\s*:?\s*/g;
/** "... is correct", "... is the right one", "... is the answer": what precedes names the right option. */
const NAMES_PREVIOUS =
  /\s*,?\s+(?:is|was)\s+(?:(?:the\s+)?(?:correct|right)(?:\s+(?:answer|option|one|choice))?|the\s+answer)(?![\w-])/g;
/** "if it's ...", "do you think it's ...": a supposition or a question, not a statement. */
const SUPPOSED = /\b(?:if|whether|when|unless|suppose|think|wonder)\s+$/;

/** The option a stretch of text names: the longest option it starts (or ends) with, or its letter. */
function optionNamed(spec: ChoiceSpec, opts: string[], part: string, at: "start" | "end"): number {
  const letter =
    at === "start"
      ? /^(?:(?:option|choice|letter)\s+)?(?:\(([a-z])\)|([a-z])(?:\)|(?=[.,!?;:]|\s*$|\s+(?:because|since|as)\b)))/.exec(
          part,
        )
      : /(?:^|[.!?,:;(]\s*|\b(?:option|choice|letter|answer)\s+)\(?([a-z])\)?\s*$/.exec(part);
  const l = letter ? LETTERS.indexOf((letter[1] ?? letter[2])!) : -1;
  if (l >= 0 && l < opts.length) return l;
  const t = normalizeOption(part);
  let best = -1;
  for (const [i, o] of opts.entries()) {
    const named = at === "start" ? t === o || t.startsWith(`${o} `) : t === o || t.endsWith(` ${o}`);
    if (o && named && (best < 0 || o.length > opts[best]!.length)) best = i;
  }
  if (best >= 0 || !numericOptions(spec)) return best;
  const { text: qt, quantities } = allQuantities(part);
  const q = at === "start" ? quantities[0] : quantities[quantities.length - 1];
  if (!q) return -1;
  const gap = at === "start" ? qt.slice(0, q.start) : qt.slice(q.end);
  if (!/^[\s("'[)\]]*$/.test(gap)) return -1;
  return spec.options.findIndex((o) => {
    const v = parseNumber(o.replace(/^\$/, ""))?.value;
    return v !== undefined && approxEqual(q.value, v);
  });
}

/**
 * The options are on screen, so mentioning one is no leak. A choice is revealed only when the
 * text says which option is right: "the answer is <option>", "the correct one is <option>",
 * "it's <option>", "answer: <option>", "<option> is correct" (or the option's letter in such
 * a phrase: "the answer is B"), and not as a supposition ("if it's <option>").
 */
function revealsChoice(spec: ChoiceSpec, text: string): boolean {
  const opts = spec.options.map(normalizeOption);
  for (const m of text.matchAll(NAMES_NEXT)) {
    const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 300);
    if (/^[?!]/.test(tail) || SUPPOSED.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (optionNamed(spec, opts, tail, "start") === spec.correct) return true;
  }
  for (const m of text.matchAll(NAMES_PREVIOUS)) {
    const head = text.slice(Math.max(0, m.index - 300), m.index);
    if (optionNamed(spec, opts, head, "end") === spec.correct) return true;
  }
  return false;
}

/** Whether a run of maths uses one of the variables: "2x", "x + 9", "xy" (not "12cm", "sqrt"). */
function usesVariable(run: string, allowed: ReadonlySet<string>): boolean {
  return (run.match(/[a-z]+/g) ?? []).some((w) => w !== "pi" && w !== "sqrt" && [...w].every((c) => allowed.has(c)));
}

/**
 * The text with every stretch of maths that uses a variable blanked out, so the numbers in
 * "5(x - 2) = 35" or "9x" are not read as bare values.
 */
function withoutVariableMaths(text: string, allowed: ReadonlySet<string>): string {
  let out = "";
  let at = 0;
  for (const r of findMathRuns(text, allowed, false).runs) {
    if (!usesVariable(r.text, allowed)) continue;
    out += text.slice(at, r.start) + " ".repeat(r.end - r.start);
    at = r.end;
  }
  return out + text.slice(at);
}

/**
 * Equations in the text are read side by side ("a = b = c" gives a = b, b = c and a = c).
 * A solved answer ("x = 9") is revealed by its solved form ("x = 9", "9 = x", "x=9") or by its
 * value as a number outside any maths with the variable ("the answer is 9"); an unsolved
 * equivalent ("5(x - 2) = 35", "9x = 81") is not a reveal. Any other answer ("y = 2x + 1",
 * "3x = 15") is revealed only by an equation whose two sides are equivalent to the answer's two
 * sides ("y = 1 + 2x", "15 = 3x"), not by a rearrangement ("2x - y = -1", "3x + 5 = 20").
 */
function revealsEquation(spec: EquationSpec, text: string): boolean {
  if (isRelationValue(spec.value)) return revealsRelation(spec, text);
  const target = readSpecEquation(spec);
  if (!target) return false;
  const allowed = allowedVariables(spec.variables, target.lhs, target.rhs);
  const solved = solvedForm(target);
  const states = (a: Expr, b: Expr): boolean =>
    solved
      ? judgeEquation(target, allowed, { lhs: a, rhs: b }).verdict === "correct"
      : (equivalentExpr(a, target.lhs) && equivalentExpr(b, target.rhs)) ||
        (equivalentExpr(a, target.rhs) && equivalentExpr(b, target.lhs));
  for (const run of findMathRuns(text, allowed).runs) {
    const sides = run.text.split("=").map((side) => (side.trim() ? parseMath(side, allowed) : null));
    if (sides.length < 2) continue;
    const pairs: [Expr | null | undefined, Expr | null | undefined][] = sides.slice(1).map((b, i) => [sides[i], b]);
    if (sides.length > 2) pairs.push([sides[0], sides[sides.length - 1]]);
    if (pairs.some(([a, b]) => a && b && states(a, b))) return true;
  }
  if (!solved) return false;
  return revealsQuantity(withoutVariableMaths(text, allowed), [], (q) => ({
    verdict: approxEqual(q.value, solved.value) ? "correct" : "incorrect",
  }));
}

/** An interval in the text ("(3, infinity)", "(-infinity, 4-sqrt(2))": an end may hold one bracket). */
const INTERVAL = String.raw`[[(\]](?:[^[\]()]|\([^()]*\))*,(?:[^[\]()]|\([^()]*\))*[\])[]`;
const INTERVALS = new RegExp(INTERVAL, "g");
/** Intervals joined into a union, however it is spelled (see check-relation.ts). */
const UNIONS = new RegExp(String.raw`${INTERVAL}(?:\s*(?:∪|u|cup|union|or|&|and)\s*${INTERVAL})+`, "g");

/**
 * Inequalities and intervals: each stretch between sentence breaks and linking words is read
 * as an answer ("so x > 3", "the solution set is (3, ∞)"), and so is each interval and each
 * union of intervals ("(-∞, -4] ∪ (-3, ∞)", "(-inf,-4] U (-3,inf)"); one that would be accepted
 * (or accepted up to notation) states the answer. A reversed or wrongly closed one does not.
 */
function revealsRelation(spec: EquationSpec, raw: string): boolean {
  const allowed = readRelationTarget(spec)?.allowed ?? new Set<string>();
  const text = symbolizeComparisons(raw);
  const intervals = [...(text.match(INTERVALS) ?? []), ...(text.match(UNIONS) ?? [])];
  const pieces = text
    .split(
      /[;:!?]|\.(?!\d)|,(?![^[\]()]*[\])[])|\b(?:and|so|then|is|are|because|that|which|means|gives|if|when|where)\b/,
    )
    .map((p) => {
      const words = p.trim().split(/\s+/);
      while (words.length > 1 && /^[a-z]{2,}$/.test(words[0]!) && !allowed.has(words[0]!)) words.shift();
      return words.join(" ");
    })
    .filter((p) => /[<>]/.test(p));
  return [...intervals, ...pieces].some((p) => shows(checkRelation(spec, p)));
}

/**
 * A matrix in the text (typed or LaTeX) that the checker would accept, alone or with a number
 * before or after it: "(-1/8)*[[1, -2], [-3, -2]]" states [[-1/8, 1/4], [3/8, 1/4]] though not
 * every entry is written out.
 */
function revealsMatrix(spec: ListSpec, raw: string): boolean {
  const text = normalizeInput(matrixInput(raw), MAX_TEXT);
  return matricesIn(text).some((m) => shows(checkMatrix(spec, m)));
}

function revealsScalar(spec: ScalarAnswerSpec, text: string): boolean {
  switch (spec.kind) {
    case "numeric":
      return revealsQuantity(text, acceptedUnitSpellings(spec.unit), (q) => judgeNumericWithUnit(spec, q));
    case "fraction":
      return revealsQuantity(text, acceptedUnitSpellings(spec.unit), (q) => judgeFractionWithUnit(spec, q));
    case "percentage":
      // A number with a unit ("50 cm", "$50") is a different quantity, not the percentage.
      return revealsQuantity(text, [], (q) => (q.unit ? { verdict: "incorrect" } : judgePercentage(spec, q)));
    case "expression": {
      const target = readSpecMath(spec.value, spec.variables);
      if (!target) return false;
      const allowed = allowedVariables(spec.variables, target);
      const { runs } = findMathRuns(text, allowed);
      return runs.some((r) =>
        r.text.split("=").some((side) => {
          const e = parseMath(side, allowed);
          return e !== null && judgeExpression(spec, target, e).verdict === "correct";
        }),
      );
    }
    case "equation":
      return revealsEquation(spec, text);
    case "choice":
      return revealsChoice(spec, text);
    case "text": {
      if (spec.match === "code") return spec.accepted.some((a) => codeStated(text, a));
      if (spec.match === "chemistry") return spec.accepted.some((a) => chemistryStated(text, a));
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
 * - Expressions count when a stretch of maths in the text is equivalent and in the required
 *   form: quoting "2(x+3)" when the answer is its expansion is not a reveal.
 * - Equations count only in the answer's own shape: "x = 4" (or "4 = x", or the bare value 4
 *   outside any maths with x) for a solved answer, never an unsolved equivalent such as the
 *   problem's own "2x = 8"; "y = 1 + 2x" but not "2x - y = -1" for "y = 2x + 1".
 * - Percentages: a number with another unit ("50 cm", "$50") is not the percentage.
 * - Choices: only a statement of which option is right ("the answer is B", "it's <option>",
 *   "<option> is correct"). The options are on screen, so merely mentioning one is no leak.
 * - Lists: only when every item is revealed; pass one item's spec to check parts alone. A matrix
 *   also when the text holds a matrix the checker accepts, with a number before or after it
 *   ("(-1/8)*[[1, -2], [-3, -2]]").
 */
export function textRevealsAnswer(spec: AnswerSpec, text: string): boolean {
  try {
    const norm = normalizeInput(text, MAX_TEXT);
    if (!norm) return false;
    if (spec.kind === "list" && spec.notation === "matrix" && revealsMatrix(spec, text)) return true;
    if (spec.kind === "list") return spec.items.every((it) => revealsScalar(it, norm));
    return revealsScalar(spec, norm);
  } catch {
    return false;
  }
}
