/**
 * The answer checker: grades free-typed student answers against an AnswerSpec and helps the
 * guard that keeps tutor messages from revealing unrevealed answers. Pure TypeScript.
 */
export { checkAnswer } from "./check-answer";
export { textRevealsAnswer } from "./detect-reveal";
export { formatAnswer } from "./format-answer";
export { answerForms } from "./list-answer-forms";
export { matchesWrongAnswer } from "./match-wrong-answer";
export { type ParsedNumber, parseNumber } from "./parse-number";
export * from "./spec";
export type { CheckOptions, CheckResult, Verdict } from "./types";
