import { checkQuantityAnswer, describeQuantity } from "./check-quantity";
import type { Quantity } from "./find-quantities";
import { approxEqual, formatNumber } from "./parse-number";
import type { PercentageSpec } from "./spec";
import { type CheckResult, partial, reason } from "./types";

/**
 * "50%", "50 percent" and a bare "50" are the answer 50%. The equal decimal or fraction
 * ("0.5", "1/2") is right in value but in the wrong form unless the spec accepts decimals.
 * A bare number is compared as a percentage first, so for 1% a bare "1" is correct.
 */
export function judgePercentage(spec: PercentageSpec, q: Quantity): CheckResult {
  const understood = describeQuantity(q);
  const tol = spec.tolerance;
  if (approxEqual(q.value, spec.value, tol)) return { verdict: "correct", understood: `${formatNumber(q.value)}%` };
  if (!q.percent && approxEqual(q.value * 100, spec.value, tol)) {
    return spec.acceptDecimal
      ? { verdict: "correct", understood }
      : partial("form", reason("answers.asPercentage", "right value, but give it as a percentage"), understood);
  }
  return { verdict: "incorrect", understood };
}

export function checkPercentage(spec: PercentageSpec, input: string): CheckResult {
  return checkQuantityAnswer(input, undefined, (q) => judgePercentage(spec, q));
}
