import { formatEquation, parseEquation } from "./check-equation";
import { fractionTarget } from "./check-fraction";
import { currencySymbol } from "./match-unit";
import { formatExpr, parseMath } from "./parse-math";
import { formatNumber } from "./parse-number";
import type { AnswerSpec, FractionSpec, UnitSpec } from "./spec";

/** "$12", "$12.50", "-$3", "12 cm", or the bare number when there is no unit. */
export function withUnit(n: string, unit: UnitSpec | undefined): string {
  if (!unit) return n;
  const cur = currencySymbol(unit);
  if (cur) return n.startsWith("-") ? `-${cur}${n.slice(1)}` : `${cur}${n}`;
  return `${n} ${unit.name}`;
}

/** Money reads as "$12.50", never "$12.5". */
export function formatAmount(v: number, unit: UnitSpec | undefined): string {
  const money = currencySymbol(unit) !== null;
  if (money && !Number.isInteger(v) && Math.abs(v * 100 - Math.round(v * 100)) < 1e-9) {
    return v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }
  return formatNumber(v, true);
}

/** "3/4", "-5/2", "1 1/2" (authored mixed numbers stay mixed), without surrounding spaces. */
export function formatFraction(spec: FractionSpec): string {
  const t = fractionTarget(spec);
  if (!t) return spec.value.trim();
  if (t.den === 1) return formatNumber(t.num);
  if (/^-?\d+\s+\d+\/\d+$/.test(spec.value.trim())) {
    const whole = Math.trunc(Math.abs(t.num) / t.den);
    return `${t.num < 0 ? "-" : ""}${whole} ${Math.abs(t.num) % t.den}/${t.den}`;
  }
  return `${t.num}/${t.den}`;
}

/** The canonical display form of the answer, for the bottom-out / reveal. */
export function formatAnswer(spec: AnswerSpec): string {
  try {
    switch (spec.kind) {
      case "numeric":
        return withUnit(formatAmount(spec.value, spec.unit), spec.unit);
      case "fraction":
        return withUnit(formatFraction(spec), spec.unit);
      case "percentage":
        return `${formatNumber(spec.value)}%`;
      case "expression": {
        const e = parseMath(spec.value);
        return e ? formatExpr(e) : spec.value.trim();
      }
      case "equation": {
        const eq = parseEquation(spec.value);
        return eq ? formatEquation(eq) : spec.value.trim();
      }
      case "choice":
        return spec.options[spec.correct] ?? "";
      case "text":
        return spec.accepted[0] ?? "";
      case "list":
        return spec.items.map((it) => formatAnswer(it)).join(", ");
    }
  } catch {
    return "";
  }
}
