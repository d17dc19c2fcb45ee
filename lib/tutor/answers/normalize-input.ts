import { cleanText } from "../../math-reading/clean-text";
import { latexToPlain } from "../../math-reading/latex-to-plain";
import { readPrimes, spellGreek } from "./math-names";

/** Inputs longer than this are cut: nothing a student types as an answer needs more. */
export const MAX_INPUT_LENGTH = 500;

const VULGAR_FRACTIONS: Record<string, string> = {
  "½": "1/2",
  "⅓": "1/3",
  "⅔": "2/3",
  "¼": "1/4",
  "¾": "3/4",
  "⅕": "1/5",
  "⅖": "2/5",
  "⅗": "3/5",
  "⅘": "4/5",
  "⅙": "1/6",
  "⅚": "5/6",
  "⅛": "1/8",
  "⅜": "3/8",
  "⅝": "5/8",
  "⅞": "7/8",
};

const CONTRACTIONS: [RegExp, string][] = [
  [/\b(it|that|what|there|here|he|she|who)'s\b/g, "$1 is"],
  [/\bcan't\b/g, "can not"],
  [/\bwon't\b/g, "will not"],
  [/n't\b/g, " not"],
  [/\bi'm\b/g, "i am"],
  [/\b(i|you|we|they)'d\b/g, "$1 would"],
  [/\bits\s+(?=[-$\d.])/g, "it is "],
];

/**
 * Lower-cases and maps the typographic variants students paste or their keyboards produce
 * (unicode minus, ×, ½, superscripts, curly quotes) to plain ASCII so every later regex can
 * stay ASCII-only. The shared cleaning of lib/math-reading runs first: fullwidth and other
 * scripts' digits, invisible characters, and LaTeX ("$\frac{5}{8}$" -> "5/8"). Contractions
 * are expanded so "it's 12" and "isn't 12" read like prose.
 */
export function normalizeInput(raw: unknown, maxLength = MAX_INPUT_LENGTH): string {
  let s = typeof raw === "string" ? raw : "";
  if (s.length > maxLength) s = s.slice(0, maxLength);
  s = spellGreek(readLatex(s)).normalize("NFC").toLowerCase();
  s = s.replace(/(\d)([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])/g, "$1 $2");
  s = s.replace(/[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]/g, (c) => VULGAR_FRACTIONS[c] ?? c);
  s = s
    .replace(/[\u2212\u2012\u2013\u2014\u2010\u2011\uFE63\uFF0D]/g, "-")
    .replace(/[×✕✖·⋅∙]/g, "*")
    .replace(/[÷∕⁄]/g, "/")
    .replace(/²/g, "^2")
    .replace(/³/g, "^3")
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\t\r\n]+/g, " ")
    .replace(/[≤⩽]/g, "<=")
    .replace(/[≥⩾]/g, ">=")
    .replace(/≠/g, "!=")
    .replace(/∞/g, "infinity")
    .replace(/∅/g, "{}");
  for (const [re, to] of CONTRACTIONS) s = s.replace(re, to);
  s = readPrimes(s);
  return s.replace(/\s+/g, " ").trim();
}

const SUB = "\uE011";
const SET_OPEN = "\uE012";
const SET_CLOSE = "\uE013";

/**
 * cleanText and latexToPlain, keeping what they would lose for answers: subscripts ("x_{1}",
 * "v_0", "x₁" -> "x_1"; latexToPlain drops a braced subscript), LaTeX set braces ("\{1, 2\}"),
 * and grouping braces left in prose ("\frac{1}{{\theta}^7}" -> "1/((theta)^7)").
 */
export function readLatex(raw: string): string {
  const s = raw
    .replace(/([A-Za-z\u0370-\u03ff])([₀₁₂₃₄₅₆₇₈₉]+)/g, (_m, v: string, d: string) => {
      return `${v}${SUB}${[...d].map((c) => String(c.charCodeAt(0) - 0x2080)).join("")}`;
    })
    .replace(/([A-Za-z\u0370-\u03ff])_\{\s*([A-Za-z0-9]+)\s*\}/g, `$1${SUB}$2`)
    .replace(/([A-Za-z\u0370-\u03ff])_([A-Za-z0-9])/g, `$1${SUB}$2`)
    .replace(/\\\{/g, SET_OPEN)
    .replace(/\\\}/g, SET_CLOSE);
  let out = latexToPlain(cleanText(s));
  if (raw.includes("\\")) out = out.replace(/\{/g, "(").replace(/\}/g, ")");
  return out.replaceAll(SUB, "_").replaceAll(SET_OPEN, "{").replaceAll(SET_CLOSE, "}");
}

const NON_ANSWERS = new RegExp(
  "^(?:idk|i ?dunno|dunno|dk|no idea|no clue|not sure|unsure|i am not sure|i do not know|" +
    "i do not get it|i have no idea|i give up|give up|pass|skip|help|hint|help me|" +
    "h+m+|u+m+|u+h+|e+r+m*|o+k+|okay|huh|what|\\?+|\\.+|-+|n/?a|" +
    "i do not understand|confused|i am confused|lol|wait)[.!?\\s]*$",
);

const QUESTION_START =
  /^(?:what|how|why|where|when|which|who|whom|whose|can|could|do|does|did|should|shall|would|will|is|are|am|was|were|may|might|must|have|has)\b/;

/** Empty, a non-answer ("idk", "hmm"), or a question such as "what do I do?" or "is it 12?". */
export function isNonAnswer(s: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(s)) return true;
  if (NON_ANSWERS.test(s)) return true;
  return isQuestion(s);
}

/**
 * A question starts with a question word or auxiliary AND ends with "?". A bare "12?" is a
 * tentative answer, not a question, and is graded like "12". "is it 12?" is a question: the
 * student is asking, and the policy layer decides how to respond.
 */
export function isQuestion(s: string): boolean {
  return /\?\s*$/.test(s) && QUESTION_START.test(s);
}

/** Keyboard mashing: a long vowel-less word, a common row sequence, or one letter repeated. */
export function looksLikeGibberish(s: string): boolean {
  const letters = s.replace(/[^a-z ]/g, "").trim();
  if (!letters) return false;
  if (/(asdf|qwer|zxcv|hjkl|sdfg|wert|xcvb|jkl;)/.test(s)) return true;
  if (/([a-z])\1{3,}/.test(letters)) return true;
  return letters.split(" ").some((w) => w.length >= 5 && !/[aeiouy]/.test(w));
}

const PREFIX_WRAPPERS =
  /^(?:(?:so|well|ok|okay|oh|um+|uh+|hm+|yeah|yes|alright|then|hence|thus|therefore)\b[,:]?\s*|(?:i think|i pick|i choose|i chose|i select|i go with|i would go with|i will go with|i would pick|i would choose|its|i believe|i guess|i reckon|i suppose|i would say|i would guess|i say|i got|i get|i found|i have|my answer is|my final answer is|my guess is|the answer is|the answers are|the final answer is|the correct answer is|the right answer is|the answer would be|the answer should be|answer is|answer|final answer|it is|it would be|it should be|it must be|it might be|it could be|it will be|that is|this is|they are|those are|these are|that would be|probably|maybe|perhaps|possibly|definitely|surely)\b[,:]?\s*)/;

const SUFFIX_WRAPPERS =
  /(?:[,\s]+(?:i think|i guess|i believe|right|maybe|probably|is the answer|is my answer|is it|lol|thanks))+\s*$/;

/** Strips the sentence frames students wrap an answer in: "I think it is X", "the answer is X." */
export function stripWrappers(s: string): string {
  let out = s.trim();
  for (let i = 0; i < 8; i++) {
    const before = out;
    out = out.replace(PREFIX_WRAPPERS, "").replace(SUFFIX_WRAPPERS, "");
    out = out.replace(/[\s.!?;:,]+$/, "").trim();
    // "yes" or "maybe" can itself be the answer: never strip down to nothing.
    if (!out) return before.replace(/[\s.!?;:,]+$/, "");
    if (out === before) break;
  }
  return out;
}

/**
 * The answer part of a message: justification after "because"/"since" is dropped, and after a
 * self-correction ("12, no wait, 13") only the corrected part is kept.
 */
export function answerPart(s: string): string {
  let out = s;
  const corr = [...out.matchAll(/\b(?:no wait|wait|actually|i mean|sorry|oops|scratch that)\b[,:]?/g)];
  const last = corr[corr.length - 1];
  if (last && last.index !== undefined) {
    const after = out.slice(last.index + last[0].length);
    if (/[a-z0-9]/.test(after)) out = after;
  }
  const cut = /\s(?:because|since|cause|'cause|cuz|coz|as i|so that)\b/.exec(out);
  if (cut && cut.index > 0) out = out.slice(0, cut.index);
  return out.trim();
}
