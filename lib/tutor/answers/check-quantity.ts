import type { Quantity } from "./find-quantities";
import { acceptedUnitSpellings, currencySymbol } from "./match-unit";
import { answerPart, stripWrappers } from "./normalize-input";
import { evaluate, parseMath } from "./parse-math";
import { formatNumber } from "./parse-number";
import { pickFinalQuantity } from "./pick-final-quantity";
import { rewriteScientific } from "./read-scientific";
import type { UnitSpec } from "./spec";
import { type CheckResult, partial, reason, unparseable } from "./types";

/** Judges one number the student gave; shared by checkAnswer and the reveal scanner. */
export type QuantityJudge = (q: Quantity) => CheckResult;

/** The number as we understood it, normalised: "0.75", "-2/3", "1 1/2", "50%", "$12", "12 cm". */
export function describeQuantity(q: Quantity): string {
  let n: string;
  if (q.form === "fraction") n = `${q.num}/${q.den}`;
  else if (q.form === "mixed") {
    const whole = Math.trunc(Math.abs(q.num!) / q.den!);
    n = `${q.num! < 0 ? "-" : ""}${whole} ${q.partNum}/${q.den}`;
  } else if (q.form === "scientific") n = `${formatNumber(q.mantissa!)}e${q.exponent}`;
  else n = formatNumber(q.value);
  if (q.percent) return `${n}%`;
  if (!q.unit) return n;
  if (/^[$€£]$/.test(q.unit.text)) return n.startsWith("-") ? `-${q.unit.text}${n.slice(1)}` : `${q.unit.text}${n}`;
  return `${n} ${q.unit.text}`;
}

/**
 * Combines a value verdict with the unit rules: a known unit that is not the spec's unit makes
 * the answer incorrect (even with the right number); a missing required unit downgrades a right
 * number to partial. A spec without a unit ignores whatever unit the student wrote.
 */
export function applyUnit(unit: UnitSpec | undefined, q: Quantity, value: CheckResult): CheckResult {
  if (!unit || value.verdict === "incorrect") return value;
  if (q.unit && !q.unit.accepted) return { verdict: "incorrect", understood: value.understood };
  if (q.unit && !q.percent) {
    const text = currencySymbol(unit) ?? unit.name;
    value = { ...value, understood: describeQuantity({ ...q, unit: { ...q.unit, text } }) };
  }
  // A unit named "%" or "percent" is given by the percent sign, which is read apart from units.
  const percentUnit = q.percent && acceptedUnitSpellings(unit).some((u) => u === "%" || u === "percent");
  if (!q.unit && !percentUnit && unit.required && value.verdict === "correct") {
    return partial(
      "unit",
      reason("answers.includeUnit", `the number is right; include the unit (${unit.name})`, { unit: unit.name }),
      value.understood,
    );
  }
  return value;
}

/**
 * "3*4", "(2+3)*4", "12+0": arithmetic the student did not finish (NaN if it overflows, as
 * "9^9^9^9" does). Mixed numbers, fractions and signed numbers are not this.
 */
function unfinishedArithmetic(core: string): number | null {
  if (!/^[-+*/^().\d\s]+$/.test(core) || !/[+*^()]/.test(core.replace(/^[-+]/, ""))) return null;
  const e = parseMath(core);
  if (!e || e.t === "num" || (e.t === "neg" && e.a.t === "num")) return null;
  return evaluate(e, {});
}

/** Shared flow for numeric, fraction and percentage specs. */
export function checkQuantityAnswer(input: string, unit: UnitSpec | undefined, judge: QuantityJudge): CheckResult {
  const core = rewriteScientific(stripWrappers(answerPart(input)));
  const arith = unfinishedArithmetic(core);
  if (arith !== null) {
    if (!Number.isFinite(arith)) return { verdict: "incorrect", understood: core };
    const q: Quantity = {
      value: arith,
      form: "decimal",
      decimals: 12,
      percent: false,
      unit: null,
      start: 0,
      end: core.length,
      raw: core,
    };
    const r = judge(q);
    if (r.verdict === "correct" || (r.verdict === "partial" && r.partialKind === "form")) {
      return partial(
        "simplify",
        reason("answers.singleNumber", "equivalent, but work it out to a single number"),
        core,
      );
    }
    return { verdict: "incorrect", understood: core };
  }
  const pick = pickFinalQuantity(input, acceptedUnitSpellings(unit));
  if (pick.status !== "ok") return unparseable();
  return applyUnit(unit, pick.quantity, judge(pick.quantity));
}
