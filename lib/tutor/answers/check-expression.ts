import { approximatelyEquivalent, equivalentExpr, isExpanded, isFactored } from "./compare-expressions";
import { findMathRuns, isHedged } from "./find-math-runs";
import { canonicalName, caseLetters, encodeCase } from "./math-names";
import { answerPart, normalizeInput } from "./normalize-input";
import { type Expr, formatExpr, parseMath, variablesOf } from "./parse-math";
import type { ExpressionSpec } from "./spec";
import { type CheckResult, partial, unparseable } from "./types";

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
  expanded: "equivalent, but write it expanded (multiply out the brackets)",
  factored: "equivalent, but write it factored",
} as const;

/** Form rules apply only when the authored value itself has that form (by the same test). */
export function meetsForm(spec: ExpressionSpec, target: Expr, e: Expr): boolean {
  if (spec.form === "expanded") return !isExpanded(target) || isExpanded(e);
  if (spec.form === "factored") return !isFactored(target) || isFactored(e);
  return true;
}

/** Decimal places of each non-whole number written in the expression ("1.414x" -> [3]). */
function decimalPlaces(e: Expr, out: number[] = []): number[] {
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
  const understood = formatExpr(e);
  if (!usesOnly(e, allowedVariables(spec.variables, target))) return { verdict: "incorrect", understood };
  const places = decimalPlaces(e);
  const targetExact = decimalPlaces(target).length === 0;
  const notExact = "right value, but give the exact value, not a decimal approximation";
  if (equivalentExpr(target, e)) {
    if (spec.exact && targetExact && places.some((p) => p > EXACT_PLACES)) {
      return { ...partial("form", notExact, understood), workLeft: true };
    }
    if (spec.form !== "any" && spec.form !== undefined && !meetsForm(spec, target, e)) {
      return partial("form", FORM_REASON[spec.form], understood);
    }
    return { verdict: "correct", understood };
  }
  const fewest = Math.min(...places);
  if (targetExact && places.length > 0 && fewest >= 2 && approximatelyEquivalent(target, e, fewest)) {
    if (spec.exact === false) return { verdict: "correct", understood };
    return { ...partial("form", notExact, understood), workLeft: true };
  }
  if (equivalentExpr(target, { t: "neg", a: e }) && variablesOf(target).size > 0) {
    return partial("sign", "almost: check the signs", understood);
  }
  return { verdict: "incorrect", understood };
}

export function checkExpression(spec: ExpressionSpec, input: string): CheckResult {
  const target = readSpecMath(spec.value, spec.variables);
  if (!target) return unparseable();
  const e = readStudentExpression(input, allowedVariables(spec.variables, target));
  if (e === null || e === "hedge") return unparseable();
  return judgeExpression(spec, target, e);
}
