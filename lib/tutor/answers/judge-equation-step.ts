import type { Equation } from "./check-equation";
import type { RelationTarget } from "./check-relation";
import { equivalentExpr, isExpanded, isFactored } from "./compare-expressions";
import { answerPart, stripWrappers } from "./normalize-input";
import type { Expr } from "./parse-math";
import { type Op, parseRelation, type Relation, relationToInterval, symbolizeComparisons } from "./read-relation";
import { type CheckResult, partial, reason } from "./types";

/*
 * `form: "step"` on an equation spec: the step teaches a transformation ("Subtract 5 from both
 * sides. What equation do you get?"), so an equivalent equation is not enough: the original
 * equation and the final answer are equivalent to the step's result too. Right means the
 * authored equation up to trivial rewriting: each side equal as a function to the matching
 * side (or the sides swapped), so "15 = 3x", "3*x = 15", "x*3 = 15", "x + 2x = 15" and
 * "3x + 5 - 5 = 20 - 5" are right for "3x = 15". Multiplying both sides by a number (-1
 * included: "-3x = -15") is another operation, so it is not trivial. Where the authored side is
 * expanded, a side with brackets still to multiply out is not the same side (and factored
 * likewise), so "5(x - 2) = 35" is not the result of expanding it.
 */

type Noun = "equation" | "inequality";

/** A solution typed where the step's equation is asked for ("x = 5" for "3x = 15"). */
const aheadReason = (noun: Noun) =>
  reason(
    noun === "equation" ? "answers.stepAheadEquation" : "answers.stepAheadInequality",
    `that is the solution, but this step asks for an ${noun} on the way to it: write the ${noun} this step gives`,
  );
/** Any other equivalent equation: the original one, a different operation, a step further. */
const otherReason = (noun: Noun) =>
  reason(
    noun === "equation" ? "answers.stepOtherEquation" : "answers.stepOtherInequality",
    `that ${noun === "equation" ? "equation is true" : "inequality has the same solutions"}, but it is not the one this step asks for: do exactly what the step says, no more and no less`,
  );
const REASONS = new Set(
  (["equation", "inequality"] as const).flatMap((n) => [aheadReason(n).text, otherReason(n).text]),
);

/** The same side up to trivial rewriting (see above). */
export function sameSide(target: Expr, e: Expr): boolean {
  return equivalentExpr(target, e) && (!isExpanded(target) || isExpanded(e)) && (!isFactored(target) || isFactored(e));
}

/** The authored equation with its sides rewritten, possibly swapped. */
export function sameSides(target: Equation, eq: Equation): boolean {
  return (
    (sameSide(target.lhs, eq.lhs) && sameSide(target.rhs, eq.rhs)) ||
    (sameSide(target.lhs, eq.rhs) && sameSide(target.rhs, eq.lhs))
  );
}

/** An equivalent answer that is not the step's result: partial, never naming the answer. */
export function notThisStep(ahead: boolean, understood: string | undefined, noun: Noun = "equation"): CheckResult {
  if (ahead) return partial("form", aheadReason(noun), understood);
  // The step's operation is still to do, so saying so gives nothing away.
  return { ...partial("form", otherReason(noun), understood), workLeft: true };
}

/** A partial from the step form (another equivalent equation), not from the value's form. */
export function isStepPartial(r: CheckResult): boolean {
  return r.verdict === "partial" && REASONS.has(r.reason ?? "");
}

const FLIP: Record<Op, Op> = { "<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "=", "!=": "!=" };

/** The authored relation (or chain) side by side, or read backwards with the signs turned. */
function sameRelation(t: Relation, s: Relation): boolean {
  const n = t.sides.length;
  if (s.sides.length !== n || s.ops.length !== t.ops.length) return false;
  const forward = t.ops.every((op, i) => s.ops[i] === op) && t.sides.every((e, i) => sameSide(e, s.sides[i]!));
  const backward =
    t.ops.every((op, i) => s.ops[n - 2 - i] === FLIP[op]) && t.sides.every((e, i) => sameSide(e, s.sides[n - 1 - i]!));
  return forward || backward;
}

/**
 * The step form for inequalities: an answer the set comparison accepts ("x > 3" for "2x > 6")
 * is right only when it is the authored relation rewritten; an interval or a solved inequality
 * where an unsolved one is asked for is ahead of the step.
 */
export function judgeRelationStep(target: RelationTarget | null, normalized: string, r: CheckResult): CheckResult {
  if (r.verdict !== "correct" || !target?.relation) return r;
  const core = symbolizeComparisons(stripWrappers(answerPart(normalized)));
  const s = parseRelation(core, target.allowed);
  if (s && sameRelation(target.relation, s)) return r;
  const solved = s ? (relationToInterval(s, target.variable)?.solved ?? false) : true;
  return notThisStep(solved && !target.solved, r.understood, "inequality");
}
