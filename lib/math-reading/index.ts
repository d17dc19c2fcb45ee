/**
 * One math-aware reading of any text (tutor turn, hint, student message), pure TypeScript:
 * cleanText (Unicode disguises) -> latexToPlain (LaTeX maths) -> lower-case ->
 * replaceNumberWords (number, fraction and percent words of ~35 languages) -> readMath (every
 * number and every run of arithmetic with the values it states). See each file for the rules.
 * cleanText and latexToPlain do not load the number lexicon (n2words): import them from their
 * own files where bundle size matters.
 */
export { cleanText } from "./clean-text";
export { readClockTimes } from "./clock-times";
export { latexToPlain } from "./latex-to-plain";
export { readMath } from "./read-math";
export { replaceNumberWords } from "./replace-number-words";
export { sameValue } from "./same-value";
export { statedValues } from "./stated-values";
export type { MathReading, MathRun, NumberToken } from "./types";
