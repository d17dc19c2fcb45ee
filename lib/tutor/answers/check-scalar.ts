import { checkChoice } from "./check-choice";
import { checkEquation } from "./check-equation";
import { checkExpression } from "./check-expression";
import { checkFraction } from "./check-fraction";
import { checkNumeric } from "./check-numeric";
import { checkPercentage } from "./check-percentage";
import { checkText } from "./check-text";
import type { ScalarAnswerSpec } from "./spec";
import type { CheckResult } from "./types";

/** Dispatches a normalised input to the checker for a single (non-list) spec. */
export function checkScalar(spec: ScalarAnswerSpec, normalized: string): CheckResult {
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
      return checkText(spec, normalized);
    default:
      return { verdict: "unparseable" };
  }
}
