import { readMath } from "@/lib/math-reading";
import { splitMathSpans } from "@/lib/math-reading/split-math-spans";
import { FUNCTION_NAMES, isGreekName } from "../answers/math-names";
import type { AnswerSpec } from "../answers/spec";

/**
 * "Give it a try", "Here's a hint", "I'm not sure", "I know you can": the English article "a"
 * and the pronoun "I" are words, not the variables a and i (an answer "a" or "i" would be read
 * in every sentence). Only for an answer that uses the letter (answerLetters): other readings
 * are left as they were. A lone letter is read as that word, and so left out of the maths, only
 * where nothing else is possible:
 * - in prose (never inside `$...$`, `\(...\)`, `$$...$$`, `\[...\]`: "$a$" is always maths);
 * - "a" right before a word (one or more spaces, on the same line) that an article can precede:
 *   lower-case letters with a vowel ("a try", "a hint", "a time"), not a vowel sound ("a is",
 *   "a and", "a again" are the variable), not a word that cannot follow an article ("a then",
 *   "a now", "a times", "a squared", "a so", "a to"...), not an "-ly" word ("a clearly"), not a
 *   maths name ("a sin", "a pi") and not part of a number ("a half", "a hundred");
 * - "I" before a contraction ("I'm", "I'd", "i'll") or, capitalised, before such a word ("I
 *   know", "I think"), and not right after an assertion ("the answer is I think").
 * Anything else stays the letter: at the end of a sentence or clause ("it's just a", "the
 * answer: a.", "so we get a"), before punctuation, an operator, a number, another letter or a
 * capital ("a, clearly", "a = a^1", "a b", "a Great"), after "=", "answer:" or a verb that asks
 * for input ("type a now", "answer: a simple"), after another language's "equal" ("es igual a
 * quince": a preposition), and "I" after an assertion ("is I", "answer: I"; "Hint: I know" is
 * the pronoun). A text with invisible or direction characters is left as it is (what it shows
 * cannot be read off the characters in order).
 */
const NOT_AFTER_ARTICLE = new Set(
  (
    "is isn't was wasn't are aren't were be been being am has have had does do did will would can could should " +
    "must may might shall equals equal gives makes becomes stays remains means cancels cancel " +
    "and or but nor so then than as if when while because since though although unless whereas which that " +
    "who whom whose where what thus hence therefore to of for from by with without in on at into onto over " +
    "under above below between after before per plus minus times divided multiplied squared cubed raised " +
    "sub prime bar hat dot star here there now too again alone only instead itself yourself please not no " +
    "yes exactly just right correct wrong the this these those my your his her its our their you we they " +
    "them me he she it us"
  ).split(" "),
);

/** Words that are maths names: "a sin x", "a theta", "a pi". */
const isMathName = (w: string) =>
  FUNCTION_NAMES.has(w) || isGreekName(w) || /^(?:pi|sqrt|cbrt|arcsin|arccos|arctan|ln|log|exp|e)$/.test(w);

/** Words that start with a vowel letter but not a vowel sound: "a unit", "a useful", "a one-step". */
const CONSONANT_SOUND = /^(?:uni|use|usu|uti|ure|eu|one|once)/;

/** What the letter is read as instead: words that are neither maths nor numbers. */
const WORD_REPLACEMENT = { a: "the", i: "me" } as const;

const plainPair = new Map<string, boolean>();

/**
 * "a half", "a hundred", "a third": an article that is part of a number is left to the number
 * reading (and so is one whose replacement would be).
 */
function readsAsWords(pair: string): boolean {
  let v = plainPair.get(pair);
  if (v === undefined) {
    v = readMath(pair).text === pair;
    if (plainPair.size > 5000) plainPair.clear();
    plainPair.set(pair, v);
  }
  return v;
}

function articleBefore(next: string, letter: "a" | "i"): boolean {
  if (next.length < 2 || !/^[a-z][a-z'-]*$/.test(next) || !/[aeiouy]/.test(next)) return false;
  if (letter === "a" && /^[aeiou]/.test(next) && !CONSONANT_SOUND.test(next)) return false;
  if (NOT_AFTER_ARTICLE.has(next) || next.endsWith("ly") || isMathName(next)) return false;
  return readsAsWords(`${letter} ${next}`) && readsAsWords(`${WORD_REPLACEMENT[letter]} ${next}`);
}

const LETTER = /(?<![\p{L}\p{N}_'\\{}()[\]^*/+=<>|.-])([aAiI])(?![\p{L}\p{N}_])/gu;
/** Before these the letter is the one asked for: "answer: a", "= a", "type a" ("Hint: a fraction" is the article). */
const ASSERTED_BEFORE =
  /(?:[=<>]|\b(?:answer|result|solution|value|it)\s*:|\b(?:type|enter|write|input|submit|put|igual|[ée]gale?|uguale)\b)\s*$/iu;
const ASSERTED_BEFORE_I =
  /(?:[=<>]|\b(?:answer|result|solution|value|it)\s*:|\b(?:type|enter|write|input|submit|put|is|was|be|equals|to|gets?|got|gives|makes)\b)\s*$/i;
const HIDDEN = /\p{Cf}|\u034F|[\u180B-\u180D]|[\uFE00-\uFE0F]/u;

function keepProse(prose: string, whole: string, offset: number, letters: ReadonlySet<string>): string {
  return prose.replace(LETTER, (m, _l: string, at: number) => {
    const letter = m.toLowerCase() as "a" | "i";
    if (!letters.has(letter)) return m;
    const before = whole.slice(Math.max(0, offset + at - 24), offset + at);
    const after = prose.slice(at + 1);
    if (letter === "i" && /^['’](?:m|d|ll|ve)\b/i.test(after)) return WORD_REPLACEMENT.i;
    const next = /^ +([^\s]+?)(?=[\s.,;:!?)"]|$)/.exec(after)?.[1];
    if (!next) return m;
    if (letter === "i" && (m !== "I" || ASSERTED_BEFORE_I.test(before))) return m;
    if (letter === "a" && ASSERTED_BEFORE.test(before)) return m;
    return articleBefore(next, letter) ? WORD_REPLACEMENT[letter] : m;
  });
}

/**
 * The text with the article "a" and the pronoun "I" written as other words (see above), for the
 * letters given (answerLetters); the rest as it is.
 */
export function keepWordLetters(text: string, letters: ReadonlySet<string>): string {
  if (letters.size === 0 || !/\b[aAiI]\b/.test(text) || HIDDEN.test(text)) return text;
  let out = "";
  let copied = 0;
  let done = 0;
  for (const seg of splitMathSpans(text)) {
    // Segments are the text's own characters in order (a maths span without its delimiters).
    const at = text.indexOf(seg.text, done);
    if (at < 0) return text;
    done = at + seg.text.length;
    if (seg.math) continue;
    out += text.slice(copied, at) + keepProse(seg.text, text, at, letters);
    copied = done;
  }
  return out + text.slice(copied);
}

/** The letters "a" and "i" where an answer (an expression or equation) uses them as variables: "a", "a^2", "2a + i". */
export function answerLetters(specs: AnswerSpec[]): Set<string> {
  const out = new Set<string>();
  for (const spec of specs) {
    for (const s of spec.kind === "list" ? spec.items : [spec]) {
      if (s.kind !== "expression" && s.kind !== "equation") continue;
      for (const m of s.value.matchAll(/(?<![A-Za-z\\])([aAiI])(?![A-Za-z])/g)) out.add((m[1] as string).toLowerCase());
    }
  }
  return out;
}
