import { allowedVariables, declaredNames, usesOnly } from "./check-expression";
import { isIdentity, isIdentitySide, sameIdentity } from "./check-identity";
import { checkRelation, isRelationValue, readRelationTarget } from "./check-relation";
import { equivalentExpr, proportionalExpr } from "./compare-expressions";
import { findMathRuns, isHedged } from "./find-math-runs";
import { isStepPartial, judgeRelationStep, notThisStep, sameSides } from "./judge-equation-step";
import { caseLetters, encodeCase } from "./math-names";
import { answerPart, normalizeInput } from "./normalize-input";
import { type Expr, evaluate, formatExpr, parseMath, variablesOf } from "./parse-math";
import { approxEqual, formatNumber, parseNumber } from "./parse-number";
import type { EquationSpec } from "./spec";
import { type CheckResult, partial, reason, unparseable } from "./types";

export interface Equation {
  lhs: Expr;
  rhs: Expr;
}

/** "a = b", or a chain "x = 8/2 = 4" read as first = last. */
export function parseEquation(text: string, declared?: ReadonlySet<string>): Equation | null {
  const sides = text.split("=").map((s) => s.trim());
  if (sides.length < 2 || sides.some((s) => !s)) return null;
  const lhs = parseMath(sides[0]!, declared);
  const rhs = parseMath(sides[sides.length - 1]!, declared);
  return lhs && rhs ? { lhs, rhs } : null;
}

/** The spec's equation read like student input (LaTeX, Unicode and declared names allowed). */
export function readSpecEquation(spec: Pick<EquationSpec, "value" | "variables">): Equation | null {
  const value = encodeCase(spec.value, caseLetters(spec.value));
  return parseEquation(normalizeInput(value, 2000), declaredNames(spec.variables));
}

function difference(eq: Equation): Expr {
  return { t: "bin", op: "-", a: eq.lhs, b: eq.rhs };
}

/** "x = 4" or "4 = x": a lone variable on one side and a constant on the other. */
export function solvedForm(eq: Equation): { variable: string; value: number } | null {
  for (const [a, b] of [
    [eq.lhs, eq.rhs],
    [eq.rhs, eq.lhs],
  ] as const) {
    if (a.t === "var" && variablesOf(b).size === 0) {
      const value = evaluate(b, {});
      if (Number.isFinite(value)) return { variable: a.name, value };
    }
  }
  return null;
}

/** One side is a lone variable ("y = 2x + 1"): the other side, for bare-expression answers. */
function definedSide(eq: Equation): { variable: string; expr: Expr } | null {
  if (eq.lhs.t === "var" && !variablesOf(eq.rhs).has(eq.lhs.name)) return { variable: eq.lhs.name, expr: eq.rhs };
  if (eq.rhs.t === "var" && !variablesOf(eq.lhs).has(eq.rhs.name)) return { variable: eq.rhs.name, expr: eq.lhs };
  return null;
}

export function formatEquation(eq: Equation): string {
  return `${formatExpr(eq.lhs)} = ${formatExpr(eq.rhs)}`;
}

/**
 * An equation against the spec's: "any" form takes any equivalent equation; "step" form takes
 * only the spec's equation up to trivial rewriting (see judge-equation-step.ts).
 */
export function judgeEquation(
  target: Equation,
  allowed: ReadonlySet<string>,
  eq: Equation,
  form: EquationSpec["form"] = "any",
): CheckResult {
  const understood = formatEquation(eq);
  if (!usesOnly(eq.lhs, allowed) || !usesOnly(eq.rhs, allowed)) return { verdict: "incorrect", understood };
  // An identity is any identity as a zero difference: its sides are compared instead (check-identity.ts).
  if (isIdentity(target)) return { verdict: sameIdentity(target, eq) ? "correct" : "incorrect", understood };
  if (!proportionalExpr(difference(target), difference(eq))) return { verdict: "incorrect", understood };
  const solved = solvedForm(target);
  if (!solved) {
    if (form !== "step" || sameSides(target, eq)) return { verdict: "correct", understood };
    return notThisStep(solvedForm(eq) !== null, understood);
  }
  if (!solvedForm(eq))
    return partial(
      "form",
      reason("answers.solveFor", `equivalent, but solve for ${solved.variable}`, { variable: solved.variable }),
      understood,
    );
  const valueSide = eq.lhs.t === "var" ? eq.rhs : eq.lhs;
  if (!isPlainNumber(valueSide))
    return partial(
      "simplify",
      reason("answers.valueToSingleNumber", "equivalent, but work the value out to a single number"),
      understood,
    );
  return { verdict: "correct", understood };
}

/** "4", "-4", "3/4", "-3/4": a value, not arithmetic still to do ("2 + 2"). */
function isPlainNumber(e: Expr): boolean {
  const atom = (x: Expr) => x.t === "num" || (x.t === "neg" && x.a.t === "num");
  return atom(e) || (e.t === "bin" && e.op === "/" && atom(e.a) && atom(e.b)) || (e.t === "neg" && isPlainNumber(e.a));
}

/** A bare value or expression with no "=": accepted for "x = 4" (value 4); for "y = 2x + 1" an
 * equivalent "2x + 1" is partial (right expression, not written as an equation). */
function judgeBare(target: Equation, allowed: ReadonlySet<string>, runText: string): CheckResult {
  const solved = solvedForm(target);
  const num = parseNumber(runText);
  const e = num ? ({ t: "num", v: num.value } as Expr) : parseMath(runText, allowed);
  if (!e) return unparseable();
  const understood = formatExpr(e);
  if (!usesOnly(e, allowed)) return { verdict: "incorrect", understood };
  if (solved) {
    if (variablesOf(e).size > 0) return { verdict: "incorrect", understood };
    const v = evaluate(e, {});
    const said = `${solved.variable} = ${num ? formatNumber(num.value) : understood}`;
    return approxEqual(v, solved.value)
      ? { verdict: "correct", understood: said }
      : { verdict: "incorrect", understood: said };
  }
  if (isIdentity(target)) {
    return isIdentitySide(target, e)
      ? partial(
          "form",
          reason(
            "answers.wholeIdentity",
            "the right side: now write the whole identity, both sides with = between them",
          ),
          understood,
        )
      : { verdict: "incorrect", understood };
  }
  const defined = definedSide(target);
  if (defined && equivalentExpr(defined.expr, e)) {
    return partial(
      "form",
      reason("answers.asEquation", `the right expression; write it as an equation (${defined.variable} = ...)`, {
        variable: defined.variable,
      }),
      understood,
    );
  }
  return { verdict: "incorrect", understood };
}

export function checkEquation(spec: EquationSpec, input: string): CheckResult {
  if (isRelationValue(spec.value)) {
    const r = checkRelation(spec, input);
    return spec.form === "step" ? judgeRelationStep(readRelationTarget(spec), input, r) : r;
  }
  const target = readSpecEquation(spec);
  if (!target) return unparseable();
  const allowed = allowedVariables(spec.variables, target.lhs, target.rhs);
  // "x is 4" / "x equals 4" mean "x = 4" when x is one of the variables; "3x equals 15" too.
  const text = answerPart(input)
    // "(x - y + z = 5)": brackets around a whole equation group nothing.
    .replace(/^\s*\(([^()]*=[^()]*)\)\s*$/, "$1")
    .replace(/\b([a-z]+(?:_[a-z0-9]+)?)\s+(?:is|equals|is equal to)\s+/g, (m, v: string) =>
      allowed.has(v) ? `${v} = ` : m,
    )
    .replace(
      /(?<![\w.])(\d+(?:\.\d+)?)([a-z]+(?:_[a-z0-9]+)?)\s+(?:equals|is equal to)\s+/g,
      (m, c: string, v: string) => (allowed.has(v) ? `${c}${v} = ` : m),
    );
  const { text: rewritten, runs } = findMathRuns(text, allowed);
  if (runs.length === 0) return unparseable();
  let idx = runs.length - 1;
  for (let i = runs.length - 1; i >= 0; i--) {
    if (runs[i]!.text.includes("=")) {
      idx = i;
      break;
    }
  }
  if (isHedged(rewritten, runs, idx)) return unparseable();
  const run = runs[idx]!.text;
  if (!run.includes("=")) return judgeBare(target, allowed, run);
  const eq = parseEquation(run, allowed);
  if (!eq) return unparseable();
  const r = judgeEquation(target, allowed, eq, spec.form);
  if (!isStepPartial(r)) return r;
  // "3x = 15, so x = 5": the step's equation shown on the way to a further (true) one is right.
  for (let i = idx - 1; i >= 0; i--) {
    const earlier = runs[i]!.text.includes("=") ? parseEquation(runs[i]!.text, allowed) : null;
    if (!earlier || isHedged(rewritten, runs, i)) continue;
    const shown = judgeEquation(target, allowed, earlier, spec.form);
    if (shown.verdict === "correct") return shown;
  }
  return r;
}
