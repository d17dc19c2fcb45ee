/**
 * The words around numbers that replaceNumberWords reads. Sets hold folded forms (see
 * foldWord); phrase lists are written naturally and folded once at load (phrase-tables.ts).
 */

export const AND_WORDS = new Set(["and", "et", "y", "e", "und", "og", "och", "en", "ve", "и"]);

/** Articles that mean one only before a denominator or "dozen": "a third", "un tiers", "ein Drittel". */
export const ARTICLES = new Set([
  "a",
  "an",
  "un",
  "une",
  "una",
  "um",
  "uma",
  "ein",
  "eine",
  "einen",
  "einem",
  "einer",
  "een",
  "en",
  "ett",
  "et",
  "egy",
  "ενα",
  "μια",
]);

/**
 * Words that, right before an ambiguous number word, show it is meant as a number in its own
 * language: "la respuesta es once", "A resposta é doze", "die Antwort ist elf", "c'est seize".
 * English words are not here: "it is once a week" stays prose.
 */
export const CONFIRMERS = new Set([
  "es",
  "son",
  "era",
  "eran",
  "sera",
  "seran",
  "los",
  "las",
  "est",
  "cest",
  "sont",
  "les",
  "ist",
  "sind",
  "war",
  "e",
  "sono",
  "sao",
  "er",
  "ar",
  "je",
  "jsou",
  "este",
  "sunt",
  "zijn",
  // Spanish "x vale dos", "da dos", "igual a dos"; Swedish "blir två".
  "vale",
  "da",
  "queda",
  "sale",
  "blir",
]);

/** The ambiguous words a confirming word or a list of numbers ("nueve, diez, once") can make numbers. */
export const CONFIRMABLE = new Set([
  "once",
  "quince",
  "dos",
  "mil",
  "doze",
  "due",
  "elf",
  "seize",
  "cent",
  "null",
  "sex",
  "opt",
  "pet",
]);

/**
 * Number words that are also common words (mostly English): "to" (Danish 2), "fire" (Danish 4),
 * "hat" (Hungarian 6), "once" (Spanish 11), "due" (Italian 2), "cent" (French 100), "seize"
 * (French 16), "elf", "sex", "pet", "bin", "opt", "on", "du", "dos"... Alone they stay words;
 * inside a longer number phrase ("dos mil", "cent vingt") they still count.
 */
export const AMBIGUOUS_ALONE = new Set([
  "un",
  "dos",
  "once",
  "quince",
  "mil",
  "null",
  "elf",
  "due",
  "um",
  "doze",
  "een",
  "sex",
  "ett",
  "et",
  "to",
  "fire",
  "firs",
  "ni",
  "ti",
  "en",
  "pet",
  "hat",
  "het",
  "du",
  "opt",
  "on",
  "bin",
  "hai",
  "ba",
  "cent",
  "seize",
  "sesto",
  "egy",
  "không",
]);

/** Between two numbers, a fraction: "5 over 8", "5 out of 8", "cinq sur huit", "пять из восьми". */
export const CONNECTORS = [
  "over",
  "out of",
  "sur",
  "de",
  "sobre",
  "em",
  "su",
  "von",
  "из",
  "з",
  "z",
  "op",
  "van",
  "av",
  "af",
];

/**
 * Between two numbers, an operation. Spanish "por" is multiplication ("5 por 8" is 40), so it
 * is here and not among the fraction connectors; "per" is left out (a rate in English).
 */
export const OPERATOR_WORDS: [phrase: string, op: string][] = [
  ["plus", "+"],
  ["minus", "-"],
  ["times", "*"],
  ["multiplied by", "*"],
  ["divided by", "/"],
  ["moins", "-"],
  ["fois", "*"],
  ["multiplié par", "*"],
  ["divisé par", "/"],
  ["más", "+"],
  ["menos", "-"],
  ["por", "*"],
  ["dividido por", "/"],
  ["dividido entre", "/"],
  ["mal", "*"],
  ["geteilt durch", "/"],
  ["più", "+"],
  ["meno", "-"],
  ["diviso per", "/"],
  ["diviso", "/"],
  ["mais", "+"],
  ["vezes", "*"],
  ["плюс", "+"],
  ["минус", "-"],
];

/** Before a number with no number in front: a sign ("minus five", "negative 3"). */
export const SIGN_WORDS = new Set(["minus", "negative", "moins", "menos", "meno", "минус"]);

/** "three point one four", "trois virgule cinq". */
export const POINT_WORDS = new Set(["point", "virgule", "coma", "virgula", "komma", "virgola", "запятая"]);

/** Percent words, after the number. */
export const PERCENT_WORDS = [
  "percent",
  "per cent",
  "por ciento",
  "porciento",
  "pour cent",
  "pourcent",
  "Prozent",
  "per cento",
  "percento",
  "por cento",
  "procent",
  "procento",
  "procenta",
  "prosent",
  "процент",
  "процента",
  "процентов",
  "відсоток",
  "відсотки",
  "відсотків",
  "persen",
  "peratus",
  "phần trăm",
  "प्रतिशत",
  "τοις εκατό",
  "بالمئة",
  "بالمائة",
  "في المئة",
  "אחוז",
  "אחוזים",
  "درصد",
  "퍼센트",
  "パーセント",
];

/** Percent words before the number: Turkish "yüzde 25", Chinese "百分之二十五". */
export const PERCENT_PREFIXES = ["yüzde", "百分之"];
