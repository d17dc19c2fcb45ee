import { checkList } from "./check-list";
import { checkScalar } from "./check-scalar";
import { isNonAnswer, normalizeInput } from "./normalize-input";
import type { AnswerSpec } from "./spec";
import type { CheckResult } from "./types";

/**
 * Grades a student's free-typed message against an answer spec. Never throws: any internal
 * failure (including in mathjs) is reported as "unparseable", which the policy layer treats
 * as "ask again", never as correct.
 */
export function checkAnswer(spec: AnswerSpec, input: string): CheckResult {
  try {
    const normalized = normalizeInput(input);
    if (isNonAnswer(normalized)) return { verdict: "unparseable" };
    if (spec.kind === "list") return checkList(spec, normalized);
    return checkScalar(spec, normalized);
  } catch {
    return { verdict: "unparseable" };
  }
}
