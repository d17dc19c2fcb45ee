import { checkScalar } from "./check-scalar";
import { answerPart, stripWrappers } from "./normalize-input";
import type { ListSpec } from "./spec";
import { type CheckResult, partial } from "./types";

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
  const grid = readMatrix(normalized);
  if (!grid) return { verdict: "unparseable" };
  const flat = grid.flat();
  const results = flat.map((c, k) => {
    const item = spec.items[Math.min(k, spec.items.length - 1)];
    return item ? checkScalar(item, c) : { verdict: "incorrect" as const };
  });
  if (results.every((r) => r.verdict === "unparseable")) return { verdict: "unparseable" };
  const understood = matrixText(
    grid.map((row, i) =>
      row.map((c, j) => {
        const k = grid.slice(0, i).reduce((n, r) => n + r.length, 0) + j;
        return results[k]?.understood ?? c;
      }),
    ),
  );
  const rowsWanted = spec.items.length / columns;
  const shapeOk = grid.length === rowsWanted && grid.every((r) => r.length === columns);
  if (!shapeOk) return { verdict: "incorrect", understood };
  const right = results.filter((r) => r.verdict === "correct").length;
  const partials = results.filter((r) => r.verdict === "partial");
  const n = spec.items.length;
  if (right === n) return { verdict: "correct", understood };
  if (rowsWanted === columns && transposeMatches(spec, grid, columns)) return { verdict: "incorrect", understood };
  if (right + partials.length === n) {
    const kinds = new Set(partials.map((r) => r.partialKind));
    const only = partials[0];
    if (kinds.size === 1 && only?.partialKind && only.reason) return partial(only.partialKind, only.reason, understood);
    return partial("parts", "every entry is nearly right; look at each one again", understood);
  }
  if (right > 0) return partial("parts", `${right} of ${n} entries are right`, understood);
  if (partials.length > 0) return partial("parts", `0 of ${n} entries are fully right, but some are close`, understood);
  return { verdict: "incorrect", understood };
}
