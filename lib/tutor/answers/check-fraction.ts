import { applyUnit, checkQuantityAnswer, describeQuantity } from "./check-quantity";
import type { Quantity } from "./find-quantities";
import { approxEqual, gcd, type ParsedNumber, parseNumber } from "./parse-number";
import type { FractionSpec } from "./spec";
import { type CheckResult, partial, type Reason, reason } from "./types";

const CHECK_SIGN = reason("answers.checkSign", "the size is right, but check the sign");

/** The spec's exact value as numerator/denominator (schema guarantees the format). */
export function fractionTarget(spec: FractionSpec): { num: number; den: number; value: number } | null {
  const p: ParsedNumber | null = parseNumber(spec.value);
  if (!p) return null;
  if (p.num !== undefined && p.den !== undefined) return { num: p.num, den: p.den, value: p.value };
  return { num: p.value, den: 1, value: p.value };
}

function inLowestTerms(q: Quantity): boolean {
  if (q.form === "mixed") return gcd(q.partNum!, q.den!) === 1;
  if (q.form === "fraction") return q.den !== 1 && gcd(q.num!, q.den!) === 1;
  return true;
}

function sameRational(q: Quantity, t: { num: number; den: number; value: number }): boolean {
  if (q.num !== undefined && q.den !== undefined) {
    const a = q.num * t.den;
    const b = t.num * q.den;
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return a === b;
  }
  return approxEqual(q.value, t.value);
}

/**
 * A decimal that is the exact value rounded or truncated to its own number of places
 * (0.33 or 0.333 for 1/3, 0.67 or 0.66 for 2/3), with at least two places. The student knows
 * the value but gave an approximation where an exact fraction is asked for.
 */
function isApproximation(q: Quantity, v: number): boolean {
  if (q.form !== "decimal" || q.decimals < 2 || Math.sign(q.value) !== Math.sign(v)) return false;
  const step = 10 ** -q.decimals;
  const diff = Math.abs(q.value) - Math.abs(v);
  return diff > -step - 1e-12 && diff <= step / 2 + 1e-12;
}

/** The right value written otherwise than the spec's form asks; null when the form is met. */
function formMiss(spec: FractionSpec, q: Quantity, t: { value: number }): CheckResult | null {
  const understood = describeQuantity(q);
  const workLeft = (why: Reason): CheckResult => ({ ...partial("form", why, understood), workLeft: true });
  const isFraction = q.form === "fraction" || q.form === "mixed";
  if (spec.denominator !== undefined && !(isFraction && q.den === spec.denominator)) {
    return workLeft(
      reason("answers.withDenominator", `right value: now write it with denominator ${spec.denominator}`, {
        denominator: spec.denominator,
      }),
    );
  }
  const properPart = !Number.isInteger(t.value) && Math.abs(t.value) > 1;
  if (spec.form === "mixed" && properPart && q.form !== "mixed") {
    return workLeft(reason("answers.asMixedNumber", "right value: now write it as a mixed number"));
  }
  if (spec.form === "improper" && (q.form === "mixed" || (!isFraction && Math.abs(t.value) >= 1))) {
    return workLeft(reason("answers.asImproperFraction", "right value: now write it as an improper fraction"));
  }
  return null;
}

export function judgeFraction(spec: FractionSpec, q: Quantity): CheckResult {
  const t = fractionTarget(spec);
  const understood = describeQuantity(q);
  if (!t) return { verdict: "incorrect", understood };
  const asFraction = reason("answers.asFraction", "right value, but give it as a fraction");
  if (q.percent) {
    return approxEqual(q.value / 100, t.value)
      ? { ...partial("form", asFraction, understood), workLeft: spec.denominator !== undefined }
      : { verdict: "incorrect", understood };
  }
  if (sameRational(q, t)) {
    const miss = formMiss(spec, q, t);
    if (miss) return miss;
    const decimal = q.form === "decimal" || q.form === "scientific";
    if (decimal && spec.acceptDecimal === false) return partial("form", asFraction, understood);
    if (spec.requireSimplified && !inLowestTerms(q)) {
      return partial(
        "simplify",
        reason("answers.simplifyFraction", "equivalent, but simplify the fraction to lowest terms"),
        understood,
      );
    }
    return { verdict: "correct", understood };
  }
  if (isApproximation(q, t.value))
    return partial(
      "form",
      reason("answers.exactFraction", "close, but give the exact value as a fraction"),
      understood,
    );
  if (t.value !== 0 && sameRational({ ...q, value: -q.value, num: q.num === undefined ? undefined : -q.num }, t)) {
    return partial("sign", CHECK_SIGN, understood);
  }
  return { verdict: "incorrect", understood };
}

export function checkFraction(spec: FractionSpec, input: string): CheckResult {
  return checkQuantityAnswer(input, spec.unit, (q) => judgeFraction(spec, q));
}

export function judgeFractionWithUnit(spec: FractionSpec, q: Quantity): CheckResult {
  return applyUnit(spec.unit, q, judgeFraction(spec, q));
}
