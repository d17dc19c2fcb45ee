import { cleanText } from "./clean-text";
import { readClockTimes } from "./clock-times";
import { evaluateRun } from "./evaluate-run";
import { findMathRuns } from "./find-math-runs";
import { latexToPlain } from "./latex-to-plain";
import { readOperationPhrases } from "./operation-phrases";
import { replaceNumberWords } from "./replace-number-words";
import type { MathReading, MathRun, NumberToken } from "./types";

/**
 * The one math-aware reading of a text (a tutor turn, a hint, a student message): the text
 * cleaned of Unicode disguises, LaTeX as plain maths, lower-cased, number words as digits,
 * operations said in words as arithmetic ("9 squared" -> "9^2", readOperationPhrases), times of
 * day as a clock writes them ("a quarter past nine" -> "9:15", readClockTimes); then
 * every literal number and every run of arithmetic with the values it states. Never throws.
 */
export function readMath(text: string): MathReading {
  const plain = latexToPlain(cleanText(typeof text === "string" ? text : ""));
  const reading = readClockTimes(readOperationPhrases(replaceNumberWords(plain.toLowerCase())))
    .replace(/\s+/g, " ")
    .trim();
  const numbers: NumberToken[] = [];
  const runs: MathRun[] = [];
  for (const draft of findMathRuns(reading)) {
    numbers.push(...draft.numbers);
    const values = evaluateRun(draft.source) ?? draft.numbers.map((n) => n.value);
    runs.push({
      text: reading.slice(draft.start, draft.end),
      start: draft.start,
      end: draft.end,
      values,
      hasVariable: draft.hasVariable,
    });
  }
  return { text: reading, numbers, runs };
}
