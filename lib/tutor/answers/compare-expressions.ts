import { evaluateComplex } from "./evaluate-complex";
import { type Expr, evaluate, variablesOf } from "./parse-math";

/** mulberry32: a tiny seeded PRNG so the same inputs always get the same verdict. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WANTED_POINTS = 8;
const MAX_TRIES = 40;
const MIN_POINTS = 4;

/**
 * The size of the terms an expression adds up at a point: |a| + |b| for a sum or difference,
 * products of sizes, the value itself elsewhere. Float noise scales with this, not with the
 * result: "x^2 - 1" near x = 1 is tiny but carries noise of order 1, while "7.91*10^-7" is
 * tiny and carries noise of order 1e-22.
 */
function termSize(e: Expr, scope: Record<string, number>): number {
  switch (e.t) {
    case "num":
      return Math.abs(e.v);
    case "var":
      return Math.abs(scope[e.name] ?? Number.NaN);
    case "neg":
      return termSize(e.a, scope);
    case "fn":
      return Math.abs(evaluate(e, scope));
    case "bin":
      if (e.op === "+" || e.op === "-") return termSize(e.a, scope) + termSize(e.b, scope);
      if (e.op === "*") return termSize(e.a, scope) * termSize(e.b, scope);
      if (e.op === "/") return termSize(e.a, scope) / Math.abs(evaluate(e.b, scope));
      return Math.abs(evaluate(e, scope));
  }
}

interface Sample {
  x: number;
  y: number;
  /** The scale float noise is relative to (see termSize). */
  size: number;
}

/**
 * Where variables are drawn from, in order: magnitudes [0.25, 3], then [0.25, 30], [0.25, 300]
 * and [0.01, 0.5] of either sign, then whole numbers 1 to 20. A later range is used only while
 * fewer than 4 points have been found where both sides are real: "sqrt(x - 6)" is real only for
 * x >= 6, "arccos(2t)" only for |t| <= 1/2, "(-1)^n" only at whole n.
 */
const RANGES: { min: number; max: number; whole: boolean }[] = [
  { min: 0.25, max: 3, whole: false },
  { min: 0.25, max: 30, whole: false },
  { min: 0.25, max: 300, whole: false },
  { min: 0.01, max: 0.5, whole: false },
  { min: 1, max: 20, whole: true },
];

function draw(rand: () => number, range: { min: number; max: number; whole: boolean }): number {
  if (range.whole) return range.min + Math.floor(rand() * (range.max - range.min + 1));
  return (rand() < 0.5 ? -1 : 1) * (range.min + (range.max - range.min) * rand());
}

/**
 * Evaluates both expressions at up to 8 pseudo-random points with every variable in
 * ±[0.25, 3] (avoiding 0 and integers, where different polynomials coincide more often).
 * Points where either side is non-finite (division by zero, sqrt of a negative, overflow such
 * as 9^9^9^9) are skipped: the sides are compared where both are real. Too few such points
 * tries the wider ranges above (RANGES); fewer than 4 in all means "cannot tell", i.e. not equal.
 */
function sampleBoth(a: Expr, b: Expr): Sample[] | null {
  const vars = [...new Set([...variablesOf(a), ...variablesOf(b)])].sort();
  const rand = prng(0x5eed1234 + vars.length);
  const out: Sample[] = [];
  for (const range of RANGES) {
    if (out.length >= MIN_POINTS) break;
    for (let i = 0; i < MAX_TRIES && out.length < WANTED_POINTS; i++) {
      const scope: Record<string, number> = {};
      for (const v of vars) scope[v] = draw(rand, range);
      const x = evaluate(a, scope);
      const y = evaluate(b, scope);
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      const size = Math.max(Math.abs(x), Math.abs(y), termSize(a, scope) || 0, termSize(b, scope) || 0);
      out.push({ x, y, size: Number.isFinite(size) ? size : Math.max(Math.abs(x), Math.abs(y)) });
    }
    // Constants need no second range.
    if (vars.length === 0) break;
  }
  return out.length >= MIN_POINTS ? out : null;
}

function close(x: number, y: number, rel: number, size = Math.max(1, Math.abs(x), Math.abs(y))): boolean {
  return Math.abs(x - y) <= rel * size;
}

/** Equal as functions (relative tolerance 1e-9 of the terms' size at every sampled point). */
export function equivalentExpr(a: Expr, b: Expr): boolean {
  const pts = sampleBoth(a, b);
  return pts ? pts.every((p) => close(p.x, p.y, 1e-9, p.size)) : false;
}

/**
 * a - b as one constant (the same at every sampled point), or null: "tan(t)^2/2" and "sec(t)^2/2" differ
 * by 1/2, so both are antiderivatives of one function.
 */
export function constantDifference(a: Expr, b: Expr): number | null {
  const pts = sampleBoth(a, b);
  if (!pts) return null;
  const d0 = pts[0]!.x - pts[0]!.y;
  return pts.every((p) => close(p.x - p.y, d0, 1e-9, Math.max(1, p.size))) ? d0 : null;
}

/**
 * Equal as complex functions, with `unit` (normally "i") the imaginary unit and every other
 * variable real, drawn as in sampleBoth: "sqrt(-196)" and "14i", "(2 + i)^2" and "3 + 4i".
 */
export function equivalentComplex(a: Expr, b: Expr, unit = "i"): boolean {
  const vars = [...new Set([...variablesOf(a), ...variablesOf(b)])].filter((v) => v !== unit).sort();
  const rand = prng(0x5eed1234 + vars.length);
  let found = 0;
  for (const range of RANGES) {
    if (found >= MIN_POINTS) break;
    for (let i = 0; i < MAX_TRIES && found < WANTED_POINTS; i++) {
      const scope: Record<string, number> = {};
      for (const v of vars) scope[v] = draw(rand, range);
      const x = evaluateComplex(a, scope, unit);
      const y = evaluateComplex(b, scope, unit);
      if (![x.re, x.im, y.re, y.im].every(Number.isFinite)) continue;
      const size = Math.max(1, Math.hypot(x.re, x.im), Math.hypot(y.re, y.im));
      if (Math.hypot(x.re - y.re, x.im - y.im) > 1e-9 * size) return false;
      found++;
    }
    if (vars.length === 0) break;
  }
  return found >= MIN_POINTS;
}

/**
 * Equal to within rounding at `decimals` places: "1.414" for sqrt(2), "0.33x" for x/3. The
 * allowance is one unit in the last place, relative to the values' size (at least 1).
 */
export function approximatelyEquivalent(a: Expr, b: Expr, decimals: number): boolean {
  const pts = sampleBoth(a, b);
  const unit = 10 ** -decimals;
  return pts ? pts.every((p) => Math.abs(p.x - p.y) <= unit * Math.max(1, Math.abs(p.x)) + 1e-12) : false;
}

/**
 * g = k·f for one nonzero constant k: the same equation after rearranging or scaling both sides
 * ("y = 2x + 1" vs "2x - y = -1"). Ratios amplify rounding, so they are compared at 1e-8.
 */
export function proportionalExpr(f: Expr, g: Expr): boolean {
  return proportionalFactor(f, g) !== null;
}

/** The constant k with g = k·f (see proportionalExpr), or null when there is none. */
export function proportionalFactor(f: Expr, g: Expr): number | null {
  const pts = sampleBoth(f, g);
  if (!pts) return null;
  let k: number | null = null;
  for (const { x, y } of pts) {
    if (Math.abs(x) < 1e-9) {
      if (Math.abs(y) > 1e-9) return null;
      continue;
    }
    const r = y / x;
    if (k === null) {
      if (Math.abs(r) < 1e-12) return null;
      k = r;
    } else if (!close(r, k, 1e-8)) return null;
  }
  return k;
}

function isSumWithVariable(e: Expr): boolean {
  if (e.t === "neg") return isSumWithVariable(e.a);
  return e.t === "bin" && (e.op === "+" || e.op === "-") && variablesOf(e).size > 0;
}

/** Expanded: no sum containing a variable is multiplied, raised to a power, or negated. */
export function isExpanded(e: Expr): boolean {
  switch (e.t) {
    case "num":
    case "var":
      return true;
    case "neg":
      return !isSumWithVariable(e.a) && isExpanded(e.a);
    case "fn":
      return isExpanded(e.a);
    case "bin":
      if (e.op === "*" && (isSumWithVariable(e.a) || isSumWithVariable(e.b))) return false;
      if (e.op === "^" && isSumWithVariable(e.a)) return false;
      return isExpanded(e.a) && isExpanded(e.b);
  }
}

/** The terms of a sum, with their signs dropped: "4x + 2x - 6" -> 4x, 2x, 6. */
function termsOf(e: Expr): Expr[] {
  if (e.t === "neg") return termsOf(e.a);
  if (e.t === "bin" && (e.op === "+" || e.op === "-")) return [...termsOf(e.a), ...termsOf(e.b)];
  return [e];
}

/**
 * What a term is a multiple of, its numbers dropped: "4x" and "x*2" -> "x^1", "3x^2y/2" ->
 * "x^2*y^1", "7" -> "" (a constant). Anything else (a function, a bracket) counts as written.
 */
function termKind(term: Expr): string {
  const powers = new Map<string, number>();
  const opaque: string[] = [];
  const walk = (f: Expr, sign: number): void => {
    if (f.t === "num") return;
    if (f.t === "neg") {
      walk(f.a, sign);
      return;
    }
    if (f.t === "var") {
      powers.set(f.name, (powers.get(f.name) ?? 0) + sign);
      return;
    }
    if (f.t === "bin" && f.op === "*") {
      walk(f.a, sign);
      walk(f.b, sign);
      return;
    }
    if (f.t === "bin" && f.op === "/") {
      walk(f.a, sign);
      walk(f.b, -sign);
      return;
    }
    if (f.t === "bin" && f.op === "^" && f.a.t === "var" && f.b.t === "num") {
      powers.set(f.a.name, (powers.get(f.a.name) ?? 0) + sign * f.b.v);
      return;
    }
    opaque.push(`${sign < 0 ? "/" : ""}${JSON.stringify(f)}`);
  };
  walk(term, 1);
  const vars = [...powers].filter(([, p]) => p !== 0).map(([v, p]) => `${v}^${p}`);
  return [...vars, ...opaque].sort().join("*");
}

/**
 * Like terms left uncombined: two terms of a sum that are multiples of the same thing ("4x +
 * 2x + 6", "x^2 + 3 + 5", "2xy + yx"). "6x + 6" and "x^2 + x" have none.
 */
export function hasLikeTerms(e: Expr): boolean {
  const kinds = termsOf(e).map(termKind);
  return new Set(kinds).size < kinds.length;
}

function factorsOf(e: Expr): Expr[] {
  return e.t === "bin" && e.op === "*" ? [...factorsOf(e.a), ...factorsOf(e.b)] : [e];
}

/**
 * Factored: at top level (ignoring an overall minus or a division by something) a product or
 * power in which some factor is a sum containing a variable: "2(x+3)", "(x-1)(x+1)", "(x+1)^2".
 */
export function isFactored(e: Expr): boolean {
  if (e.t === "neg") return isFactored(e.a);
  if (e.t !== "bin") return false;
  if (e.op === "/") return isFactored(e.a);
  if (e.op === "^") return isSumWithVariable(e.a);
  if (e.op !== "*") return false;
  return factorsOf(e).some((f) => isSumWithVariable(f) || (f.t === "bin" && f.op === "^" && isSumWithVariable(f.a)));
}
