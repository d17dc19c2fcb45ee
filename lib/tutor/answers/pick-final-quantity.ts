import { findQuantities, type Quantity } from "./find-quantities";
import { answerPart } from "./normalize-input";
import { approxEqual } from "./parse-number";
import { rewriteScientific } from "./read-scientific";
import { replaceNumberWords } from "./replace-number-words";

export type QuantityPick =
  | { status: "ok"; quantity: Quantity }
  | { status: "none" }
  | { status: "ambiguous" }
  | { status: "negated" };

/** Words after which the student states a result: "is 12", "= 12", "got 12", "answer: 12". */
const ANCHOR_RE =
  /\b(?:is|are|was|were|be|equals?|equaled|got|get|gets|getting|makes?|gives?|giving|answer|total|result|comes? to|came to|leaves?|left)\b|=|:|=>|->/g;

/** Text between two numbers that makes them alternatives or a list rather than one answer. */
const SEPARATOR_GAP = /^(?:\s|[,;/&-]|\b(?:or|and|to|maybe|perhaps|possibly|probably|either|between)\b)*$/;

function isNegated(text: string, q: Quantity): boolean {
  const before = text.slice(0, q.start);
  const clauseStart = Math.max(before.search(/[.;!?,:][^.;!?,:]*$/), before.search(/\bbut\b(?!.*\bbut\b)/), 0);
  const clause = before.slice(clauseStart).replace(/\bnot (?:sure|certain)\b/g, "");
  return /\b(?:not|never|no longer)\b/.test(clause);
}

// "x" counts only on its own ("3 x 4"), not as the end of a word ("max 12").
const OPERATOR = String.raw`(?:(?<![a-z])x|[*+\-/^]|\btimes\b|\bplus\b|\bminus\b|\bdivided by\b|\bmultiplied by\b|\bby\b|\bover\b)`;
const OPERATOR_BEFORE = new RegExp(`${OPERATOR}\\s*$`);
const OPERATOR_AFTER = new RegExp(`^\\s*${OPERATOR}\\s*[-$(]?\\s*\\.?\\d`);

/** An operand of arithmetic the student wrote out ("3 times 4", "24 / 2 ="), not a result. */
function isOperand(text: string, q: Quantity): boolean {
  return (
    OPERATOR_BEFORE.test(text.slice(Math.max(0, q.start - 16), q.start)) ||
    OPERATOR_AFTER.test(text.slice(q.end, q.end + 24))
  );
}

function sameValue(a: Quantity, b: Quantity): boolean {
  return a.percent === b.percent && approxEqual(a.value, b.value);
}

/**
 * The single number a student gives as their answer, from free text.
 *
 * Rule: numbers that are operands of written-out arithmetic ("3 times 4", "24 / 2") are set
 * aside. Of the rest, take the first number after the LAST anchor word that is followed by one
 * ("I did 3 times 4 and got 12" -> 12, "3*4=12" -> 12); with no anchor, take the LAST number
 * ("12 is my answer" -> 12, "12 = 3 x 4" -> 12). Justification after "because"/"since" is
 * ignored, and after a self-correction ("12, no wait, 13") only the corrected part counts.
 * The pick is rejected as
 * "ambiguous" when a neighbouring number with a different value is joined to it only by a
 * separator ("12 or 13", "12, 13", "12-13", "between 12 and 13"), and as "negated" when its
 * clause says "not"/"never" ("it is not 12") and no later number replaces it.
 */
export function pickFinalQuantity(normalized: string, acceptedUnits: string[] = []): QuantityPick {
  // "1 and 1/2" is how students say a mixed number with digits; "3 out of 4" is 3/4.
  const text = replaceNumberWords(rewriteScientific(answerPart(normalized)))
    .replace(/\b(\d+) and (\d+)\s*\/\s*(\d+)\b/g, (m, w: string, n: string, d: string) =>
      Number(n) < Number(d) ? `${w} ${n}/${d}` : m,
    )
    .replace(/(?<![\d.,])(\d+) out of (\d+)(?![\d.,])/g, "$1/$2");
  const found = findQuantities(text, acceptedUnits);
  if (found.length === 0) return { status: "none" };
  // Results, not operands, are answer candidates ("12 = 3 x 4" -> 12), unless all are operands.
  const results = found.filter((q) => !isOperand(text, q));
  const qs = results.length > 0 ? results : found;
  let idx = qs.length - 1;
  const anchors = [...text.matchAll(ANCHOR_RE)].map((m) => m.index + m[0].length);
  for (let a = anchors.length - 1; a >= 0; a--) {
    const found = qs.findIndex((q) => q.start >= anchors[a]!);
    if (found >= 0) {
      idx = found;
      break;
    }
  }
  while (isNegated(text, qs[idx]!) && idx + 1 < qs.length) idx++;
  const q = qs[idx]!;
  if (isNegated(text, q)) return { status: "negated" };
  const at = found.indexOf(q);
  for (const other of [found[at - 1], found[at + 1]]) {
    if (!other || sameValue(other, q)) continue;
    const [a, b] = other.start < q.start ? [other, q] : [q, other];
    if (SEPARATOR_GAP.test(text.slice(a.end, b.start))) return { status: "ambiguous" };
  }
  return { status: "ok", quantity: q };
}

/** Every number in the text, for reveal scanning (no anchor rule, no hedge rule; a lone
 * word "one" is not read as 1). */
export function allQuantities(
  normalized: string,
  acceptedUnits: string[] = [],
): { text: string; quantities: Quantity[] } {
  const text = replaceNumberWords(rewriteScientific(normalized), true);
  return { text, quantities: findQuantities(text, acceptedUnits) };
}
