import { equivalentExpr, isExpanded, isFactored } from "./compare-expressions";
import { findMathRuns, isHedged } from "./find-math-runs";
import { answerPart } from "./normalize-input";
import { type Expr, formatExpr, parseMath, variablesOf } from "./parse-math";
import type { ExpressionSpec } from "./spec";
import { type CheckResult, partial, unparseable } from "./types";

/** The spec's declared variables plus any its own value uses, so an author's slip is harmless. */
export function allowedVariables(declared: string[] | undefined, ...own: Expr[]): Set<string> {
  const out = new Set((declared ?? ["x"]).map((v) => v.toLowerCase()));
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
  return last ? parseMath(last) : null;
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

export function judgeExpression(spec: ExpressionSpec, target: Expr, e: Expr): CheckResult {
  const understood = formatExpr(e);
  if (!usesOnly(e, allowedVariables(spec.variables, target))) return { verdict: "incorrect", understood };
  if (equivalentExpr(target, e)) {
    if (spec.form !== "any" && spec.form !== undefined && !meetsForm(spec, target, e)) {
      return partial("form", FORM_REASON[spec.form], understood);
    }
    return { verdict: "correct", understood };
  }
  if (equivalentExpr(target, { t: "neg", a: e }) && variablesOf(target).size > 0) {
    return partial("sign", "almost: check the signs", understood);
  }
  return { verdict: "incorrect", understood };
}

export function checkExpression(spec: ExpressionSpec, input: string): CheckResult {
  const target = parseMath(spec.value);
  if (!target) return unparseable();
  const e = readStudentExpression(input, allowedVariables(spec.variables, target));
  if (e === null || e === "hedge") return unparseable();
  return judgeExpression(spec, target, e);
}
