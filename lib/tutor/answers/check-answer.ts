import { checkChemistry, compareChemistry, readChemistry } from "./check-chemistry";
import { exactOption } from "./check-choice";
import { canonicalCode, checkCode } from "./check-code";
import { checkList, isEmptySet } from "./check-list";
import { matrixInput } from "./check-matrix";
import { checkScalar } from "./check-scalar";
import { exactAccepted } from "./check-text";
import { caseLetters, encodeCase } from "./math-names";
import { isNonAnswer, normalizeInput } from "./normalize-input";
import { cleanNotation } from "./notation-input";
import type { AnswerSpec, TextSpec } from "./spec";
import type { CheckResult } from "./types";

/** An option or accepted text typed word for word ("Not sure" can be an option): never a non-answer. */
function isVerbatimAnswer(spec: AnswerSpec, normalized: string): boolean {
  if (spec.kind === "choice") return exactOption(spec, normalized) >= 0;
  if (spec.kind === "text") return exactAccepted(spec, normalized) !== null;
  // "{}" or "none" answers a set question (right when the set is empty, wrong otherwise).
  if (spec.kind === "list" && spec.notation === "set") return isEmptySet(normalized);
  return false;
}

/**
 * Code and chemistry answers are read from the message as typed (normalizeInput lower-cases):
 * a non-answer ("idk", "is it Br-?") is unparseable unless it is an accepted answer as it stands.
 */
function checkNotation(spec: TextSpec, input: string): CheckResult {
  const r = spec.match === "code" ? checkCode(spec, input) : checkChemistry(spec, input);
  if (!isNonAnswer(normalizeInput(input))) return r;
  const whole = cleanNotation(input);
  const typed = spec.match === "chemistry" ? readChemistry(whole) : null;
  const verbatim = spec.accepted.some((a) => {
    if (spec.match === "code") return canonicalCode(a) === canonicalCode(whole);
    const answer = readChemistry(a);
    return answer !== null && typed !== null && compareChemistry(answer, typed) === "same";
  });
  return verbatim ? r : { verdict: "unparseable" };
}

/**
 * Grades a student's free-typed message against an answer spec. Never throws: any internal
 * failure (including in mathjs) is reported as "unparseable", which the policy layer treats
 * as "ask again", never as correct.
 */
export function checkAnswer(spec: AnswerSpec, input: string): CheckResult {
  try {
    if (spec.kind === "text" && (spec.match === "code" || spec.match === "chemistry"))
      return checkNotation(spec, input);
    // A spec using both "b" and "B" keeps the student's case for that letter.
    const cased = spec.kind === "expression" || spec.kind === "equation" ? caseLetters(spec.value) : new Set<string>();
    // A matrix's rows may be on separate lines or in a LaTeX matrix, which normalizeInput flattens.
    const typed = spec.kind === "list" && spec.notation === "matrix" ? matrixInput(input) : input;
    const normalized = normalizeInput(encodeCase(typed, cased));
    if (isNonAnswer(normalized) && !isVerbatimAnswer(spec, normalized)) return { verdict: "unparseable" };
    if (spec.kind === "list") return checkList(spec, normalized);
    return checkScalar(spec, normalized);
  } catch {
    return { verdict: "unparseable" };
  }
}
