import { cleanText, type MathReading, type MathRun, readMath, sameValue } from "@/lib/math-reading";
import { readLocaleNumbers, usesDecimalComma } from "@/lib/math-reading/locale-numbers";
import { AR_DEFINITE, AR_THE, foldArabicLetters } from "../answers/arabic-script";
import { chemistryRevealed } from "../answers/check-chemistry";
import { normalizeOption } from "../answers/check-choice";
import { codeStated } from "../answers/check-code";
import { textRevealsAnswer } from "../answers/detect-reveal";
import type { AnswerSpec } from "../answers/spec";
import { readArabicDuals } from "./arabic-duals";
import type { Secret } from "./list-secrets";
import { indexVisible, isQuoted, splitWords, type Word } from "./quote";
import { answerLetters, keepWordLetters } from "./word-letters";

/** Texts the student can already see, read once per turn. */
export interface VisibleText {
  raw: string[];
  /** The maths readings' texts as word sequences (see quote.ts). */
  index: string[];
  /** The same, folded for word answers (accents, case). */
  folded: string[];
  /** The expression the open step asks about, when its prompt holds one (see askedExpression). */
  asked: string[];
  /** "a", "i": letters an open answer uses, read as the words "a" and "I" in prose (word-letters.ts). */
  letters: ReadonlySet<string>;
  /**
   * Answers of steps already done, as written ("6/12"), that no step ahead accepts: the student's
   * own answer quoted back is no telling when the open step asks for another form of it
   * ("Simplify your sum": 1/2). See earnedQuote.
   */
  earnedForms: string[];
}

/**
 * "one step at a time", "this one", "the one with": the word "one" as a pronoun or article is
 * no number. It stays a number after an assertion ("it is one", "= one") or before a number
 * word or unit ("one half", "one hundred", "one and a half").
 */
const NUMBER_WORD =
  "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|twelfths?";
const PRONOUN_ONE = new RegExp(
  String.raw`(?<!(?:\b(?:is|be|was|equals|equal to|answer|over|out of|by|times|plus|minus|and|point|${NUMBER_WORD})|[=:/*+\-\d])\s*)\bone\b(?!\s*(?:[\d/*+=]|-\s*\d|(?:and|point|over|out|plus|minus|times|divided|${NUMBER_WORD})\b|to\s+(?:\d|(?:${NUMBER_WORD})\b)))`,
  "gi",
);

/**
 * "one-to-one property", "one-to-one function", "one-on-one help": the names of an injective
 * function and of tutoring are words, not the numbers 1 and 1 (the second "one" follows a dash,
 * which reads as a minus). Only before these nouns: "one-to-one" alone, or before "ratio",
 * "correspondence" or "relationship", can be a ratio 1:1 and stays numbers.
 */
const ONE_TO_ONE_TERM =
  /\bone-(to|on)-one(?=\s+(?:propert(?:y|ies)|functions?|mappings?|maps?|help|tutoring|sessions?|support|meetings?)\b)/gi;

export function keepPronounOne(text: string): string {
  return text.replace(ONE_TO_ONE_TERM, "single-$1-single").replace(PRONOUN_ONE, "single");
}

/**
 * The reading every reveal check uses: "one" as a pronoun, and (for answers that use the letters)
 * "a" and "I" as words, left out of the maths.
 */
const readProse = (text: string, letters: ReadonlySet<string> = NO_LETTERS): MathReading =>
  readMath(keepWordLetters(keepPronounOne(text), letters));
const NO_LETTERS: ReadonlySet<string> = new Set();

/**
 * `asked`: the prompts of the step the student is working on (the content checker's and the
 * guard's open step); the expression one of them asks about may be restated (see askedExpression).
 * `answers`: the open answers; "a" and "I" in prose are words where one of them uses the letter.
 */
export function readVisible(
  texts: string[],
  opts: { asked?: string[]; answers?: AnswerSpec[]; earnedForms?: string[] } = {},
): VisibleText {
  const letters = answerLetters(opts.answers ?? []);
  const present = texts.filter(Boolean);
  const readings = present.map((t) => readProse(t, letters).text);
  // Words are compared as written (cleaned), not with number words turned into digits.
  return {
    raw: readings,
    index: indexVisible(readings),
    folded: indexVisible(present.map((t) => fold(cleanText(t)))),
    asked: (opts.asked ?? []).flatMap((t) => askedExpression(t) ?? []),
    letters,
    earnedForms: (opts.earnedForms ?? []).flatMap((t) => readProse(t).runs.map((r) => squashRun(r.text))),
  };
}

/** A run's maths with spacing and brackets around a lone number left out: "(-5) / 7" -> "-5/7". */
const squashRun = (t: string) => t.replace(/\s+/g, "").replace(/\((-?\d+(?:\.\d+)?)\)/g, "$1");

/**
 * The expression a prompt asks about: its one run of maths, when that run is an operation on
 * numbers ("What is $\frac{15}{5}$?" -> "15/5", "What is $|3|$?"), not a lone number. A prompt with
 * two runs or more ("Which is bigger, 1/2 or 1/3?", "Round 13/25 to 1 decimal place") asks about
 * none: one of its runs may be the answer as written.
 */
function askedExpression(prompt: string): string | null {
  const reading = readProse(prompt);
  const runs = reading.runs.filter((r) => !isLabel(reading, r));
  const only = runs[0];
  if (runs.length !== 1 || !only || only.hasVariable || only.values.length < 2) return null;
  return squashRun(only.text);
}

/** Words that make what follows a result: "it comes out to 3/5", "the answer is 15/5", "= 15/5". */
const RESULT_BEFORE =
  /(?:\b(?:is|are|was|were|be|equals?|makes?|gives?|gets?|got|yields?|becomes?|means|answer|result|solution|value|total|to|into)|[=:≈→<>])\s*$/;
/** "15/5 is the answer", "15/5 is right". */
const RESULT_AFTER = /^\s*(?:is|was|would be|will be)\s+(?:the\s+)?(?:answer|result|right|correct|it)\b/;

/**
 * A run that restates the expression the open step asks about, in any spelling ("15 divided by
 * 5", "15 ÷ 5", "$\frac{15}{5}$" for "What is 15/5?"), not put forward as a result: the question
 * again, which tells nothing new even though its value is the answer ("We can express the above
 * idea as 15 divided by 5", "Think of it as 15 ÷ 5"). Only the whole asked expression counts
 * ("15/5 = 3", "6/2", "9 ÷ 3" are not it), and not after or before words that make it the result
 * ("it comes out to 15/5", "the answer is 15/5", "15/5 is the answer").
 */
function restatesAsked(reading: MathReading, run: MathReading["runs"][number], visible: VisibleText): boolean {
  if (visible.asked.length === 0 || !visible.asked.includes(squashRun(run.text))) return false;
  const sentence =
    reading.text
      .slice(0, run.start)
      .split(/[.!?;\n]\s/)
      .at(-1) ?? "";
  return !RESULT_BEFORE.test(sentence) && !RESULT_AFTER.test(reading.text.slice(run.end));
}

const LABEL = /(?:\b(?:step|steps|question|part|hint|rung|problem|exercise|page|line|item)\s*#?\s*|#\s*)$/;
const LABEL_OF = /\b(?:step|question|part|hint|problem|exercise|page|item)\s*#?\s*\d+\s*(?:of|out of|\/)\s*$/;

/** "Step 2", "question #3", "step 1 of 2": a lone number that labels, not states, a value. */
function isLabel(reading: MathReading, run: MathReading["runs"][number]): boolean {
  const single = reading.numbers.filter((n) => n.start >= run.start && n.end <= run.end).length === 1;
  const before = reading.text.slice(Math.max(0, run.start - 24), run.start);
  return single && (LABEL.test(before) || LABEL_OF.test(before));
}

/**
 * The first place where `text` lets a student read off a secret that is not already visible,
 * described in a few words; null when there is none. One reading of maths (lib/math-reading)
 * underlies it, so a value counts in any spelling: digits of any script, LaTeX, number words of
 * many languages, a fraction not in lowest terms, or an arithmetic expression that equals it.
 */
export function findReveal(
  text: string,
  secrets: Secret[],
  visible: VisibleText,
  opts: RevealOptions = {},
): string | null {
  const found = revealIn(text, secrets, visible);
  if (found || !opts.locale) return found;
  for (const t of localeReadings(text, visible, opts.locale)) {
    const r = revealIn(t, secrets, visible);
    if (r) return r;
  }
  return null;
}

export interface RevealOptions {
  /**
   * The language the text is written in (a locale code such as "es"; default English): its
   * numbers are read as that language writes them too ("1.000" is 1000 and "1,500" may be 1.5 in
   * Spanish), so a value in any of its readings counts.
   */
  locale?: string;
}

/**
 * The text with its numbers read as the locale writes them (lib/math-reading/locale-numbers.ts):
 * the main reading and, for ambiguous numbers ("2.125"), the other one; only readings that differ
 * from the text. A number the student already sees is left as written, so quoting it stays a quote.
 * In Arabic, nouns in the dual read as "2" and the noun (arabic-duals.ts).
 */
export function localeReadings(text: string, visible: VisibleText, locale: string | undefined): string[] {
  if (locale?.toLowerCase().startsWith("ar")) {
    const duals = readArabicDuals(text, visible.raw);
    return duals ? [duals] : [];
  }
  if (!usesDecimalComma(locale)) return [];
  const keep = (token: string) => visible.raw.some((v) => v.includes(token));
  const r = readLocaleNumbers(text, { keep });
  return [r.text, r.ambiguous].filter((t): t is string => t !== undefined && t !== text);
}

function revealIn(text: string, secrets: Secret[], visible: VisibleText): string | null {
  const reading = readProse(text, visible.letters);
  // Words are compared as written (cleaned), not with number words turned into digits.
  const plain = cleanText(text).replace(/\s+/g, " ");
  const words = splitWords(reading.text);
  for (const s of secrets) {
    const found =
      s.kind === "value"
        ? valueStated(reading, words, s.value, visible)
        : s.kind === "phrase"
          ? phraseStated(plain, s.phrase, visible)
          : s.kind === "option"
            ? (optionNamed(reading, plain, words, s, visible) ??
              optionNamed(reading, backwards(plain), words, s, visible))
            : s.kind === "parts"
              ? partsStated(reading, words, s, visible)
              : s.kind === "notation"
                ? notationStated(plain, s, visible)
                : formStated(reading, words, s.spec, visible);
    if (found) return found;
    if (s.kind === "value") {
      const b = boundsPinned(reading, words, s.value, visible);
      if (b) return b;
    }
    if (s.kind === "option" || s.kind === "phrase") {
      const c = splitAtSentenceEnds(plain, s.kind === "option" ? s.text : s.phrase);
      if (c) return c;
    }
  }
  return null;
}

/**
 * Code or chemistry stated with its symbols (any case, spacing, quotes, charge spelling), or for
 * chemistry one of its ions or compounds, where no visible text shows it already.
 */
function notationStated(text: string, s: Extract<Secret, { kind: "notation" }>, visible: VisibleText): string | null {
  if (s.match === "chemistry") return chemistryRevealed(text, s.text, visible.raw);
  if (!codeStated(text, s.text) || visible.raw.some((v) => codeStated(v, s.text))) return null;
  return `states the code "${s.text}"`;
}

function valueStated(
  reading: MathReading,
  words: Word[],
  value: number,
  visible: VisibleText,
  strict = false,
): string | null {
  for (const run of reading.runs) {
    if (!run.values.some((v) => sameValue(v, value))) continue;
    if (isLabel(reading, run) || restatesAsked(reading, run, visible)) continue;
    if (earnedQuote(reading, run, visible)) continue;
    // Restating a visible run tells nothing new when the secret is only a part of it (10 in
    // "3/10"); a run whose value is the secret ("1/2", "$|3|$") needs its words around it
    // quoted too, or to be a whole visible text (a title: "Simplify 18/24").
    const whole = run.values[run.values.length - 1];
    const part = whole === undefined || !sameValue(whole, value);
    if (isQuoted(words, run.start, run.end, visible.index, part && !strict)) continue;
    return `states ${formatValue(value)} ("${run.text}")`;
  }
  // Written backwards, without a word saying so: "21" for 12, "2/3" for 3/2, "6/1 4" for 4 1/6
  // (runs that only a space parts are read together too).
  const joined = reading.runs.flatMap((run, i) => {
    const next = reading.runs[i + 1];
    if (!next || !/^ +$/.test(reading.text.slice(run.end, next.start))) return [run];
    return [run, { ...run, text: reading.text.slice(run.start, next.end), end: next.end, values: [Number.NaN] }];
  });
  for (const run of joined) {
    if (!/^[\d\s./-]+$/.test(run.text) || run.text.replace(/\D/g, "").length < 2) continue;
    const whole = run.values[run.values.length - 1] ?? Number.NaN;
    const backs = [[...run.text.replace(/\s+/g, "")].reverse().join(""), [...run.text.trim()].reverse().join("")].map(
      readJoined,
    );
    if (!backs.some((b) => b !== null && sameValue(b, value) && !sameValue(b, whole))) continue;
    if (isQuoted(words, run.start, run.end, visible.index, false) || isLabel(reading, run)) continue;
    return `states ${formatValue(value)} backwards ("${run.text}")`;
  }
  return concatenatedDigits(reading, words, value, visible);
}

/**
 * Digits handed out one at a time ("The first digit is 1. The second digit is 2.", "1, 1 / 1, 2",
 * "It starts with 5/. Then 8."): short numbers read together in order, with a "/" or "." that
 * stands between or after them. Labels and numbers quoted from visible text do not count.
 */
function concatenatedDigits(reading: MathReading, words: Word[], value: number, visible: VisibleText): string | null {
  // A piece already on screen (an earlier turn's "The first digit is 1.") still counts: the
  // pieces read together must include one new piece, and must not be a quote as a whole.
  const pieces = reading.numbers.filter((n) => {
    if (n.raw.replace(/\D/g, "").length > 2) return false;
    const run = reading.runs.find((r) => r.start <= n.start && n.end <= r.end);
    return !(run && isLabel(reading, run));
  });
  // Pieces of the student's own answer to a step already done ("6/12" before "Simplify") are not new.
  const earnedRuns = reading.runs.filter((r) => earnedQuote(reading, r, visible));
  const fresh = pieces.map(
    (n) =>
      !isQuoted(words, n.start, n.end, visible.index, false) &&
      !earnedRuns.some((r) => r.start <= n.start && n.end <= r.end),
  );
  // The numbers of the asked expression restated ("15 divided by 5") are the question, not pieces.
  const restated = reading.runs.filter((r) => restatesAsked(reading, r, visible));
  const withinRestated = (a: number, b: number) => restated.some((r) => r.start <= a && b <= r.end);
  for (let i = 0; i < pieces.length; i++) {
    let digits = "";
    let withOps = "";
    for (let j = i; j < Math.min(pieces.length, i + 4); j++) {
      const n = pieces[j] as MathReading["numbers"][number];
      if (j > i) {
        const gap = reading.text.slice((pieces[j - 1] as { end: number }).end, n.start);
        if (/\/|\bover\b/.test(gap) && !withOps.endsWith("/")) withOps += "/";
      }
      digits += n.raw.replace(/\D/g, "");
      withOps += n.raw.replace(/[^\d.]/g, "");
      const tail = /^\s*([/.,])(?!\s*\d)/.exec(reading.text.slice(n.end));
      if (tail && j > i) withOps += tail[1] === "/" ? "/" : "";
      else if (tail) withOps += tail[1] === "/" ? "/" : ".";
      if (j === i) continue;
      const candidates = [Number(digits), readJoined(withOps)];
      if (!candidates.some((v) => v !== null && Number.isFinite(v) && sameValue(v, value))) continue;
      if (!fresh.slice(i, j + 1).some(Boolean)) continue;
      if (withinRestated((pieces[i] as { start: number }).start, n.end)) continue;
      if (isQuoted(words, (pieces[i] as { start: number }).start, n.end, visible.index, false)) continue;
      return `spells ${formatValue(value)} out in pieces`;
    }
  }
  return null;
}

function readJoined(s: string): number | null {
  const mixed = /^(-?\d+)\s+(\d+)\/(\d+)$/.exec(s.trim());
  if (mixed) return Number(mixed[1]) + (Math.sign(Number(mixed[1])) || 1) * (Number(mixed[2]) / Number(mixed[3]));
  const m = /^(-?\d+(?:\.\d+)?)(?:\/(\d+(?:\.\d+)?))?$/.exec(s.replace(/[/.]$/, ""));
  if (!m) return null;
  return m[2] ? Number(m[1]) / Number(m[2]) : Number(m[1]);
}

const formatValue = (v: number) => String(Number(v.toPrecision(10)));

export const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

const reverse = (s: string) => [...s].reverse().join("");

function editDistanceAtMost(a: string, b: string, k: number): boolean {
  if (Math.abs(a.length - b.length) > k) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > k) return false;
    prev = cur;
  }
  return (prev[b.length] as number) <= k;
}

/** A word that is the answer misspelt, inflected or translated into a related language. */
function nearWord(word: string, answer: string): boolean {
  if (answer.length < 5 || word.length < 4) return false;
  const k = answer.length >= 8 ? 2 : 1;
  if (editDistanceAtMost(word, answer, k)) return true;
  const stem = Math.max(6, answer.length - 3);
  return answer.length >= 6 && word.length >= stem && word.slice(0, stem) === answer.slice(0, stem);
}

/**
 * A word answer in the text: as written (unless quoted from what is visible), backwards,
 * spelt out letter by letter, misspelt, or as a cognate in a related language.
 */
/** Word answers that are everyday words: only an assertion ("the answer is no") states them. */
const EVERYDAY =
  /^(?:yes|no|true|false|bigger|smaller|larger|greater|less|more|fewer|same|equal|positive|negative|add|subtract|multiply|divide|left|right|up|down|both|neither|none|all|always|never|sometimes)$/;

function asserted(t: string, p: string): boolean {
  const e = p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    `\\b(?:answer|it|that|this|you)\\s+(?:is|was|would be|should be|must be|s)\\s+(?:the\\s+)?${e}\\b|\\b${e}\\s+(?:is|was)\\s+(?:right|correct|the answer)\\b|^${e}$|\\b(?:say|write|type|pick)\\s+${e}\\b(?!\\s+or\\b)`,
  ).test(t);
}

/**
 * Maths words in the languages whose numbers are read (lib/math-reading): a word answer
 * ("denominator") said in another language ("Nenner", "знаменатель") is the same answer. A
 * closed vocabulary, so a table covers it; accents and case folded. Words that are also English
 * ("pay", "teller", "som") are left out: "pay attention" is no numerator.
 */
const MATH_TERMS: Record<string, string[]> = {
  denominator: [
    "nenner",
    "denominador",
    "denominateur",
    "denominatore",
    "знаменатель",
    "noemer",
    "mianownik",
    "jmenovatel",
    "payda",
    "分母",
    "nevezo",
    "namnare",
    "naevner",
    "nevner",
  ],
  numerator: [
    "zahler",
    "numerador",
    "numerateur",
    "numeratore",
    "числитель",
    "licznik",
    "citatel",
    "分子",
    "szamlalo",
    "taljare",
    "tæller",
  ],
  sum: ["summe", "suma", "somme", "somma", "сумма", "toplam", "和"],
  product: [
    "produkt",
    "producto",
    "produit",
    "prodotto",
    "произведение",
    "product",
    "iloczyn",
    "soucin",
    "carpim",
    "积",
  ],
  difference: [
    "differenz",
    "diferencia",
    "difference",
    "differenza",
    "разность",
    "verschil",
    "roznica",
    "rozdil",
    "fark",
    "差",
  ],
  quotient: ["quotient", "cociente", "quoziente", "частное", "quotient", "iloraz", "podil", "bolum", "商"],
  factor: ["faktor", "factor", "facteur", "fattore", "множитель", "czynnik", "činitel", "carpan", "因数"],
  multiple: ["vielfaches", "multiplo", "multiple", "кратное", "veelvoud", "wielokrotnosc", "nasobek", "倍数"],
  numerators: ["zahler", "numeradores", "numerateurs", "numeratori", "числители"],
  denominators: ["nenner", "denominadores", "denominateurs", "denominatori", "знаменатели"],
};

/**
 * The same words in Arabic, which writes the article and the prepositions "and", "with", "for",
 * "like" joined to the noun ("المقام", "بالمقام", "وللمقام"): each term is a stem and matches
 * with any of them before it and a plural or dual ending after it. Stems that are also everyday
 * words without the article ("بسط" is "simplify", "فرق" "teams", "عامل" "worker") count only
 * with it; terms of two words ("حاصل الضرب") count as written, after any of the prefixes.
 */
const ARABIC_MATH_TERMS: Record<string, { stem: string; bare: boolean }[]> = {
  denominator: [{ stem: "مقام", bare: true }],
  denominators: [{ stem: "مقام", bare: true }],
  numerator: [{ stem: "بسط", bare: false }],
  numerators: [{ stem: "بسط", bare: false }],
  sum: [{ stem: "مجموع", bare: false }],
  product: [
    { stem: "حاصل الضرب", bare: true },
    { stem: "ناتج الضرب", bare: true },
  ],
  difference: [{ stem: "فرق", bare: false }],
  quotient: [
    { stem: "خارج القسمه", bare: true },
    { stem: "ناتج القسمه", bare: true },
  ],
  factor: [{ stem: "عامل", bare: false }],
  multiple: [{ stem: "مضاعف", bare: true }],
};
const ARABIC_TERM_PATTERNS = new Map(
  Object.entries(ARABIC_MATH_TERMS).map(([word, terms]) => [
    word,
    terms.map(
      ({ stem, bare }) =>
        new RegExp(String.raw`(?<!\p{L})(?:${bare ? AR_THE : AR_DEFINITE})${stem}(?:ات|ان|ين)?(?!\p{L})`, "u"),
    ),
  ]),
);

/**
 * A maths word answer named in Arabic (see ARABIC_MATH_TERMS) where the student has not seen it
 * (visible.raw holds the visible texts' readings, whose Arabic words are as written).
 */
function arabicTermStated(text: string, p: string, visible: VisibleText): string | null {
  const patterns = ARABIC_TERM_PATTERNS.get(p);
  if (!patterns) return null;
  const t = foldArabicLetters(text);
  for (const re of patterns) {
    const m = re.exec(t);
    if (m && !visible.raw.some((v) => re.test(foldArabicLetters(v)))) return `names "${p}" in Arabic ("${m[0]}")`;
  }
  return null;
}

function phraseStated(text: string, phrase: string, visible: VisibleText): string | null {
  const p = fold(phrase);
  if (!p) return null;
  for (const term of MATH_TERMS[p] ?? []) {
    const t = fold(term);
    const padded = ` ${fold(text)} `;
    if (padded.includes(` ${t} `) && !visible.folded.some((v) => v.includes(` ${t} `)) && t !== p)
      return `names "${phrase}" in another language ("${term}")`;
  }
  const arabic = arabicTermStated(text, p, visible);
  if (arabic) return arabic;
  if ((p.length <= 3 && !/\d/.test(p)) || EVERYDAY.test(p)) {
    return asserted(fold(text), p) ? `says the answer is "${phrase}"` : null;
  }
  const t = fold(text);
  const words = splitWords(t);
  const ats = occurrences(` ${t} `, ` ${p} `);
  const at = ats[0] ?? -1;
  if (ats.some((a) => !isQuoted(words, a, a + p.length, visible.folded))) return `names "${phrase}"`;
  const letters = p.replace(/[^\p{L}\p{N}]/gu, "");
  const squeezed = t.replace(/[^\p{L}\p{N}]/gu, "");
  const seenSqueezed = visible.folded.some((v) => v.replace(/[^\p{L}\p{N}]/gu, "").includes(letters));
  if (letters.length >= 5 && !seenSqueezed) {
    if (squeezed.includes(reverse(letters))) return `names "${phrase}" backwards`;
    if (squeezed.includes(letters) && at < 0) return `spells "${phrase}" out`;
  }
  // Pieces of a long word answer handed out apart: "it starts with denomi ... ends with nator".
  if (letters.length >= 7) {
    for (const w of words) {
      const piece = w.t.replace(/[^\p{L}]/gu, "");
      if (piece.length < 4 || piece.length < letters.length * 0.4 || piece === letters) continue;
      if (!letters.startsWith(piece) && !letters.endsWith(piece)) continue;
      if (visible.folded.some((v) => v.includes(` ${piece} `))) continue;
      return `hands out a piece of "${phrase}" ("${piece}")`;
    }
  }
  const pw = p.split(" ");
  if (pw.length === 1 && !visible.folded.some((v) => v.includes(` ${p} `))) {
    for (const w of words) {
      if (w.t === p || !nearWord(w.t, p) || visible.folded.some((v) => v.includes(` ${w.t} `))) continue;
      return `names "${phrase}" as "${w.t}"`;
    }
  }
  return null;
}

const COMMON_OPTIONS = new Set(["yes", "no", "true", "false", "both", "neither", "none", "all", "same", "equal"]);

/** The right option of a choice, named by its text or value anywhere outside a quote. */
function optionNamed(
  reading: MathReading,
  plain: string,
  words: Word[],
  s: Extract<Secret, { kind: "option" }>,
  visible: VisibleText,
): string | null {
  if (s.value !== null) {
    const v = valueStated(reading, words, s.value, visible, true);
    if (v) return `names the right option: ${v}`;
    return null;
  }
  const o = normalizeOption(s.text);
  const t = normalizeOption(plain);
  if (o.length >= 3 && !COMMON_OPTIONS.has(o) && ` ${t} `.includes(` ${o} `)) {
    const ft = fold(plain);
    // As written, or without its articles ("The 20-pack" said as "a 20-pack").
    const forms = [
      fold(s.text),
      fold(s.text)
        .replace(/\b(?:the|a|an)\b/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    ];
    const fo = forms.find((f) => f && occurrences(ft, f).length > 0) ?? (forms[0] as string);
    const at = occurrences(ft, fo);
    // Every mention counts: a quoted one earlier in the text does not cover a later one.
    if (at.length === 0 || at.some((a) => !isQuoted(splitWords(ft), a, a + fo.length, visible.folded, false, 2))) {
      return `names the right option "${s.text}"`;
    }
  }
  // Spelt out letter by letter or with odd spacing: "D i v i d e  4  b y  2 / 3".
  const squeeze = (x: string) => fold(x).replace(/[^\p{L}\p{N}]/gu, "");
  const so = squeeze(s.text);
  if (so.length >= 6 && squeeze(plain).includes(so) && !visible.folded.some((v) => squeeze(v).includes(so))) {
    return `spells out the right option "${s.text}"`;
  }
  if (textRevealsAnswer(s.spec, plain)) {
    return `says "${s.text}" is right`;
  }
  return null;
}

/** Unquoted maths of the text, read together: "It starts with 2x + 6. Then = 14." -> "2x + 6 = 14". */
function joinedMaths(reading: MathReading, words: Word[], visible: VisibleText): string {
  return reading.runs
    .filter((r) => !isQuoted(words, r.start, r.end, visible.index))
    .map((r) => {
      const before = /([=+*/-])\s*$/.exec(reading.text.slice(Math.max(0, r.start - 3), r.start));
      return `${before ? before[1] : ""} ${r.text}`;
    })
    .join(" ");
}

function formStated(
  reading: MathReading,
  words: Word[],
  spec: Extract<Secret, { kind: "form" }>["spec"],
  visible: VisibleText,
): string | null {
  if (visible.raw.some((v) => textRevealsAnswer(spec, withEquals(v)))) return null;
  const text = withEquals(reading.text);
  if (textRevealsAnswer(spec, text) || textRevealsAnswer(spec, backwards(text)))
    return "states the answer's expression";
  if (textRevealsAnswer(spec, withEquals(joinedMaths(reading, words, visible))))
    return "states the answer's expression in pieces";
  return null;
}

/** Each sentence read backwards ("3 + n3" -> "3n + 3", "flah naht eroM" -> "More than half"). */
function backwards(text: string): string {
  return text
    .split(/([.!?\n](?:\s+|$))/)
    .map((part, i) => (i % 2 ? part : [...part].reverse().join("")))
    .join("");
}

const PART_NAMES =
  /\b(?:numerators?|denominators?|top|bottom|upper|lower|above|below|over|under)\b|\b(?:z[aä]hler|nenner|numerador|denominador|num[ée]rateur|d[ée]nominateur|numeratore|denominatore|числитель|знаменатель)/iu;

/**
 * A run in quotation marks that is the whole of a visible text: the student's own message
 * quoted back (You said "6"), too short for isQuoted's words around it.
 */
function quotesWholeText(reading: MathReading, run: MathRun, visible: VisibleText): boolean {
  const open = /["“”'‘’«]\s*$/.test(reading.text.slice(0, run.start));
  const close = /^\s*["“”'‘’»]/.test(reading.text.slice(run.end));
  return (
    open &&
    close &&
    visible.index.includes(
      ` ${splitWords(run.text)
        .map((w) => w.t)
        .join(" ")} `,
    )
  );
}

/**
 * The student's own answer to a step already done, quoted back as they wrote it (You said
 * "6/12"), where no step ahead accepts that form: it tells nothing they have not written.
 */
function earnedQuote(reading: MathReading, run: MathRun, visible: VisibleText): boolean {
  return visible.earnedForms.includes(squashRun(run.text)) && quotesWholeText(reading, run, visible);
}

/** Every part stated on its own, outside labels, at least one of them not already on screen. */
function partsStated(
  reading: MathReading,
  words: Word[],
  secret: Extract<Secret, { kind: "parts" }>,
  visible: VisibleText,
): string | null {
  const { parts } = secret;
  if (secret.named && !PART_NAMES.test(reading.text)) return null;
  const lone = reading.runs.filter((r) => r.values.length === 1 && !isLabel(reading, r));
  const found = parts.map((p) => lone.filter((r) => sameValue(r.values[0] as number, p)));
  if (found.some((f) => f.length === 0)) return null;
  const fresh = found.some((f) =>
    f.some((r) => !isQuoted(words, r.start, r.end, visible.index, false) && !quotesWholeText(reading, r, visible)),
  );
  return fresh ? `states the parts ${parts.join(" and ")} of the answer` : null;
}

/**
 * For authored content (the content checker): whether the text states the answer in a form the
 * checker accepts (textRevealsAnswer), counting only what is not quoted from visible text. A
 * scaffold question "What is 24 ÷ 6?" asks for a value and does not state it; "$|3|$" in a
 * prompt whose answer is 3 is visible already.
 */
export function revealsBeyondVisible(
  spec: AnswerSpec,
  text: string,
  visible: VisibleText,
  /** Authored texts on screen (title, statement, prompts reached): restating one whole tells nothing new. */
  authored: string[] = [],
  /** The language the text is shown in: its numbers are read as written and as that language writes them. */
  locale?: string,
): boolean {
  if (revealsInReading(spec, text, visible, authored)) return true;
  return localeReadings(text, visible, locale).some((t) => revealsInReading(spec, t, visible, authored));
}

function revealsInReading(spec: AnswerSpec, text: string, visible: VisibleText, authored: string[]): boolean {
  const reading = readProse(text, visible.letters);
  if (!textRevealsAnswer(spec, reading.text)) return false;
  const words = splitWords(reading.text);
  let masked = reading.text;
  // A prompt that is bare maths ("$-27$", "15,19,20,30,66", "$8.41$": the question is in the
  // statement) restated whole by the tutor is the prompt, quoted, however short.
  const wholes = authored
    .map((t) =>
      readProse(t, visible.letters)
        .text.trim()
        .replace(/[.?!]+$/, ""),
    )
    .filter(Boolean);
  for (const w of wholes) {
    for (let at = masked.indexOf(w); at >= 0 && w; at = masked.indexOf(w, at + 1)) {
      const before = masked[at - 1] ?? " ";
      const after = masked[at + w.length] ?? " ";
      // Whole: not part of a longer expression ("-27" in "-27/1" is not the prompt restated).
      if (/[\w.^*/+=-]/.test(before) || /[\w^*/+=-]|\.\d/.test(after + (masked[at + w.length + 1] ?? ""))) continue;
      masked = masked.slice(0, at) + " ".repeat(w.length) + masked.slice(at + w.length);
    }
  }
  // Authored questions ask for a value ("What is $50$ divided by 2?"): what they hold is asked, not told.
  const questions = [...reading.text.matchAll(/[^.!?\n]*\?/g)].map((m) => [m.index, m.index + m[0].length]);
  for (const run of reading.runs) {
    const asked = questions.some(([a, b]) => run.start >= (a as number) && run.end <= (b as number));
    if (asked || restatesAsked(reading, run, visible) || isQuoted(words, run.start, run.end, visible.index)) {
      masked = masked.slice(0, run.start) + " ".repeat(run.end - run.start) + masked.slice(run.end);
    }
  }
  // Words quoted from visible text (four in a row or more): a restated prompt tells nothing new.
  const blank = (a: number, b: number) => {
    masked = masked.slice(0, a) + " ".repeat(b - a) + masked.slice(b);
  };
  for (let i = 0; i + QUOTE_RUN <= words.length; i++) {
    let len = QUOTE_RUN;
    const seq = (n: number) =>
      ` ${words
        .slice(i, i + n)
        .map((w) => w.t)
        .join(" ")} `;
    if (!visible.index.some((v) => v.includes(seq(len)))) continue;
    while (i + len < words.length && visible.index.some((v) => v.includes(seq(len + 1)))) len++;
    blank((words[i] as Word).start, (words[i + len - 1] as Word).end);
  }
  return textRevealsAnswer(spec, masked);
}

const QUOTE_RUN = 4;

/** "equals", "is equal to", "es igual a", "est égal à", "ist gleich": an equals sign. */
function withEquals(text: string): string {
  return text.replace(
    /(?<![\p{L}])(?:equals|is equal to|is the same as|es igual a|est [ée]gal [àa]|[ée]gale?|ist gleich|gleich|[èe] uguale a|[ée] igual a|равно)(?![\p{L}])/giu,
    "=",
  );
}

/**
 * Bounds that pin a value down: "It is bigger than 1. It is smaller than 3." for 2, "between 7
 * and 9" for 8, "more than 3/8 and less than 1/2"... for a value in a band one twentieth of
 * its size. The bounds read together over the whole text; at least one of them new.
 */
const LOWER =
  /\b(?:bigger|greater|larger|more|higher|above|over|exceeds?|at least|no less|not less|mayor|m[aá]s|plus grand|sup[ée]rieure?|gr[oö](?:ss|ß)er|mehr|maggiore|больше)\s*(?:than|que|qu'|als|di|à|a|of|чем)?\s*$/iu;
const UPPER =
  /\b(?:smaller|less|lower|below|under|fewer|at most|no more|not more|menor|menos|plus petit|inf[ée]rieure?|kleiner|weniger|minore|меньше)\s*(?:than|que|qu'|als|di|à|a|of|чем)?\s*$/iu;

function boundsPinned(reading: MathReading, words: Word[], value: number, visible: VisibleText): string | null {
  let lo = Number.NEGATIVE_INFINITY;
  let hi = Number.POSITIVE_INFINITY;
  let fresh = false;
  const take = (run: MathReading["runs"][number], side: "lo" | "hi") => {
    const v = run.values[run.values.length - 1];
    if (v === undefined || isLabel(reading, run)) return;
    if (side === "lo" && v < value && v > lo) lo = v;
    else if (side === "hi" && v > value && v < hi) hi = v;
    else return;
    if (!isQuoted(words, Math.max(0, run.start - 12), run.end, visible.index, false)) fresh = true;
  };
  for (const [i, run] of reading.runs.entries()) {
    const before = reading.text.slice(Math.max(0, run.start - 30), run.start);
    if (LOWER.test(before) || /[>≥]\s*$/.test(before)) take(run, "lo");
    else if (UPPER.test(before) || /[<≤]\s*$/.test(before)) take(run, "hi");
    else if (/\bbetween\s*$|\bentre\s*$|\bzwischen\s*$|\bтра?\s*$/iu.test(before)) {
      const next = reading.runs[i + 1];
      if (next && /^\s*(?:and|y|et|und|e|и)\s*$/iu.test(reading.text.slice(run.end, next.start))) {
        take(run, "lo");
        take(next, "hi");
      }
    }
  }
  if (!fresh || !Number.isFinite(lo) || !Number.isFinite(hi)) return null;
  const pinned = Number.isInteger(value)
    ? Math.ceil(lo + 1e-9) === value && Math.floor(hi - 1e-9) === value
    : hi - lo <= Math.abs(value) / 20;
  return pinned ? `pins ${formatValue(value)} between ${formatValue(lo)} and ${formatValue(hi)}` : null;
}

/**
 * An option or a word answer handed out in pieces, each piece closing a sentence: "The right
 * option starts with Subtract 7 fr. ... It ends with om both sides." The pieces, read together
 * without what stands between them, spell the answer.
 */
function splitAtSentenceEnds(plain: string, answer: string): string | null {
  const squeeze = (x: string) => fold(x).replace(/[^\p{L}\p{N}]/gu, "");
  const target = squeeze(answer);
  if (target.length < 3 || EVERYDAY.test(target)) return null;
  const tails: string[] = [];
  const lastWords: string[] = [];
  for (const sentence of splitSentences(plain)) {
    const t = squeeze(sentence);
    if (!t) continue;
    tails.push(t);
    lastWords.push(fold(sentence).split(" ").at(-1) ?? "");
  }
  // Pieces: a suffix of sentence i followed by suffixes of later sentences, 2 or 3 of them.
  const endsWithPiece = (from: number, rest: string, pieces: number): boolean => {
    if (!rest) return pieces >= 2;
    if (pieces >= 3) return false;
    for (let i = from; i < tails.length; i++) {
      const t = tails[i] as string;
      // A one-letter piece is a word of its own ("It starts with B."): a letter that ends a longer
      // word ends a sentence by chance (in a ROT13 reading "mejor" and "examen" end "be" and "a").
      for (let k = 1; k <= Math.min(rest.length, t.length); k++) {
        if (!t.endsWith(rest.slice(0, k))) continue;
        if (k === 1 && lastWords[i] !== rest.slice(0, 1)) continue;
        if (k < rest.length || pieces >= 1) {
          if (endsWithPiece(i + 1, rest.slice(k), pieces + 1)) return true;
        }
      }
    }
    return false;
  };
  // Two pieces or more from different sentences (said whole, it is for the rules above, which know quotes).
  if (!endsWithPiece(0, target, 0)) return null;
  return `hands out "${answer}" in pieces at the ends of sentences`;
}

const splitSentences = (t: string) => t.split(/(?<=[.!?\n])\s+/);

/** Every index where `needle` starts in `hay`. */
function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0 && needle; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}
