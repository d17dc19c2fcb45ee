import { checkChemistry, compareChemistry, readChemistry } from "./check-chemistry";
import { exactOption } from "./check-choice";
import { canonicalCode, checkCode } from "./check-code";
import { checkList, isEmptySet, splitList } from "./check-list";
import { matrixInput } from "./check-matrix";
import { checkScalar } from "./check-scalar";
import { exactAccepted } from "./check-text";
import { readLocaleInput } from "./localize-input";
import { caseLetters, encodeCase } from "./math-names";
import { isNonAnswer, normalizeInput } from "./normalize-input";
import { cleanNotation } from "./notation-input";
import type { AnswerSpec, TextSpec } from "./spec";
import type { CheckOptions, CheckResult } from "./types";

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
function checkNotation(spec: TextSpec, input: string, locale?: string): CheckResult {
  const r = spec.match === "code" ? checkCode(spec, input) : checkChemistry(spec, input);
  const n = normalizeInput(input);
  if (!isNonAnswer(n) && !isNonAnswer(readLocaleInput(n, locale).text)) return r;
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
/** The answer has parts separated by commas (a list, a point, an interval "[2,5)"): "(3,5)" may be those parts. */
function hasParts(spec: AnswerSpec): boolean {
  return spec.kind === "list" || spec.kind === "equation";
}

const RANK: Record<CheckResult["verdict"], number> = { unparseable: 0, incorrect: 1, partial: 2, correct: 3 };
const rank = (r: CheckResult) => RANK[r.verdict];

function grade(spec: AnswerSpec, normalized: string): CheckResult {
  if (isNonAnswer(normalized) && !isVerbatimAnswer(spec, normalized)) return { verdict: "unparseable" };
  if (spec.kind === "list") return checkList(spec, normalized);
  return checkScalar(spec, normalized);
}

/**
 * Grades a message in the student's language (see localize-input.ts): an option or accepted
 * text typed word for word is graded as it stands; otherwise the message is read into English.
 * An ambiguous number ("2.125" in Spanish) is graded both ways and is unparseable when the two
 * readings disagree. "(3,5)" where the answer has parts: for a list, the parts reading when only
 * it gives the list's count of parts (as splitList reads "1,200"); for an interval or equation,
 * the parts reading when it grades better than the decimal one ("[2,5)" is not "[2.5)").
 */
function gradeInLocale(spec: AnswerSpec, normalized: string, locale: string | undefined): CheckResult {
  if (isVerbatimAnswer(spec, normalized)) return grade(spec, normalized);
  const reading = readLocaleInput(normalized, locale, spec);
  const r = grade(spec, reading.text);
  if (reading.ambiguous !== undefined && grade(spec, reading.ambiguous).verdict !== r.verdict) {
    return { verdict: "unparseable" };
  }
  if (reading.separated !== undefined && hasParts(spec)) {
    if (spec.kind === "list" && spec.notation !== "matrix") {
      // As splitList reads "1,200": the parts reading when only it gives the expected count.
      const n = spec.items.length;
      const count = (t: string) => splitList(t, n, spec.notation === "set").length;
      if (count(reading.text) !== n && count(reading.separated) === n) return grade(spec, reading.separated);
      return r;
    }
    const parts = grade(spec, reading.separated);
    if (rank(parts) > rank(r)) return parts;
  }
  return r;
}

export function checkAnswer(spec: AnswerSpec, input: string, options: CheckOptions = {}): CheckResult {
  try {
    if (spec.kind === "text" && (spec.match === "code" || spec.match === "chemistry"))
      return checkNotation(spec, input, options.locale);
    // A spec using both "b" and "B" keeps the student's case for that letter.
    const cased = spec.kind === "expression" || spec.kind === "equation" ? caseLetters(spec.value) : new Set<string>();
    // A matrix's rows may be on separate lines or in a LaTeX matrix, which normalizeInput flattens.
    const typed = spec.kind === "list" && spec.notation === "matrix" ? matrixInput(input) : input;
    const normalized = normalizeInput(encodeCase(typed, cased));
    return gradeInLocale(spec, normalized, options.locale);
  } catch {
    return { verdict: "unparseable" };
  }
}
