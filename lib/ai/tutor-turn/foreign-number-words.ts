/**
 * Spanish, French, German, Italian and Portuguese number words (0-100 and simple compounds,
 * plus fraction denominators) rewritten as digits, so the guard can read "doce", "douze",
 * "zwölf", "once doceavos" or "undici dodicesimi" like "12" and "11/12". Input must already be
 * folded (lowercase, no diacritics, ß as ss). Best effort: a model told to answer in another
 * language should not get the value through, but this is not a full parser.
 */

type Lang = "es" | "fr" | "de" | "it" | "pt";

const CARDINALS: Record<Lang, string> = {
  es: "cero 0 uno 1 una 1 un 1 dos 2 tres 3 cuatro 4 cinco 5 seis 6 siete 7 ocho 8 nueve 9 diez 10 once 11 doce 12 trece 13 catorce 14 quince 15 dieciseis 16 diecisiete 17 dieciocho 18 diecinueve 19 veinte 20 veintiuno 21 veintidos 22 veintitres 23 veinticuatro 24 veinticinco 25 veintiseis 26 veintisiete 27 veintiocho 28 veintinueve 29 treinta 30 cuarenta 40 cincuenta 50 sesenta 60 setenta 70 ochenta 80 noventa 90 cien 100 ciento 100",
  fr: "zero 0 un 1 une 1 deux 2 trois 3 quatre 4 cinq 5 six 6 sept 7 huit 8 neuf 9 dix 10 onze 11 douze 12 treize 13 quatorze 14 quinze 15 seize 16 vingt 20 trente 30 quarante 40 cinquante 50 soixante 60 quatrevingt 80 quatrevingts 80 cent 100",
  de: "null 0 eins 1 ein 1 eine 1 zwei 2 drei 3 vier 4 funf 5 fuenf 5 sechs 6 sieben 7 acht 8 neun 9 zehn 10 elf 11 zwolf 12 zwoelf 12 dreizehn 13 vierzehn 14 funfzehn 15 fuenfzehn 15 sechzehn 16 siebzehn 17 achtzehn 18 neunzehn 19 zwanzig 20 dreissig 30 vierzig 40 funfzig 50 fuenfzig 50 sechzig 60 siebzig 70 achtzig 80 neunzig 90 hundert 100 einhundert 100",
  it: "zero 0 uno 1 una 1 un 1 due 2 tre 3 quattro 4 cinque 5 sei 6 sette 7 otto 8 nove 9 dieci 10 undici 11 dodici 12 tredici 13 quattordici 14 quindici 15 sedici 16 diciassette 17 diciotto 18 diciannove 19 venti 20 trenta 30 quaranta 40 cinquanta 50 sessanta 60 settanta 70 ottanta 80 novanta 90 cento 100",
  pt: "zero 0 um 1 uma 1 dois 2 duas 2 tres 3 quatro 4 cinco 5 seis 6 sete 7 oito 8 nove 9 dez 10 onze 11 doze 12 treze 13 catorze 14 quatorze 14 quinze 15 dezesseis 16 dezasseis 16 dezessete 17 dezassete 17 dezoito 18 dezenove 19 dezanove 19 vinte 20 trinta 30 quarenta 40 cinquenta 50 sessenta 60 setenta 70 oitenta 80 noventa 90 cem 100 cento 100",
};

const DENOMINATORS: Record<Lang, string> = {
  es: "medio 2 medios 2 tercio 3 tercios 3 cuarto 4 cuartos 4 quinto 5 quintos 5 sexto 6 sextos 6 septimo 7 septimos 7 octavo 8 octavos 8 noveno 9 novenos 9 decimo 10 decimos 10 undecimo 11 undecimos 11 duodecimo 12 duodecimos 12 centesimo 100 centesimos 100",
  fr: "demi 2 demis 2 tiers 3 quart 4 quarts 4 cinquieme 5 cinquiemes 5 sixieme 6 sixiemes 6 septieme 7 septiemes 7 huitieme 8 huitiemes 8 neuvieme 9 neuviemes 9 dixieme 10 dixiemes 10 onzieme 11 onziemes 11 douzieme 12 douziemes 12 centieme 100 centiemes 100",
  de: "halb 2 halbe 2 halbes 2 drittel 3 viertel 4 funftel 5 fuenftel 5 sechstel 6 siebtel 7 achtel 8 neuntel 9 zehntel 10 elftel 11 zwolftel 12 zwoelftel 12 hundertstel 100",
  it: "mezzo 2 mezzi 2 terzo 3 terzi 3 quarto 4 quarti 4 quinto 5 quinti 5 sesto 6 sesti 6 settimo 7 settimi 7 ottavo 8 ottavi 8 nono 9 noni 9 decimo 10 decimi 10 undicesimo 11 undicesimi 11 dodicesimo 12 dodicesimi 12 centesimo 100 centesimi 100",
  pt: "meio 2 meios 2 terco 3 tercos 3 quarto 4 quartos 4 quinto 5 quintos 5 sexto 6 sextos 6 setimo 7 setimos 7 oitavo 8 oitavos 8 nono 9 nonos 9 decimo 10 decimos 10 centesimo 100 centesimos 100",
};

/** Words that also read as English (or as an article): used only when the text looks like that language. */
const AMBIGUOUS = new Set(
  "once un une una uno um uma ein eine sept seize elf due doze cent null dos otto sei tre cento".split(" "),
);
/** Articles mean "a", not 1, unless a denominator follows ("un tiers"). */
const ARTICLES = new Set("un une una uno um uma ein eine".split(" "));
/** Common words that show the text is (partly) in that language. */
const MARKERS: Record<Lang, string> = {
  es: "es la el respuesta numero que los las son",
  fr: "est la le reponse nombre les des c'est",
  de: "ist der das antwort zahl und ich nicht",
  it: "il la risposta numero sono che della",
  pt: "resposta numero voce nao os sao",
};

const parsePairs = (s: string) => {
  const out = new Map<string, number>();
  const t = s.split(" ");
  for (let i = 0; i + 1 < t.length; i += 2) out.set(t[i]!, Number(t[i + 1]));
  return out;
};
const LANGS = Object.keys(CARDINALS) as Lang[];
const cardinalsOf = new Map(LANGS.map((l) => [l, parsePairs(CARDINALS[l])]));
const CARDINAL = new Map<string, { value: number; langs: Lang[] }>();
for (const l of LANGS) {
  for (const [w, v] of cardinalsOf.get(l)!)
    CARDINAL.set(w, { value: v, langs: [...(CARDINAL.get(w)?.langs ?? []), l] });
}
const DENOM = new Map<string, number>();
const DENOM_LANGS = new Map<string, Lang[]>();
const addDenominator = (w: string, v: number, l: Lang) => {
  DENOM.set(w, v);
  DENOM_LANGS.set(w, [...(DENOM_LANGS.get(w) ?? []), l]);
};
for (const l of LANGS) for (const [w, v] of parsePairs(DENOMINATORS[l])) addDenominator(w, v, l);
// Spanish/Portuguese "doceavos", "onceavos": a cardinal plus -avo(s).
for (const l of ["es", "pt"] as const) {
  for (const [w, v] of cardinalsOf.get(l)!)
    if (v > 10) for (const s of ["avo", "avos"]) addDenominator(`${w}${s}`, v, l);
}
const UNITS = "ein:1 zwei:2 drei:3 vier:4 funf:5 fuenf:5 sechs:6 sieben:7 acht:8 neun:9";
const GERMAN_TENS =
  "zwanzig:20 dreissig:30 vierzig:40 funfzig:50 fuenfzig:50 sechzig:60 siebzig:70 achtzig:80 neunzig:90";
const ITALIAN_TENS = "vent:20 trent:30 quarant:40 cinquant:50 sessant:60 settant:70 ottant:80 novant:90";
const ITALIAN_UNITS = "uno:1 due:2 tre:3 quattro:4 cinque:5 sei:6 sette:7 otto:8 nove:9";
const parseTable = (s: string) => new Map(s.split(" ").map((p) => [p.split(":")[0]!, Number(p.split(":")[1])]));
const GERMAN = new RegExp(
  `^(${UNITS.replace(/:\d/g, "").replace(/ /g, "|")})und(${GERMAN_TENS.replace(/:\d+/g, "").replace(/ /g, "|")})$`,
);
const ITALIAN = new RegExp(
  `^(${ITALIAN_TENS.replace(/:\d+/g, "").replace(/ /g, "|")})[aie]?(${ITALIAN_UNITS.replace(/:\d/g, "").replace(/ /g, "|")})$`,
);
const germanUnits = parseTable(UNITS);
const germanTens = parseTable(GERMAN_TENS);
const italianTens = parseTable(ITALIAN_TENS);
const italianUnits = parseTable(ITALIAN_UNITS);

/** Glued compounds: German "zweiundzwanzig" (2 and 20), Italian "ventuno", "trentotto". */
function readGlued(w: string): number | null {
  const de = GERMAN.exec(w);
  if (de) return germanTens.get(de[2]!)! + germanUnits.get(de[1]!)!;
  const it = ITALIAN.exec(w);
  if (it && w !== "venti") return italianTens.get(it[1]!)! + italianUnits.get(it[2]!)!;
  return null;
}

interface Tok {
  w: string;
  start: number;
  end: number;
}

/** The languages the text shows signs of: a marker word, an unambiguous number word, a denominator. */
function findLanguages(toks: Tok[]): Set<Lang> {
  const seen = new Set<Lang>();
  for (const l of LANGS) if (MARKERS[l].split(" ").some((m) => toks.some((t) => t.w === m))) seen.add(l);
  for (const t of toks) {
    const c = CARDINAL.get(t.w);
    if (c && !AMBIGUOUS.has(t.w)) for (const l of c.langs) seen.add(l);
    for (const l of DENOM_LANGS.get(t.w) ?? []) seen.add(l);
  }
  return seen;
}

export function replaceForeignNumberWords(folded: string): string {
  const s = folded.replace(/\bquatre[\s-]+vingts?\b/g, "quatrevingt");
  const toks: Tok[] = [...s.matchAll(/[a-z]+|\d+/g)].map((m) => ({
    w: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const seen = findLanguages(toks);
  const value = (t: Tok | undefined): number | null => {
    if (!t) return null;
    if (/^\d+$/.test(t.w)) return Number(t.w);
    const c = CARDINAL.get(t.w);
    if (c) return !AMBIGUOUS.has(t.w) || c.langs.some((l) => seen.has(l)) ? c.value : null;
    return readGlued(t.w);
  };
  const joined = (a: Tok, b: Tok) => /^[\s-]*$/.test(s.slice(a.end, b.start));
  /** A run "vingt et un", "treinta y dos", "soixante dix sept": each part smaller, after a round ten. */
  const readRun = (i: number): { value: number; next: number } | null => {
    let total = value(toks[i]);
    if (total === null) return null;
    let last = total;
    let j = i + 1;
    while (!/^\d/.test(toks[i]!.w) && j < toks.length && joined(toks[j - 1]!, toks[j]!)) {
      const link = ["y", "et", "e", "und"].includes(toks[j]!.w) ? 1 : 0;
      const t = toks[j + link];
      const v = value(t);
      if (!t || v === null || /^\d/.test(t.w) || last % 10 !== 0 || v >= last || (link && !joined(toks[j]!, t))) break;
      total += v;
      last = v;
      j += 1 + link;
    }
    return { value: total, next: j };
  };
  let out = "";
  let pos = 0;
  let i = 0;
  while (i < toks.length) {
    const run = readRun(i);
    if (!run) {
      i++;
      continue;
    }
    let text = String(run.value);
    let next = run.next;
    const after = toks[next];
    const den = after && joined(toks[next - 1]!, after) ? DENOM.get(after.w) : undefined;
    if (den !== undefined) {
      text = `${run.value}/${den}`;
      next++;
    } else if (after && joined(toks[next - 1]!, after)) {
      // Portuguese/Spanish "onze doze avos": a second cardinal, then "avos".
      const second = readRun(next);
      const avos = second && toks[second.next];
      if (second && avos?.w.startsWith("avo") && joined(toks[second.next - 1]!, avos)) {
        text = `${run.value}/${second.value}`;
        next = second.next + 1;
      }
    }
    const only = toks[i]!;
    const untouched = /^\d+$/.test(text) && (/^\d/.test(only.w) || (next === i + 1 && ARTICLES.has(only.w)));
    if (!untouched) {
      out += s.slice(pos, only.start) + text;
      pos = toks[next - 1]!.end;
    }
    i = next;
  }
  return out + s.slice(pos);
}
