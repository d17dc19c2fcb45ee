import { applyUnit, checkQuantityAnswer, describeQuantity } from "./check-quantity";
import type { Quantity } from "./find-quantities";
import { approxEqual } from "./parse-number";
import type { NumericSpec } from "./spec";
import { type CheckResult, partial } from "./types";

/**
 * A percent-marked number equal to the value itself ("50%" for 50) is accepted: the sign reads
 * as a label. Equal after dividing by 100 ("50%" for 0.5) is the right value in the wrong form.
 * The negated value is a sign slip, partial, so the tutor can say "check the sign".
 */
export function judgeNumeric(spec: NumericSpec, q: Quantity): CheckResult {
  const understood = describeQuantity(q);
  const v = spec.value;
  const tol = spec.tolerance;
  if (approxEqual(q.value, v, tol)) return { verdict: "correct", understood };
  if (q.percent && approxEqual(q.value / 100, v, tol)) {
    return partial("form", "right value, but write it as a plain number, not a percentage", understood);
  }
  if (v !== 0 && approxEqual(-q.value, v, tol))
    return partial("sign", "the size is right, but check the sign", understood);
  return { verdict: "incorrect", understood };
}

export function checkNumeric(spec: NumericSpec, input: string): CheckResult {
  return checkQuantityAnswer(input, spec.unit, (q) => judgeNumeric(spec, q));
}

/** judgeNumeric plus unit rules, for scanning quantities found elsewhere. */
export function judgeNumericWithUnit(spec: NumericSpec, q: Quantity): CheckResult {
  return applyUnit(spec.unit, q, judgeNumeric(spec, q));
}
