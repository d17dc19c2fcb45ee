/** A lexeme of a reading's text: a number, an operator or bracket, a word, or other punctuation. */
export interface MathLexeme {
  kind: "num" | "op" | "word" | "other";
  s: string;
  start: number;
  end: number;
  /** For numbers. */
  value: number;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isAsciiLetter = (c: string | undefined) => c !== undefined && c >= "a" && c <= "z";
const OPS = "+-*/^:%()=<>";
const LETTER = /\p{L}|\p{M}/u;

function digitsFrom(s: string, i: number): number {
  let j = i;
  while (isDigit(s[j])) j++;
  return j;
}

/**
 * Scans one number at i: "12", "3.5", ".75", "1,000,000" (comma groups of exactly three after
 * 1-3 leading digits), "0,625" and "3,5" (a decimal comma, unless it looks like a list "1,2,3"
 * or a pair "(3,5)"), and "7.9e-7". Returns the end offset and the value.
 */
function scanNumber(s: string, i: number): { end: number; value: number } {
  let j = digitsFrom(s, i);
  const intPart = s.slice(i, j);
  let clean = intPart;
  let grouped = false;
  if (intPart.length >= 1 && intPart.length <= 3 && intPart[0] !== "0") {
    while (s[j] === "," && digitsFrom(s, j + 1) === j + 4) {
      clean += s.slice(j + 1, j + 4);
      j += 4;
      grouped = true;
    }
  }
  if (s[j] === "." && isDigit(s[j + 1])) {
    const e = digitsFrom(s, j + 1);
    clean += s.slice(j, e);
    j = e;
  } else if (!grouped && intPart && s[j] === "," && isDigit(s[j + 1])) {
    const e = digitsFrom(s, j + 1);
    const frac = s.slice(j + 1, e);
    const before = s[i - 1];
    const list = (s[e] === "," && isDigit(s[e + 1])) || before === "," || before === "(" || before === "[";
    if (!list && (frac.length !== 3 || intPart === "0")) {
      clean += `.${frac}`;
      j = e;
    }
  }
  if (s[j] === "e" && clean) {
    let k = j + 1;
    if (s[k] === "-" || s[k] === "+") k++;
    if (isDigit(s[k])) {
      const e = digitsFrom(s, k);
      if (!isAsciiLetter(s[e])) {
        clean += s.slice(j, e);
        j = e;
      }
    }
  }
  return { end: j, value: Number(clean.startsWith(".") ? `0${clean}` : clean) };
}

/** Splits a reading's (lower-case) text into lexemes; whitespace is skipped (see offsets). */
export function lexMath(s: string): MathLexeme[] {
  const out: MathLexeme[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === " ") {
      i++;
    } else if (isDigit(c) || (c === "." && isDigit(s[i + 1]) && !isDigit(s[i - 1]))) {
      const { end, value } = scanNumber(s, i);
      out.push({ kind: "num", s: s.slice(i, end), start: i, end, value });
      i = end;
    } else if (isAsciiLetter(c)) {
      let j = i + 1;
      while (isAsciiLetter(s[j])) j++;
      out.push({ kind: "word", s: s.slice(i, j), start: i, end: j, value: Number.NaN });
      i = j;
    } else if (OPS.includes(c)) {
      out.push({ kind: "op", s: c, start: i, end: i + 1, value: Number.NaN });
      i++;
    } else if (LETTER.test(c)) {
      let j = i + 1;
      while (j < s.length && LETTER.test(s[j]!)) j++;
      out.push({ kind: "other", s: s.slice(i, j), start: i, end: j, value: Number.NaN });
      i = j;
    } else {
      out.push({ kind: "other", s: c, start: i, end: i + 1, value: Number.NaN });
      i++;
    }
  }
  return out;
}
