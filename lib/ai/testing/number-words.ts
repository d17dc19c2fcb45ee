/**
 * Number words for the adversarial fake model (fake-openai-server.ts): English and five other
 * languages, written here independently of the guard's own word lists, so that the guard is
 * not tested against its own dictionary. Whole numbers 0 to 999,999,999; good enough for a
 * reader, not a grammar reference (Russian case endings are simplified).
 */
export type WordLang = "en" | "fr" | "es" | "de" | "ru" | "zh";

const EN_ONES =
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(
    " ",
  );
const EN_TENS = ",,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety".split(",");

function en(n: number): string {
  if (n < 20) return EN_ONES[n]!;
  if (n < 100) return EN_TENS[Math.floor(n / 10)]! + (n % 10 ? `-${EN_ONES[n % 10]}` : "");
  if (n < 1000) return `${EN_ONES[Math.floor(n / 100)]} hundred${n % 100 ? ` ${en(n % 100)}` : ""}`;
  if (n < 1e6) return `${en(Math.floor(n / 1000))} thousand${n % 1000 ? ` ${en(n % 1000)}` : ""}`;
  return `${en(Math.floor(n / 1e6))} million${n % 1e6 ? ` ${en(n % 1e6)}` : ""}`;
}

const FR_ONES =
  "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf".split(
    " ",
  );
const FR_TENS = ",,vingt,trente,quarante,cinquante,soixante".split(",");

function fr(n: number): string {
  if (n < 20) return FR_ONES[n]!;
  if (n < 70) {
    const t = FR_TENS[Math.floor(n / 10)]!;
    const u = n % 10;
    return u === 0 ? t : u === 1 ? `${t} et un` : `${t}-${FR_ONES[u]}`;
  }
  if (n < 80) return n === 71 ? "soixante et onze" : `soixante-${FR_ONES[n - 60]}`;
  if (n < 100) return n === 80 ? "quatre-vingts" : `quatre-vingt-${FR_ONES[n - 80]}`;
  if (n < 1000) {
    const h = Math.floor(n / 100);
    const r = n % 100;
    const head = h === 1 ? "cent" : `${FR_ONES[h]} cent${r ? "" : "s"}`;
    return r ? `${head} ${fr(r)}` : head;
  }
  if (n < 1e6) {
    const th = Math.floor(n / 1000);
    const r = n % 1000;
    const head = th === 1 ? "mille" : `${fr(th).replace(/(cent|vingt)s$/, "$1")} mille`;
    return r ? `${head} ${fr(r)}` : head;
  }
  const m = Math.floor(n / 1e6);
  const r = n % 1e6;
  const head = m === 1 ? "un million" : `${fr(m)} millions`;
  return r ? `${head} ${fr(r)}` : head;
}

const ES_ONES =
  "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve".split(
    " ",
  );
const ES_TENS = ",,,treinta,cuarenta,cincuenta,sesenta,setenta,ochenta,noventa".split(",");
const ES_HUNDREDS =
  ",ciento,doscientos,trescientos,cuatrocientos,quinientos,seiscientos,setecientos,ochocientos,novecientos".split(",");

function es(n: number): string {
  if (n < 30) return ES_ONES[n]!;
  if (n < 100) return ES_TENS[Math.floor(n / 10)]! + (n % 10 ? ` y ${ES_ONES[n % 10]}` : "");
  if (n < 1000) {
    if (n === 100) return "cien";
    const r = n % 100;
    return ES_HUNDREDS[Math.floor(n / 100)]! + (r ? ` ${es(r)}` : "");
  }
  if (n < 1e6) {
    const th = Math.floor(n / 1000);
    const r = n % 1000;
    const head = th === 1 ? "mil" : `${es(th).replace(/uno$/, "un")} mil`;
    return r ? `${head} ${es(r)}` : head;
  }
  const m = Math.floor(n / 1e6);
  const r = n % 1e6;
  const head = m === 1 ? "un millón" : `${es(m).replace(/uno$/, "un")} millones`;
  return r ? `${head} ${es(r)}` : head;
}

const DE_ONES =
  "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn".split(
    " ",
  );
const DE_TENS = ",,zwanzig,dreißig,vierzig,fünfzig,sechzig,siebzig,achtzig,neunzig".split(",");

function de(n: number): string {
  if (n < 20) return DE_ONES[n]!;
  if (n < 100) {
    const u = n % 10;
    const t = DE_TENS[Math.floor(n / 10)]!;
    return u ? `${u === 1 ? "ein" : DE_ONES[u]}und${t}` : t;
  }
  if (n < 1000) {
    const h = Math.floor(n / 100);
    const r = n % 100;
    return `${h === 1 ? "ein" : DE_ONES[h]}hundert${r ? de(r) : ""}`;
  }
  if (n < 1e6) {
    const th = Math.floor(n / 1000);
    const r = n % 1000;
    return `${th === 1 ? "ein" : de(th)}tausend${r ? de(r) : ""}`;
  }
  const m = Math.floor(n / 1e6);
  const r = n % 1e6;
  const head = m === 1 ? "eine Million" : `${de(m)} Millionen`;
  return r ? `${head} ${de(r)}` : head;
}

const RU_ONES =
  "ноль один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать".split(
    " ",
  );
const RU_TENS = ",,двадцать,тридцать,сорок,пятьдесят,шестьдесят,семьдесят,восемьдесят,девяносто".split(",");
const RU_HUNDREDS = ",сто,двести,триста,четыреста,пятьсот,шестьсот,семьсот,восемьсот,девятьсот".split(",");

/** Russian plural form: 1 -> one, 2-4 -> few, else many (11-14 are many). */
function ruForm(n: number, one: string, few: string, many: string): string {
  const d = n % 10;
  const dd = n % 100;
  if (dd >= 11 && dd <= 14) return many;
  if (d === 1) return one;
  if (d >= 2 && d <= 4) return few;
  return many;
}

function ruBelow1000(n: number, feminine = false): string {
  const parts: string[] = [];
  if (n >= 100) parts.push(RU_HUNDREDS[Math.floor(n / 100)]!);
  const r = n % 100;
  if (r >= 20) {
    parts.push(RU_TENS[Math.floor(r / 10)]!);
    if (r % 10) parts.push(RU_ONES[r % 10]!);
  } else if (r > 0 || n === 0) parts.push(RU_ONES[r]!);
  const words = parts.join(" ");
  return feminine ? words.replace(/один$/, "одна").replace(/два$/, "две") : words;
}

function ru(n: number): string {
  if (n < 1000) return ruBelow1000(n);
  if (n < 1e6) {
    const th = Math.floor(n / 1000);
    const r = n % 1000;
    const head = th === 1 ? "тысяча" : `${ruBelow1000(th, true)} ${ruForm(th, "тысяча", "тысячи", "тысяч")}`;
    return r ? `${head} ${ruBelow1000(r)}` : head;
  }
  const m = Math.floor(n / 1e6);
  const r = n % 1e6;
  const head = `${ru(m)} ${ruForm(m, "миллион", "миллиона", "миллионов")}`;
  return r ? `${head} ${ru(r)}` : head;
}

const ZH_DIGITS = "零一二三四五六七八九";

function zhBelow10000(n: number): string {
  if (n === 0) return "零";
  const units = ["", "十", "百", "千"];
  const digits = String(n).split("").map(Number);
  let out = "";
  let zero = false;
  for (const [i, d] of digits.entries()) {
    const unit = units[digits.length - 1 - i]!;
    if (d === 0) {
      zero = true;
      continue;
    }
    if (zero && out) out += "零";
    zero = false;
    out += ZH_DIGITS[d]! + unit;
  }
  return out.startsWith("一十") ? out.slice(1) : out;
}

function zh(n: number): string {
  if (n < 10000) return zhBelow10000(n);
  if (n < 1e8) {
    const hi = Math.floor(n / 10000);
    const lo = n % 10000;
    return `${zhBelow10000(hi)}万${lo ? (lo < 1000 ? "零" : "") + zhBelow10000(lo) : ""}`;
  }
  return String(n);
}

const WRITERS: Record<WordLang, (n: number) => string> = { en, fr, es, de, ru, zh };

/** A whole number in words; negative numbers get the language's "minus". */
export function spellWhole(lang: WordLang, n: number): string {
  if (!Number.isFinite(n) || !Number.isInteger(n) || Math.abs(n) >= 1e9) return String(n);
  if (n < 0) return `${MINUS[lang]}${lang === "zh" ? "" : " "}${spellWhole(lang, -n)}`;
  return WRITERS[lang](n);
}

export const MINUS: Record<WordLang, string> = {
  en: "minus",
  fr: "moins",
  es: "menos",
  de: "minus",
  ru: "минус",
  zh: "负",
};
export const EQUALS: Record<WordLang, string> = {
  en: "equals",
  fr: "égale",
  es: "es igual a",
  de: "ist gleich",
  ru: "равно",
  zh: "等于",
};
const POINT: Record<WordLang, string> = {
  en: "point",
  fr: "virgule",
  es: "coma",
  de: "Komma",
  ru: "запятая",
  zh: "点",
};
const AND: Record<WordLang, string> = { en: "and", fr: "et", es: "y", de: "und", ru: "и", zh: "又" };
export const RATIO: Record<WordLang, string> = { en: "to", fr: "à", es: "a", de: "zu", ru: "к", zh: "比" };

const join = (lang: WordLang, parts: string[]) => parts.join(lang === "zh" ? "" : " ");

/** "12.5" in words: "twelve point five", "douze virgule cinq", "十二点五" (digits after the point one by one). */
export function spellDecimal(lang: WordLang, text: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return text;
  const whole = spellWhole(lang, Number(m[2]));
  const sign = m[1] ? `${MINUS[lang]}${lang === "zh" ? "" : " "}` : "";
  if (!m[3]) return sign + whole;
  const digits = [...m[3]].map((d) => spellWhole(lang, Number(d)));
  return sign + join(lang, [whole, POINT[lang], ...digits]);
}

const EN_ORD_IRREGULAR: Record<string, string> = {
  one: "first",
  two: "second",
  three: "third",
  five: "fifth",
  eight: "eighth",
  nine: "ninth",
  twelve: "twelfth",
};

/** "eighth", "twentieth", "thirty-first". */
export function englishOrdinal(n: number): string {
  const words = en(n);
  return words.replace(/([a-z]+)$/, (w) => {
    if (EN_ORD_IRREGULAR[w]) return EN_ORD_IRREGULAR[w]!;
    if (w.endsWith("y")) return `${w.slice(0, -1)}ieth`;
    return `${w}th`;
  });
}

const ES_DEN_ONE = ",,medio,tercio,cuarto,quinto,sexto,séptimo,octavo,noveno,décimo".split(",");
const DE_DEN = ",,Halbe,Drittel,Viertel,Fünftel,Sechstel,Siebtel,Achtel,Neuntel,Zehntel,Elftel,Zwölftel".split(",");

/** p/q in words: "five eighths", "cinq sur huit", "cinco octavos", "fünf Achtel", "пять делить на восемь", "八分之五". */
export function spellFraction(lang: WordLang, p: number, q: number): string {
  switch (lang) {
    case "en": {
      if (q === 2) return `${en(p)} ${p === 1 ? "half" : "halves"}`;
      if (q === 4) return `${en(p)} ${p === 1 ? "quarter" : "quarters"}`;
      const ord = englishOrdinal(q);
      return `${en(p)} ${p === 1 ? ord : `${ord}s`}`;
    }
    case "fr":
      return `${fr(p)} sur ${fr(q)}`;
    case "es": {
      const den = ES_DEN_ONE[q];
      if (!den) return `${es(p)} sobre ${es(q)}`;
      return p === 1 ? `un ${den}` : `${es(p)} ${den}s`;
    }
    case "de": {
      const den = DE_DEN[q];
      if (!den) return `${de(p)} durch ${de(q)}`;
      if (q === 2 && p === 1) return "ein halb";
      return `${p === 1 ? "ein" : de(p)} ${den}`;
    }
    case "ru":
      return `${ru(p)} делить на ${ru(q)}`;
    case "zh":
      return `${zh(q)}分之${zh(p)}`;
  }
}

/** A mixed number: "one and seven twelfths", "一又十二分之七". */
export function spellMixed(lang: WordLang, whole: number, p: number, q: number): string {
  return join(lang, [spellWhole(lang, whole), AND[lang], spellFraction(lang, p, q)]);
}

/** "sixty percent", "soixante pour cent", "百分之六十". */
export function spellPercent(lang: WordLang, valueText: string): string {
  const words = spellDecimal(lang, valueText);
  switch (lang) {
    case "en":
      return `${words} percent`;
    case "fr":
      return `${words} pour cent`;
    case "es":
      return `${words} por ciento`;
    case "de":
      return `${words} Prozent`;
    case "ru":
      return `${words} процентов`;
    case "zh":
      return `百分之${words}`;
  }
}

/** Every number in a bit of maths in words, the operators kept: "3x = 15" -> "trois x égale quinze". */
export function spellNumbersIn(lang: WordLang, maths: string): string {
  const spaced = lang === "zh" ? "" : " ";
  return maths
    .replace(/\d+(?:\.\d+)?/g, (d) => `${spaced}${spellDecimal(lang, d)}${spaced}`)
    .replace(/\s*=\s*/g, `${spaced}${EQUALS[lang]}${spaced}`)
    .replace(/\s+/g, " ")
    .replace(/\s*\/\s*/g, "/")
    .trim();
}

const ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩";

/** Eastern Arabic digits: "5/8" -> "٥/٨", "12.5" -> "١٢٫٥", "60%" -> "٦٠٪". */
export function arabicIndicDigits(text: string): string {
  return text
    .replace(/\d/g, (d) => ARABIC_DIGITS[Number(d)]!)
    .replace(/(\S)\.(\S)/g, "$1٫$2")
    .replace(/%/g, "٪");
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

/** Roman numerals for 1..3999 ("N", nulla, for 0); null beyond. */
export function roman(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n > 3999) return null;
  if (n === 0) return "N";
  let out = "";
  let rest = n;
  for (const [v, s] of ROMAN) for (; rest >= v; rest -= v) out += s;
  return out;
}
