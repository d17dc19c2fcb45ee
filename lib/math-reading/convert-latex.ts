import {
  DROPPED,
  DROPPED_WITH_ARG,
  FRACTIONS,
  GREEK_NAMES,
  MATH_ARG,
  SPACING,
  SYMBOLS,
  TEXT_ARG,
} from "./latex-commands";
import type { LatexToken } from "./tokenize-latex";

export const MAX_DEPTH = 60;
/** A number or a name: needs no parentheses as an operand ("5", "x", "pi", "2.5"). */
const SIMPLE = /^(?:[0-9]+(?:\.[0-9]+)?|[a-zA-Z]+|\.[0-9]+)$/;

const isLetter = (c: string | undefined) => c !== undefined && /[a-zA-Z]/.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const wrap = (s: string) => (SIMPLE.test(s) ? s : `(${s})`);

/**
 * Recursive converter over one token list; `math` is true inside a maths span. `prose`
 * converts the prose argument of \text{...} (which may hold `$...$` again).
 */
export class Converter {
  private i = 0;
  constructor(
    private readonly toks: LatexToken[],
    private readonly math: boolean,
    private readonly prose: (text: string, depth: number) => string,
  ) {}

  run(): string {
    return this.seq(false, 0);
  }

  /** Converts tokens up to the matching close brace (when `inGroup`) or the end. */
  private seq(inGroup: boolean, depth: number): string {
    let out = "";
    let overLeft: string | null = null;
    const append = (piece: string) => {
      if (!piece) return;
      // "\pi r" must not become "pir", nor "2\frac{1}{2}" "21/2".
      if ((isLetter(out.at(-1)) && isLetter(piece[0])) || (isDigit(out.at(-1)) && isDigit(piece[0]))) out += " ";
      out += piece;
    };
    while (this.i < this.toks.length) {
      const tok = this.toks[this.i]!;
      if (tok.t === "close") {
        this.i++;
        if (inGroup) break;
        if (!this.math) out += "}";
        continue;
      }
      if (tok.t === "open") {
        this.i++;
        if (depth >= MAX_DEPTH) continue;
        const afterCommand = this.toks[this.i - 2]?.t === "cmd";
        const inner = this.seq(true, depth + 1);
        append(this.math || afterCommand ? inner : `{${inner}}`);
        continue;
      }
      if (tok.t === "char") {
        this.i++;
        const c = tok.c;
        const next = this.toks[this.i]?.t;
        if ((c === "^" || c === "_") && (this.math || next === "open" || (c === "^" && next === "cmd"))) {
          const arg = this.arg(depth);
          if (c === "^") append(arg.trim() === "degrees" ? " degrees" : `^${wrap(arg.trim())}`);
          continue;
        }
        if (this.math && (c === "~" || c === "&")) append(" ");
        else out += c;
        continue;
      }
      if (tok.name === "over" && (this.math || inGroup)) {
        this.i++;
        overLeft = out;
        out = "";
        continue;
      }
      const piece = this.command(depth);
      if (FRACTIONS.has(tok.name) || (tok.name === "sqrt" && !piece.startsWith("sqrt("))) {
        // A fraction after a name or ")" is a product ("x(1/2)"), after a whole number a mixed number.
        const last = out.at(-1);
        const next = this.peekChar(true);
        const mixed = isDigit(last) && /^\d+\/\d+$/.test(piece);
        if (out.trimEnd().at(-1) === "/" || isLetter(last) || last === ")" || (isDigit(last) && !mixed))
          out += `(${piece})`;
        else if (isLetter(next) || isDigit(next) || next === "(") append(`(${piece})`);
        else append(piece);
        continue;
      }
      append(piece);
    }
    if (overLeft !== null) return `${wrap(overLeft.trim())}/${wrap(out.trim())}`;
    return out;
  }

  /** The next character, a command as "a"; with `skipSpace`, past spaces ("\\frac{1}{8} 2^x"). */
  private peekChar(skipSpace = false): string | undefined {
    let j = this.i;
    while (skipSpace && this.toks[j]?.t === "char" && (this.toks[j] as { c: string }).c === " ") j++;
    const t = this.toks[j];
    if (!t) return undefined;
    if (t.t === "char") return t.c;
    if (t.t === "cmd" && !(t.name in SYMBOLS) && !SPACING.has(t.name) && !DROPPED.has(t.name)) {
      return /^[a-zA-Z]/.test(t.name) ? "a" : undefined;
    }
    return undefined;
  }

  /** One argument: a braced group, one command, or one character (so "\frac12" works). */
  private arg(depth: number): string {
    while (this.toks[this.i]?.t === "char" && (this.toks[this.i] as { c: string }).c === " ") this.i++;
    const tok = this.toks[this.i];
    if (!tok || tok.t === "close") return "";
    if (tok.t === "open") {
      this.i++;
      if (depth >= MAX_DEPTH) return "";
      return this.seq(true, depth + 1).trim();
    }
    if (tok.t === "char") {
      this.i++;
      return tok.c;
    }
    return this.command(depth);
  }

  /** "[n]" after \sqrt, or null. */
  private optional(): string | null {
    const tok = this.toks[this.i];
    if (tok?.t !== "char" || tok.c !== "[") return null;
    let end = this.i + 1;
    while (end < this.toks.length && !(this.toks[end]!.t === "char" && (this.toks[end] as { c: string }).c === "]"))
      end++;
    if (end >= this.toks.length) return null;
    const inner = new Converter(this.toks.slice(this.i + 1, end), true, this.prose).run().trim();
    this.i = end + 1;
    return inner;
  }

  private command(depth: number): string {
    const tok = this.toks[this.i] as { t: "cmd"; name: string; space: boolean };
    this.i++;
    const name = tok.name;
    const d = depth + 1;
    if (FRACTIONS.has(name)) {
      const a = this.arg(d);
      const b = this.arg(d);
      return `${wrap(a)}/${wrap(b)}`;
    }
    if (name === "sqrt") {
      const n = this.optional();
      const x = this.arg(d);
      if (n === null || n === "2") return `sqrt(${x})`;
      return `${wrap(x)}^(1/${wrap(n)})`;
    }
    if (name === "binom") {
      const a = this.arg(d);
      const b = this.arg(d);
      return `binom(${a},${b})`;
    }
    if (SPACING.has(name)) {
      // "12\,345" is a thousands group, not two numbers.
      const next = this.toks[this.i];
      return next?.t === "char" && isDigit(next.c) ? "\uE000" : " ";
    }
    if (name in SYMBOLS) return SYMBOLS[name]! + (tok.space ? " " : "");
    if (DROPPED.has(name)) {
      const next = this.toks[this.i];
      if (name !== "not" && next?.t === "char" && next.c === ".") this.i++;
      if (name === "not" && next?.t === "char" && next.c === "=") {
        this.i++;
        return "!=";
      }
      return "";
    }
    if (DROPPED_WITH_ARG.has(name)) {
      this.arg(d);
      return "";
    }
    if (name === "textcolor") {
      this.arg(d);
      return this.arg(d);
    }
    if (TEXT_ARG.has(name)) {
      const raw = this.rawArg();
      return this.prose(raw, d);
    }
    if (MATH_ARG.has(name)) return this.arg(d);
    const greek = GREEK_NAMES[name];
    if (greek) return tok.space ? `${greek} ` : greek;
    if (/^[a-zA-Z]+$/.test(name)) return tok.space ? `${name} ` : name;
    return name;
  }

  /** The source text of a braced argument, unconverted (for \text, which is prose). */
  private rawArg(): string {
    const tok = this.toks[this.i];
    if (tok?.t !== "open") return "";
    let level = 0;
    let s = "";
    while (this.i < this.toks.length) {
      const t = this.toks[this.i]!;
      this.i++;
      if (t.t === "open") {
        if (level++ > 0) s += "{";
      } else if (t.t === "close") {
        if (--level === 0) break;
        s += "}";
      } else if (t.t === "char") s += t.c;
      else s += `\\${t.name}${t.space ? " " : ""}`;
    }
    return s;
  }
}
