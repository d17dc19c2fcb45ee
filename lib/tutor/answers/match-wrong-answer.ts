import { checkAnswer } from "./check-answer";
import { pickOption } from "./check-choice";
import { parseEquation, readSpecEquation, solvedForm } from "./check-equation";
import { isEmptySet, splitList } from "./check-list";
import { matrixInput, readMatrix } from "./check-matrix";
import { isRelationValue } from "./check-relation";
import { normalizeText } from "./check-text";
import { normalizeInput, stripWrappers } from "./normalize-input";
import { parseMath } from "./parse-math";
import { formatNumber } from "./parse-number";
import { pickFinalQuantity } from "./pick-final-quantity";
import type { AnswerSpec, ScalarAnswerSpec } from "./spec";

const FRACTION_VALUE = /^-?(\d+\s+)?\d+\/\d+$|^-?\d+$/;

/**
 * The spec with its correct value replaced by an authored wrong answer, read with the same kind.
 * Form and unit requirements are dropped: a misconception is about the value, so "12" typed
 * without its unit still matches the authored wrong "12 cm". Null when `wrong` does not read as
 * a value of that kind.
 */
const NO_NUMERIC_FORM = { decimals: undefined, sigfigs: undefined, scientific: undefined, acceptFraction: undefined };
function specForWrong(spec: AnswerSpec, wrong: string): AnswerSpec | null {
  const w = normalizeInput(wrong);
  switch (spec.kind) {
    case "numeric":
    case "percentage":
    case "fraction": {
      const pick = pickFinalQuantity(w);
      if (pick.status !== "ok") return null;
      const q = pick.quantity;
      if (spec.kind === "percentage") return { ...spec, value: q.value, acceptDecimal: false };
      const unit = spec.unit ? { ...spec.unit, required: false } : undefined;
      if (spec.kind === "numeric") return { ...spec, ...NO_NUMERIC_FORM, value: q.value, unit };
      const asFraction =
        q.form === "fraction" || q.form === "mixed" || q.form === "integer"
          ? q.raw.replace(/[^\d/ -]/g, "").trim()
          : "";
      if (FRACTION_VALUE.test(asFraction))
        return {
          ...spec,
          value: asFraction,
          requireSimplified: false,
          acceptDecimal: true,
          denominator: undefined,
          form: undefined,
          unit,
        };
      return { kind: "numeric", value: q.value, unit };
    }
    case "expression": {
      const last = w.split("=").pop() ?? "";
      // A wrong antiderivative is matched as written (no arbitrary constant); i stays imaginary.
      return parseMath(last) ? { ...spec, value: last, form: "any", exact: undefined, constant: undefined } : null;
    }
    case "equation": {
      if (isRelationValue(spec.value)) return isRelationValue(w) ? { ...spec, value: w, notation: "any" } : null;
      if (w.includes("=")) return parseEquation(w) ? { ...spec, value: w } : null;
      const target = readSpecEquation(spec);
      const solved = target ? solvedForm(target) : null;
      const pick = pickFinalQuantity(w);
      if (!solved || pick.status !== "ok") return null;
      return { ...spec, value: `${solved.variable} = ${formatNumber(pick.quantity.value)}` };
    }
    case "choice": {
      const pick = pickOption(spec, w);
      return pick.status === "ok" ? { ...spec, correct: pick.index } : null;
    }
    case "text":
      // Code and chemistry keep their symbols ("Br+" is a wrong answer for "Br-"), words their words.
      if (spec.match === "code" || spec.match === "chemistry")
        return wrong.trim() ? { ...spec, accepted: [wrong.trim()] } : null;
      return normalizeText(w) ? { ...spec, accepted: [wrong] } : null;
    case "list": {
      if (spec.notation === "set" && isEmptySet(w)) return { ...spec, items: [] };
      if (spec.notation === "matrix") {
        const grid = readMatrix(normalizeInput(matrixInput(wrong)));
        const columns = grid?.[0]?.length ?? 0;
        if (!grid || columns === 0 || grid.some((r) => r.length !== columns)) return null;
        const items: ScalarAnswerSpec[] = [];
        for (const [k, cell] of grid.flat().entries()) {
          const base = spec.items[Math.min(k, spec.items.length - 1)] ?? { kind: "numeric", value: 0 };
          const s = specForWrong(base, cell);
          if (!s || s.kind === "list") return null;
          items.push(s);
        }
        return items.length >= 2 ? { ...spec, items, columns } : null;
      }
      const parts = splitList(w, spec.items.length, spec.notation === "set");
      const items: ScalarAnswerSpec[] = [];
      for (const [i, p] of parts.entries()) {
        const base = spec.items[Math.min(i, spec.items.length - 1)] ?? { kind: "numeric", value: 0 };
        const s = specForWrong(base, p);
        if (!s || s.kind === "list") return null;
        items.push(s);
      }
      return items.length > 0 ? { ...spec, items } : null;
    }
  }
}

/**
 * True when the student's input equals an authored wrong answer, read with the spec's kind:
 * "12", "3/8", "2x+3", "x=5", an option's text (or letter), or a text answer. An input the
 * checker marks correct never matches, so an authoring slip cannot flag a right answer.
 */
export function matchesWrongAnswer(spec: AnswerSpec, input: string, wrong: string): boolean {
  try {
    if (checkAnswer(spec, input).verdict === "correct") return false;
    const wrongSpec = specForWrong(spec, wrong);
    if (!wrongSpec) {
      const w = normalizeText(wrong);
      const typed = normalizeInput(input);
      return w !== "" && (normalizeText(typed) === w || normalizeText(stripWrappers(typed)) === w);
    }
    return checkAnswer(wrongSpec, input).verdict === "correct";
  } catch {
    return false;
  }
}
