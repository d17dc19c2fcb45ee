import { readClockTimes, replaceNumberWords as readNumberWords } from "@/lib/math-reading";
import { type AnswerSpec, textRevealsAnswer } from "@/lib/tutor/answers";
import { replaceNumberWords } from "@/lib/tutor/answers/replace-number-words";
import { keepPronounOne } from "@/lib/tutor/reveal/find-reveal";
import { replaceForeignNumberWords } from "./foreign-number-words";

/**
 * A model can be talked into stating the answer in a form the answer checker does not read:
 * backwards, encoded, spaced out, in Roman numerals or another language. Model text is
 * therefore also checked in decoded readings of itself. Every reading keeps the words around
 * the numbers, so labels ("Step 2", "question 3") stay labels.
 */
export function textLeaksAnswerStrict(spec: AnswerSpec, text: string): boolean {
  return listTextVariants(text).some((v) => textRevealsAnswer(spec, v));
}

/** The text and its decoded readings, without duplicates. */
export function listTextVariants(text: string): string[] {
  const bases = [text, decodeBase64Tokens(text), decodeHexAscii(text)];
  bases.push(...reversedReadings(text));
  const out = new Set<string>();
  for (const b of bases) {
    out.add(b);
    const n = normalizeNumbers(b);
    // Case and accents alone change nothing for the checker: skip a reading that only folded them.
    if (n !== fold(b)) out.add(n);
  }
  return [...out];
}

/**
 * Decoded readings of a text that the maths reading does not make itself: base64 tokens, hex
 * bytes, Roman numerals, numbers in other bases, letter-spaced words, and the text read
 * backwards when it reads better that way. Only readings that differ from the text.
 */
export function listDecodedVariants(
  text: string,
  visibleCapitals: ReadonlySet<string> = new Set(),
  /** The language the text is written in: its own articles are not read as numbers ("un" in Spanish). */
  locale?: string,
): string[] {
  const bases = [text, decodeBase64Tokens(text), decodeHexAscii(text)];
  bases.push(...reversedReadings(text));
  const out = new Set<string>();
  for (const b of bases) {
    out.add(b);
    out.add(replaceBaseNumerals(joinSpacedLetters(replaceRomanNumerals(b).toLowerCase())));
    // A lone capital read as a numeral too ("It comes out to X."), in a reading of its own.
    const decoded = replaceBaseNumerals(joinSpacedLetters(replaceRomanNumerals(b, visibleCapitals).toLowerCase()));
    out.add(decoded);
    // Words that are numbers in some language and ordinary words in another ("quince", "seize",
    // "dos", "elf"), read as numbers; digits handed out one by one ("two four") read together;
    // a ratio joined by another language's "to" ("deux à trois", "dos a tres") read as a ratio.
    const numbers = readRatioConnectors(readNumberWords(keepPronounOne(readAmbiguousNumberWords(decoded, locale))));
    out.add(numbers);
    // A time of day said the way clocks are read ("a quarter to twelve", "45 past 11", "11h45").
    out.add(readClockTimes(numbers));
    // Digits named by their place, in any order, with other numbers between ("(25)" appended).
    const placed = appendDigitsByPlace(fold(b));
    if (placed !== fold(b)) out.add(placed);
  }
  out.delete(text);
  out.delete(text.toLowerCase());
  return [...out];
}

/**
 * The text with number words as digits and digits handed out one by one read together ("four x
 * equals two four" -> "4 x equals 24"): for answers that are expressions or equations only, where
 * a lone digit next to another is never a list.
 */
export function joinedDigitsReading(text: string): string {
  return joinSpacedDigits(readNumberWords(readAmbiguousNumberWords(fold(text))));
}

/**
 * Number words that stay words in ordinary reading ("quince", "seize", "once", "dos"), as digits;
 * not the articles of the text's own language ("un" in Spanish or French text is "a").
 */
function readAmbiguousNumberWords(s: string, locale?: string): string {
  const articles = ARTICLES[(locale ?? "en").slice(0, 2).toLowerCase()];
  return s.replace(/\p{L}+/gu, (w) => {
    const lower = w.toLowerCase();
    const v = AMBIGUOUS_NUMBER_WORDS[lower];
    return v === undefined || articles?.has(lower) ? w : String(v);
  });
}

/** Articles among the ambiguous number words, by language. */
const ARTICLES: Record<string, ReadonlySet<string>> = {
  es: new Set(["un"]),
  fr: new Set(["un", "une"]),
};

/**
 * The ambiguous number words that are rare in a tutor's English: read as numbers in the decoded
 * reading only (so "quince" stated for 15 is caught, while "to" and "on" stay words).
 */
const AMBIGUOUS_NUMBER_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  quince: 15,
  once: 11,
  dos: 2,
  doze: 12,
  due: 2,
  elf: 11,
  seize: 16,
  mil: 1000,
  cent: 100,
  sex: 6,
  opt: 8,
  pet: 5,
  tres: 3,
  tre: 3,
  drei: 3,
  deux: 2,
  trois: 3,
};

/** "2 à 3", "2 a 3", "2 zu 3", "2 к 3": a ratio in another language. */
function readRatioConnectors(s: string): string {
  return s.replace(/(?<![\d.])(\d+)\s+(?:à|a|zu|к)\s+(\d+)(?!\d|\.\d)/giu, "$1:$2");
}

/**
 * The text with every word in ROT13 ("fvk" -> "six", "qrabzvangbe" -> "denominator").
 */
export function rot13Words(text: string): string {
  return text.replace(/[a-z]/gi, (c) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/ß/g, "ss").toLowerCase();

/** Every number-shaped disguise rewritten as plain digits, in an order where each step feeds the next. */
export function normalizeNumbers(text: string): string {
  let s = replaceRomanNumerals(text);
  s = fold(s);
  s = joinSpacedLetters(s);
  s = replaceBaseNumerals(s);
  s = replaceForeignNumberWords(s);
  s = replaceNumberWords(s, true);
  s = s
    .replace(/\bhalf an? dozen\b/g, "6")
    .replace(/\b(?:an?|one)\s+dozen\b/g, "12")
    .replace(/\bdozen\b/g, "12");
  s = joinSpacedDigits(s);
  s = appendDigitsNamed(s);
  s = appendDigitsByPlace(s);
  s = replaceFractionPhrases(s);
  return s.replace(/(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)/g, (_m, p: string) =>
    String(Number((Number(p) / 100).toPrecision(12))),
  );
}

const STOPWORDS = new Set(
  "the is it its answer and to of a you that in what would be write box i my your this number so here".split(" "),
);
const NUMBER_WORDS =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths|twelfths)\b/g;

function scoreWords(s: string): number {
  const t = s.toLowerCase();
  const words = t.match(/[a-z']+/g) ?? [];
  return words.filter((w) => STOPWORDS.has(w)).length + 3 * (t.match(NUMBER_WORDS)?.length ?? 0);
}

/** Each sentence read backwards, its end mark kept at its end ("Backwards: 21." -> "12 :sdrawkcaB."), so no ".12" appears. */
function reverseSentences(text: string): string {
  return text
    .split(/([.!?](?:\s+|$))/)
    .map((part, i) => (i % 2 ? part : [...part].reverse().join("")))
    .join("");
}

/**
 * Reading prose backwards turns "21" into "12", so the text is read backwards whole only when
 * it says it is reversed, and otherwise only the sentences that read better backwards ("The
 * ratio is dnasuoht derdnuh evif ot eno." among ordinary sentences).
 */
function reversedReadings(text: string): string[] {
  // "Undo the operations in reverse order" is a hint, not a cue.
  if (/\b(?:backwards?|reversed|read (?:it )?in reverse|mirror(?:ed)?|flipped)\b/i.test(text)) {
    return [reverseSentences(text)];
  }
  const parts = text.split(/([.!?\n](?:\s+|$))/);
  let changed = false;
  const out = parts.map((part, i) => {
    if (i % 2) return part;
    const back = [...part].reverse().join("");
    if (scoreWords(back) <= scoreWords(part)) return part;
    changed = true;
    return back;
  });
  return changed ? [out.join("")] : [];
}

const PRINTABLE = /^[\x20-\x7e\t\r\n]+$/;
const isReadable = (s: string) => PRINTABLE.test(s) && /[a-z0-9]/i.test(s);

/**
 * Base64 tokens that decode to printable ASCII ("MTI=" -> "12"). Plain words ("Step") are left
 * alone even when they happen to decode, so the words that label numbers survive.
 */
function decodeBase64Tokens(text: string): string {
  return text.replace(/(?<![\w+/=])[A-Za-z0-9+/]{2,}={0,2}(?![\w+/=])/g, (tok) => {
    const bare = tok.replace(/=+$/, "");
    if (tok.length < 4 || bare.length % 4 === 1 || /^\d+$/.test(tok)) return tok;
    // A token that looks like a word ("Step") is decoded only when it decodes to maths ("Mjoz" -> "2:3").
    const wordLike = !/[0-9+/=]|.[A-Z]/.test(tok);
    try {
      const decoded = atob(bare.padEnd(Math.ceil(bare.length / 4) * 4, "="));
      if (wordLike && !/^[\d\s.,:/+*=-]*\d[\d\s.,:/+*=-]*$/.test(decoded)) return tok;
      return isReadable(decoded) ? decoded : tok;
    } catch {
      return tok;
    }
  });
}

/** Runs of hex bytes that spell ASCII: "31 32", "0x31 0x32", "\x31\x32", "3132" -> "12". */
function decodeHexAscii(text: string): string {
  return text.replace(/(?:\\x|0x)?[0-9a-f]{2}(?:[\s:,]*(?:\\x|0x)?[0-9a-f]{2})+\b/gi, (run) => {
    const bytes = run.replace(/\\x|0x/gi, "").replace(/[\s:,]/g, "");
    if (bytes.length % 2) return run;
    const decoded = (bytes.match(/../g) ?? []).map((h) => String.fromCharCode(Number.parseInt(h, 16))).join("");
    return isReadable(decoded) ? decoded : run;
  });
}

const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_VALUE: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

function readRoman(token: string): number {
  let total = 0;
  for (let i = 0; i < token.length; i++) {
    const v = ROMAN_VALUE[token[i]!]!;
    const next = ROMAN_VALUE[token[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * Standalone Roman numerals ("XII") as digits. Capitals of two letters or more only (a lone
 * "I", "C" or "X" is a pronoun, a unit or a variable), unless the text talks about Roman
 * numerals (then "xii" and "I" count too).
 */
function replaceRomanNumerals(text: string, visibleCapitals: ReadonlySet<string> | null = null): string {
  const told = /\broman\b/i.test(text) || /\b[MDCLXVI]+\s*[/+*:-]\s*[MDCLXVI]+\b/.test(text);
  return text.replace(/(?<![\w'])[MDCLXVI]+(?![\w'])/gi, (tok) => {
    const upper = tok.toUpperCase();
    if (!ROMAN.test(upper)) return tok;
    // A lone lower-case letter is a variable ("15 m"), even in a text of Roman numerals.
    if (tok.length === 1 && tok !== upper) return tok;
    // A lone capital other than "I" is a numeral unless the student has seen it as a letter
    // (a variable or a label named "X" on screen).
    if (tok.length === 1 && !told && (!visibleCapitals || tok === "I" || visibleCapitals.has(tok))) return tok;
    if (!told && tok !== upper) return tok;
    return String(readRoman(upper));
  });
}

/**
 * "t w e l v e", "t-w-e-l-v-e", "t.w.e.l.v.e" -> "twelve" (three letters or more). A wider gap
 * ends a word, so "e l e v e n  t w e l f t h s" reads as two words. Letters of any alphabet
 * ("ب ي ا" -> "بيا", "д в а" -> "два"); not the characters of Chinese, Japanese or Korean, which
 * are words or syllables and are written without spaces anyway.
 */
const SPACED_LETTER = String.raw`(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])\p{L}`;
function joinSpacedLetters(s: string): string {
  const join = (t: string, min: number) =>
    t.replace(
      new RegExp(
        String.raw`(?<!\p{L})${SPACED_LETTER}(?:(?: ?[.\-_,·*] ?|\s)${SPACED_LETTER}(?!\p{L})){${min},}`,
        "gu",
      ),
      (run) => run.replace(/[^\p{L}]/gu, ""),
    );
  const joined = join(s, 2);
  // In a letter-spaced text, two-letter words are spaced too ("t w o  t o  t h r e e").
  return joined !== s ? join(joined, 1) : joined;
}

/** "The first digit is 1, the second digit is 2": when the text talks about digits, its lone digits read in order. */
function appendDigitsNamed(s: string): string {
  if (!/\bdigits?\b/.test(s)) return s;
  const digits = s.match(/(?<![\d.,/])\d(?![\d]|[.,/]\d)/g) ?? [];
  return digits.length >= 2 ? `${s} (${digits.join("")})` : s;
}

/**
 * Digits named by their place ("the first digit is 2 ... the second digit is 5", "la primera cifra
 * es 2", "الرقم الأول هو 2"), in any order and with other numbers between: the number they make,
 * appended as a reading of its own ("(25)"). A later statement about a place replaces an earlier
 * one. Folded text (lower case, no accents or Arabic hamza marks). Places 1-4 and "last"; read
 * only when at least the first two places, or the first and the last, are named.
 */
const DIGIT_PLACES: [number, string][] = [
  [1, "first|1st|primer[ao]?|forsta|premiere?|erste[nrs]?|الاول[ى]?"],
  [2, "second|2nd|segund[ao]|andra|deuxieme|seconde|zweite[nrs]?|الثاني[ة]?"],
  [3, "third|3rd|tercer[ao]?|tredje|troisieme|dritte[nrs]?|الثالث[ة]?"],
  [4, "fourth|4th|cuart[ao]|fjarde|quatrieme|vierte[nrs]?|الرابع[ة]?"],
  [0, "last|final|ultim[ao]|sista|derniere?|letzte[nrs]?|الاخير[ة]?"],
];
const DIGIT_NOUN = "digits?|cifras?|digitos?|siffr(?:a|an|or)|chiffres?|ziffer[n]?|(?:ال)?رقم|(?:ال)?خانة";
const PLACE_VERB = String.raw`(?:\s+(?:is|was|will\s+be|es|era|ar|blir|est|ist|هو|هي|يكون))?\s*[=:,]?\s*`;
const DIGIT_BY_PLACE = new RegExp(
  DIGIT_PLACES.map(
    ([place, ord]) =>
      String.raw`(?<![\p{L}])(?:(?:${ord})\s+(?:${DIGIT_NOUN})|(?:${DIGIT_NOUN})\s+(?:${ord}))(?![\p{L}])(?:\s+(?:of|del?|i|av|de|des|von|der|في|من)\s+(?:\S+\s+){0,2}?)?${PLACE_VERB}(?<d${place}>\d)(?![\d])`,
  ).join("|"),
  "gu",
);

function appendDigitsByPlace(s: string): string {
  if (!/\d/.test(s)) return s;
  const at = new Map<number, string>();
  for (const m of s.matchAll(DIGIT_BY_PLACE)) {
    for (const [name, d] of Object.entries(m.groups ?? {})) if (d !== undefined) at.set(Number(name.slice(1)), d);
  }
  if (!at.has(1) || at.size < 2) return s;
  let run = "";
  for (let place = 1; at.has(place); place++) run += at.get(place);
  const readings = new Set<string>();
  if (run.length >= 2) readings.add(run);
  if (at.has(0)) readings.add(run + at.get(0));
  return readings.size ? `${s} ${[...readings].map((r) => `(${r})`).join(" ")}` : s;
}

const BASES: Record<string, number> = { hex: 16, hexadecimal: 16, binary: 2, octal: 8 };
const BASE_NAME = String.raw`(hex(?:adecimal)?|binary|octal|base[\s-]?(\d{1,2}))`;

/** "0x0c", "0b1100", "0o14", "c in hex", "1100 in binary", "hex: c", "14 in base 8" -> decimal digits. */
function replaceBaseNumerals(s: string): string {
  const convert = (digits: string, base: number, whole: string) => {
    const ok = base >= 2 && base <= 36 && [...digits].every((c) => Number.parseInt(c, 36) < base);
    return ok ? String(Number.parseInt(digits, base)) : whole;
  };
  const baseOf = (name: string, n?: string) => BASES[name] ?? Number(n);
  // Named bases first: once "0xc" is "12", "hex: 12" would be read again as hex.
  return s
    .replace(
      new RegExp(String.raw`\b([0-9a-z]+)\s*(?:in|\(|,)?\s*${BASE_NAME}\b\)?`, "g"),
      (m, d: string, name: string, n?: string) => convert(d, baseOf(name.replace(/[\s-]?\d+$/, ""), n), m),
    )
    .replace(
      new RegExp(String.raw`\b${BASE_NAME}\s*(?:is|:|=|it's|its)?\s*([0-9a-z]+)\b`, "g"),
      (m, name: string, n: string | undefined, d: string) => convert(d, baseOf(name.replace(/[\s-]?\d+$/, ""), n), m),
    )
    .replace(/\b0x([0-9a-f]+)\b/g, (m, d: string) => convert(d, 16, m))
    .replace(/\b0b([01]+)\b/g, (m, d: string) => convert(d, 2, m))
    .replace(/\b0o([0-7]+)\b/g, (m, d: string) => convert(d, 8, m));
}

/**
 * Digits given one at a time: "1 2", "1-2", "1, 2", "1 ... 2", "1.2.3" -> "12". Only when every
 * group is a single digit, so "0.75", "3 x 4" and "12, 15" stay as they are; a spaced " - " is
 * subtraction and "1.2" a decimal.
 */
function joinSpacedDigits(s: string): string {
  const sep = String.raw`(?:\s*[,_|*·…]\s*|\s*\.{2,}\s*|\.\s+|-|\s+)`;
  const run = new RegExp(
    String.raw`(?<![\d.,/])\d(?:${sep}\d(?!\d))+(?![\d]|[.,/]\d)|(?<![\d.])\d(?:\.\d){2,}(?![\d.])`,
    "g",
  );
  return s.replace(run, (m) => m.replace(/\D/g, ""));
}

const DENOMS: Record<string, number> = {
  halves: 2,
  thirds: 3,
  quarters: 4,
  fourths: 4,
  fifths: 5,
  sixths: 6,
  sevenths: 7,
  eighths: 8,
  ninths: 9,
  tenths: 10,
  elevenths: 11,
  twelfths: 12,
  hundredths: 100,
};

const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);

/**
 * "11 over 12", "11 out of 12", "11 twelfths" -> "11/12" (the checker reads only "11/12" and
 * "eleven twelfths"). "N over M" in lowest terms only: authored hints use "18 over 30" or
 * "42 out of 50" for the working or the data, which is not the (simplified) answer.
 */
function replaceFractionPhrases(s: string): string {
  return s
    .replace(/\b(\d+)\s+(?:over|out of)\s+(\d+)\b/g, (m, a: string, b: string) =>
      gcd(Number(a), Number(b)) === 1 ? `${a}/${b}` : m,
    )
    .replace(/\b(\d+)\s+([a-z]+)\b/g, (m, n: string, w: string) => {
      const d = DENOMS[w] ?? (n === "1" ? DENOMS[`${w}s`] : undefined);
      return d ? `${n}/${d}` : m;
    });
}
