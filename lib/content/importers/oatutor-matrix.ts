import {
  addRatios,
  invertRatio,
  multiplyRatios,
  type Ratio,
  ratioText,
  readRatio,
} from "@/lib/tutor/answers/check-matrix";
import { normalizeInput } from "@/lib/tutor/answers/normalize-input";
import { isRejection, type Rejection, reject } from "./oatutor-latex";
import { mathSpec, type OatutorQuestion, type Scalar, type Spec, selfChecks } from "./oatutor-math";

const MATRIX = /^\\begin\{([bpv]?matrix)\}([\s\S]*?)\\end\{\1\}$/;
const ENV = String.raw`\\begin\{[bpv]?matrix\}[\s\S]*?\\end\{[bpv]?matrix\}`;
/** A number before the matrix: "(-1/8)*\begin{bmatrix}…", "(-4/7)\begin{bmatrix}…", "\frac{1}{2}\begin{bmatrix}…". */
const FACTOR_BEFORE = new RegExp(String.raw`^(.+?)\s*(?:\*|\\cdot|\\times)?\s*(${ENV})$`);
/** A number after it: "\begin{bmatrix}…\end{bmatrix}/29", "…\end{bmatrix} \cdot 3". */
const FACTOR_AFTER = new RegExp(String.raw`^(${ENV})\s*(\/|\*|\\cdot|\\times|\\div)\s*(.+)$`);

function matrixRejection(why: string): Rejection {
  return reject("matrix", `a matrix answer that cannot be checked: ${why}`);
}

/**
 * A matrix answer ("$$\begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix}$$") as a list with
 * notation "matrix": its entries row by row, each read like an "arithmetic" answer; a number
 * times a matrix ("1/29*\begin{bmatrix}...") is multiplied out (scaledMatrixSpec). Null when
 * the answer has no matrix; rejected (reason "matrix") when it is more than one matrix, an entry
 * does not read as a number or an expression the checker can check, or the rows differ in
 * length; "wrong-inverse" when the question asks for an inverse and this is not it.
 */
export function matrixSpec(raw: string, q: OatutorQuestion): Spec | Rejection | null {
  const s = raw
    .replace(/\$\$/g, " ")
    .replace(/\\left(?![a-zA-Z])|\\right(?![a-zA-Z])/g, "")
    .trim();
  if (!/\\begin\{[a-z]*matrix\}/.test(s)) return null;
  const whole = s.replace(/[.\s]+$/, "");
  const m = MATRIX.exec(whole);
  if (!m) return scaledMatrixSpec(whole, q);
  const rows = matrixRows(m[2]!);
  const columns = rows[0]?.length ?? 0;
  if (columns === 0 || rows.some((r) => r.length !== columns || r.some((c) => c === "")))
    return matrixRejection(`the rows of ${JSON.stringify(s)} are not all ${columns} entries long`);
  const wrong = wrongInverse(
    q,
    rows.map((r) => r.map(cellRatio)),
  );
  if (wrong) return wrong;
  const items: Scalar[] = [];
  for (const cell of rows.flat()) {
    const item = mathSpec(cell, { ...q, choices: undefined, context: "" });
    if (isRejection(item)) return matrixRejection(`the entry ${JSON.stringify(cell)}: ${item.message}`);
    if (item.kind === "list" || item.kind === "equation")
      return matrixRejection(`the entry ${JSON.stringify(cell)} is not a number or an expression`);
    items.push(item as Scalar);
  }
  if (items.length < 2) return matrixRejection(`${JSON.stringify(s)} has a single entry`);
  const spec: Spec = { kind: "list", items, ordered: true, notation: "matrix", columns };
  return selfChecks(spec) ? spec : matrixRejection(`${JSON.stringify(s)} does not check as written`);
}

/** A LaTeX matrix body's cells, row by row ("1 & 2 \\\\ 3 & 4"). */
function matrixRows(body: string): string[][] {
  return body
    .split(/\\\\/)
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => r.split("&").map((c) => c.trim()));
}

/** An entry or factor in LaTeX ("\frac{-2}{7}", "(-1/8)", "0.5") as an exact fraction, or null. */
function cellRatio(latex: string): Ratio | null {
  return readRatio(normalizeInput(latex, 2000));
}

/**
 * A number times a matrix ("(-1/8)*\begin{bmatrix} 1 & -2 \\\\ -3 & -2 \end{bmatrix}", "…/29"),
 * as OATutor writes an inverse: multiplied out into exact entries (whole numbers or fractions in
 * lowest terms). A student may type either form (see checkMatrix). Rejected (reason "matrix")
 * when the factor or an entry is not an exact number (a letter, a root, a second matrix).
 */
function scaledMatrixSpec(s: string, q: OatutorQuestion): Spec | Rejection {
  const before = FACTOR_BEFORE.exec(s);
  const after = before ? null : FACTOR_AFTER.exec(s);
  const env = before?.[2] ?? after?.[1];
  const factorText = before?.[1] ?? after?.[3];
  if (!env || !factorText || /\\begin\{/.test(factorText))
    return matrixRejection(`${JSON.stringify(s)} is not a matrix alone`);
  const read = cellRatio(factorText.replace(/^\s*-\s*$/, "-1"));
  const factor = read && (after?.[2] === "/" || after?.[2] === "\\div") ? invertRatio(read) : read;
  if (!factor)
    return matrixRejection(`the factor ${JSON.stringify(factorText.trim())} of ${JSON.stringify(s)} is not a number`);
  const rows = matrixRows(MATRIX.exec(env)?.[2] ?? "");
  const columns = rows[0]?.length ?? 0;
  if (columns === 0 || rows.some((r) => r.length !== columns))
    return matrixRejection(`the rows of ${JSON.stringify(s)} are not all ${columns} entries long`);
  const products: Ratio[][] = [];
  for (const row of rows) {
    const out: Ratio[] = [];
    for (const cell of row) {
      const c = cellRatio(cell);
      const p = c && multiplyRatios(factor, c);
      if (!p)
        return matrixRejection(
          `the entry ${JSON.stringify(cell)} times ${JSON.stringify(factorText.trim())} is not an exact number`,
        );
      out.push(p);
    }
    products.push(out);
  }
  const wrong = wrongInverse(q, products);
  if (wrong) return wrong;
  const items: Scalar[] = products
    .flat()
    .map((p) => (p.den === 1 ? { kind: "numeric", value: p.num } : { kind: "fraction", value: ratioText(p) }));
  if (items.length < 2) return matrixRejection(`${JSON.stringify(s)} has a single entry`);
  const spec: Spec = { kind: "list", items, ordered: true, notation: "matrix", columns };
  // As written it is right too, unless the product is all whole numbers: then the factor is
  // multiplication left to do, partial "simplify" for a student (see checkMatrix).
  const typed = products.flat().every((p) => p.den === 1) ? [] : [s];
  return selfChecks(spec, typed) ? spec : matrixRejection(`${JSON.stringify(s)} does not check as written`);
}

/**
 * "Find the inverse of the matrix $\begin{bmatrix}…\end{bmatrix}$": the answer times the
 * question's matrix must be the identity. A wrong inverse in the source (aa5ef86inv19 applies the
 * factor 1/det twice) is rejected with reason "wrong-inverse", never taught. Null when the
 * question asks no inverse, shows no single matrix, or an entry is no exact number.
 */
function wrongInverse(q: OatutorQuestion, answer: (Ratio | null)[][]): Rejection | null {
  const context = q.context ?? "";
  if (!/\binverse\b/i.test(context)) return null;
  const shown = [...context.matchAll(new RegExp(ENV, "g"))];
  if (shown.length !== 1) return null;
  const question = matrixRows(MATRIX.exec(shown[0]![0])?.[2] ?? "").map((r) => r.map(cellRatio));
  const n = question.length;
  const square = (m: (Ratio | null)[][]) => m.length === n && m.every((r) => r.length === n && r.every((c) => c));
  if (n < 2 || !square(question) || !square(answer)) return null;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let sum: Ratio | null = { num: 0, den: 1 };
      for (let k = 0; k < n && sum; k++) {
        const p = multiplyRatios(question[i]![k]!, answer[k]![j]!);
        sum = p && addRatios(sum, p);
      }
      if (!sum) return null;
      if (sum.num !== (i === j ? 1 : 0) || sum.den !== 1)
        return reject(
          "wrong-inverse",
          `the answer is not the inverse of the question's matrix (their product is not the identity): ${ratioText(sum)} at row ${i + 1}, column ${j + 1}`,
        );
    }
  }
  return null;
}
