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
 * Evaluates both expressions at up to 8 pseudo-random points with every variable in
 * ±[0.25, 3] (avoiding 0 and integers, where different polynomials coincide more often).
 * Points where either side is non-finite (division by zero, sqrt of a negative, overflow such
 * as 9^9^9^9) are skipped; fewer than 4 usable points means "cannot tell", i.e. not equal.
 */
function sampleBoth(a: Expr, b: Expr): [number, number][] | null {
  const vars = [...new Set([...variablesOf(a), ...variablesOf(b)])].sort();
  const rand = prng(0x5eed1234 + vars.length);
  const out: [number, number][] = [];
  for (let i = 0; i < MAX_TRIES && out.length < WANTED_POINTS; i++) {
    const scope: Record<string, number> = {};
    for (const v of vars) scope[v] = (rand() < 0.5 ? -1 : 1) * (0.25 + 2.75 * rand());
    const x = evaluate(a, scope);
    const y = evaluate(b, scope);
    if (Number.isFinite(x) && Number.isFinite(y)) out.push([x, y]);
  }
  return out.length >= MIN_POINTS ? out : null;
}

function close(x: number, y: number, rel: number): boolean {
  return Math.abs(x - y) <= rel * Math.max(1, Math.abs(x), Math.abs(y));
}

/** Equal as functions (relative tolerance 1e-9 at every sampled point). */
export function equivalentExpr(a: Expr, b: Expr): boolean {
  const pts = sampleBoth(a, b);
  return pts ? pts.every(([x, y]) => close(x, y, 1e-9)) : false;
}

/**
 * g = k·f for one nonzero constant k: the same equation after rearranging or scaling both sides
 * ("y = 2x + 1" vs "2x - y = -1"). Ratios amplify rounding, so they are compared at 1e-8.
 */
export function proportionalExpr(f: Expr, g: Expr): boolean {
  const pts = sampleBoth(f, g);
  if (!pts) return false;
  let k: number | null = null;
  for (const [x, y] of pts) {
    if (Math.abs(x) < 1e-9) {
      if (Math.abs(y) > 1e-9) return false;
      continue;
    }
    const r = y / x;
    if (k === null) {
      if (Math.abs(r) < 1e-12) return false;
      k = r;
    } else if (!close(r, k, 1e-8)) return false;
  }
  return k !== null;
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
