import { isRejection, type Rejection, reject } from "./oatutor-latex";
import { mathSpec, type OatutorQuestion, type Scalar, type Spec, selfChecks } from "./oatutor-math";

const MATRIX = /^\\begin\{([bpv]?matrix)\}([\s\S]*?)\\end\{\1\}$/;

function matrixRejection(why: string): Rejection {
  return reject("matrix", `a matrix answer that cannot be checked: ${why}`);
}

/**
 * A matrix answer ("$$\begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix}$$") as a list with
 * notation "matrix": its entries row by row, each read like an "arithmetic" answer. Null when
 * the answer has no matrix; rejected (reason "matrix") when it is more than one matrix (a
 * factor before it, "1/29*\begin{bmatrix}...") or an entry does not read as a number or an
 * expression the checker can check, or the rows differ in length.
 */
export function matrixSpec(raw: string, q: OatutorQuestion): Spec | Rejection | null {
  const s = raw
    .replace(/\$\$/g, " ")
    .replace(/\\left(?![a-zA-Z])|\\right(?![a-zA-Z])/g, "")
    .trim();
  if (!/\\begin\{[a-z]*matrix\}/.test(s)) return null;
  const m = MATRIX.exec(s.replace(/[.\s]+$/, ""));
  if (!m) return matrixRejection(`${JSON.stringify(s)} is not a matrix alone`);
  const rows = m[2]!
    .split(/\\\\/)
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => r.split("&").map((c) => c.trim()));
  const columns = rows[0]?.length ?? 0;
  if (columns === 0 || rows.some((r) => r.length !== columns || r.some((c) => c === "")))
    return matrixRejection(`the rows of ${JSON.stringify(s)} are not all ${columns} entries long`);
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
