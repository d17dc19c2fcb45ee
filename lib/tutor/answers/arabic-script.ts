/**
 * Arabic as students type it, folded to one spelling so that patterns and comparisons meet it
 * however it was written. Students add or drop the short vowels (tashkeel) and stretch words
 * with tatweel ("مرحبـــا"), and write the same letter several ways: alef with or without hamza
 * or madda (أ إ آ ٱ -> ا), ta marbuta or ha at a word's end (ة -> ه), alef maqsura or ya (ى -> ي),
 * hamza on waw or ya or none (ؤ -> و, ئ -> ي), and Persian ya and kaf from other keyboards
 * (ی -> ي, ک -> ك). Only Arabic-script characters change: any other text is left as it is.
 *
 * - `foldArabicLetters` folds letters only; it is safe on a pattern's source as on a message,
 *   so patterns are written as students spell them and folded once when they are compiled.
 * - `readArabicText` also reads the script's digits and punctuation the way the rest of the
 *   engine does (٣٫٥ -> 3.5, ؟ -> ?, ، -> ,) and drops the bidi and zero-width marks that
 *   right-to-left text carries. Apply it to a message, never to a pattern ("?" is a quantifier).
 */

/** Arabic presentation forms (lam-alef ligatures and the like), read as the letters they draw. */
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFC]/g;
/** Tashkeel and the other marks written above or below letters, the dagger alef, and tatweel. */
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g;
const LETTERS: Record<string, string> = {
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ى: "ي",
  ی: "ي",
  ة: "ه",
  ؤ: "و",
  ئ: "ي",
  ک: "ك",
};
const LETTER_VARIANTS = new RegExp(`[${Object.keys(LETTERS).join("")}]`, "g");
/** Bidi controls, the Arabic letter mark, zero-width characters and the byte order mark. */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const ARABIC = /[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFC]/;

/** The letters of Arabic text in one spelling: no tashkeel or tatweel, one alef, ه for ة, ي for ى. */
export function foldArabicLetters(s: string): string {
  if (!ARABIC.test(s)) return s;
  return s
    .replace(PRESENTATION_FORMS, (c) => c.normalize("NFKC"))
    .replace(MARKS, "")
    .replace(LETTER_VARIANTS, (c) => LETTERS[c] ?? c);
}

/**
 * Folded Arabic without the article "ال" joined to the front of a word ("المقام" -> "مقام"), so
 * that a word answer or option matches with or without it, as "the denominator" and
 * "denominator" do in English. Only before three letters or more: "الف" (ألف, a thousand) and
 * "الذي" keep their letters. Apply to folded text (see foldArabicLetters), on both sides of a
 * comparison.
 */
export function dropArabicArticle(s: string): string {
  return ARABIC.test(s) ? s.replace(/(?<!\p{L})ال(?=\p{L}{3})/gu, "") : s;
}

/**
 * A message with its Arabic folded (see foldArabicLetters), its Arabic-Indic and Persian digits
 * read as ASCII, the Arabic decimal and thousands separators between digits read as "." and ",",
 * ؟ ، ؛ ٪ as "?", ",", ";", "%", and no bidi or zero-width marks.
 */
export function readArabicText(s: string): string {
  const out = foldArabicLetters(s.replace(INVISIBLE, ""));
  if (!ARABIC.test(out)) return out;
  return out
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/(\d)\u066B(?=\d)/g, "$1.")
    .replace(/(\d)\u066C(?=\d)/g, "$1,")
    .replace(/\u061F/g, "?")
    .replace(/\u060C/g, ",")
    .replace(/\u061B/g, ";")
    .replace(/\u066A/g, "%");
}

/**
 * A pattern written as students spell Arabic, with its letters folded (foldArabicLetters) so it
 * meets text read by readArabicText. Flags "iu" by default; `\b` is left for unicodeWords.
 */
export function arabicPattern(source: string, flags = "iu"): RegExp {
  return new RegExp(foldArabicLetters(source), flags);
}

/**
 * Clitics written onto an Arabic word, as pattern sources (put after `\b`, before the word):
 * - `AR_AND`: "and" or "so" (و, ف) before a verb or particle: "وساعدني", "فالجواب".
 * - `AR_THE`: those, then a preposition (ب, ل, ك) and/or the article (ال, and لل for ل + ال), before
 *   a noun: "الجواب", "والجواب", "بالإنجليزي", "للمسألة".
 * - `AR_DEFINITE`: as AR_THE, with the article required ("المقام", "بالمقام", not "مقام").
 */
export const AR_AND = "[وف]?";
export const AR_THE = "[وف]?(?:[بكل]?ال|لل|[بكل])?";
export const AR_DEFINITE = "[وف]?(?:[بكل]?ال|لل)";

/**
 * arabicPattern from a template literal read raw (`\b`, `\s` as written), with `${AR_AND}` and
 * `${AR_THE}` (or any other source) slotted in: arabic`\b${AR_THE}جواب\b`.
 */
export function arabic(strings: TemplateStringsArray, ...slots: string[]): RegExp {
  return arabicPattern(String.raw({ raw: strings.raw }, ...slots));
}

/** `arabic` with the g flag, for a rule that replaces every match. */
export function arabicAll(strings: TemplateStringsArray, ...slots: string[]): RegExp {
  return arabicPattern(String.raw({ raw: strings.raw }, ...slots), "giu");
}
