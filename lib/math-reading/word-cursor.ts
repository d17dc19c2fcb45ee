import { exactWord, getNumberLexicon, type NumberLexicon } from "./build-number-lexicon";
import { foldWord } from "./fold-word";
import { AMBIGUOUS_ALONE, AND_WORDS, ARTICLES } from "./number-context-words";
import { splitNumberCompound } from "./split-number-compound";
import { tokenizeWords } from "./tokenize-words";

/** A word token with its folded (`f`) and exact lower-case (`x`) forms. */
export interface Tok {
  start: number;
  end: number;
  digits: boolean;
  raw: string;
  f: string;
  x: string;
}

/** A number read at some token: its text in digits, value, and the token after it. */
export interface Num {
  text: string;
  value: number;
  end: number;
  /** An article or ambiguous word: a number only before a denominator, "dozen" or connector. */
  weak: boolean;
  /** Spelled in English (checked for denominators that are also English words: "two tiers"). */
  english: boolean;
}

const KOREAN_SYLLABLE = /^[\uAC00-\uD7A3]$/;

/** The word tokens of a text and the primitive reads over them: phrases, cardinals, word sequences. */
export class WordCursor {
  readonly lex: NumberLexicon = getNumberLexicon();
  readonly toks: Tok[];

  constructor(readonly text: string) {
    this.toks = tokenizeWords(text).map((t) => ({
      start: t.start,
      end: t.end,
      digits: t.digits,
      raw: t.text,
      f: t.digits ? t.text : foldWord(t.text),
      x: t.digits ? t.text : exactWord(t.text),
    }));
  }

  /** Whether tokens i and i+1 are separated by spaces or hyphens only. */
  joined(i: number): boolean {
    const a = this.toks[i];
    const b = this.toks[i + 1];
    if (!a || !b) return false;
    for (let k = a.end; k < b.start; k++) {
      const c = this.text[k];
      if (c !== " " && c !== "-") return false;
    }
    return true;
  }

  /** The token index after `words` when they start at i, else -1. */
  match(i: number, words: string[]): number {
    for (let k = 0; k < words.length; k++) {
      if (this.toks[i + k]?.f !== words[k] || (k > 0 && !this.joined(i + k - 1))) return -1;
    }
    return i + words.length;
  }

  matchAny(i: number, phrases: string[][]): number {
    for (const p of phrases) {
      const end = this.match(i, p);
      if (end >= 0) return end;
    }
    return -1;
  }

  /** Longest lexicon phrase at i. */
  phrase(i: number): Num | null {
    const { phrases, words, maxWords } = this.lex;
    let n = 0;
    while (n < maxWords && i + n < this.toks.length) {
      const t = this.toks[i + n]!;
      if (t.digits || !(words.has(t.f) || words.has(t.x) || (n === 0 && phrases.has(t.f)))) break;
      if (n > 0 && !this.joined(i + n - 1)) break;
      n++;
    }
    for (let len = n; len >= 1; len--) {
      let key = "";
      let exact = "";
      for (let k = i; k < i + len; k++) {
        key += this.toks[k]!.f;
        exact += this.toks[k]!.x;
      }
      const value = phrases.get(exact) ?? phrases.get(key);
      if (value === undefined) continue;
      const weak = len === 1 && (AMBIGUOUS_ALONE.has(key) || AMBIGUOUS_ALONE.has(exact) || KOREAN_SYLLABLE.test(key));
      return { text: String(value), value, end: i + len, weak, english: this.lex.english.has(key) };
    }
    return null;
  }

  /** A cardinal at i: digits, a spelled number (with a following "... thousand" part), or an article. */
  cardinal(i: number): Num | null {
    const t = this.toks[i];
    if (!t) return null;
    if (t.digits) {
      const plain = /^\d+(?:\.\d+)?$/.test(t.raw)
        ? Number(t.raw)
        : /^\d{1,3}(?:,\d{3})+$/.test(t.raw)
          ? Number(t.raw.replace(/,/g, ""))
          : Number.NaN;
      return { text: t.raw, value: plain, end: i + 1, weak: false, english: false };
    }
    const p = this.phrase(i);
    if (p) {
      if (!p.weak && p.value >= 1000 && p.value % 1000 === 0 && p.value < 1_000_000 && this.joined(p.end - 1)) {
        const skip = AND_WORDS.has(this.toks[p.end]?.f ?? "") && this.joined(p.end) ? 1 : 0;
        const rest = this.phrase(p.end + skip);
        if (rest && !rest.weak && rest.value > 0 && rest.value < 1000) {
          return { ...p, text: String(p.value + rest.value), value: p.value + rest.value, end: rest.end };
        }
      }
      return p;
    }
    if (ARTICLES.has(t.f)) return { text: "1", value: 1, end: i + 1, weak: true, english: t.f === "a" || t.f === "an" };
    const compound = splitNumberCompound(this.lex, t.f);
    if (compound) {
      const value = /^\d+$/.test(compound) ? Number(compound) : Number.NaN;
      return { text: compound, value, end: i + 1, weak: false, english: false };
    }
    return null;
  }
}
