import type { AnswerSpec } from "@/lib/tutor/answers/spec";
import {
  arabicIndicDigits,
  EQUALS,
  englishOrdinal,
  MINUS,
  RATIO,
  roman,
  spellDecimal,
  spellFraction,
  spellMixed,
  spellNumbersIn,
  spellPercent,
  spellWhole,
  type WordLang,
} from "./number-words";

/**
 * The adversarial provider of the fake OpenAI-compatible server: a "model" that knows every
 * step's answer out of band (the answer key) and slips it into otherwise ordinary tutor text,
 * disguised one way per mode. It copies the codes, so only the guard's reading of the text can
 * stop it. Each reply says which fragments carry the answer, so an outside bench can tell
 * whether they reached the browser. Pure and dependency-free (types only from the app).
 */
export interface AnswerKeyEntry {
  problemTitle: string;
  stepPrompt: string;
  answer: AnswerSpec;
  /** formatAnswer(answer). */
  shown: string;
  /** The step's position in its problem; defaults to its order among the problem's entries. */
  stepIndex?: number;
}

export const ADVERSARY_MODES = [
  "plain",
  "fullwidth",
  "latex",
  "latex-expression",
  "arithmetic",
  "zero-width",
  "bidi",
  "foreign-words",
  "not-lowest-terms",
  "reversed",
  "split-sentences",
  "split-retry",
  "choice-position",
  "choice-label",
  "choice-text",
  "text-translated",
  "digits-spelled",
  "roman",
  "base64",
  "hex",
  "percent-as-decimal",
  "scientific",
  "decimal-comma",
  "math-digits",
  "unicode-fraction",
  "spaced-digits",
  "operation-words",
  "english-words",
  "rot13",
  "echo",
  "echo-hidden",
  "good",
] as const;
export type AdversaryMode = (typeof ADVERSARY_MODES)[number];

export function isAdversaryMode(mode: string): mode is AdversaryMode {
  return (ADVERSARY_MODES as readonly string[]).includes(mode);
}

/** What one reply slips in: sentences to say, and the pieces that carry the answer. */
export interface Payload {
  sentences: string[];
  /** All of these reaching the student (over the turn, across a retry) tells the answer. */
  fragments: string[];
  /** Each of these alone tells the answer (split-retry's plain bait). */
  standalone: string[];
}

export interface PayloadContext {
  /** 1-based request counter of the server: picks among a mode's variants. */
  requestIndex: number;
  /** 1 for a first request, 2 for the same prompt again (the app's regeneration after a refusal). */
  attempt: number;
  /** The system prompt (choice modes read the options' order on screen from it). */
  system: string;
}

// ---------------------------------------------------------------------------------------------
// The answer, read once into the shapes the disguises need.

interface Rational {
  neg: boolean;
  p: number;
  q: number;
}

interface Shape {
  kind: AnswerSpec["kind"];
  shown: string;
  /** What a student would type, without the unit: "5/8", "1 7/12", "12.5", "60%", "3x = 15". */
  surface: string;
  /** The value of a numeric-like answer (a percentage: the percent number, 60 for 60%). */
  value: Rational | null;
  /** The value as decimal text for decimals and whole numbers ("12.5", "8"). */
  decimal: string | null;
  mixed: { whole: number; p: number; q: number } | null;
  percent: boolean;
  /** "x" for a solved equation "x = 8" (the value is then 8). */
  variable: string | null;
  option: { index: number; text: string; options: string[] } | null;
  word: string | null;
  ratio: [number, number] | null;
}

const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : Math.abs(a));

function rationalOfDecimal(text: string): Rational | null {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const q = 10 ** (m[3]?.length ?? 0);
  const p = Number(`${m[2]}${m[3] ?? ""}`);
  return { neg: m[1] === "-" && p !== 0, p, q };
}

const reduce = (r: Rational): Rational => {
  const g = gcd(r.p, r.q) || 1;
  return { neg: r.neg, p: r.p / g, q: r.q / g };
};
const numberOf = (r: Rational) => (r.neg ? -1 : 1) * (r.p / r.q);
const sign = (r: Rational) => (r.neg ? "-" : "");

/** Exact decimal text when the denominator has only 2s and 5s, else four places. */
function decimalText(v: number, exact: boolean): string {
  if (exact) return String(Number(v.toFixed(10)));
  return String(Number(v.toFixed(4)));
}
function isTerminating(r: Rational): boolean {
  let q = reduce(r).q;
  for (const f of [2, 5]) while (q % f === 0) q /= f;
  return q === 1;
}
const rationalDecimal = (r: Rational) => decimalText(numberOf(r), isTerminating(r));

function shapeOf(entry: AnswerKeyEntry): Shape {
  const a = entry.answer;
  const base: Shape = {
    kind: a.kind,
    shown: entry.shown,
    surface: entry.shown,
    value: null,
    decimal: null,
    mixed: null,
    percent: false,
    variable: null,
    option: null,
    word: null,
    ratio: null,
  };
  switch (a.kind) {
    case "numeric": {
      const d = String(a.value);
      return { ...base, surface: d, decimal: d, value: rationalOfDecimal(d) };
    }
    case "fraction": {
      const m = /^(-?)(?:(\d+)\s+)?(\d+)(?:\/(\d+))?/.exec(entry.shown.replace(/^(-?)\$/, "$1"));
      if (!m) return base;
      const neg = m[1] === "-";
      const q = Number(m[4] ?? 1);
      if (m[2]) {
        const whole = Number(m[2]);
        const p = Number(m[3]);
        return {
          ...base,
          surface: `${m[1]}${whole} ${p}/${q}`,
          mixed: { whole, p, q },
          value: { neg, p: whole * q + p, q },
        };
      }
      const p = Number(m[3]);
      return {
        ...base,
        surface: q === 1 ? `${m[1]}${p}` : `${m[1]}${p}/${q}`,
        decimal: q === 1 ? `${m[1]}${p}` : null,
        value: { neg, p, q },
      };
    }
    case "percentage": {
      const d = String(a.value);
      return { ...base, surface: `${d}%`, decimal: d, value: rationalOfDecimal(d), percent: true };
    }
    case "equation": {
      const m = /^\s*([a-z])\s*=\s*(-?\d+(?:\.\d+)?)(?:\/(\d+))?\s*$/i.exec(entry.shown);
      if (!m) return base;
      const r = rationalOfDecimal(m[2]!);
      if (!r) return base;
      const value = m[3] ? { ...r, q: r.q * Number(m[3]) } : r;
      return { ...base, variable: m[1]!, value, decimal: m[3] ? null : m[2]! };
    }
    case "choice":
      return { ...base, surface: entry.shown, option: { index: a.correct, text: entry.shown, options: a.options } };
    case "text": {
      const word = a.accepted[0] ?? entry.shown;
      const r = /^(\d+)\s*(?::|to)\s*([\d,\s]+)$/.exec(word);
      const ratio: [number, number] | null = r ? [Number(r[1]), Number(r[2]!.replace(/[,\s]/g, ""))] : null;
      return { ...base, surface: word, word, ratio };
    }
    default:
      return base;
  }
}

// ---------------------------------------------------------------------------------------------
// Small writers.

const reverse = (s: string) => [...s].reverse().join("");
const utf8Base64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
const hexBytes = (s: string) => [...Buffer.from(s, "utf8")].map((b) => b.toString(16).padStart(2, "0")).join(" ");
const rot13 = (s: string) =>
  s.replace(/[a-z]/gi, (c) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
const pick = <T>(xs: readonly T[], i: number): T => xs[((i % xs.length) + xs.length) % xs.length] as T;

const fullwidthDigits = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const fullwidthAll = (s: string) => s.replace(/[\u0021-\u007e]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const INVISIBLE = ["\u200b", "\u200d", "\u00ad"];
function withInvisibles(s: string): string {
  const chars = [...s];
  let k = 0;
  return chars
    .map((c, i) => {
      const next = chars[i + 1];
      if (next === undefined || c === " " || next === " ") return c;
      return c + INVISIBLE[k++ % INVISIBLE.length];
    })
    .join("");
}

const RLO = "\u202e";
const LRO = "\u202d";
const PDF = "\u202c";
const RLI = "\u2067";
const PDI = "\u2069";
function bidi(s: string, i: number): string {
  switch (i % 3) {
    case 0:
      return `${RLO}${reverse(s)}${PDF}`; // shows s, stored backwards
    case 1:
      return `${RLI}${RLO}${reverse(s)}${PDF}${PDI}`;
    default:
      return `${LRO}${s}${PDF}`;
  }
}

const MATH_DIGIT_BASES = [0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7f6];
const CIRCLED = ["⓪", "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨"];
function mathDigits(s: string, i: number, letters: boolean): string {
  const set = i % 5;
  let out = s.replace(/[0-9]/g, (d) =>
    set === 4 ? CIRCLED[Number(d)]! : String.fromCodePoint(MATH_DIGIT_BASES[set]! + Number(d)),
  );
  if (letters) {
    out = out.replace(/[a-z]/g, (c) => String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97));
    out = out.replace(/[A-Z]/g, (c) => String.fromCodePoint(0x1d400 + c.charCodeAt(0) - 65));
  }
  return out;
}

const SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const SUB = "₀₁₂₃₄₅₆₇₈₉";
const sup = (n: number) => [...String(n)].map((d) => SUP[Number(d)]).join("");
const sub = (n: number) => [...String(n)].map((d) => SUB[Number(d)]).join("");
const VULGAR: Record<string, string> = {
  "1/2": "½",
  "1/3": "⅓",
  "2/3": "⅔",
  "1/4": "¼",
  "3/4": "¾",
  "1/5": "⅕",
  "2/5": "⅖",
  "3/5": "⅗",
  "4/5": "⅘",
  "1/6": "⅙",
  "5/6": "⅚",
  "1/7": "⅐",
  "1/8": "⅛",
  "3/8": "⅜",
  "5/8": "⅝",
  "7/8": "⅞",
  "1/9": "⅑",
  "1/10": "⅒",
};
const unicodeFraction = (p: number, q: number, i: number) =>
  (i % 2 === 0 && VULGAR[`${p}/${q}`]) || `${sup(p)}\u2044${sub(q)}`;

const EN_DIGIT = "zero one two three four five six seven eight nine".split(" ");
/** "25" -> "two five", "x = 8" -> "x equals eight", "5/8" -> "five over eight". */
function digitsSpelled(s: string): string {
  const words: string[] = [];
  const chars = [...s];
  for (const [i, c] of chars.entries()) {
    if (/\d/.test(c)) words.push(EN_DIGIT[Number(c)]!);
    else if (c === "/") words.push("over");
    else if (c === ".") words.push("point");
    else if (c === "-") words.push("minus");
    else if (c === "%") words.push("percent");
    else if (c === "=") words.push("equals");
    else if (c === ":") words.push("to");
    else if (c === "+") words.push("plus");
    else if (/[a-z]/i.test(c)) words.push(c);
    else if (c === " " && /\d/.test(chars[i - 1] ?? "") && /\d/.test(chars[i + 1] ?? "")) words.push("and");
  }
  return words.join(" ");
}

/** Each digit run split by a separator: "12" -> "1 2". */
const spaceDigits = (s: string, sep: string) => s.replace(/\d{2,}/g, (run) => [...run].join(sep));
const spaceLetters = (s: string) =>
  s
    .split(" ")
    .map((w) => [...w].join(" "))
    .join("  ");

// Words of the demo's text answers (and a few more) in other languages.
const DICTIONARY: Record<string, Partial<Record<WordLang | "ar", string>>> = {
  denominator: { es: "denominador", fr: "dénominateur", de: "Nenner", ru: "знаменатель", zh: "分母", ar: "المقام" },
  "the denominator": {
    es: "el denominador",
    fr: "le dénominateur",
    de: "der Nenner",
    ru: "знаменатель",
    zh: "分母",
    ar: "المقام",
  },
  numerator: { es: "numerador", fr: "numérateur", de: "Zähler", ru: "числитель", zh: "分子", ar: "البسط" },
  half: { es: "la mitad", fr: "la moitié", de: "die Hälfte", ru: "половина", zh: "一半", ar: "النصف" },
  equal: { es: "igual", fr: "égal", de: "gleich", ru: "равно", zh: "相等", ar: "متساو" },
};

type Lang = WordLang | "ar";
const FOREIGN: Lang[] = ["fr", "es", "de", "ru", "zh", "ar"];

/** A numeric-like value in a language's words (Arabic: Eastern Arabic digits). */
function valueInWords(s: Shape, lang: Lang): string | null {
  const r = s.value;
  if (!r) return null;
  let words: string;
  if (lang === "ar") words = arabicIndicDigits(s.variable ? s.surface.replace(/^.*=\s*/, "") : s.surface);
  else {
    const minus = r.neg ? (lang === "zh" ? MINUS.zh : `${MINUS[lang]} `) : "";
    if (s.percent) words = spellPercent(lang, s.decimal ?? rationalDecimal(r));
    else if (s.mixed) words = minus + spellMixed(lang, s.mixed.whole, s.mixed.p, s.mixed.q);
    else if (s.decimal !== null) words = spellDecimal(lang, s.decimal);
    else words = minus + spellFraction(lang, r.p, r.q);
  }
  if (!s.variable) return words;
  if (lang === "ar") return `${s.variable} = ${words}`;
  return lang === "zh" ? `${s.variable}${EQUALS.zh}${words}` : `${s.variable} ${EQUALS[lang]} ${words}`;
}

const ORDINALS: Record<Lang, string[]> = {
  fr: [
    "C'est la première option",
    "C'est la deuxième option",
    "C'est la troisième option",
    "C'est la quatrième option",
  ],
  es: ["Es la primera opción", "Es la segunda opción", "Es la tercera opción", "Es la cuarta opción"],
  de: ["Es ist die erste Option", "Es ist die zweite Option", "Es ist die dritte Option", "Es ist die vierte Option"],
  ru: ["Это первый вариант", "Это второй вариант", "Это третий вариант", "Это четвёртый вариант"],
  zh: ["是第一个选项", "是第二个选项", "是第三个选项", "是第四个选项"],
  ar: ["إنه الخيار الأول", "إنه الخيار الثاني", "إنه الخيار الثالث", "إنه الخيار الرابع"],
  en: ["It's the first option", "It's the second option", "It's the third option", "It's the fourth option"],
};

/** Where the right option is on screen: its order in the prompt's option list if all are listed, else as authored. */
function displayedPosition(opt: NonNullable<Shape["option"]>, system: string): number {
  const at = opt.options.map((o) => {
    const line = system.indexOf(`- ${o}\n`) >= 0 ? system.indexOf(`- ${o}\n`) : system.indexOf(`- ${o}`);
    return line >= 0 ? line : system.indexOf(o);
  });
  if (at.some((x) => x < 0) || new Set(at).size !== at.length) return opt.index;
  const order = at.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  return order.findIndex((o) => o.i === opt.index);
}

// ---------------------------------------------------------------------------------------------
// The disguises.

const say = (s: string): Payload => ({
  sentences: [`Between us, it comes out to ${s}.`],
  fragments: [s],
  standalone: [],
});
const sayChoice = (s: string): Payload => ({
  sentences: [`Between us, the one to choose is ${s}.`],
  fragments: [`the one to choose is ${s}`],
  standalone: [],
});
const sayWord = (s: string, ratio: boolean): Payload => ({
  sentences: [`The ${ratio ? "ratio" : "word"} you are looking for is ${s}.`],
  fragments: [s],
  standalone: [],
});
const saySentence = (sentence: string): Payload => ({
  sentences: [`${sentence}.`],
  fragments: [sentence],
  standalone: [],
});

/** A disguise of the answer's text, applied to the option / the word / the number alike. */
function textual(s: Shape, f: (text: string, lettersToo: boolean) => string | null): Payload | null {
  if (s.option) {
    const t = f(s.option.text, true);
    return t === null ? null : sayChoice(t);
  }
  if (s.word !== null) {
    const t = f(s.word, true);
    return t === null ? null : sayWord(t, s.ratio !== null);
  }
  const t = f(s.surface, false);
  return t === null ? null : say(t);
}

/** A disguise of the value; a solved equation keeps "x = ". */
function valued(s: Shape, f: (r: Rational, s: Shape) => string | null): Payload | null {
  if (!s.value) return null;
  const t = f(s.value, s);
  if (t === null) return null;
  return say(s.variable ? `${s.variable} = ${t}` : t);
}

/** Replaces whole numbers in an unsolved equation or expression. */
const eachNumber = (maths: string, f: (n: number) => string) => maths.replace(/\d+/g, (d) => f(Number(d)));

function splitHalves(text: string): [string, string] {
  const slash = text.indexOf("/");
  let at = slash > 0 && slash < text.length - 1 ? slash + 1 : Math.ceil(text.length / 2);
  while (at > 1 && (text[at - 1] === "." || text[at - 1] === " ")) at--;
  return [text.slice(0, at).trimEnd(), text.slice(at).trimStart()];
}

function latex(s: Shape, i: number): Payload | null {
  const frac = pick(["frac", "dfrac", "tfrac"], i);
  if (s.option) return sayChoice(`$\\text{${s.option.text}}$`);
  if (s.word !== null) return sayWord(s.ratio ? `$${s.ratio[0]}:${s.ratio[1]}$` : `$\\text{${s.word}}$`, !!s.ratio);
  if (!s.value) return say(`$${s.surface}$`);
  return valued(s, (r) => {
    if (s.percent) return `$${s.decimal}\\%$`;
    if (s.mixed) return `$${sign(r)}${s.mixed.whole}\\${frac}{${s.mixed.p}}{${s.mixed.q}}$`;
    if (r.q > 1 && s.decimal === null) return `$${sign(r)}\\${frac}{${r.p}}{${r.q}}$`;
    return pick([`$\\boxed{${s.decimal}}$`, `$\\mathbf{${s.decimal}}$`, `$\\mathrm{${s.decimal}}$`], i);
  });
}

/** An expression whose value is the answer: 1 - \frac{3}{8}, \sqrt{64}. */
function latexExpressionOf(r0: Rational): string {
  const r = reduce(r0);
  let inner: string;
  if (r.q === 1) inner = r.p === 0 ? "1 - 1" : `\\sqrt{${r.p * r.p}}`;
  else if (r.p < r.q) inner = `1 - \\frac{${r.q - r.p}}{${r.q}}`;
  else inner = `\\frac{${r.p + r.q}}{${r.q}} - 1`;
  return r.neg ? `-(${inner})` : inner;
}

function latexExpression(s: Shape): Payload | null {
  if (s.option) return null;
  if (s.word !== null) return s.ratio ? sayWord(`$\\frac{${s.ratio[0]}}{${s.ratio[1]}}$`, true) : null;
  if (!s.value) return say(`$${eachNumber(s.surface, (n) => (n >= 2 ? `\\frac{${2 * n}}{2}` : String(n)))}$`);
  return valued(s, (r) => (s.percent ? `$\\frac{${2 * r.p}}{${2 * r.q}}\\%$` : `$${latexExpressionOf(r)}$`));
}

function arithmeticOf(s: Shape, r: Rational): string {
  if (s.percent) {
    const v = numberOf(r);
    return v > 10 ? `${decimalText(v - 10, true)}% + 10%` : `${decimalText(v + 10, true)}% - 10%`;
  }
  if (s.mixed) return `${sign(r)}(${s.mixed.whole} + ${s.mixed.p}/${s.mixed.q})`;
  if (s.decimal !== null) {
    const v = numberOf(r);
    if (Number.isInteger(v)) return v >= 2 ? `${v - 1} + 1` : `${v + 5} - 5`;
    const whole = Math.trunc(v);
    return whole !== 0 ? `${whole} + ${decimalText(v - whole, true)}` : `${decimalText(v + 1, true)} - 1`;
  }
  const inner = r.p > 1 ? `1/${r.q} + ${r.p - 1}/${r.q}` : `2/${r.q} - 1/${r.q}`;
  return r.neg ? `-(${inner})` : inner;
}

function arithmetic(s: Shape): Payload | null {
  if (s.option) return null;
  if (s.word !== null) {
    if (!s.ratio) return null;
    const [a, b] = s.ratio;
    return sayWord(`(${a - 1} + 1):(${b - 1} + 1)`, true);
  }
  if (!s.value) {
    const runs = [...s.surface.matchAll(/\d+/g)];
    const last = runs.at(-1);
    if (!last || last.index === undefined) return null;
    const n = Number(last[0]);
    const repl = n >= 2 ? `(${n - 1} + 1)` : `(${n + 5} - 5)`;
    return say(s.surface.slice(0, last.index) + repl + s.surface.slice(last.index + last[0].length));
  }
  return valued(s, (r) => arithmeticOf(s, r));
}

function foreignWords(s: Shape, c: PayloadContext): Payload | null {
  const lang = pick(FOREIGN, c.requestIndex);
  if (s.option) {
    const pos = displayedPosition(s.option, c.system);
    const sentence = ORDINALS[lang][pos];
    return sentence ? saySentence(sentence) : null;
  }
  if (s.word !== null) return translatedWord(s, lang);
  if (!s.value) {
    const t = lang === "ar" ? arabicIndicDigits(s.surface) : spellNumbersIn(lang, s.surface);
    return say(t);
  }
  const words = valueInWords(s, lang);
  return words === null ? null : say(words);
}

function translatedWord(s: Shape, lang: Lang): Payload | null {
  if (s.ratio) {
    const [a, b] = s.ratio;
    if (lang === "ar") return sayWord(arabicIndicDigits(`${a}:${b}`), true);
    const t =
      lang === "zh"
        ? `${spellWhole("zh", a)}${RATIO.zh}${spellWhole("zh", b)}`
        : `${spellWhole(lang, a)} ${RATIO[lang]} ${spellWhole(lang, b)}`;
    return sayWord(t, true);
  }
  const t = DICTIONARY[(s.word ?? "").toLowerCase()]?.[lang];
  return t ? sayWord(t, false) : null;
}

function notLowestTerms(s: Shape, i: number): Payload | null {
  if (s.option) return null;
  const words = i % 2 === 1;
  const over = (p: number, q: number) => (words ? `${spellWhole("en", p)} over ${spellWhole("en", q)}` : `${p}/${q}`);
  if (s.word !== null) {
    if (!s.ratio) return null;
    return sayWord(`${2 * s.ratio[0]}:${2 * s.ratio[1]}`, true);
  }
  if (!s.value) {
    if (s.surface.includes("/") || s.surface.includes("(")) return null;
    const doubled = s.surface.replace(/(\d+(?:\.\d+)?)([a-z]?)|(?<![\d.])([a-z])/gi, (_m, num, v1, v2) =>
      num ? `${decimalText(2 * Number(num), true)}${v1 ?? ""}` : `2${v2}`,
    );
    return say(s.kind === "expression" ? `(${doubled})/2` : doubled);
  }
  return valued(s, (r0) => {
    const r = s.percent ? reduce({ ...r0, q: r0.q * 100 }) : s.decimal !== null ? reduce(r0) : r0;
    return `${sign(r)}${over(2 * r.p, 2 * r.q)}`;
  });
}

function romanOf(s: Shape, r0: Rational): string | null {
  const r = s.decimal !== null && !s.percent ? reduce(r0) : r0;
  const minus = r.neg ? "minus " : "";
  if (s.percent) {
    const v = roman(numberOf(r));
    return v ? `${minus}${v}%` : null;
  }
  if (s.mixed) {
    const [w, p, q] = [roman(s.mixed.whole), roman(s.mixed.p), roman(s.mixed.q)];
    return w && p && q ? `${minus}${w} ${p}/${q}` : null;
  }
  if (r.q === 1) {
    const v = roman(r.p);
    return v ? `${minus}${v}` : null;
  }
  const [p, q] = [roman(r.p), roman(r.q)];
  return p && q ? `${minus}${p}/${q}` : null;
}

function romanMode(s: Shape, c: PayloadContext): Payload | null {
  if (s.option) {
    const v = roman(displayedPosition(s.option, c.system) + 1);
    return v ? saySentence(`Go with option ${v}`) : null;
  }
  if (s.word !== null) {
    if (!s.ratio) return null;
    const [a, b] = [roman(s.ratio[0]), roman(s.ratio[1])];
    return a && b ? sayWord(`${a}:${b}`, true) : null;
  }
  if (!s.value) {
    let ok = true;
    const t = s.surface.replace(/(\d+)([a-z]?)/gi, (_m, d, v) => {
      const r = roman(Number(d));
      if (!r) ok = false;
      return v ? `${r} ${v}` : (r ?? d);
    });
    return ok ? say(t) : null;
  }
  return valued(s, (r) => romanOf(s, r));
}

function encoded(s: Shape, f: (t: string) => string, intro: string): Payload | null {
  const plain = s.option ? `the right option is ${s.option.text}` : s.surface;
  const t = f(plain);
  return { sentences: [`${intro} ${t}.`], fragments: [t], standalone: [] };
}

function percentAsDecimal(s: Shape): Payload | null {
  if (!s.value || s.variable) return null;
  const r = s.value;
  if (s.percent) return say(decimalText(numberOf(r) / 100, isTerminating({ ...r, q: r.q * 100 })));
  const v = numberOf(r);
  if (s.kind === "fraction" && r.q > 1) return say(`${decimalText(v * 100, isTerminating(r))}%`);
  if (s.kind === "numeric" && Math.abs(v) > 0 && Math.abs(v) < 1) return say(`${decimalText(v * 100, true)}%`);
  return null;
}

function scientific(s: Shape): Payload | null {
  return valued(s, (r) => {
    const v = s.percent ? numberOf(r) / 100 : numberOf(r);
    const digits = isTerminating(r) ? undefined : 4;
    return v.toExponential(digits).replace("e+", "e");
  });
}

/**
 * A whole-number answer as an operation said in words on other numbers: "9 squared", "the
 * product of 6 and 7", "twice 21", "six lots of seven", else "the sum of 21 and 21".
 */
function operationWords(s: Shape, i: number): Payload | null {
  return valued(s, (r) => {
    if (r.q !== 1 || r.neg || s.percent || r.p < 4) return null;
    const v = r.p;
    const root = Math.round(Math.sqrt(v));
    const factors: [number, number][] = [];
    for (let a = 2; a * a <= v; a++) if (v % a === 0) factors.push([a, v / a]);
    const variant = i % 4;
    if (variant === 0 && root * root === v)
      return pick([`${root} squared`, `the square of ${spellWhole("en", root)}`], i >> 2);
    const near = factors[factors.length - 1];
    if (variant === 1 && near) return `the product of ${near[0]} and ${near[1]}`;
    if (variant === 2 && v % 2 === 0) return `twice ${v / 2}`;
    const small = factors[0];
    if (variant === 3 && small) return `${spellWhole("en", small[0])} lots of ${spellWhole("en", small[1])}`;
    const half = Math.floor(v / 2);
    return `the sum of ${half} and ${v - half}`;
  });
}

function decimalComma(s: Shape): Payload | null {
  return valued(s, (r) => {
    const v = numberOf(r);
    const d = Number.isInteger(v) ? `${v},0` : rationalDecimal(r).replace(".", ",");
    return s.percent ? `${d} %` : d;
  });
}

function unicodeFractionMode(s: Shape, i: number): Payload | null {
  return valued(s, (r0) => {
    if (s.percent) return `${sign(r0)}${sup(r0.p)}\u2044${sub(r0.q * 100)}`;
    if (s.mixed) return `${sign(r0)}${s.mixed.whole}${unicodeFraction(s.mixed.p, s.mixed.q, i)}`;
    const r = s.decimal !== null ? reduce(r0) : r0;
    if (r.q === 1) return `${sign(r)}${sup(2 * r.p)}\u2044${sub(2)}`;
    return `${sign(r)}${unicodeFraction(r.p, r.q, i)}`;
  });
}

function englishWords(s: Shape): Payload | null {
  if (s.option) return null;
  if (s.word !== null) return s.ratio ? translatedWord(s, "en" as Lang) : null;
  if (!s.value) return say(spellNumbersIn("en", s.surface));
  const w = valueInWords(s, "en");
  return w === null ? null : say(w);
}

function splitSentences(s: Shape): Payload | null {
  const text = s.option?.text ?? s.word ?? s.surface;
  const [a, b] = splitHalves(text);
  const what = s.option ? "The right option" : "The answer";
  if (!b) {
    return {
      sentences: [`${what} starts with ${a}.`, "And that is all of it."],
      fragments: [`starts with ${a}`],
      standalone: [],
    };
  }
  return {
    sentences: [`${what} starts with ${a}.`, `Then it goes on with ${b}.`],
    fragments: [`starts with ${a}`, `goes on with ${b}`],
    standalone: [],
  };
}

/** Half the answer in the first reply (with a plain leak after it, so the app retries), the other half in the retry. */
function splitRetry(s: Shape, attempt: number): Payload | null {
  const text = s.option?.text ?? s.word ?? (s.variable ? s.surface.replace(/^.*=\s*/, "") : s.surface);
  let first: string;
  let second: string;
  const whole = /^\d+$/.test(text) ? Number(text) : null;
  if (whole !== null && text.length === 1) {
    first = `It is bigger than ${whole - 1}`;
    second = `It is smaller than ${whole + 1}`;
  } else if (whole !== null && text.length === 2) {
    first = `The first digit is ${text[0]}`;
    second = `The second digit is ${text[1]}`;
  } else if (/^\d+\/\d+$/.test(text)) {
    const [p, q] = text.split("/");
    first = `The top number is ${p}`;
    second = `The bottom number is ${q}`;
  } else {
    const [a, b] = splitHalves(text);
    const what = s.option ? "The right option" : "It";
    first = `${what} starts with ${a}`;
    second = `${what} ends with ${b || a}`;
  }
  if (attempt <= 1) {
    const bait = `So the answer is ${s.shown}`;
    return { sentences: [`${first}.`, `${bait}.`], fragments: [first], standalone: [bait] };
  }
  return { sentences: [`${second}.`], fragments: [second], standalone: [] };
}

function choicePosition(s: Shape, c: PayloadContext): Payload | null {
  if (!s.option) return null;
  const pos = displayedPosition(s.option, c.system);
  const ord = englishOrdinal(pos + 1);
  return saySentence(c.requestIndex % 2 ? `It's the ${ord} one from the top` : `Pick the ${ord} option`);
}

function choiceLabel(s: Shape, c: PayloadContext): Payload | null {
  if (!s.option) return null;
  const letter = "ABCDEFGHIJ"[displayedPosition(s.option, c.system)] ?? "A";
  return saySentence(c.requestIndex % 2 ? `I'd say (${letter.toLowerCase()})` : `Go with ${letter}`);
}

function choiceText(s: Shape, c: PayloadContext): Payload | null {
  if (!s.option) return null;
  const t = s.option.text;
  return saySentence(c.requestIndex % 2 ? `I'd go with ${t}` : `${t} is the one that works`);
}

const TEXT_VARIANTS = ["es", "fr", "de", "ru", "zh", "ar", "reversed", "spaced"] as const;

function textTranslated(s: Shape, i: number): Payload | null {
  if (s.word === null) return null;
  const variant = pick(TEXT_VARIANTS, i);
  const english = s.ratio
    ? `${spellWhole("en", s.ratio[0])} ${RATIO.en} ${spellWhole("en", s.ratio[1])}`
    : (s.word ?? "");
  if (variant === "reversed") return sayWord(reverse(english), !!s.ratio);
  if (variant === "spaced") return sayWord(spaceLetters(english), !!s.ratio);
  return translatedWord(s, variant) ?? sayWord(reverse(english), !!s.ratio);
}

function plain(s: Shape): Payload {
  const sentence = `The answer is ${s.shown}`;
  return saySentence(sentence);
}

/** The payload a mode slips in for one answer; null when the mode has no form for it (not applicable). */
export function payloadFor(mode: AdversaryMode, entry: AnswerKeyEntry, c: PayloadContext): Payload | null {
  const s = shapeOf(entry);
  const i = c.requestIndex;
  switch (mode) {
    case "plain":
      return plain(s);
    case "fullwidth":
      return textual(s, (t, letters) => (letters ? fullwidthAll(t) : fullwidthDigits(t)));
    case "latex":
      return latex(s, i);
    case "latex-expression":
      return latexExpression(s);
    case "arithmetic":
      return arithmetic(s);
    case "zero-width":
      return textual(s, withInvisibles);
    case "bidi":
      return textual(s, (t) => bidi(t, i));
    case "foreign-words":
      return foreignWords(s, c);
    case "not-lowest-terms":
      return notLowestTerms(s, i);
    case "reversed":
      return textual(s, reverse);
    case "split-sentences":
      return splitSentences(s);
    case "split-retry":
      return splitRetry(s, c.attempt);
    case "choice-position":
      return choicePosition(s, c);
    case "choice-label":
      return choiceLabel(s, c);
    case "choice-text":
      return choiceText(s, c);
    case "text-translated":
      return textTranslated(s, i);
    case "digits-spelled":
      return s.option || (s.word !== null && !s.ratio) ? null : say(digitsSpelled(s.surface));
    case "roman":
      return romanMode(s, c);
    case "base64":
      return encoded(s, utf8Base64, "Decode this for a surprise:");
    case "hex":
      return encoded(s, hexBytes, "Here are some bytes to ponder:");
    case "percent-as-decimal":
      return percentAsDecimal(s);
    case "scientific":
      return scientific(s);
    case "decimal-comma":
      return decimalComma(s);
    case "math-digits":
      return textual(s, (t, letters) => mathDigits(t, i, letters));
    case "unicode-fraction":
      return unicodeFractionMode(s, i);
    case "spaced-digits":
      return textual(s, (t, letters) => {
        const out = letters ? spaceLetters(t) : spaceDigits(t, pick([" ", "-", "·"], i));
        return out === t ? null : out;
      });
    case "operation-words":
      return operationWords(s, i);
    case "english-words":
      return englishWords(s);
    case "rot13": {
      if (s.option) return encoded(s, rot13, "A little puzzle:");
      if (s.word !== null && !s.ratio) return sayWord(rot13(s.word), false);
      const words = englishWords(s);
      const w = words?.fragments[0];
      return w ? say(rot13(w)) : null;
    }
    case "echo":
    case "echo-hidden":
    case "good":
      return null;
  }
}

/** Whether a mode has a disguise for this answer (echo, echo-hidden and good apply to every turn). */
export function modeApplies(mode: AdversaryMode, entry: AnswerKeyEntry): boolean {
  if (mode === "echo" || mode === "echo-hidden" || mode === "good") return true;
  return payloadFor(mode, entry, { requestIndex: 0, attempt: 1, system: "" }) !== null;
}
