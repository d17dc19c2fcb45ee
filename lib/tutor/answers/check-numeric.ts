import { applyUnit, checkQuantityAnswer, describeQuantity } from "./check-quantity";
import type { Quantity } from "./find-quantities";
import { approxEqual } from "./parse-number";
import { roundToDecimals, roundToSigfigs } from "./round-number";
import type { NumericSpec } from "./spec";
import { type CheckResult, partial, type Reason, reason } from "./types";

const CHECK_SIGN = reason("answers.checkSign", "the size is right, but check the sign");

/** The value the student should give: the spec's value rounded as its form asks. */
export function numericTarget(spec: NumericSpec): number {
  if (spec.decimals !== undefined) return roundToDecimals(spec.value, spec.decimals);
  if (spec.sigfigs !== undefined) return roundToSigfigs(spec.value, spec.sigfigs);
  return spec.value;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** A form partial: "workLeft" when saying it would not give the answer away (see CheckResult). */
function formPartial(why: Reason, understood: string, workLeft: boolean): CheckResult {
  return workLeft ? { ...partial("form", why, understood), workLeft } : partial("form", why, understood);
}

/**
 * The value is right but rounded to another precision than asked (or not rounded): 3.14159 or
 * 3.1 where 2 decimal places give 3.14.
 */
function roundedOtherwise(spec: NumericSpec, q: Quantity): boolean {
  if (q.form === "fraction" || q.form === "mixed" || q.value === 0) return false;
  if (approxEqual(q.value, spec.value, spec.tolerance)) return true;
  if (spec.decimals !== undefined) return approxEqual(q.value, roundToDecimals(spec.value, q.decimals));
  if (spec.sigfigs !== undefined && q.sigfigs) {
    for (let n = q.sigfigs.min; n <= q.sigfigs.max; n++) {
      if (approxEqual(q.value, roundToSigfigs(spec.value, n))) return true;
    }
  }
  return false;
}

/** Form rules once the value is right: places, figures, scientific notation, decimal vs fraction. */
function judgeForm(spec: NumericSpec, q: Quantity, understood: string): CheckResult {
  const fraction = q.form === "fraction" || q.form === "mixed";
  const wantsDecimal = spec.decimals !== undefined || spec.sigfigs !== undefined || spec.scientific;
  if (fraction && (wantsDecimal || spec.acceptFraction === false)) {
    return formPartial(
      reason("answers.asDecimal", "right value: now write it as a decimal, not a fraction"),
      understood,
      true,
    );
  }
  if (spec.scientific) {
    if (q.form !== "scientific") {
      return formPartial(
        reason("answers.scientificNotation", "right value: now write it in scientific notation"),
        understood,
        true,
      );
    }
    const m = Math.abs(q.mantissa ?? 0);
    if (m < 1 || m >= 10) {
      return formPartial(
        reason(
          "answers.scientificMantissa",
          "right value, but in scientific notation the first number must be at least one and less than ten",
        ),
        understood,
        false,
      );
    }
  }
  if (spec.decimals !== undefined && q.decimals !== spec.decimals && q.form !== "scientific") {
    return formPartial(
      reason(
        "answers.exactDecimalPlaces",
        `right value: now write it with exactly ${plural(spec.decimals, "decimal place")}`,
        { count: spec.decimals },
      ),
      understood,
      false,
    );
  }
  if (spec.sigfigs !== undefined && q.sigfigs && (spec.sigfigs < q.sigfigs.min || spec.sigfigs > q.sigfigs.max)) {
    return formPartial(
      reason(
        "answers.toSignificantFigures",
        `right value: now write it to ${plural(spec.sigfigs, "significant figure")}`,
        {
          count: spec.sigfigs,
        },
      ),
      understood,
      false,
    );
  }
  return { verdict: "correct", understood };
}

/**
 * A percent-marked number equal to the value itself ("50%" for 50) is accepted: the sign reads
 * as a label. Equal after dividing by 100 ("50%" for 0.5) is the right value in the wrong form.
 * The negated value is a sign slip, partial, so the tutor can say "check the sign".
 * With a form (decimals, sigfigs, scientific, acceptFraction: false) the rounded value in that
 * form is correct; the right value in another form or rounded otherwise is partial ("form").
 * Without one, an equal fraction ("3/5" for 0.6) is correct.
 */
export function judgeNumeric(spec: NumericSpec, q: Quantity): CheckResult {
  const understood = describeQuantity(q);
  const v = numericTarget(spec);
  const tol = spec.tolerance;
  if (approxEqual(q.value, v, tol)) return judgeForm(spec, q, understood);
  if (q.percent && approxEqual(q.value / 100, v, tol)) {
    return partial(
      "form",
      reason("answers.notPercentage", "right value, but write it as a plain number, not a percentage"),
      understood,
    );
  }
  if (spec.decimals !== undefined && roundedOtherwise(spec, q)) {
    return formPartial(
      reason("answers.roundDecimalPlaces", `right value: now round it to ${plural(spec.decimals, "decimal place")}`, {
        count: spec.decimals,
      }),
      understood,
      true,
    );
  }
  if (spec.sigfigs !== undefined && roundedOtherwise(spec, q)) {
    return formPartial(
      reason(
        "answers.roundSignificantFigures",
        `right value: now round it to ${plural(spec.sigfigs, "significant figure")}`,
        { count: spec.sigfigs },
      ),
      understood,
      true,
    );
  }
  if (v !== 0 && approxEqual(-q.value, v, tol)) return partial("sign", CHECK_SIGN, understood);
  return { verdict: "incorrect", understood };
}

export function checkNumeric(spec: NumericSpec, input: string): CheckResult {
  return checkQuantityAnswer(input, spec.unit, (q) => judgeNumeric(spec, q));
}

/** judgeNumeric plus unit rules, for scanning quantities found elsewhere. */
export function judgeNumericWithUnit(spec: NumericSpec, q: Quantity): CheckResult {
  return applyUnit(spec.unit, q, judgeNumeric(spec, q));
}
