import {
  BARE_FRACTIONS,
  BARE_HALVES,
  DENOMINATORS,
  DOZEN_WORDS,
  EXACT_BARE_HALVES,
  HALF_WORDS,
} from "./fraction-words";
import { AND_WORDS, ARTICLES, CONFIRMABLE, CONFIRMERS, POINT_WORDS, SIGN_WORDS } from "./number-context-words";
import { getPhraseTables, type PhraseTables } from "./phrase-tables";
import { type Num, WordCursor } from "./word-cursor";

/** Ambiguous number words that are no English words: after "is", "to", "equals" they are numbers. */
const FOREIGN_ONLY = new Set([
  "dos",
  "doze",
  "elf",
  "seize",
  "tres",
  "quatre",
  "cinq",
  "vier",
  "sechs",
  "acht",
  "neun",
  "zehn",
]);
const ENGLISH_CONFIRMERS = new Set(["is", "to", "equals", "be", "makes", "gives", "get", "gets", "was"]);

interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** Denominators that are English words too: they need a non-English spelled numerator ("deux tiers"). */
const FOREIGN_ONLY_DENOMINATORS = new Set(["tiers", "quart", "quarts", "media", "medias", "mezzo"]);

class Reader extends WordCursor {
  private readonly tables: PhraseTables = getPhraseTables();
  readonly out: Replacement[] = [];
  /** Token index just after the last number read, to tell "5 over 8" from "over 8". */
  private afterNumber = -1;
  private lastInteger = false;

  /** The word(s) after a number that make it a fraction, a dozen, a percentage or a decimal. */
  private suffix(n: Num): { text: string; end: number; integer: boolean } | null {
    const e = n.end;
    const next = this.toks[e];
    if (!next || !this.joined(e - 1)) return null;
    const integer = Number.isInteger(n.value);
    const at = (text: string, end: number, isInt = false) => ({ end, text, integer: isInt });
    // "two and a half", "deux et demi", "dos y medio", "two and a quarter"
    if (integer && AND_WORDS.has(next.f) && this.joined(e)) {
      let k = e + 1;
      if (ARTICLES.has(this.toks[k]?.f ?? "") && this.joined(k)) k++;
      const w = this.toks[k]?.f ?? "";
      if (HALF_WORDS.has(w)) return at(`${n.text} 1/2`, k + 1);
      if (w === "quarter" || w === "quart") return at(`${n.text} 1/4`, k + 1);
    }
    const d = DENOMINATORS[next.f];
    if (
      d !== undefined &&
      integer &&
      !(FOREIGN_ONLY_DENOMINATORS.has(next.f) && (n.english || this.toks[e - 1]!.digits))
    ) {
      return at(`${n.text}/${d}`, e + 1);
    }
    if (DOZEN_WORDS.has(next.f) && integer) return at(String(n.value * 12), e + 1, true);
    const pct = this.matchAny(e, this.tables.percent);
    if (pct >= 0 && !n.weak) return at(`${n.text}%`, pct);
    if (POINT_WORDS.has(next.f) && integer && !n.weak) {
      let digits = "";
      let k = e + 1;
      while (k < this.toks.length && this.joined(k - 1)) {
        const p = this.toks[k]!.digits ? null : this.phrase(k);
        const v = this.toks[k]!.digits ? this.toks[k]!.raw : p && p.end === k + 1 && p.value < 10 ? p.text : "";
        if (!/^\d+$/.test(v)) break;
        digits += v;
        k++;
      }
      if (digits) return at(`${n.text}.${digits}`, k);
    }
    return null;
  }

  private emit(i: number, end: number, text: string, integer: boolean): number {
    const a = this.toks[i]!;
    const b = this.toks[end - 1]!;
    if (text !== this.text.slice(a.start, b.end)) this.out.push({ start: a.start, end: b.end, text });
    this.afterNumber = end;
    this.lastInteger = integer;
    return end;
  }

  /** Reads what starts at token i and returns the next token index to look at. */
  step(i: number): number {
    const t = this.toks[i]!;
    const prefix = this.matchAny(i, this.tables.percentPrefixes);
    if (prefix >= 0 && this.joined(prefix - 1)) {
      const n = this.cardinal(prefix);
      if (n && !n.weak) return this.emit(i, n.end, `${n.text}%`, false);
    }
    if (this.afterNumber === i) {
      const r = this.between(i);
      if (r >= 0) return r;
    }
    if (t.f === "half" && ARTICLES.has(this.toks[i + 1]?.f ?? "") && DOZEN_WORDS.has(this.toks[i + 2]?.f ?? "")) {
      if (this.joined(i) && this.joined(i + 1)) return this.emit(i, i + 3, "6", true);
    }
    const n = this.cardinal(i);
    if (n) {
      const s = this.suffix(n);
      if (s) return this.emit(i, s.end, s.text, s.integer);
      if (!n.weak) return this.emit(i, n.end, n.text, Number.isInteger(n.value));
      if (this.lex.phrases.has(t.f) && (this.connectorAhead(n.end) || this.confirmed(i))) {
        return this.emit(i, n.end, n.text, true);
      }
    }
    if (BARE_HALVES.has(t.f) || EXACT_BARE_HALVES.has(t.x)) return this.emit(i, i + 1, "1/2", false);
    const bare = BARE_FRACTIONS[t.f];
    if (bare) return this.emit(i, i + 1, bare, false);
    if (SIGN_WORDS.has(t.f) && this.afterNumber !== i && this.joined(i)) {
      const m = this.cardinal(i + 1);
      if (m && !m.weak) {
        const s = this.suffix(m);
        return this.emit(i, s ? s.end : m.end, `-${s ? s.text : m.text}`, false);
      }
    }
    return i + 1;
  }

  /** An ambiguous word in a list of numbers ("diez, once") or after a confirming word ("es once"). */
  private confirmed(i: number): boolean {
    const prev = this.toks[i - 1];
    if (!CONFIRMABLE.has(this.toks[i]!.f)) return false;
    // A coefficient of a variable in an expression: "dos x + seis".
    if (/^\s*[a-z]\s*[-+=*/^)]/i.test(this.text.slice(this.toks[i]!.end))) return true;
    if (!prev) return false;
    // "it comes out to dos", "the answer is doze": words that are not English words themselves.
    if (FOREIGN_ONLY.has(this.toks[i]!.f) && ENGLISH_CONFIRMERS.has(prev.f) && this.joined(i - 1)) return true;
    if (this.afterNumber === i && /^\s*,\s*$/.test(this.text.slice(prev.end, this.toks[i]!.start))) return true;
    return CONFIRMERS.has(prev.f) && this.joined(i - 1);
  }

  private connectorAhead(e: number): boolean {
    if (!this.joined(e - 1)) return false;
    const c = this.matchAny(e, this.tables.connectors);
    return c >= 0 && this.joined(c - 1) && (this.cardinal(c)?.weak ?? true) === false;
  }

  /** After an integer: "over 8" / "sur huit" make a fraction, "plus 3" / "times 3" an operation. */
  private between(i: number): number {
    if (!this.joined(i - 1)) return -1;
    // Not after a fraction's denominator: "1/2 de 8" (la mitad de 8) is half of 8, not 1/2/8.
    const afterFraction = /\/\s*$/.test(this.text.slice(0, this.toks[i - 1]!.start));
    const c = this.lastInteger && !afterFraction ? this.matchAny(i, this.tables.connectors) : -1;
    if (c >= 0 && this.joined(c - 1)) {
      const right = this.cardinal(c);
      const usable = right && (!right.weak || this.lex.phrases.has(this.toks[c]!.f));
      if (usable && Number.isInteger(right.value) && !DENOMINATORS[this.toks[right.end]?.f ?? ""]) {
        this.out.push({ start: this.toks[i - 1]!.end, end: this.toks[c]!.start, text: "/" });
        this.afterNumber = -1;
        return c;
      }
    }
    for (const [words, op] of this.tables.operators) {
      const end = this.match(i, words);
      if (end < 0 || !this.joined(end - 1)) continue;
      const right = this.cardinal(end);
      if (!right || right.weak) continue;
      this.out.push({ start: this.toks[i]!.start, end: this.toks[end - 1]!.end, text: op });
      this.afterNumber = -1;
      return end;
    }
    return -1;
  }
}

/**
 * Number words of many languages to digits: "twenty-five", "vingt-cinq", "veinticinco",
 * "fünfundzwanzig", "二十五" -> "25"; fraction words ("three quarters", "deux tiers", "tres
 * cuartos", "drei Viertel") -> "3/4"; a connector between two numbers ("5 over 8", "cinq sur
 * huit", "пять из восьми") -> "5/8"; operation words between numbers ("7 plus 1") -> "7 + 1";
 * "a dozen" -> "12"; percent words -> "%". Words are matched folded (case, accents), hyphens and
 * spaces alike, longest phrase first. Words that are common words elsewhere ("un", "to",
 * "once"...) count only before a fraction word or a connector; the English "one" always counts.
 */
export function replaceNumberWords(text: string): string {
  const reader = new Reader(text);
  let i = 0;
  while (i < reader.toks.length) i = reader.step(i);
  if (reader.out.length === 0) return text;
  let out = "";
  let pos = 0;
  for (const r of reader.out.sort((a, b) => a.start - b.start)) {
    if (r.start < pos) continue;
    out += text.slice(pos, r.start) + r.text;
    pos = r.end;
  }
  return out + text.slice(pos);
}
