import { asciiDigit } from "./map-digit";

const SUPERSCRIPTS: Record<string, string> = {
  "⁰": "0",
  "¹": "1",
  "²": "2",
  "³": "3",
  "⁴": "4",
  "⁵": "5",
  "⁶": "6",
  "⁷": "7",
  "⁸": "8",
  "⁹": "9",
  "⁺": "+",
  "⁻": "-",
  "⁼": "=",
  "⁽": "(",
  "⁾": ")",
  ⁿ: "n",
  ⁱ: "i",
};
const SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
const SUP_CLASS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ";

/** "¹⁄₂" (superscript, fraction slash, subscript): a fraction written the typographic way. */
const SUP_SUB_FRACTION = /([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*[⁄∕/]\s*([₀₁₂₃₄₅₆₇₈₉]+)/g;
const SUPERSCRIPT_RUN = new RegExp(`[${SUP_CLASS}]+`, "g");
const VULGAR = /[¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞↉⅟]/;
const DIGIT_THEN_VULGAR = new RegExp(`(\\p{Nd})(?=${VULGAR.source})`, "gu");
/** Every invisible format character (zero-width, bidi, soft hyphen, BOM...), variation selectors, CGJ. */
const INVISIBLE = /\p{Cf}|\u034F|[\u180B-\u180D]|[\uFE00-\uFE0F]|[\u{E0100}-\u{E01EF}]/gu;
const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/gu;
const DASHES = /[\u2010-\u2015\u2043\u2212\u2796\uFE58\uFE63\uFF0D]/g;
const TIMES = /[×✕✖⨯·⋅∙]/g;
const DIVIDE = /[÷⁄∕➗]/g;
const SINGLE_QUOTES = /[‘’‚‛ʼʹ´`]/g;
const DOUBLE_QUOTES = /[“”„‟«»〝〞]/g;
const SPACES = /[\s\u180E\u2028\u2029\u3000]+/g;

const RLO = "\u202E";
const EMBEDDINGS = "\u202A\u202B\u202D\u202E";
const POP = "\u202C";

/**
 * What a right-to-left override shows: "\u202E21\u202C" is displayed "12", so the characters
 * between an RLO and its pop (or the end of the line) are reversed. Other bidi controls do not
 * reorder digits or Latin letters and are simply removed later.
 */
function applyOverrides(s: string): string {
  if (!s.includes(RLO)) return s;
  let out = "";
  let i = 0;
  while (i < s.length) {
    const at = s.indexOf(RLO, i);
    if (at < 0) break;
    out += s.slice(i, at);
    let depth = 1;
    let j = at + 1;
    while (j < s.length && depth > 0 && s[j] !== "\n") {
      if (EMBEDDINGS.includes(s[j]!)) depth++;
      else if (s[j] === POP) depth--;
      if (depth > 0) j++;
    }
    out += [...s.slice(at + 1, j)].reverse().join("");
    i = j < s.length && s[j] === POP ? j + 1 : j;
  }
  return out + s.slice(i);
}

function mapSuperscripts(run: string): string {
  const plain = [...run].map((c) => SUPERSCRIPTS[c] ?? c).join("");
  if (/^[-+]?[0-9]+$|^[a-z]$/.test(plain) || /^\([^()]*\)$/.test(plain)) return `^${plain}`;
  return `^(${plain})`;
}

/**
 * The first step of every reading: folds the typographic and Unicode disguises of maths into
 * plain text. A right-to-left override is read as displayed ("\u202E21" shows "12"), superscripts become "^n" (before NFKC, which would turn "²" into a bare "2"),
 * then NFKC (fullwidth "５/８", mathematical alphanumerics, ligatures, vulgar fractions), every
 * invisible or bidi control is removed, digits of any script become ASCII, dashes and minus
 * signs become "-", times signs "*", division signs "/", curly quotes ASCII, and every run of
 * space of any kind one space. Case is kept.
 */
export function cleanText(raw: string): string {
  if (!raw) return "";
  let s = applyOverrides(raw).replace(INVISIBLE, "");
  s = s.replace(SUP_SUB_FRACTION, (_m, n: string, d: string, at: number, all: string) => {
    const num = [...n].map((c) => SUPERSCRIPTS[c]).join("");
    const den = [...d].map((c) => String(SUBSCRIPTS.indexOf(c))).join("");
    return `${/\p{Nd}/u.test(all[at - 1] ?? "") ? " " : ""}${num}/${den}`;
  });
  s = s.replace(SUPERSCRIPT_RUN, mapSuperscripts);
  // "2½" must read as the mixed number "2 1/2", not "21/2", once NFKC has expanded the "½".
  s = s.replace(DIGIT_THEN_VULGAR, "$1 ");
  s = s.normalize("NFKC");
  // NFKC can itself produce format characters (rare), so sweep once more.
  s = s.replace(INVISIBLE, "");
  s = s.replace(NON_ASCII_DIGIT, asciiDigit);
  s = s
    .replace(DASHES, "-")
    .replace(TIMES, "*")
    .replace(DIVIDE, "/")
    .replace(/[√]/g, "sqrt")
    .replace(/[∛]/g, "cbrt")
    .replace(/[٪]/g, "%")
    .replace(/(\d)٫(?=\d)/g, "$1.")
    .replace(/(\d)٬(?=\d)/g, "$1,")
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SPACES, " ");
  return s.trim();
}
