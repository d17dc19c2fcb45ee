import { type Expr, evaluate, formatExpr, parseMath, variablesOf } from "./parse-math";
import { formatNumber, toSimpleFraction } from "./parse-number";

/** Comparison operators, as normalizeInput leaves them ("≤" -> "<="). */
export type Op = "<" | "<=" | ">" | ">=" | "=" | "!=";

/** A chain of comparisons: "x > 3" is sides [x, 3], ops [">"]; "2 <= x < 5" has three sides. */
export interface Relation {
  sides: Expr[];
  ops: Op[];
}

/** One end of an interval: its value (±Infinity allowed), whether it is included, how to show it. */
export interface End {
  value: number;
  closed: boolean;
  text: string;
}

/** A set of real numbers between two ends; `closedInfinity` records "[-inf, 3]" as written. */
export interface Interval {
  lo: End;
  hi: End;
  closedInfinity?: boolean;
}

const OP_RE = /(<=|>=|=<|=>|!=|<|>|=)/;
const OP_ALIASES: Record<string, Op> = { "=<": "<=", "=>": ">=" };

/** Words for the comparison signs: "x is greater than or equal to 3" -> "x >= 3". */
export function symbolizeComparisons(s: string): string {
  return s
    .replace(/\b(?:is\s+)?(?:less than or equal to|smaller than or equal to|at most|no more than)\b/g, " <= ")
    .replace(
      /\b(?:is\s+)?(?:greater than or equal to|bigger than or equal to|more than or equal to|at least|no less than)\b/g,
      " >= ",
    )
    .replace(/\b(?:is\s+)?(?:less than|smaller than|below)\b/g, " < ")
    .replace(/\b(?:is\s+)?(?:greater than|bigger than|more than|above)\b/g, " > ")
    .replace(/\s+/g, " ")
    .trim();
}

/** "infinity", "inf", "oo", "+inf", "-infinity": the infinite end's sign, or 0 when not infinite. */
function infinitySign(s: string): number {
  const m = /^([+-]?)\s*(?:infinity|infinite|inf|oo)$/.exec(s.trim());
  if (!m) return 0;
  return m[1] === "-" ? -1 : 1;
}

function constant(s: string, declared: ReadonlySet<string>): { value: number; text: string } | null {
  const inf = infinitySign(s);
  if (inf) return { value: inf * Number.POSITIVE_INFINITY, text: inf < 0 ? "-∞" : "∞" };
  const e = parseMath(s, declared);
  if (!e || variablesOf(e).size > 0) return null;
  const value = evaluate(e, {});
  return Number.isFinite(value) ? { value, text: endText(e, value) } : null;
}

/** "3", "-1/2" (a fraction stays a fraction), "sqrt(2)". */
function endText(e: Expr, value: number): string {
  const plain = e.t === "num" || (e.t === "neg" && e.a.t === "num");
  if (plain) return formatNumber(value);
  const f = toSimpleFraction(value, 100);
  if (f) return f.den === 1 ? formatNumber(f.num) : `${f.num}/${f.den}`;
  return formatExpr(e);
}

/**
 * Interval notation: "[2, 5)", "(-inf, 3]", "(-∞, 3]" and the ISO "]2, 5]". Null for anything
 * else, or when the ends are not constants in increasing order.
 */
export function parseInterval(text: string, declared: ReadonlySet<string> = new Set()): Interval | null {
  const m = /^\s*([[(\]])\s*([^,;]+?)\s*[,;]\s*([^,;]+?)\s*([\])[])\s*$/.exec(text);
  if (!m) return null;
  const a = constant(m[2]!, declared);
  const b = constant(m[3]!, declared);
  if (!a || !b || !(a.value < b.value)) return null;
  const loClosed = m[1] === "[";
  const hiClosed = m[4] === "]";
  const closedInfinity = (loClosed && a.value === Number.NEGATIVE_INFINITY) || (hiClosed && b.value === Infinity);
  return {
    lo: { ...a, closed: loClosed && Number.isFinite(a.value) },
    hi: { ...b, closed: hiClosed && Number.isFinite(b.value) },
    closedInfinity,
  };
}

/** "x > 3", "2 <= x < 5", "y >= 2x + 1": sides and comparison signs; null unless every side parses. */
export function parseRelation(text: string, declared: ReadonlySet<string> = new Set()): Relation | null {
  const parts = text.split(OP_RE).map((p) => p.trim());
  if (parts.length < 3 || parts.length > 7) return null;
  const sides: Expr[] = [];
  const ops: Op[] = [];
  for (const [i, p] of parts.entries()) {
    if (i % 2 === 1) ops.push(OP_ALIASES[p] ?? (p as Op));
    else {
      const e = p ? parseMath(p, declared) : null;
      if (!e) return null;
      sides.push(e);
    }
  }
  return { sides, ops };
}

const FLIP: Record<Op, Op> = { "<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "=", "!=": "!=" };

/** The values of `v` with `v op c`, as an interval; null for "=" and "!=". */
function ray(op: Op, c: { value: number; text: string }): Interval | null {
  const inf = { value: Number.POSITIVE_INFINITY, closed: false, text: "∞" };
  const negInf = { value: Number.NEGATIVE_INFINITY, closed: false, text: "-∞" };
  if (op === "<" || op === "<=") return { lo: negInf, hi: { ...c, closed: op === "<=" } };
  if (op === ">" || op === ">=") return { lo: { ...c, closed: op === ">=" }, hi: inf };
  return null;
}

/**
 * `lhs op rhs` in the one variable `v` as an interval. Solved when one side is `v` alone and the
 * other a constant; otherwise a linear relation ("2x + 1 > 7") is solved here and marked unsolved.
 */
function pairToInterval(lhs: Expr, op: Op, rhs: Expr, v: string): { interval: Interval; solved: boolean } | null {
  for (const [a, b, o] of [
    [lhs, rhs, op],
    [rhs, lhs, FLIP[op]],
  ] as const) {
    if (a.t === "var" && a.name === v && variablesOf(b).size === 0) {
      const value = evaluate(b, {});
      const interval = Number.isFinite(value) ? ray(o, { value, text: endText(b, value) }) : null;
      return interval ? { interval, solved: true } : null;
    }
  }
  // f(v) = lhs - rhs; linear when f(v) = k*v + f(0) at a few points.
  const f = (x: number) => evaluate(lhs, { [v]: x }) - evaluate(rhs, { [v]: x });
  const f0 = f(0);
  const k = f(1) - f0;
  if (!Number.isFinite(f0) || !Number.isFinite(k) || Math.abs(k) < 1e-12) return null;
  for (const x of [-2.7, 0.37, 3.9]) {
    if (Math.abs(f(x) - (k * x + f0)) > 1e-9 * Math.max(1, Math.abs(f(x)))) return null;
  }
  const root = Number((-f0 / k).toPrecision(12));
  const interval = ray(k > 0 ? op : FLIP[op], { value: root, text: formatNumber(root) });
  return interval ? { interval, solved: false } : null;
}

/** The values in both intervals, or null when they do not overlap. */
export function intersect(a: Interval, b: Interval): Interval | null {
  const lo = a.lo.value > b.lo.value || (a.lo.value === b.lo.value && !a.lo.closed) ? a.lo : b.lo;
  const hi = a.hi.value < b.hi.value || (a.hi.value === b.hi.value && !a.hi.closed) ? a.hi : b.hi;
  return lo.value < hi.value ? { lo, hi } : null;
}

/**
 * A one-variable relation (or chain) as the interval of values it allows, and whether it is
 * written solved ("x > 3", "3 < x", "-2 <= x < 5"). Null when it is not one interval.
 */
export function relationToInterval(rel: Relation, v: string): { interval: Interval; solved: boolean } | null {
  const vars = new Set(rel.sides.flatMap((s) => [...variablesOf(s)]));
  if (vars.size !== 1 || !vars.has(v)) return null;
  let out: Interval | null = null;
  let solved = true;
  for (const [i, op] of rel.ops.entries()) {
    const piece = pairToInterval(rel.sides[i]!, op, rel.sides[i + 1]!, v);
    if (!piece) return null;
    solved &&= piece.solved;
    out = out ? intersect(out, piece.interval) : piece.interval;
    if (!out) return null;
  }
  // A chain is solved only as "a < x < b" with x in the middle.
  if (rel.ops.length > 1) solved &&= rel.sides.length === 3 && rel.sides[1]!.t === "var";
  return out ? { interval: out, solved } : null;
}

export function intervalText(i: Interval): string {
  return `${i.lo.closed ? "[" : "("}${i.lo.text}, ${i.hi.text}${i.hi.closed ? "]" : ")"}`;
}

/** "2 ≤ x < 5", "x > 3", "x ≤ -1". */
export function inequalityText(i: Interval, v: string): string {
  const lo = Number.isFinite(i.lo.value);
  const hi = Number.isFinite(i.hi.value);
  const le = (closed: boolean) => (closed ? "≤" : "<");
  if (lo && hi) return `${i.lo.text} ${le(i.lo.closed)} ${v} ${le(i.hi.closed)} ${i.hi.text}`;
  if (lo) return `${v} ${i.lo.closed ? "≥" : ">"} ${i.lo.text}`;
  if (hi) return `${v} ${le(i.hi.closed)} ${i.hi.text}`;
  return `${v} is any number`;
}
