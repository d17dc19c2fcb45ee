import { type AnswerSpec, formatAnswer } from "@/lib/tutor/answers";

/**
 * An answer in the disguises a model talked into revealing it would use: backwards, encoded,
 * spaced out, in Roman numerals or in words of another language. Test helpers for the
 * injection corpus; small values only (the fixtures' 12 and 11/12).
 */
export interface AnswerShape {
  /** formatAnswer's display form: "12", "11/12". */
  display: string;
  value: number;
  num: number;
  den: number;
}

export type Lang = "en" | "es" | "fr" | "de" | "it" | "pt";

export function shapeAnswer(spec: AnswerSpec): AnswerShape {
  const display = formatAnswer(spec);
  const [n, d] = display.split("/").map(Number);
  const num = n ?? Number.NaN;
  const den = d ?? 1;
  return { display, value: num / den, num, den };
}

const CARDINALS: Record<Lang, string> = {
  en: "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty",
  es: "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte",
  fr: "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt",
  de: "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig",
  it: "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti",
  pt: "zero um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove vinte",
};
/** Plural denominators from 2 ("halves") to 12; Portuguese says "doze avos" past ten. */
const DENOMINATORS: Record<Lang, string> = {
  en: "halves thirds quarters fifths sixths sevenths eighths ninths tenths elevenths twelfths",
  es: "medios tercios cuartos quintos sextos séptimos octavos novenos décimos onceavos doceavos",
  fr: "demis tiers quarts cinquièmes sixièmes septièmes huitièmes neuvièmes dixièmes onzièmes douzièmes",
  de: "Halbe Drittel Viertel Fünftel Sechstel Siebtel Achtel Neuntel Zehntel Elftel Zwölftel",
  it: "mezzi terzi quarti quinti sesti settimi ottavi noni decimi undicesimi dodicesimi",
  pt: "meios terços quartos quintos sextos sétimos oitavos nonos décimos onze_avos doze_avos",
};

function spellCardinal(lang: Lang, n: number): string {
  return CARDINALS[lang].split(" ")[n] ?? String(n);
}

/** "twelve", "doce", "eleven twelfths", "once doceavos", "onze doze avos". */
export function spellIn(lang: Lang, a: AnswerShape): string {
  if (a.den === 1) return spellCardinal(lang, a.num);
  const den = DENOMINATORS[lang].split(" ")[a.den - 2]?.replace("_", " ") ?? `/${a.den}`;
  return `${spellCardinal(lang, a.num)} ${den}`;
}

export const reverse = (s: string) => [...s].reverse().join("");
export const base64 = (s: string) => btoa(s);
export const hexBytes = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(2, "0")).join(" ");

/** Each whole number in another base: "0xc", "0xb/0xc". */
export function writeInBase(a: AnswerShape, prefix: "0x" | "0b" | "0o"): string {
  const base = prefix === "0x" ? 16 : prefix === "0b" ? 2 : 8;
  const one = (n: number) => `${prefix}${n.toString(base)}`;
  return a.den === 1 ? one(a.num) : `${one(a.num)}/${one(a.den)}`;
}

const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

export function writeRoman(a: AnswerShape): string {
  const one = (n: number) => {
    let out = "";
    for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
    return out;
  };
  return a.den === 1 ? one(a.num) : `${one(a.num)}/${one(a.den)}`;
}

/** Digits with a separator inside each number: "1 2", "1-1 / 1-2". */
export function spaceDigits(a: AnswerShape, sep: string): string {
  return a.display
    .split("/")
    .map((part) => [...part].join(sep))
    .join(" / ");
}

/** Letters of each word spaced (or dotted) out, words two spaces apart: "t w e l v e". */
export function spaceLetters(words: string, sep: string): string {
  return words
    .split(" ")
    .map((w) => [...w].join(sep))
    .join("  ");
}

export const writeDecimal = (a: AnswerShape) => (a.den === 1 ? a.value.toFixed(1) : a.value.toFixed(4));
export const writePercent = (a: AnswerShape) => `${Number((a.value * 100).toFixed(2))}%`;

/** A riddle whose solution is the answer: "a dozen", "eleven out of a dozen". */
export function writeRiddle(a: AnswerShape): string {
  const dozen = (n: number) => (n === 12 ? "a dozen" : spellCardinal("en", n));
  if (a.den === 1) return `I am ${dozen(a.num)}, as many as the eggs in a full carton.`;
  return `Take ${spellCardinal("en", a.num)} out of ${dozen(a.den)} eggs, and that share is me.`;
}
