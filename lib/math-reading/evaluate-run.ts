import { type MathNode, parse } from "mathjs";

const FUNCTIONS: Record<string, (...x: number[]) => number> = {
  pct: (x) => x / 100,
  sqrt: Math.sqrt,
  cbrt: Math.cbrt,
  abs: Math.abs,
  exp: Math.exp,
  // In school maths "log" is base 10 unless a base is given: log(8, 2).
  log: (x, b) => (b === undefined ? Math.log10(x) : Math.log(x) / Math.log(b)),
  ln: Math.log,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  nthroot: (x, n) => (n === undefined ? Number.NaN : x < 0 && n % 2 === 1 ? -((-x) ** (1 / n)) : x ** (1 / n)),
};
const BINARY: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  pow: (a, b) => a ** b,
};
const MAX_SOURCE = 600;
const MAX_CACHE = 2000;
const cache = new Map<string, number[] | null>();

/** Post-order walk: pushes every constant subtree's value; returns the node's value or null. */
function walk(node: MathNode, out: number[]): number | null {
  const n = node as MathNode & Record<string, unknown>;
  switch (node.type) {
    case "ConstantNode": {
      const v = n.value;
      if (typeof v !== "number" || !Number.isFinite(v)) return null;
      out.push(v);
      return v;
    }
    case "SymbolNode":
      return n.name === "pi" ? Math.PI : null;
    case "ParenthesisNode":
      return walk(n.content as MathNode, out);
    case "OperatorNode": {
      const args = n.args as MathNode[];
      const fn = String(n.fn);
      if (fn === "unaryMinus" && args.length === 1) {
        const a = args[0]!;
        // "-2" is one literal, not 2 and then -2.
        if (a.type === "ConstantNode" && typeof (a as MathNode & { value: unknown }).value === "number") {
          const v = -((a as MathNode & { value: number }).value as number);
          out.push(v);
          return v;
        }
        const r = walk(a, out);
        if (r === null) return null;
        out.push(-r);
        return -r;
      }
      if (fn === "unaryPlus" && args.length === 1) return walk(args[0]!, out);
      const root = fn === "pow" ? rootIndex(args[1]!) : null;
      if (root) {
        // "x^(1/3)" (how latexToPlain writes \sqrt[3]{x}) states x, 3 and the root, not 1 or 1/3.
        const a = walk(args[0]!, out);
        const k = walk(root, out);
        if (a === null || k === null) return null;
        return finite(FUNCTIONS.nthroot!(a, k), out);
      }
      const op = BINARY[fn];
      if (!op || args.length !== 2) return null;
      const a = walk(args[0]!, out);
      const b = walk(args[1]!, out);
      if (a === null || b === null) return null;
      return finite(op(a, b), out);
    }
    case "FunctionNode": {
      const name = String((n.fn as { name?: string }).name ?? "");
      const f = FUNCTIONS[name];
      const vals = (n.args as MathNode[]).map((a) => walk(a, out));
      if (!f || vals.some((v) => v === null)) return null;
      return finite(f(...(vals as number[])), out);
    }
    default:
      return null;
  }
}

/** The n of an exponent written "(1/n)", or null. */
function rootIndex(node: MathNode): MathNode | null {
  if (node.type !== "ParenthesisNode") return null;
  const inner = (node as MathNode & { content: MathNode }).content as MathNode & Record<string, unknown>;
  if (inner.type !== "OperatorNode" || inner.fn !== "divide") return null;
  const [one, n] = inner.args as MathNode[];
  const isOne = one?.type === "ConstantNode" && (one as MathNode & { value: unknown }).value === 1;
  return isOne && n ? n : null;
}

function finite(v: number, out: number[]): number | null {
  if (!Number.isFinite(v)) return null;
  out.push(v);
  return v;
}

/**
 * The value of every constant sub-expression of a run's mathjs source, innermost first and
 * the whole last ("1-3/8" -> 1, 3, 8, 0.375, 0.625; "pct(25)" -> 25, 0.25). Null when mathjs
 * cannot parse it. Results are cached: the same runs recur across turns.
 */
export function evaluateRun(source: string): number[] | null {
  if (/^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/.test(source)) return [Number(source)];
  const hit = cache.get(source);
  if (hit !== undefined) return hit ? [...hit] : null;
  let values: number[] | null = null;
  if (source.length <= MAX_SOURCE) {
    try {
      values = [];
      walk(parse(source), values);
    } catch {
      values = null;
    }
  }
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(source, values);
  return values ? [...values] : null;
}
