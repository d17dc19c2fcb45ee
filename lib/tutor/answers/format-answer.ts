import { formatEquation, readSpecEquation } from "./check-equation";
import { readSpecMath, showConstant } from "./check-expression";
import { fractionTarget } from "./check-fraction";
import { matrixText } from "./check-matrix";
import { numericTarget } from "./check-numeric";
import { formatRelation, isRelationValue } from "./check-relation";
import { currencySymbol } from "./match-unit";
import { formatExpr } from "./parse-math";
import { formatNumber, gcd } from "./parse-number";
import { fixedPlaces, plainSigfigs, scientificText } from "./round-number";
import type { AnswerSpec, FractionSpec, ListSpec, NumericSpec, UnitSpec } from "./spec";

/** "$12", "$12.50", "-$3", "12 cm", or the bare number when there is no unit. */
export function withUnit(n: string, unit: UnitSpec | undefined): string {
  if (!unit) return n;
  const cur = currencySymbol(unit);
  if (cur) return n.startsWith("-") ? `-${cur}${n.slice(1)}` : `${cur}${n}`;
  return `${n} ${unit.name}`;
}

/** Money reads as "$12.50", never "$12.5"; tiny and huge numbers as "7.91 × 10^-7". */
export function formatAmount(v: number, unit: UnitSpec | undefined): string {
  const money = currencySymbol(unit) !== null;
  if (money && !Number.isInteger(v) && Math.abs(v * 100 - Math.round(v * 100)) < 1e-9) {
    return v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }
  const abs = Math.abs(v);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e15)) return scientificText(v);
  return formatNumber(v, true);
}

/** The numeric answer in the form its spec asks for: "3.14", "2.50", "0.000000791", "6.02 × 10^23". */
export function formatNumeric(spec: NumericSpec): string {
  const v = numericTarget(spec);
  if (spec.scientific) return scientificText(v, spec.sigfigs);
  if (spec.decimals !== undefined) return fixedPlaces(v, spec.decimals);
  if (spec.sigfigs !== undefined) return plainSigfigs(v, spec.sigfigs);
  return formatAmount(v, spec.unit);
}

/**
 * "3/4", "-5/2", "1 1/2" (authored mixed numbers stay mixed), without surrounding spaces; in
 * the spec's form: over its denominator, mixed or improper, in lowest terms when required.
 */
export function formatFraction(spec: FractionSpec): string {
  const t = fractionTarget(spec);
  if (!t) return spec.value.trim();
  let { num, den } = t;
  if (spec.denominator !== undefined) {
    num = Math.round((num * spec.denominator) / den);
    den = spec.denominator;
  } else if (spec.requireSimplified) {
    const g = gcd(num, den) || 1;
    num /= g;
    den /= g;
  }
  if (den === 1 && spec.denominator === undefined && spec.form !== "improper") return formatNumber(num);
  const authoredMixed = /^-?\d+\s+\d+\/\d+$/.test(spec.value.trim());
  const mixed = spec.form === "mixed" || (authoredMixed && spec.form !== "improper");
  if (mixed && Math.abs(num) > den && num % den !== 0) {
    const whole = Math.trunc(Math.abs(num) / den);
    return `${num < 0 ? "-" : ""}${whole} ${Math.abs(num) % den}/${den}`;
  }
  return `${num}/${den}`;
}

/** "{1, 2, 3}" for a set, "(2, -3)" for a point, "[[1, 2], [3, 4]]" for a matrix, "2, -3" for a list. */
function formatList(spec: ListSpec): string {
  if (spec.notation === "matrix") {
    // No thousands separators: a comma separates entries.
    const entries = spec.items.map((it) => formatAnswer(it).replace(/(\d),(?=\d{3}\b)/g, "$1"));
    const columns = spec.columns ?? entries.length;
    const rows: string[][] = [];
    for (let i = 0; i < entries.length; i += columns) rows.push(entries.slice(i, i + columns));
    return matrixText(rows);
  }
  const items = spec.items.map((it) => formatAnswer(it)).join(", ");
  if (spec.notation === "set") return `{${items}}`;
  if (spec.notation === "point") return `(${items})`;
  return items;
}

/** The canonical display form of the answer, for the bottom-out / reveal. */
export function formatAnswer(spec: AnswerSpec): string {
  try {
    switch (spec.kind) {
      case "numeric":
        return withUnit(formatNumeric(spec), spec.unit);
      case "fraction":
        return withUnit(formatFraction(spec), spec.unit);
      case "percentage":
        return `${formatNumber(spec.value)}%`;
      case "expression": {
        const e = readSpecMath(spec.value, spec.variables);
        return e ? formatExpr(showConstant(spec, e)) : spec.value.trim();
      }
      case "equation": {
        if (isRelationValue(spec.value)) return formatRelation(spec) ?? spec.value.trim();
        const eq = readSpecEquation(spec);
        return eq ? formatEquation(eq) : spec.value.trim();
      }
      case "choice":
        return spec.options[spec.correct] ?? "";
      case "text":
        // Code and chemistry are shown as written: their symbols and case are the answer.
        return spec.accepted[0]?.trim() ?? "";
      case "list":
        return formatList(spec);
    }
  } catch {
    return "";
  }
}
