import { type MathNode, parse } from "mathjs";
import { displayName, FUNCTION_NAMES, splitLetterRun, VARIABLE_NAME } from "./math-names";
import { replaceNumberWords } from "./replace-number-words";

export type BinaryOp = "+" | "-" | "*" | "/" | "^";

/**
 * The small expression language the checker understands. mathjs is only used to parse; the
 * tree is converted to this whitelist and evaluated here, so no mathjs function, unit, matrix
 * or assignment can run on student input.
 */
export type Expr =
  | { t: "num"; v: number }
  | { t: "var"; name: string }
  | { t: "bin"; op: BinaryOp; a: Expr; b: Expr; implicit?: boolean }
  | { t: "neg"; a: Expr }
  | { t: "fn"; name: string; a: Expr };

const FUNCS: Record<string, (x: number) => number> = {
  sqrt: Math.sqrt,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  // School convention: log is base 10, ln is natural.
  log: Math.log10,
  ln: Math.log,
  exp: Math.exp,
  abs: Math.abs,
  asin: Math.asin,
  acos: Math.acos,
  atan: Math.atan,
  // arcsec(x) = arccos(1/x), arccsc(x) = arcsin(1/x) (|x| >= 1); arccot has two conventions: not read.
  asec: (x) => Math.acos(1 / x),
  acsc: (x) => Math.asin(1 / x),
  sec: (x) => 1 / Math.cos(x),
  csc: (x) => 1 / Math.sin(x),
  cot: (x) => 1 / Math.tan(x),
};
/**
 * An angle in degrees inside a trigonometric function ("cos(56°)"): a function node of its own,
 * so that it is shown as written. Produced only by reading "56°" / "56 degrees" / "56 deg" inside
 * such a function (markDegrees), never from a name a student types.
 */
export const DEGREES = "deg";
const DEGREES_CALL = "_deg";
/** The mark markDegrees leaves after a number of degrees inside a trigonometric function. */
export const DEGREE_SIGN = "\uE0DE";
/** The function names, longest first, for the rewriting regexes below. */
const FUNC_ALT = Object.keys(FUNCS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const MAX_NODES = 300;
const OPS: Record<string, BinaryOp> = { add: "+", subtract: "-", multiply: "*", divide: "/", pow: "^" };
/** Words mathjs would read as constants or keywords: never variables. */
const NOT_VARIABLES = new Set(["inf", "infinity", "undefined", "nan", "true", "false", "null", "mod", "to", "in"]);

const WORD_OPERATORS: [RegExp, string][] = [
  [/\bsquare root of\b/g, " sqrt "],
  [/\b(?:multiplied by|times)\b/g, " * "],
  [/\b(?:divided by|over)\b/g, " / "],
  [/\bplus\b/g, " + "],
  [/\bminus\b/g, " - "],
  [/\bsquared\b/g, "^2"],
  [/\bcubed\b/g, "^3"],
  [/\bto the power of\b/g, "^"],
];

/** A name with an optional subscript: "x", "theta", "x_1", "v_0". */
const NAME_RUN = /([a-z]+)(_(?:\d+|[a-z]+))?/g;
/** "sin x", "ln 2x", "sqrt x^2": a function applied without brackets to the next operand. */
const BARE_CALL = new RegExp(
  `(?<![a-z_])(${FUNC_ALT}) +((?=[\\d.a-z])(?:\\d+(?:\\.\\d+)?|\\.\\d+)?(?:[a-z]+(?:_[a-z0-9]+)?)?(?:\\^(?:\\d+|[a-z]+|\\([^()]*\\)))?)(?![\\w(.])`,
  "g",
);
/** "sqrt2", "6sqrt2", "cot2x": a function name (after a number or not) right before a number. */
const FUNC_BEFORE_NUMBER = new RegExp(`(?<![a-z_])(${FUNC_ALT})(?=[\\d.])`, "g");
/** "tan^-1", "tan^(-1)", "tan^((-1))" (LaTeX's "{tan}^{\\left(-1\\right)}"): the inverse function. */
const INVERSE_POWER =
  /(?<![a-z_])(sin|cos|tan|sec|csc)\s*\^\s*(?:\(\s*\(\s*-\s*1\s*\)\s*\)|\(\s*-\s*1\s*\)|-\s*1)(?![\d.])/g;
/** "sin^2(x)", "sin^2 x", "cos^3theta": a power written on the function, (sin(x))^2. */
const FUNCTION_POWER = new RegExp(`(?<![a-z_])(${FUNC_ALT})\\s*\\^\\s*(\\d+|\\(\\s*\\d+\\s*\\))\\s*`);
/** The operand of a function written without brackets: "x", "2x", "theta", "x_1". */
const BARE_OPERAND = /^(?:\d+(?:\.\d+)?|\.\d+)?(?:[a-z]+(?:_[a-z0-9]+)?)?/;
/** A letter run then digits, "m2", "x12": a subscripted name when that name is declared ("m_2"). */
const DIGIT_SUFFIX = /(?<![a-z_])([a-z]+)(\d+)(?![\d.])/g;

/** The index of the bracket closing the one at s[open], or -1. */
function closingBracket(s: string, open: number): number {
  let depth = 0;
  for (let j = open; j < s.length; j++) {
    if (s[j] === "(") depth++;
    else if (s[j] === ")" && --depth === 0) return j;
  }
  return -1;
}

/** "sin^2(x)" -> "(sin(x))^2", "cos^3theta" -> "(cos(theta))^3" (after names are split). */
function functionPowers(s: string): string {
  let out = s;
  for (let guard = 0; guard < 20; guard++) {
    const m = FUNCTION_POWER.exec(out);
    if (!m) break;
    const power = m[2]!.replace(/[()\s]/g, "");
    const start = m.index + m[0].length;
    let arg: string;
    let end: number;
    if (out[start] === "(") {
      const close = closingBracket(out, start);
      if (close < 0) break;
      arg = out.slice(start, close + 1);
      end = close + 1;
    } else {
      const bare = BARE_OPERAND.exec(out.slice(start))?.[0] ?? "";
      if (!bare) break;
      arg = `(${bare})`;
      end = start + bare.length;
    }
    out = `${out.slice(0, m.index)}(${m[1]}${arg})^${power}${out.slice(end)}`;
  }
  return out;
}

const TRIG = "sin|cos|tan|sec|csc|cot";
/** A power written on the function: "^2", "**2", "**(2)". */
const TRIG_POWER = String.raw`\s*(?:\^|\*\*)\s*(?:\d+|\(\s*\d+\s*\))`;
const DEGREE_MARK = String.raw`\s*(?:°|degrees?(?![a-z])|deg(?![a-z]))`;
/** "cos 56 degrees", "sin^2 30°": a trigonometric function of a number of degrees, without brackets. */
const BARE_DEGREES = new RegExp(
  String.raw`(?<![a-z_])(${TRIG})(${TRIG_POWER})?\s+(-?\s*(?:\d+(?:\.\d+)?|\.\d+))${DEGREE_MARK}`,
  "g",
);
/** "56 degrees", "56 deg", "56 °", "66.5°". */
const NUMBER_DEGREES = new RegExp(String.raw`(\d+(?:\.\d+)?|\.\d+)${DEGREE_MARK}`, "g");
/** A trigonometric function's opening bracket (not arcsin's). */
const TRIG_OPEN = new RegExp(String.raw`(?<![a-z_])(?:${TRIG})(?:${TRIG_POWER})?\s*\(`, "g");

/**
 * Angles in degrees inside a trigonometric function, in every spelling ("cos(56 degrees)",
 * "cos(56 deg)", "cos 56°", LaTeX's "56^\circ", read as "56 degrees") -> "cos(56°)". Outside
 * such a function "56 degrees" is left alone (a quantity with a unit, not maths). The mark is
 * DEGREE_SIGN, so that a "°" typed anywhere else stays unread.
 */
export function markDegrees(s: string): string {
  if (!/°|deg/.test(s)) return s;
  const bare = s.replace(BARE_DEGREES, (_m, f: string, p: string | undefined, n: string) => {
    return `${f}${p ?? ""}(${n.replace(/\s+/g, "")}${DEGREE_SIGN})`;
  });
  let out = "";
  let done = 0;
  for (const m of bare.matchAll(TRIG_OPEN)) {
    const open = m.index + m[0].length - 1;
    if (open < done) continue;
    const close = closingBracket(bare, open);
    if (close < 0) break;
    out += bare.slice(done, open) + bare.slice(open, close + 1).replace(NUMBER_DEGREES, `$1${DEGREE_SIGN}`);
    done = close + 1;
  }
  return out + bare.slice(done);
}

/**
 * Splits every run of letters into names (see splitLetterRun): "xy" -> "x*y", "2xtheta" ->
 * "2x*theta", "sinx" -> "sin x". A subscript stays with the name before it.
 */
function splitNames(s: string, declared: ReadonlySet<string>): string {
  return s.replace(NAME_RUN, (_m, run: string, sub: string | undefined) => {
    const parts = splitLetterRun(run, declared);
    let out = "";
    for (const [i, p] of parts.entries()) {
      if (i > 0) out += FUNCTION_NAMES.has(parts[i - 1]!) ? " " : "*";
      out += p;
    }
    return out + (sub ?? "");
  });
}

/**
 * Rewrites typed maths into mathjs syntax: word operators, number words, "**", thousands
 * separators, "|x|" as abs(x), "log_2 x" as a change of base, functions without brackets
 * ("sin x"), and implicit multiplication that mathjs would misread: "xy" (one symbol to mathjs)
 * becomes "x*y", and "x(x+1)" (a call of function x) becomes "x*(x+1)". Consequence: a
 * variable is one letter, a Greek letter's name ("theta") or a name the spec declares,
 * optionally subscripted ("x_1"); "e" is a variable, not Euler's number, and "pi" is the constant.
 */
export function toMathSyntax(s: string, declared: ReadonlySet<string> = new Set()): string {
  let out = rewriteMathWords(s)
    // Inverse trigonometric functions: "arccos", "cos^-1", "cos^{-1}" -> "acos".
    .replace(/(?<![a-z_])arc(sin|cos|tan|sec|csc)(?![a-z])/g, "a$1")
    .replace(/\((sin|cos|tan|sec|csc|cot|ln|log)\)(?=\s*\^)/g, "$1")
    .replace(INVERSE_POWER, "a$1")
    .replace(/\*\*/g, "^")
    // A mixed number "1 1/2" would otherwise parse as the product 1 * 1/2.
    .replace(/(?<![\d.])(\d+)\s+(\d+)\s*\/\s*(\d+)(?![\d.])/g, (m, w: string, n: string, d: string) =>
      Number(n) < Number(d) ? `(${w}+${n}/${d})` : m,
    )
    .replace(/(\d),(\d{3})(?!\d)/g, "$1$2")
    .replace(/\|([^|]+)\|/g, "abs($1)")
    // "(-1)^(n+1) 9^n": a bracket then a number is a product (mathjs reads ")9" but not ") 9").
    .replace(/\)\s+(?=\d)/g, ")*");
  // "m2" is m_2 when m_2 is declared ("cm2": c times m_2); otherwise the digits stay as typed.
  out = out.replace(DIGIT_SUFFIX, (m, run: string, digits: string) => {
    if (declared.has(`${run}_${digits}`)) return `${run}_${digits}`;
    const last = run.slice(-1);
    return run.length > 1 && declared.has(`${last}_${digits}`) ? `${run.slice(0, -1)} ${last}_${digits}` : m;
  });
  // "v_0t" is v_0 times t, not one name.
  out = splitNames(out.replace(/(_\d+)(?=[a-z])/g, "$1*"), declared)
    .replace(/\blog_(\d+(?:\.\d+)?|[a-z])\s*/g, "(1/ln($1))*ln ")
    .replace(/\bln +\(/g, "ln(");
  out = functionPowers(out)
    .replace(FUNC_BEFORE_NUMBER, "$1 ")
    .replace(BARE_CALL, "$1($2)")
    .replace(/\b([a-z]+(?:_[a-z0-9]+)?)\s*\(/g, (m, name: string) => (FUNCS[name] ? m : `${name}*(`))
    // Degrees marked inside a trigonometric function (markDegrees): "56°" -> "_deg(56)".
    .replace(new RegExp(String.raw`(\d+(?:\.\d+)?|\.\d+)${DEGREE_SIGN}`, "g"), `${DEGREES_CALL}($1)`);
  return out.replace(/\s+/g, " ").trim();
}

/** Word operators and number words to symbols: "two times x plus six" -> "2 * x + 6". */
export function rewriteMathWords(s: string): string {
  let out = s;
  for (const [re, to] of WORD_OPERATORS) out = out.replace(re, to);
  return markDegrees(replaceNumberWords(out));
}

class Reject extends Error {}

function convert(node: MathNode, budget: { n: number }): Expr {
  if (--budget.n < 0) throw new Reject("too large");
  const n = node as MathNode & Record<string, unknown>;
  switch (node.type) {
    case "ConstantNode": {
      const v = n.value;
      if (typeof v !== "number" || !Number.isFinite(v)) throw new Reject("constant");
      return { t: "num", v };
    }
    case "SymbolNode": {
      const name = String(n.name);
      if (name === "pi") return { t: "num", v: Math.PI };
      if (VARIABLE_NAME.test(name) && !FUNCS[name] && !NOT_VARIABLES.has(name)) return { t: "var", name };
      throw new Reject("symbol");
    }
    case "ParenthesisNode":
      return convert(n.content as MathNode, budget);
    case "OperatorNode": {
      const args = n.args as MathNode[];
      const fn = String(n.fn);
      if (fn === "unaryMinus" && args.length === 1) return { t: "neg", a: convert(args[0]!, budget) };
      if (fn === "unaryPlus" && args.length === 1) return convert(args[0]!, budget);
      const op = OPS[fn];
      if (!op || args.length !== 2) throw new Reject("operator");
      return {
        t: "bin",
        op,
        a: convert(args[0]!, budget),
        b: convert(args[1]!, budget),
        implicit: n.implicit === true,
      };
    }
    case "FunctionNode": {
      const fnNode = n.fn as MathNode & { name?: string };
      const args = n.args as MathNode[];
      const name = fnNode.type === "SymbolNode" ? String(fnNode.name) : "";
      if (name === DEGREES_CALL && args.length === 1) return { t: "fn", name: DEGREES, a: convert(args[0]!, budget) };
      if (!FUNCS[name] || args.length !== 1) throw new Reject("function");
      return { t: "fn", name, a: convert(args[0]!, budget) };
    }
    default:
      throw new Reject(node.type);
  }
}

/** Parses already-rewritten maths (see toMathSyntax); null for anything outside the whitelist. */
export function parseMathSyntax(src: string): Expr | null {
  if (!src || src.length > 500 || !/[0-9a-z]/.test(src)) return null;
  if (!/^[0-9a-z_+\-*/^().\s]+$/.test(src)) return null;
  try {
    return convert(parse(src), { n: MAX_NODES });
  } catch {
    return null;
  }
}

/** Rewrites then parses typed maths: "2x+6", "2(x+3)", "x squared minus 1". */
export function parseMath(typed: string, declared?: ReadonlySet<string>): Expr | null {
  return parseMathSyntax(toMathSyntax(typed, declared));
}

/** Evaluates with plain doubles; any non-finite intermediate makes the whole result NaN. */
export function evaluate(e: Expr, scope: Record<string, number>): number {
  let r: number;
  switch (e.t) {
    case "num":
      return e.v;
    case "var":
      return scope[e.name] ?? Number.NaN;
    case "neg":
      return -evaluate(e.a, scope);
    case "fn":
      r = e.name === DEGREES ? (evaluate(e.a, scope) * Math.PI) / 180 : FUNCS[e.name]!(evaluate(e.a, scope));
      break;
    case "bin": {
      const a = evaluate(e.a, scope);
      if (!Number.isFinite(a)) return Number.NaN;
      const b = evaluate(e.b, scope);
      if (!Number.isFinite(b)) return Number.NaN;
      if (e.op === "+") r = a + b;
      else if (e.op === "-") r = a - b;
      else if (e.op === "*") r = a * b;
      else if (e.op === "/") r = a / b;
      // Math.pow is O(1), so "9^9^9^9" just overflows to Infinity and is discarded below.
      else r = a ** b;
      break;
    }
  }
  return Number.isFinite(r) ? r : Number.NaN;
}

export function variablesOf(e: Expr, out: Set<string> = new Set()): Set<string> {
  if (e.t === "var") out.add(e.name);
  else if (e.t === "neg" || e.t === "fn") variablesOf(e.a, out);
  else if (e.t === "bin") {
    variablesOf(e.a, out);
    variablesOf(e.b, out);
  }
  return out;
}

/**
 * Whether "2x", "xy" or "x(x + 1)" can be written without "*" and still read back the same:
 * a bracket on the right, or a one-letter name on the right after a number, a bracket or another
 * one-letter name. "theta*r" and "v_0*t" keep the sign.
 */
function canJuxtapose(left: string, right: string): boolean {
  if (right.startsWith("(")) return true;
  const head = /^([a-z]+)(_[a-z0-9]+)?(\()?/.exec(right);
  if (!head) return false;
  const single = head[1]!.length === 1 && !head[2];
  const call = head[3] !== undefined && FUNCS[head[1]!] !== undefined;
  if (!single && !call) return false;
  return /\)$|(?:^|[^a-z_])[a-z]$|(?:^|[^a-z_0-9.])\d+(?:\.\d+)?$/.test(left);
}

/** Readable, stable rendering of a parsed expression ("2*x + 6" style, minimal parentheses). */
export function formatExpr(e: Expr, parentPrec = 0): string {
  const PREC: Record<BinaryOp, number> = { "+": 1, "-": 1, "*": 2, "/": 2, "^": 4 };
  switch (e.t) {
    case "num":
      return e.v === Math.PI ? "pi" : String(Number(e.v.toPrecision(12)));
    case "var":
      return displayName(e.name);
    case "neg": {
      const s = `-${formatExpr(e.a, 3)}`;
      return parentPrec > 1 ? `(${s})` : s;
    }
    case "fn":
      return e.name === DEGREES ? `${formatExpr(e.a, 4)}°` : `${e.name}(${formatExpr(e.a)})`;
    case "bin": {
      const p = PREC[e.op];
      // A quotient times a name or bracket is bracketed: "(pi/2)t", since "pi/2t" reads as pi/(2t).
      const q = e.op === "*" && e.implicit === true && e.a.t === "bin" && e.a.op === "/" ? e.a : null;
      // "((-1)/3)x" reads better as "(-1/3)x", the same value.
      const quotient = q?.a.t === "neg" ? `-${formatExpr(q.a.a, 3)}/${formatExpr(q.b, 3)}` : q && formatExpr(q);
      const left = quotient ? `(${quotient})` : formatExpr(e.a, e.op === "^" ? p + 1 : p);
      const right = formatExpr(e.b, e.op === "-" || e.op === "/" ? p + 1 : e.op === "^" ? p : p);
      const s =
        e.op === "*" && e.implicit
          ? `${left}${canJuxtapose(left, right) ? "" : "*"}${right}`
          : e.op === "^" || e.op === "*" || e.op === "/"
            ? `${left}${e.op}${right}`
            : `${left} ${e.op} ${right}`;
      return p < parentPrec ? `(${s})` : s;
    }
  }
}
