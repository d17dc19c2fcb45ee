import {
  approximatelyEquivalent,
  constantDifference,
  equivalentComplex,
  equivalentExpr,
  hasLikeTerms,
  isExpanded,
  isFactored,
} from "./compare-expressions";
import { findMathRuns, isHedged } from "./find-math-runs";
import { canonicalName, caseLetters, encodeCase, UPPER_SUFFIX } from "./math-names";
import { answerPart, normalizeInput } from "./normalize-input";
import { DEGREES, type Expr, evaluate, formatExpr, parseMath, variablesOf } from "./parse-math";
import type { ExpressionSpec } from "./spec";
import { hasDegrees, sameTrigForm, trigFormReason } from "./trig-form";
import { type CheckResult, partial, reason, unparseable } from "./types";

/** Declared variable names in canonical form: "\theta", "θ" -> "theta"; "v_{0}" -> "v_0". */
export function declaredNames(declared: string[] | undefined): Set<string> {
  return new Set((declared ?? ["x"]).map(canonicalName));
}

/**
 * An authored value read the way student input is: LaTeX ("\frac{1}{{\theta}^7}"), Unicode
 * ("θ", "x₁", "√2") and typed maths all work, so every value checks against itself.
 */
export function readSpecMath(value: string, declared?: string[]): Expr | null {
  return parseMath(normalizeInput(encodeCase(value, caseLetters(value)), 2000), declaredNames(declared));
}

/** The spec's declared variables plus any its own value uses, so an author's slip is harmless. */
export function allowedVariables(declared: string[] | undefined, ...own: Expr[]): Set<string> {
  const out = declaredNames(declared);
  for (const e of own) for (const v of variablesOf(e)) out.add(v);
  return out;
}

export function usesOnly(e: Expr, allowed: ReadonlySet<string>): boolean {
  return [...variablesOf(e)].every((v) => allowed.has(v));
}

/**
 * The expression the student means. The last stretch of maths in the message counts ("I
 * expanded it and got 2x + 6"). If it contains "=", the last side counts: "y = 2x + 6" and a
 * working chain "2(x+3) = 2x + 6" both read as "2x + 6".
 */
export function readStudentExpression(input: string, allowed: ReadonlySet<string>): Expr | "hedge" | null {
  const { text, runs } = findMathRuns(answerPart(input), allowed);
  if (runs.length === 0) return null;
  const idx = runs.length - 1;
  if (isHedged(text, runs, idx)) return "hedge";
  const sides = runs[idx]!.text.split("=")
    .map((s) => s.trim())
    .filter(Boolean);
  const last = sides[sides.length - 1];
  return last ? parseMath(last, allowed) : null;
}

const FORM_REASON = {
  expanded: reason("answers.writeExpanded", "equivalent, but write it expanded (multiply out the brackets)"),
  factored: reason("answers.writeFactored", "equivalent, but write it factored"),
  combined: reason("answers.combineLikeTerms", "equivalent, but combine the like terms"),
} as const;

/**
 * The form rule an answer breaks, if any. Form rules apply only when the authored value itself
 * has that form (by the same test): expanded means brackets multiplied out and like terms
 * combined ("4x + 2x + 6" is not "6x + 6" expanded), as a step that says "simplify" or
 * "combine like terms" wants.
 */
export function brokenForm(spec: ExpressionSpec, target: Expr, e: Expr): keyof typeof FORM_REASON | null {
  if (spec.form === "expanded") {
    if (isExpanded(target) && !isExpanded(e)) return "expanded";
    if (!hasLikeTerms(target) && hasLikeTerms(e)) return "combined";
  }
  if (spec.form === "factored" && isFactored(target) && !isFactored(e)) return "factored";
  return null;
}

/** Decimal places of each non-whole number written in the expression ("1.414x" -> [3]); an angle in degrees ("66.5°") is exact. */
function decimalPlaces(e: Expr, out: number[] = []): number[] {
  if (e.t === "fn" && e.name === DEGREES) return out;
  if (e.t === "num") {
    if (!Number.isInteger(e.v) && e.v !== Math.PI) {
      const text = String(Math.abs(e.v));
      out.push(text.includes("e") ? 16 : (text.split(".")[1]?.length ?? 0));
    }
  } else if (e.t === "neg" || e.t === "fn") decimalPlaces(e.a, out);
  else if (e.t === "bin") {
    decimalPlaces(e.a, out);
    decimalPlaces(e.b, out);
  }
  return out;
}

/** Past this many decimal places a typed decimal is a calculator's rounding, not an exact value. */
const EXACT_PLACES = 8;

/**
 * Equivalent and in the required form is correct. A decimal approximation of an exact target
 * ("1.414" for sqrt(2), "0.33x" for x/3, rounded to at least 2 places) is partial ("form"),
 * and so is a calculator-length decimal that matches ("1.4142135623730951") when the spec asks
 * for the exact value; with `exact: false` approximations are accepted.
 */
export function judgeExpression(spec: ExpressionSpec, target: Expr, e: Expr): CheckResult {
  const understood = formatExpr(showConstant(spec, e));
  const allowed = allowedVariables(spec.variables, target);
  // With complex numbers, i is the imaginary unit whether or not the value writes it ("sqrt(-196)").
  if (spec.complex) allowed.add("i");
  if (!usesOnly(e, allowed)) return { verdict: "incorrect", understood };
  if (spec.complex) {
    if (!equivalentComplex(target, e)) return { verdict: "incorrect", understood };
    // A value authored as a + bi asks for that form: "(2 + i)^2" or "(4 + 3i)/(3 - 4i)" for 3 + 4i
    // is the work still to do.
    if (isRectangular(target) && !isRectangular(e))
      return {
        ...partial("form", reason("answers.complexForm", "right value, but write it in the form a + bi"), understood),
        workLeft: true,
      };
    return { verdict: "correct", understood };
  }
  const constant = constantVariable(spec);
  if (constant) return judgeWithConstant(spec, constant, target, e, understood);
  const places = decimalPlaces(e);
  const targetExact = decimalPlaces(target).length === 0;
  // A constant written with functions of angles in degrees: the form the step asks for counts (trig-form.ts).
  const trigForm = variablesOf(target).size === 0 && hasDegrees(target);
  const notExact = trigForm
    ? trigFormReason(target)
    : reason("answers.exactValue", "right value, but give the exact value, not a decimal approximation");
  if (equivalentExpr(target, e)) {
    if (trigForm && !sameTrigForm(target, e)) return { ...partial("form", notExact, understood), workLeft: true };
    if (spec.exact && targetExact && places.some((p) => p > EXACT_PLACES)) {
      return { ...partial("form", notExact, understood), workLeft: true };
    }
    const broken = brokenForm(spec, target, e);
    if (broken) return partial("form", FORM_REASON[broken], understood);
    return { verdict: "correct", understood };
  }
  const fewest = Math.min(...places);
  if (targetExact && places.length > 0 && fewest >= 2 && approximatelyEquivalent(target, e, fewest)) {
    if (spec.exact === false) return { verdict: "correct", understood };
    return { ...partial("form", notExact, understood), workLeft: true };
  }
  if (equivalentExpr(target, { t: "neg", a: e }) && variablesOf(target).size > 0) {
    return partial("sign", reason("answers.checkSigns", "almost: check the signs"), understood);
  }
  return { verdict: "incorrect", understood };
}

const mentionsI = (e: Expr) => variablesOf(e).has("i");
/** Real: no i in it, and a real value where it is a constant ("sqrt(-1)" is not). */
const isRealPart = (e: Expr) => !mentionsI(e) && (variablesOf(e).size > 0 || Number.isFinite(evaluate(e, {})));
/** b·i: "i", "4i", "i sqrt(7)", "-2i", "i/2". */
function isImaginaryTerm(e: Expr): boolean {
  if (e.t === "var") return e.name === "i";
  if (e.t === "neg") return isImaginaryTerm(e.a);
  if (e.t !== "bin") return false;
  if (e.op === "*") return (isRealPart(e.a) && isImaginaryTerm(e.b)) || (isImaginaryTerm(e.a) && isRealPart(e.b));
  return e.op === "/" && isImaginaryTerm(e.a) && isRealPart(e.b);
}

/** A complex number written a + bi (either part may be missing, either order, over a real number). */
export function isRectangular(e: Expr): boolean {
  if (isRealPart(e) || isImaginaryTerm(e)) return true;
  if (e.t === "neg") return isRectangular(e.a);
  if (e.t !== "bin") return false;
  if (e.op === "+" || e.op === "-") return isRectangular(e.a) && isRectangular(e.b);
  return e.op === "/" && isRectangular(e.a) && isRealPart(e.b);
}

/**
 * The variable the spec's arbitrary constant is read as ("C" -> "c"; "c_up" where the value
 * also uses a lower-case c, see caseLetters), or null without one.
 */
export function constantVariable(spec: Pick<ExpressionSpec, "value" | "constant">): string | null {
  if (!spec.constant) return null;
  const name = canonicalName(spec.constant);
  return /^[A-Z]$/.test(spec.constant) && caseLetters(spec.value).has(name) ? `${name}${UPPER_SUFFIX}` : name;
}

function rename(e: Expr, from: string, to: string): Expr {
  switch (e.t) {
    case "num":
      return e;
    case "var":
      return e.name === from ? { t: "var", name: to } : e;
    case "neg":
    case "fn":
      return { ...e, a: rename(e.a, from, to) };
    case "bin":
      return { ...e, a: rename(e.a, from, to), b: rename(e.b, from, to) };
  }
}

function substitute(e: Expr, name: string, value: number): Expr {
  switch (e.t) {
    case "num":
      return e;
    case "var":
      return e.name === name ? { t: "num", v: value } : e;
    case "neg":
    case "fn":
      return { ...e, a: substitute(e.a, name, value) };
    case "bin":
      return { ...e, a: substitute(e.a, name, value), b: substitute(e.b, name, value) };
  }
}

/** The expression with the spec's arbitrary constant shown as authored ("+ C", not "+ c"). */
export function showConstant(spec: Pick<ExpressionSpec, "value" | "constant">, e: Expr): Expr {
  const k = constantVariable(spec);
  if (!k || !spec.constant) return e;
  const shown = /^[A-Z]$/.test(spec.constant) ? `${spec.constant.toLowerCase()}${UPPER_SUFFIX}` : k;
  return rename(e, k, shown);
}

/**
 * An answer with an arbitrary constant ("1/(2cos(t)^2) + C"): right when, without the
 * constant, it differs from the authored one by a constant ("tan(t)^2/2 + C") and it adds an
 * arbitrary constant of its own (C, 2C: any amount of C that depends on nothing else). Without
 * it, or with a number instead ("+ 5"), it is one antiderivative, not all of them: partial.
 */
function judgeWithConstant(spec: ExpressionSpec, k: string, target: Expr, e: Expr, understood: string): CheckResult {
  const e0 = substitute(e, k, 0);
  if (constantDifference(substitute(target, k, 0), e0) === null) return { verdict: "incorrect", understood };
  if (!variablesOf(e).has(k))
    return partial(
      "form",
      reason("answers.addConstant", `right up to a constant: add the constant of integration (+ ${spec.constant})`, {
        constant: String(spec.constant),
      }),
      understood,
    );
  const added = (v: number) => constantDifference(substitute(e, k, v), e0);
  const arbitrary = [1.7, -0.9].every((v) => {
    const d = added(v);
    return d !== null && Math.abs(d) > 1e-9;
  });
  if (!arbitrary) return { verdict: "incorrect", understood };
  const broken = brokenForm(spec, target, e);
  if (broken) return partial("form", FORM_REASON[broken], understood);
  return { verdict: "correct", understood };
}

export function checkExpression(spec: ExpressionSpec, input: string): CheckResult {
  const target = readSpecMath(spec.value, spec.variables);
  if (!target) return unparseable();
  const allowed = allowedVariables(spec.variables, target);
  if (spec.complex) allowed.add("i");
  const e = readStudentExpression(input, allowed);
  if (e === null || e === "hedge") return unparseable();
  return judgeExpression(spec, target, e);
}
