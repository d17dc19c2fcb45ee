import { dropArabicArticle, foldArabicLetters } from "./arabic-script";
import { checkNumeric } from "./check-numeric";
import { containsPhrase, normalizeText } from "./check-text";
import { answerPart, isNonAnswer, looksLikeGibberish, normalizeInput, stripWrappers } from "./normalize-input";
import { parseNumber } from "./parse-number";
import type { ChoiceSpec } from "./spec";
import type { CheckResult } from "./types";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

export type ChoicePick = { status: "ok"; index: number } | { status: "none" } | { status: "ambiguous" };

function letterIndex(letter: string, count: number): number {
  const i = LETTERS.indexOf(letter);
  return i >= 0 && i < count ? i : -1;
}

/**
 * Comparison form of an option (and of what the student typed): like normalizeText, but maths
 * operators stay as tokens, so "4 × 2/3" and "4 ÷ 2/3" (or "x + 2" and "x − 2") stay different.
 * "×", a spaced "x" between numbers and "*" are one operator, as are "÷" and "/". A hyphen
 * touching a word of two or more letters ("20-pack", "well-known") is a word hyphen, not a minus.
 * Arabic spelling variants and tashkeel are folded (foldArabicLetters) and the joined article
 * dropped (dropArabicArticle), as English articles are.
 */
export function normalizeOption(s: string): string {
  return (
    dropArabicArticle(foldArabicLetters(normalizeInput(s)))
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/(\d)\s+x\s+(?=[\d(.])/g, "$1 * ")
      .replace(/(?<=\p{L}{2})-(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])-(?=\p{L}{2})/gu, " ")
      .replace(/[+\-*/^=<>]/g, " $& ")
      // "2,400" is 2400 and "15.5" one number (not "15 5", which would contain option "15").
      .replace(/(\d),(?=\d{3}(?!\d))/g, "$1")
      .replace(/(\d)\.(?=\d)/g, "$1\uE000")
      .replace(/[^\p{L}\p{N}\s+\-*/^=<>\uE000]+/gu, " ")
      .replace(/\uE000/g, ".")
      // Articles go, except a letter that is an operand ("a + b").
      .replace(/(?<![+\-*/^=<>]\s*)\b(?:the|a|an)\b(?!\s*[+\-*/^=<>])/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** Only case, spaces, Arabic spelling and Unicode disguises folded: brackets, signs and articles kept. */
function strictOption(s: string): string {
  return foldArabicLetters(normalizeInput(s))
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * How a choice's options and a student's words are compared: normalizeOption (articles,
 * punctuation and brackets dropped), unless that makes two different options the same
 * ("(-∞, 6)" and "(-∞, 6]", "a square" and "square"); then only case and spaces are folded.
 */
export function optionReader(spec: ChoiceSpec): (s: string) => string {
  const loose = spec.options.map(normalizeOption);
  return new Set(loose).size < new Set(spec.options.map(strictOption)).size ? strictOption : normalizeOption;
}

/** The option the input is, word for word, before any filler is stripped; -1 if none. */
export function exactOption(spec: ChoiceSpec, input: string): number {
  const read = optionReader(spec);
  const opts = spec.options.map(read);
  for (const candidate of [input, answerPart(input)]) {
    const said = read(candidate);
    const i = said ? opts.indexOf(said) : -1;
    if (i >= 0) return i;
  }
  return -1;
}

/** Options that are plain numbers ("12", "3/4") are matched by value, not by position. */
export function numericOptions(spec: ChoiceSpec): boolean {
  return spec.options.some((o) => parseNumber(o.replace(/^\$/, "")) !== null);
}

/**
 * Which option the student chose: its exact text (checked first, so an option that starts with
 * "Yes," or ends in "right" is not mangled by the filler stripping), its text once sentence
 * frames are stripped, its letter ("b", "B)", "(b)", "option b", "B."), its 1-based number when
 * options are not numbers, an equal value when they are, or the one option whose text appears
 * in the message as whole words (not negated). Two different options named ("a or b") is
 * ambiguous.
 */
export function pickOption(spec: ChoiceSpec, input: string): ChoicePick {
  const n = spec.options.length;
  const verbatim = exactOption(spec, input);
  if (verbatim >= 0) return { status: "ok", index: verbatim };
  const read = optionReader(spec);
  const opts = spec.options.map(read);
  const core = stripWrappers(answerPart(input)).replace(/^(?:option|choice|answer|letter|number)\s+/, "");
  const said = read(core);
  const exact = opts.indexOf(said);
  if (exact >= 0 && said) return { status: "ok", index: exact };

  const bare = /^[([]?([a-z])[)\].:]?$/.exec(core);
  if (bare && letterIndex(bare[1]!, n) >= 0) return { status: "ok", index: letterIndex(bare[1]!, n) };
  // "b) 3/4": the letter needs a delimiter, so "a triangle" is not read as option a.
  const labelled = /^[([]?([a-z])[)\].:]\s+(.+)$/.exec(core);
  if (labelled && letterIndex(labelled[1]!, n) >= 0) {
    const idx = letterIndex(labelled[1]!, n);
    const restIdx = opts.indexOf(read(labelled[2]!));
    return restIdx >= 0 && restIdx !== idx ? { status: "ambiguous" } : { status: "ok", index: idx };
  }
  const twoLetters = /^[([]?([a-z])[)\].]?\s*(?:or|and|,|\/)\s*[([]?([a-z])[)\].]?$/.exec(core);
  if (twoLetters && letterIndex(twoLetters[1]!, n) >= 0 && letterIndex(twoLetters[2]!, n) >= 0)
    return { status: "ambiguous" };

  if (!numericOptions(spec)) {
    const num = /^(?:#|no\.?\s*)?(\d+)[.)]?$/.exec(core);
    if (num) {
      const k = Number(num[1]);
      if (k >= 1 && k <= n) return { status: "ok", index: k - 1 };
    }
  } else {
    const matches = spec.options
      .map((o, i) => ({
        i,
        r: checkNumeric({ kind: "numeric", value: parseNumber(o.replace(/^\$/, ""))?.value ?? Number.NaN }, input),
      }))
      .filter((m) => m.r.verdict === "correct");
    if (matches.length >= 1) return { status: "ok", index: matches[0]!.i };
  }

  if (/\b(?:not|never)\b/.test(core)) return { status: "none" };
  const containing = (text: string) => opts.map((o, i) => (containsPhrase(text, o) ? i : -1)).filter((i) => i >= 0);
  // Options are looked for in the stripped message first, then in the whole of it, since an
  // option can itself start with a stripped filler ("I think yes, more than half").
  let contained = containing(said);
  if (contained.length === 0) contained = containing(read(answerPart(input)));
  // Drop options contained in a longer matched option ("3" inside "3 apples").
  const maximal = contained.filter(
    (i) => !contained.some((j) => j !== i && opts[j]!.length > opts[i]!.length && containsPhrase(opts[j]!, opts[i]!)),
  );
  if (maximal.length === 1) return { status: "ok", index: maximal[0]! };
  if (maximal.length > 1) return { status: "ambiguous" };
  return { status: "none" };
}

export function checkChoice(spec: ChoiceSpec, input: string): CheckResult {
  if (isNonAnswer(input) && exactOption(spec, input) < 0) return { verdict: "unparseable" };
  const pick = pickOption(spec, input);
  if (pick.status === "ambiguous") return { verdict: "unparseable" };
  if (pick.status === "none") {
    if (looksLikeGibberish(input)) return { verdict: "unparseable" };
    return { verdict: "incorrect", understood: normalizeText(stripWrappers(input)) || undefined };
  }
  const understood = spec.options[pick.index];
  return { verdict: pick.index === spec.correct ? "correct" : "incorrect", understood };
}
