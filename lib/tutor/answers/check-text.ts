import { dropArabicArticle, foldArabicLetters } from "./arabic-script";
import { answerPart, isNonAnswer, looksLikeGibberish, stripWrappers } from "./normalize-input";
import type { TextSpec } from "./spec";
import type { CheckResult } from "./types";

/**
 * Comparison form of a word answer: accents, punctuation, hyphens and extra spaces removed,
 * Arabic spelling variants and tashkeel folded (foldArabicLetters: "خليّة" is "خليه"), and the
 * articles "the", "a", "an" and Arabic's joined "ال" (dropArabicArticle) dropped wherever they stand.
 */
export function normalizeText(s: string): string {
  return dropArabicArticle(foldArabicLetters(s))
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, " ")
    .replace(/\b(?:the|a|an)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether `phrase` occurs in `text` as whole words (both already normalised). */
export function containsPhrase(text: string, phrase: string): boolean {
  if (!phrase) return false;
  return ` ${text} `.includes(` ${phrase} `);
}

/** The accepted answer the whole message is (normalised), before any stripping; null if none. */
export function exactAccepted(spec: TextSpec, input: string): string | null {
  const said = normalizeText(input);
  return said && spec.accepted.some((a) => normalizeText(a) === said) ? said : null;
}

/**
 * Deliberately strict: the message must BE an accepted answer once sentence frames are removed
 * ("I think it's X", "the answer is X."), not merely contain one, so "not X" or "X or Y" are
 * never accepted. Alternatives joined by "or" where one is accepted are a hedge: unparseable.
 */
export function checkText(spec: TextSpec, input: string): CheckResult {
  const accepted = new Set(spec.accepted.map(normalizeText).filter(Boolean));
  // The message as typed, before any frame or filler is stripped: "no", "right" or "they are
  // equal" can be the accepted answer itself.
  const verbatim = exactAccepted(spec, input);
  if (verbatim) return { verdict: "correct", understood: verbatim };
  if (isNonAnswer(input)) return { verdict: "unparseable" };
  const whole = answerPart(input);
  const core = stripWrappers(whole);
  const said = normalizeText(core);
  if (!said) return { verdict: "unparseable" };
  if (accepted.has(said)) return { verdict: "correct", understood: said };
  if (accepted.has(normalizeText(whole))) return { verdict: "correct", understood: normalizeText(whole) };
  // "the colour is red": a short frame ending in "is"/"are", with no negation anywhere.
  const framed = /^((?:\S+\s+){1,5})(?:is|are|was|were|would be|should be)\s+(.+)$/.exec(core);
  if (framed && !/\b(?:not|never|no)\b/.test(core)) {
    const tail = normalizeText(framed[2]!);
    if (accepted.has(tail)) return { verdict: "correct", understood: tail };
  }
  const alternatives = whole.split(/\s*(?:\bor\b|\/|,)\s*/).map((s) => normalizeText(stripWrappers(s)));
  if (alternatives.length > 1 && alternatives.some((a) => accepted.has(a))) return { verdict: "unparseable" };
  if (looksLikeGibberish(core)) return { verdict: "unparseable" };
  return { verdict: "incorrect", understood: said };
}
