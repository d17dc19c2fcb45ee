import { formatChemistry, readChemistry } from "./check-chemistry";
import { numericOptions } from "./check-choice";
import { canonicalCode } from "./check-code";
import { readSpecEquation, solvedForm } from "./check-equation";
import { readSpecMath, showConstant } from "./check-expression";
import { fractionTarget } from "./check-fraction";
import { formatAmount, formatAnswer, formatFraction, withUnit } from "./format-answer";
import { formatExpr } from "./parse-math";
import { formatNumber, parseNumber, toSimpleFraction } from "./parse-number";
import type { AnswerSpec, UnitSpec } from "./spec";
import { spellFraction, spellNumber } from "./spell-number";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Digit forms get every unit spelling ("$12", "12 dollars", "12cm"); word forms only "twelve cm". */
function unitVariants(numbers: string[], unit: UnitSpec | undefined): string[] {
  if (!unit) return numbers;
  const out = [...numbers];
  for (const n of numbers) {
    if (/^[a-z]/.test(n)) {
      out.push(`${n} ${unit.name}`);
      continue;
    }
    out.push(withUnit(n, unit));
    for (const u of [unit.name, ...(unit.aliases ?? [])]) {
      if (/^[$€£]$/.test(u)) out.push(`${u}${n}`);
      else out.push(`${n} ${u}`, `${n}${u}`);
    }
  }
  return out;
}

/** Plain spellings of a number: "1200", "1,200", "1200.00" for money, "twelve". */
function numberSpellings(v: number, money: boolean): string[] {
  const out = [formatNumber(v), formatNumber(v, true)];
  if (money) out.push(v.toFixed(2));
  if (Math.abs(v) < 1 && v !== 0) out.push(formatNumber(v).replace(/^(-?)0\./, "$1."));
  const words = spellNumber(Math.abs(v));
  if (words) out.push(v < 0 ? `minus ${words}` : words);
  return out;
}

function fractionSpellings(v: number): string[] {
  const f = toSimpleFraction(v);
  if (!f || f.den === 1) return [];
  const out = [`${f.num}/${f.den}`];
  if (Math.abs(f.num) > f.den) {
    const whole = Math.trunc(Math.abs(f.num) / f.den);
    out.push(`${f.num < 0 ? "-" : ""}${whole} ${Math.abs(f.num) % f.den}/${f.den}`);
  }
  if (f.num > 0) out.push(...spellFraction(f.num, f.den));
  return out;
}

function decimalSpellings(v: number): string[] {
  const out: string[] = [];
  const exact = Number(v.toFixed(10));
  if (Math.abs(exact - Number(v.toFixed(3))) > 1e-12) out.push(v.toFixed(3), v.toFixed(2));
  else out.push(formatNumber(v));
  return out.flatMap((d) => (Math.abs(v) < 1 ? [d, d.replace(/^(-?)0\./, "$1.")] : [d]));
}

/**
 * Surface forms of the correct answer worth scanning tutor text for. Not exhaustive (6/8 for
 * 3/4 is not listed); textRevealsAnswer parses values instead of matching these strings.
 */
export function answerForms(spec: AnswerSpec): string[] {
  const out: string[] = [];
  try {
    out.push(formatAnswer(spec));
    switch (spec.kind) {
      case "numeric": {
        const v = spec.value;
        const money = spec.unit !== undefined && withUnit("1", spec.unit).startsWith("$");
        const nums = [formatAmount(v, spec.unit), ...numberSpellings(v, money)];
        if (!Number.isInteger(v)) nums.push(...fractionSpellings(v));
        out.push(...unitVariants(nums, spec.unit));
        if (!Number.isInteger(v) && Math.abs(v) <= 2) out.push(`${formatNumber(v * 100)}%`);
        break;
      }
      case "fraction": {
        const t = fractionTarget(spec);
        if (!t) break;
        const nums = [formatFraction(spec), ...fractionSpellings(t.value), ...decimalSpellings(t.value)];
        if (t.den === 1) nums.push(...numberSpellings(t.value, false));
        const pct = t.value * 100;
        out.push(
          ...unitVariants(nums, spec.unit),
          `${Number.isInteger(pct * 100) ? formatNumber(pct) : pct.toFixed(1)}%`,
        );
        break;
      }
      case "percentage": {
        const p = formatNumber(spec.value);
        out.push(
          `${p}%`,
          `${p} %`,
          `${p} percent`,
          formatNumber(spec.value / 100),
          ...fractionSpellings(spec.value / 100),
        );
        const words = spellNumber(spec.value);
        if (words) out.push(`${words} percent`);
        break;
      }
      case "expression": {
        const e = readSpecMath(spec.value, spec.variables);
        out.push(spec.value.trim());
        if (e) out.push(formatExpr(showConstant(spec, e)).replace(/\s+/g, ""));
        break;
      }
      case "equation": {
        const eq = readSpecEquation(spec);
        out.push(spec.value.trim());
        if (!eq) break;
        out.push(
          `${formatExpr(eq.lhs)}=${formatExpr(eq.rhs)}`.replace(/\s+/g, ""),
          `${formatExpr(eq.rhs)} = ${formatExpr(eq.lhs)}`,
        );
        const solved = solvedForm(eq);
        if (solved) out.push(...numberSpellings(solved.value, false), ...fractionSpellings(solved.value));
        break;
      }
      case "choice": {
        const L = LETTERS[spec.correct] ?? "";
        out.push(`(${L})`, `${L})`, `option ${L}`, `answer ${L}`, `choice ${L}`);
        const opt = spec.options[spec.correct] ?? "";
        const p = numericOptions(spec) ? parseNumber(opt) : null;
        if (p) out.push(...numberSpellings(p.value, false));
        break;
      }
      case "text":
        out.push(...spec.accepted);
        if (spec.match === "code") out.push(...spec.accepted.map(canonicalCode));
        if (spec.match === "chemistry")
          for (const a of spec.accepted) {
            const read = readChemistry(a);
            if (read) out.push(formatChemistry(read), formatChemistry(read).replace(/\s+/g, ""));
          }
        break;
      case "list":
        out.push(`(${formatAnswer(spec)})`, ...spec.items.map((it) => formatAnswer(it)));
        break;
    }
  } catch {
    // Forms are advisory; a partial list is better than none.
  }
  return [...new Set(out.map((s) => s.trim()).filter(Boolean))];
}
