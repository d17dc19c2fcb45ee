import type { MathLexeme } from "./lex-math";
import type { NumberToken } from "./types";

const FUNCTIONS = new Set(["sqrt", "cbrt", "abs", "exp", "log", "ln", "sin", "cos", "tan", "nthroot"]);
const CONSTANTS = new Set(["pi"]);
/** Single letters read as variables; "a" and "i" are far more often English words. */
const VARIABLE = /^[b-hj-z]$/;
const BINARY = new Set(["+", "-", "*", "/", "^"]);
/** Brackets nested deeper than this end the run (no stack overflow on "((((((..."). */
const MAX_DEPTH = 40;

interface State {
  p: number;
  src: string;
  nums: number;
  vars: boolean;
}

/** Recursive-descent recogniser of the longest arithmetic stretch at a lexeme. */
export class RunParser {
  p = 0;
  src = "";
  nums: NumberToken[] = [];
  vars = false;
  /** The last operand parsed was one plain number (for "3 to 4"). */
  private plainNumber = false;
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly L: MathLexeme[],
  ) {}

  private save(): State {
    return { p: this.p, src: this.src, nums: this.nums.length, vars: this.vars };
  }

  private restore(s: State): void {
    this.p = s.p;
    this.src = s.src;
    this.nums.length = s.nums;
    this.vars = s.vars;
  }

  /** No whitespace between lexemes k-1 and k. */
  private attached(k: number): boolean {
    const a = this.L[k - 1];
    const b = this.L[k];
    return !!a && !!b && a.end === b.start;
  }

  private is(k: number, kind: MathLexeme["kind"], s?: string): boolean {
    const x = this.L[k];
    return !!x && x.kind === kind && (s === undefined || x.s === s);
  }

  private pushNumber(lx: MathLexeme, sign: MathLexeme | null): void {
    const value = sign?.s === "-" ? -lx.value : lx.value;
    const start = sign ? sign.start : lx.start;
    this.nums.push({ raw: this.text.slice(start, lx.end), value, start, end: lx.end });
  }

  /** A number, with a mixed-number tail ("2 1/2") and a percent sign. */
  private number(sign: MathLexeme | null): void {
    const k = this.p;
    const w = this.L[k]!;
    const n = this.L[k + 1];
    const d = this.L[k + 3];
    const mixed =
      n?.kind === "num" &&
      d?.kind === "num" &&
      !this.attached(k + 1) &&
      this.is(k + 2, "op", "/") &&
      this.attached(k + 2) &&
      this.attached(k + 3) &&
      [w, n, d].every((x) => /^\d+$/.test(x.s)) &&
      n.value < d.value &&
      d.value > 0;
    let piece: string;
    this.pushNumber(w, sign);
    if (mixed) {
      this.nums.push(
        { raw: n.s, value: n.value, start: n.start, end: n.end },
        { raw: d.s, value: d.value, start: d.start, end: d.end },
      );
      piece = `(${w.value}+${n.value}/${d.value})`;
      this.p += 4;
    } else {
      piece = String(w.value);
      this.p += 1;
    }
    if (this.is(this.p, "op", "%")) {
      piece = `pct(${piece})`;
      this.p++;
    }
    this.src += piece;
  }

  private numberOperand(sign: MathLexeme | null): boolean {
    const before = this.p;
    this.number(sign);
    const plain = this.p === before + 1;
    this.implicit();
    this.plainNumber = plain && this.p === before + 1;
    return true;
  }

  /** One operand: signed number, bracket, function call, constant or variable, with implicit products. */
  operand(unary = true): boolean {
    const lx = this.L[this.p];
    if (!lx) return false;
    const start = this.save();
    this.plainNumber = false;
    if (lx.kind === "op" && (lx.s === "-" || lx.s === "+") && unary) {
      const next = this.L[this.p + 1];
      const before = this.text[lx.start - 1];
      if (!next || !this.attached(this.p + 1) || (before !== undefined && /[a-z0-9]/.test(before))) return false;
      if (next.kind === "num") {
        this.p++;
        if (lx.s === "-") this.src += "-";
        return this.numberOperand(lx);
      }
      this.p++;
      this.src += lx.s;
      if (this.operand(false)) return true;
      this.restore(start);
      return false;
    }
    if (lx.kind === "num") return this.numberOperand(null);
    if (lx.kind === "op" && lx.s === "(") {
      if (this.depth >= MAX_DEPTH) return false;
      this.p++;
      this.src += "(";
      this.depth++;
      const inner = this.expr();
      this.depth--;
      if (!inner || !this.is(this.p, "op", ")")) {
        this.restore(start);
        return false;
      }
      this.p++;
      this.src += ")";
      if (this.is(this.p, "op", "%")) {
        this.src = `${start.src}pct(${this.src.slice(start.src.length)})`;
        this.p++;
      }
      return this.implicit();
    }
    if (lx.kind !== "word") return false;
    if (FUNCTIONS.has(lx.s)) {
      if (this.depth >= MAX_DEPTH) return false;
      this.depth++;
      const ok = this.call(lx.s);
      this.depth--;
      if (!ok) {
        this.restore(start);
        return false;
      }
      return this.implicit();
    }
    if (CONSTANTS.has(lx.s) || VARIABLE.test(lx.s)) {
      this.p++;
      this.src += lx.s;
      if (!CONSTANTS.has(lx.s)) this.vars = true;
      return this.implicit();
    }
    return false;
  }

  /** "sqrt(16)", "log(8, 2)", "sqrt 16", "sqrt16". */
  private call(name: string): boolean {
    this.p++;
    this.src += `${name}(`;
    if (this.is(this.p, "op", "(")) {
      this.p++;
      let ok = this.expr();
      if (ok && this.is(this.p, "other", ",")) {
        this.p++;
        this.src += ",";
        ok = this.expr();
      }
      if (!ok || !this.is(this.p, "op", ")")) return false;
      this.p++;
    } else if (!this.operand(false)) return false;
    this.src += ")";
    return true;
  }

  /** "2x", "2(x+3)", "x(x+1)", "2pi", "2sqrt(3)": an attached operand multiplies. */
  private implicit(): boolean {
    const next = this.L[this.p];
    if (!next || !this.attached(this.p)) return true;
    const ok =
      (next.kind === "op" && next.s === "(") ||
      (next.kind === "word" && (FUNCTIONS.has(next.s) || CONSTANTS.has(next.s) || VARIABLE.test(next.s)));
    if (!ok) return true;
    const s = this.save();
    this.src += "*";
    if (this.operand(false)) return true;
    this.restore(s);
    return true;
  }

  /** The binary operator at p, as mathjs source, or null. */
  private operator(prevPlain: boolean): string | null {
    const lx = this.L[this.p];
    if (!lx) return null;
    if (lx.kind === "op" && BINARY.has(lx.s)) return lx.s;
    if (lx.kind === "op" && lx.s === ":") {
      // "3:4" and "3 : 4" are ratios; "Step 2: add" is a label.
      return this.attached(this.p) === this.attached(this.p + 1) ? "/" : null;
    }
    if (lx.kind === "word" && this.is(this.p + 1, "num") && !this.attached(this.p) && !this.attached(this.p + 1)) {
      if (lx.s === "to" && prevPlain) return "/";
      if (lx.s === "x") return "*";
    }
    return null;
  }

  /** operand (operator operand)*; stops before an operator with no operand after it. */
  expr(): boolean {
    if (!this.operand()) return false;
    for (;;) {
      const op = this.operator(this.plainNumber);
      if (op === null) return true;
      const s = this.save();
      const opLex = this.L[this.p]!;
      this.p++;
      this.src += op;
      if (!this.operand()) {
        this.restore(s);
        const last = this.nums[this.nums.length - 1];
        if (last && BINARY.has(opLex.s) && this.attached(this.p) && last.end === opLex.start) last.dangling = true;
        return true;
      }
    }
  }
}
