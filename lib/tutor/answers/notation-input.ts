import { cleanText } from "../../math-reading/clean-text";
import { MAX_INPUT_LENGTH, normalizeInput, stripWrappers } from "./normalize-input";

/*
 * What a student typed, read for the symbol-exact text answers (code and chemistry): case and
 * symbols are kept, so normalizeInput (which lower-cases) cannot be used. The sentence frames
 * of every answer ("I think it's ...", "... is my answer") are still removed, as checkText
 * removes them, by asking stripWrappers whether the words around a candidate are a frame.
 */

const PROBE = "qqanswerqq";

/** "I think it's", "So the answer is", "my answer:": words stripWrappers removes before an answer. */
function isFramePrefix(words: string): boolean {
  return stripWrappers(normalizeInput(`${words} ${PROBE}`)) === PROBE;
}

/** "I think", "is my answer": words stripWrappers removes after an answer. */
function isFrameSuffix(words: string): boolean {
  return stripWrappers(normalizeInput(`${PROBE} ${words}`)) === PROBE;
}

/** The message with Unicode disguises folded (lib/math-reading cleanText: case kept), capped. */
export function cleanNotation(raw: unknown): string {
  const s = typeof raw === "string" ? raw : "";
  return cleanText(s.length > MAX_INPUT_LENGTH ? s.slice(0, MAX_INPUT_LENGTH) : s).trim();
}

/**
 * The answer part of a message, case kept: after the last self-correction ("x, no wait, y")
 * and before a justification (" because ..."), as answerPart does for other answers.
 */
function answerPartKeepingCase(s: string): string {
  let out = s;
  const corrections = [...out.matchAll(/\b(?:no wait|wait|actually|i mean|sorry|oops|scratch that)\b[,:]?/gi)];
  const last = corrections.at(-1);
  if (last?.index !== undefined) {
    const after = out.slice(last.index + last[0].length);
    if (/[\p{L}\p{N}]/u.test(after)) out = after;
  }
  const cut = /\s(?:because|since|cause|'cause|cuz|coz|as i|so that)\b/i.exec(out);
  if (cut && cut.index > 0) out = out.slice(0, cut.index);
  return out.trim();
}

const MAX_PREFIX_WORDS = 8;
const FRAMED = /^((?:[\p{L}'-]+\s+){1,5}(?:is|are|was|were|would be|should be))\s+(.+)$/iu;
const MAX_SUFFIX_WORDS = 6;

/**
 * The readings of a message that may be the answer, case kept: the whole message, its answer
 * part, and each of them without a sentence frame before or after it. The first is the whole
 * message; a checker tries them in order.
 */
export function notationCandidates(raw: unknown): string[] {
  const whole = cleanNotation(raw);
  if (!whole) return [];
  const out = [whole];
  for (const piece of new Set([whole, answerPartKeepingCase(whole)])) {
    const words = piece.split(" ").filter(Boolean);
    const n = words.length;
    const prefixes = Array.from({ length: Math.min(MAX_PREFIX_WORDS, n - 1) + 1 }, (_, i) =>
      i === 0 ? true : isFramePrefix(words.slice(0, i).join(" ")),
    );
    const suffixes = Array.from({ length: Math.min(MAX_SUFFIX_WORDS, n - 1) + 1 }, (_, j) =>
      j === 0 ? true : isFrameSuffix(words.slice(n - j).join(" ")),
    );
    for (let i = 0; i < prefixes.length; i++) {
      if (!prefixes[i]) continue;
      for (let j = 0; j <= Math.min(MAX_SUFFIX_WORDS, n - 1 - i); j++) {
        if (!suffixes[j]) continue;
        let c = words.slice(i, n - j).join(" ");
        if (j > 0) c = c.replace(/[\s,]+$/, "");
        if (c) out.push(c);
        // "the oxidation half reaction is X": a short frame of words ending in "is", with no negation.
        const framed = FRAMED.exec(c);
        if (framed && !/\b(?:not|never|no)\b/i.test(framed[1]!)) out.push(framed[2]!);
      }
    }
  }
  return [...new Set(out)];
}

/**
 * Alternatives joined by "or" at the top level (outside brackets and quotes): "Br- or Cl-".
 * One of them right is a hedge, not an answer.
 */
export function orAlternatives(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /\s/.test(c) && /^\s+or\s/i.test(s.slice(i))) {
      parts.push(s.slice(start, i).trim());
      const m = /^\s+or\s+/i.exec(s.slice(i))!;
      start = i + m[0].length;
      i = start - 1;
    }
  }
  parts.push(s.slice(start).trim());
  return parts.filter(Boolean);
}
