import { checkScalar } from "./check-scalar";
import { answerPart, stripWrappers } from "./normalize-input";
import { type Expr, parseMath, variablesOf } from "./parse-math";
import { gcd } from "./parse-number";
import type { ListSpec } from "./spec";
import { type CheckResult, partial, reason, reasonOf } from "./types";

const MATRIX_ENV = /\\begin\s*\{\s*([a-zA-Z]*matrix)\s*\}([\s\S]*?)\\end\s*\{\s*\1\s*\}/g;

/**
 * A matrix as typed, before normalizeInput (which turns line breaks into spaces and drops the
 * LaTeX matrix layout): a LaTeX matrix environment ("\begin{bmatrix} 1 & 2 \\ 3 & 4
 * \end{bmatrix}", also pmatrix, vmatrix, matrix) becomes "[[1, 2], [3, 4]]", and rows typed on
 * separate lines are joined with ";".
 */
export function matrixInput(raw: string): string {
  let s = raw.replace(/\$/g, " ").replace(/\\left(?![a-zA-Z])|\\right(?![a-zA-Z])/g, "");
  s = s.replace(MATRIX_ENV, (_m, _env: string, body: string) => {
    const rows = body
      .split(/\\\\/)
      .map((r) => r.trim())
      .filter(Boolean)
      .map(
        (r) =>
          `[${r
            .split("&")
            .map((c) => c.trim())
            .join(", ")}]`,
      );
    return `[${rows.join(", ")}]`;
  });
  const lines = s
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/[;,]$/, ""))
    .filter(Boolean);
  return lines.join("; ");
}

/** The index of the bracket closing the one at s[i], or -1. */
function closeAt(s: string, i: number): number {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const c = s[j]!;
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) {
      depth--;
      if (depth === 0) return j;
    }
  }
  return -1;
}

/** Splits s on the separator characters outside brackets. */
function splitTop(s: string, separators: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const c of s) {
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    if (depth === 0 && separators.includes(c)) {
      out.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  out.push(cur.trim());
  return out;
}

/** One enclosing pair of brackets removed ("[1, 2]" -> "1, 2"), if it spans the whole text. */
function unwrap(s: string): string {
  const t = s.trim();
  if (/^[([{]/.test(t) && closeAt(t, 0) === t.length - 1) return t.slice(1, -1).trim();
  return t;
}

/**
 * A row's cells: comma-separated, else space-separated ("1 -2 3"); an operator standing alone
 * between spaces joins its neighbours ("x + 1 2" is "x + 1" and "2").
 */
function cells(row: string): string[] {
  const r = unwrap(row);
  const byComma = splitTop(r, ",");
  if (byComma.length > 1) return byComma;
  const tokens: string[] = [];
  let cur = "";
  let depth = 0;
  for (const c of r) {
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    if (depth === 0 && c === " ") {
      if (cur) tokens.push(cur);
      cur = "";
    } else cur += c;
  }
  if (cur) tokens.push(cur);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out[out.length - 1];
    if (prev !== undefined && (/^[-+*/^]$/.test(t) || /[-+*/^]$/.test(prev) || /^[*/^]/.test(t)))
      out[out.length - 1] = `${prev} ${t}`;
    else out.push(t);
  }
  return out;
}

/** "[1, 2], [3, 4]" or "[1 2] [3 4]": the bracketed rows; null unless the text is only those. */
function bracketRows(body: string): string[] | null {
  if (!/^[([]/.test(body)) return null;
  const rows: string[] = [];
  let rest = body;
  while (rest) {
    if (!/^[([]/.test(rest)) return null;
    const end = closeAt(rest, 0);
    if (end < 0) return null;
    rows.push(rest.slice(0, end + 1));
    rest = rest.slice(end + 1).replace(/^\s*[,;]?\s*/, "");
  }
  return rows;
}

/**
 * The rows of a typed matrix (normalised input): "[[1, 2], [3, 4]]", "[(1, 2), (3, 4)]",
 * "[1 2; 3 4]", "1 2; 3 4", "1, 2; 3, 4". Null when it has no cells.
 */
export function readMatrix(normalized: string): string[][] | null {
  const s = stripWrappers(answerPart(normalized));
  if (!s) return null;
  const body = unwrap(s);
  const bracketed = bracketRows(body);
  let rows: string[];
  if (body.includes(";")) rows = splitTop(body, ";");
  else if (bracketed && (bracketed.length > 1 || body !== s)) rows = bracketed;
  else rows = [body];
  const grid = rows.filter((r) => r !== "").map(cells);
  if (grid.length === 0 || grid.every((r) => r.length === 0)) return null;
  return grid;
}

/** An exact fraction num/den (den > 0, lowest terms). */
export interface Ratio {
  num: number;
  den: number;
}

function ratio(num: number, den: number): Ratio | null {
  if (den === 0 || !Number.isSafeInteger(num) || !Number.isSafeInteger(den)) return null;
  const g = gcd(Math.abs(num), Math.abs(den)) || 1;
  const sign = den < 0 ? -1 : 1;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

export function multiplyRatios(a: Ratio, b: Ratio): Ratio | null {
  return ratio(a.num * b.num, a.den * b.den);
}

/** 1/r, or null for 0. */
export function invertRatio(r: Ratio): Ratio | null {
  return ratio(r.den, r.num);
}

export function addRatios(a: Ratio, b: Ratio): Ratio | null {
  return ratio(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** "-3/8", "2": how a ratio is typed. */
export function ratioText(r: Ratio): string {
  return r.den === 1 ? String(r.num) : `${r.num}/${r.den}`;
}

function exactRatio(e: Expr): Ratio | null {
  switch (e.t) {
    case "num": {
      // Short decimals only: pi and e are numbers too, and not fractions.
      const m = /^(\d+)(?:\.(\d{1,9}))?$/.exec(String(e.v));
      return m ? ratio(Number(`${m[1]}${m[2] ?? ""}`), 10 ** (m[2]?.length ?? 0)) : null;
    }
    case "neg": {
      const a = exactRatio(e.a);
      return a ? { num: -a.num, den: a.den } : null;
    }
    case "bin": {
      const a = exactRatio(e.a);
      const b = exactRatio(e.b);
      if (!a || !b) return null;
      if (e.op === "+") return addRatios(a, b);
      if (e.op === "-") return addRatios(a, { num: -b.num, den: b.den });
      if (e.op === "*") return multiplyRatios(a, b);
      if (e.op === "/") {
        const inverse = invertRatio(b);
        return inverse && multiplyRatios(a, inverse);
      }
      if (b.den !== 1 || Math.abs(b.num) > 12) return null;
      let out: Ratio | null = { num: 1, den: 1 };
      for (let i = 0; i < Math.abs(b.num) && out; i++) out = multiplyRatios(out, a);
      return out && b.num < 0 ? invertRatio(out) : out;
    }
    default:
      return null;
  }
}

/** The exact value of normalised maths made of numbers and + - * / ^ ("-1/8", "(-4/7)", "0.5"), or null. */
export function readRatio(normalized: string): Ratio | null {
  const e = parseMath(normalized);
  return e ? exactRatio(e) : null;
}

/** A number written before or after a bracketed matrix: "(-1/8)*[[1, -2], [-3, -2]]", "[[9, 2], [-1, 3]]/29". */
interface Scaled {
  /** The matrix, in brackets. */
  body: string;
  /** The factor as maths ("(-1/8)", "1/(29)") and as an exact fraction when it is one. */
  factor: string;
  exact: Ratio | null;
  /** How the student wrote it, with the matrix in place of "#". */
  shape: string;
}

/** The factor text when it is a constant number ("-" alone is -1); null for anything else. */
function constantFactor(text: string): string | null {
  const t = text.trim();
  if (t === "-") return "-1";
  const e = t ? parseMath(t) : null;
  return e && variablesOf(e).size === 0 && !/[[\]]/.test(t) ? t : null;
}

/**
 * "(-1/8)*[[1, -2], [-3, -2]]", "-1/8 [1 -2; -3 -2]", "3[[1, 2], [3, 4]]", "[[9, 2], [-1, 3]]/29",
 * "[[1, 2], [3, 4]]*3" (normalised; a LaTeX matrix is already "[[...]]"): a number times a
 * matrix in brackets. Null when there is no number or the matrix is not bracketed.
 */
function readScaled(core: string): Scaled | null {
  const s = core.trim();
  // The number before: the matrix is the last top-level "[" group, closing the text.
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "[" && depth === 0 && i > 0 && closeAt(s, i) === s.length - 1) {
      const before = s.slice(0, i).replace(/\s*\*\s*$/, "");
      const factor = constantFactor(before);
      if (!factor) return null;
      return { body: s.slice(i), factor: `(${factor})`, exact: readRatio(factor), shape: `${before.trim()} * #` };
    }
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
  }
  // The number after: "/ 29" or "* 3".
  if (!s.startsWith("[")) return null;
  const end = closeAt(s, 0);
  const after = end > 0 ? /^\s*([*/])\s*(.+)$/.exec(s.slice(end + 1)) : null;
  const factor = after ? constantFactor(after[2]!) : null;
  if (!after || !factor) return null;
  const value = readRatio(factor);
  const divide = after[1] === "/";
  if (divide && value?.num === 0) return null;
  return {
    body: s.slice(0, end + 1),
    factor: divide ? `1/(${factor})` : `(${factor})`,
    exact: value && divide ? invertRatio(value) : value,
    shape: `# ${after[1]} ${factor}`,
  };
}

/** Each entry times the factor: exactly when both are fractions ("-1/8"), else as a product. */
function scaleCell(scaled: Scaled, cell: string): { text: string; whole: boolean } {
  const c = scaled.exact ? readRatio(cell) : null;
  const product = c && scaled.exact ? multiplyRatios(scaled.exact, c) : null;
  if (product) return { text: ratioText(product), whole: product.den === 1 };
  return { text: `${scaled.factor}*(${cell})`, whole: false };
}

const FACTOR_BEFORE =
  /(?:\(\s*-?\s*\d+(?:\.\d+)?(?:\s*\/\s*-?\d+(?:\.\d+)?)?\s*\)|-?\d+(?:\.\d+)?(?:\s*\/\s*\d+(?:\.\d+)?)?|-)\s*\*?\s*$/;
const FACTOR_AFTER = /^\s*[*/]\s*(?:\(\s*-?\s*\d+(?:\.\d+)?\s*\)|-?\d+(?:\.\d+)?)/;

/**
 * The matrices stated in a text (normalised, LaTeX matrices already "[[...]]", see
 * matrixInput), each alone and with a number written before or after it ("-1/8 [[1, -2], [-3,
 * -2]]", "[[9, 2], [-1, 3]]/29"): what a tutor's words could give away.
 */
export function matricesIn(text: string): string[] {
  const out: string[] = [];
  for (let i = text.indexOf("["); i >= 0; ) {
    const end = closeAt(text, i);
    if (end < 0) break;
    if (/^\[\s*\[/.test(text.slice(i))) {
      const matrix = text.slice(i, end + 1);
      const before = FACTOR_BEFORE.exec(text.slice(Math.max(0, i - 30), i))?.[0] ?? "";
      const after = FACTOR_AFTER.exec(text.slice(end + 1))?.[0] ?? "";
      out.push(matrix);
      if (before) out.push(`${before}${matrix}`);
      if (after) out.push(`${matrix}${after}`);
    }
    i = text.indexOf("[", end + 1);
  }
  return out;
}

/** "[[1, 2], [3, 4]]": the rows in brackets, entries as given. */
export function matrixText(rows: string[][]): string {
  return `[${rows.map((r) => `[${r.join(", ")}]`).join(", ")}]`;
}

function transposeMatches(spec: ListSpec, grid: string[][], columns: number): boolean {
  const rowsWanted = spec.items.length / columns;
  if (grid.length !== columns || grid.some((r) => r.length !== rowsWanted)) return false;
  for (let i = 0; i < rowsWanted; i++)
    for (let j = 0; j < columns; j++)
      if (checkScalar(spec.items[i * columns + j]!, grid[j]![i]!).verdict !== "correct") return false;
  return true;
}

/**
 * A matrix answer (a list with notation "matrix", items row-major, `columns` per row). Every
 * entry right in its place is correct; the wrong shape (rows or columns) is incorrect, and so is
 * the transpose; some entries right is partial "parts".
 */
export function checkMatrix(spec: ListSpec, normalized: string): CheckResult {
  if (/\bor\b/.test(normalized)) return { verdict: "unparseable" };
  const columns = spec.columns ?? spec.items.length;
  const scaled = readScaled(stripWrappers(answerPart(normalized)));
  const typed = readMatrix(scaled ? scaled.body : normalized);
  if (!typed) return { verdict: "unparseable" };
  // A number times the matrix is checked entry by entry on the product.
  const products = scaled ? typed.map((row) => row.map((c) => scaleCell(scaled, c))) : null;
  const grid = products ? products.map((row) => row.map((c) => c.text)) : typed;
  const flat = grid.flat();
  const results = flat.map((c, k) => {
    const item = spec.items[Math.min(k, spec.items.length - 1)];
    return item ? checkScalar(item, c) : { verdict: "incorrect" as const };
  });
  if (results.every((r) => r.verdict === "unparseable")) return { verdict: "unparseable" };
  // The student's own entries (a factor stays outside, as written: "(-1/8) * [[1, -2], [-3, -2]]").
  const shown = matrixText(
    typed.map((row, i) =>
      row.map((c, j) => {
        const k = typed.slice(0, i).reduce((n, r) => n + r.length, 0) + j;
        return (scaled ? undefined : results[k]?.understood) ?? c;
      }),
    ),
  );
  const understood = scaled ? scaled.shape.replace("#", shown) : shown;
  const rowsWanted = spec.items.length / columns;
  const shapeOk = grid.length === rowsWanted && grid.every((r) => r.length === columns);
  if (!shapeOk) return { verdict: "incorrect", understood };
  const right = results.filter((r) => r.verdict === "correct").length;
  const partials = results.filter((r) => r.verdict === "partial");
  const n = spec.items.length;
  // A factor that leaves only whole numbers is multiplication still to do ("3 * [[1, 2], [3, 4]]");
  // one that leaves fractions is pulled out, as an inverse is written ("1/29 * [[9, 2], [-1, 3]]").
  if (right === n && products?.every((row) => row.every((c) => c.whole)))
    return partial(
      "simplify",
      reason("answers.multiplyIntoEntries", "equivalent, but multiply the number into each entry"),
      understood,
    );
  if (right === n) return { verdict: "correct", understood };
  if (rowsWanted === columns && transposeMatches(spec, grid, columns)) return { verdict: "incorrect", understood };
  if (right + partials.length === n) {
    const kinds = new Set(partials.map((r) => r.partialKind));
    const only = partials[0];
    const why = only ? reasonOf(only) : null;
    if (kinds.size === 1 && only?.partialKind && why) return partial(only.partialKind, why, understood);
    return partial(
      "parts",
      reason("answers.entriesNearlyRight", "every entry is nearly right; look at each one again"),
      understood,
    );
  }
  if (right > 0)
    return partial(
      "parts",
      reason("answers.entriesRight", `${right} of ${n} entries are right`, { right, total: n }),
      understood,
    );
  if (partials.length > 0)
    return partial(
      "parts",
      reason("answers.entriesClose", `0 of ${n} entries are fully right, but some are close`, { total: n }),
      understood,
    );
  return { verdict: "incorrect", understood };
}
