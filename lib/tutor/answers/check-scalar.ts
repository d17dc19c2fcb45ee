import { checkChemistry } from "./check-chemistry";
import { checkChoice } from "./check-choice";
import { checkCode } from "./check-code";
import { checkEquation } from "./check-equation";
import { checkExpression } from "./check-expression";
import { checkFraction } from "./check-fraction";
import { checkNumeric } from "./check-numeric";
import { checkPercentage } from "./check-percentage";
import { isRelationValue } from "./check-relation";
import { checkText } from "./check-text";
import { answerPart, stripWrappers } from "./normalize-input";
import type { ScalarAnswerSpec } from "./spec";
import type { CheckResult } from "./types";

/** "x > 4", "x>=4", "4 < x": a comparison sign between two operands (not the arrows "->", "=>"). */
const COMPARISON = /(?:^|[\s\w).])(?:<=|>=|<|>|!=)(?=\s*[-\w(.])/;

/**
 * An inequality where a value, expression or equation is asked for ("x > 4" for x = 4) says
 * something else: it is wrong, however its numbers read.
 */
function givesInequality(spec: ScalarAnswerSpec, normalized: string): boolean {
  if (spec.kind === "choice" || spec.kind === "text") return false;
  if (spec.kind === "equation" && isRelationValue(spec.value)) return false;
  // Only an answer that is itself a comparison: "12 > 10, so the answer is 12" still gives 12.
  const core = stripWrappers(answerPart(normalized));
  return COMPARISON.test(core) && !/\b[a-z]{3,}\b/.test(core.replace(/\b(?:sqrt|sin|cos|tan|log|exp|abs|pi)\b/g, ""));
}

/** Dispatches a normalised input to the checker for a single (non-list) spec. */
export function checkScalar(spec: ScalarAnswerSpec, normalized: string): CheckResult {
  if (givesInequality(spec, normalized))
    return { verdict: "incorrect", understood: stripWrappers(answerPart(normalized)) };
  switch (spec.kind) {
    case "numeric":
      return checkNumeric(spec, normalized);
    case "fraction":
      return checkFraction(spec, normalized);
    case "percentage":
      return checkPercentage(spec, normalized);
    case "expression":
      return checkExpression(spec, normalized);
    case "equation":
      return checkEquation(spec, normalized);
    case "choice":
      return checkChoice(spec, normalized);
    case "text":
      // checkAnswer reads code and chemistry from the message as typed; here (lower-cased) they can only be stricter.
      if (spec.match === "code") return checkCode(spec, normalized);
      if (spec.match === "chemistry") return checkChemistry(spec, normalized);
      return checkText(spec, normalized);
    default:
      return { verdict: "unparseable" };
  }
}
