import { checkMatrix } from "./check-matrix";
import { checkScalar } from "./check-scalar";
import { answerPart, stripWrappers } from "./normalize-input";
import type { ListSpec } from "./spec";
import { type CheckResult, partial, reason, reasonOf } from "./types";

/**
 * Plain numbers separated by spaces only: "5.79 5.91", "-2 3". Not "1 1/2" (a mixed number) nor
 * "-13 -14" (-13 - 14 as well).
 */
const SPACED_NUMBERS = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:\s+(?:\d+(?:\.\d+)?|\.\d+))+$/;

/**
 * Splits a list answer on commas, semicolons, "&" and the word "and" (a set's also on "or", and a
 * union of sets "{1} ∪ {2}" is one set). One pair of enclosing brackets is removed ("(2, 3)").
 * Thousands separators: "1,200" (a comma followed by exactly three digits and no space) is kept
 * as one number, unless that leaves fewer parts than the spec expects and splitting every comma
 * gives exactly the expected count, so "1,200" is 1200 for a 3-part list but [1, 200] for a
 * 2-part list. Likewise plain numbers separated by spaces ("5.79 5.91") are parts when that gives
 * exactly the expected count.
 */
export function splitList(normalized: string, expected: number, orSeparates = false): string[] {
  let s = stripWrappers(answerPart(normalized)).replace(
    /^(?:the )?(?:answers|solutions|values|roots) (?:are|is)\s+/,
    "",
  );
  // A set written as a union of sets: "{-2} ∪ {2}", "{-2} U {2}", "\{-2\} \cup \{2\}".
  if (orSeparates) s = s.replace(/\}\s*(?:∪|\bu\b|\bcup\b|\bunion\b)\s*\{/g, ", ");
  const outer = /^[([{]\s*(.*?)\s*[)\]}]$/.exec(s);
  if (outer && !/[()[\]{}]/.test(outer[1]!)) s = outer[1]!;
  const separator = orSeparates ? /\s*(?:[,;&]|\band\b|\bor\b)\s*/ : /\s*(?:[,;&]|\band\b)\s*/;
  const split = (t: string) =>
    t
      .split(separator)
      .map((p) => strayBracket(p.replace(/\uE000/g, ",").trim()))
      .filter((p) => /[a-z0-9]/.test(p));
  const keepThousands = split(s.replace(/(\d),(\d{3})(?![\d])/g, "$1\uE000$2"));
  if (keepThousands.length < expected) {
    const all = split(s);
    if (all.length === expected) return all;
    // "5.79 5.91" (a question may ask for values separated by spaces): plain numbers only.
    const spaced = keepThousands.flatMap((p) => (SPACED_NUMBERS.test(p) ? p.split(/\s+/) : [p]));
    if (spaced.length === expected) return spaced;
  }
  return keepThousands;
}

/** A point split at its comma leaves "(0" and "-2)": the bracket that closes nothing goes. */
function strayBracket(p: string): string {
  const open = (p.match(/\(/g) ?? []).length;
  const close = (p.match(/\)/g) ?? []).length;
  if (open === close + 1 && p.startsWith("(")) return p.slice(1).trim();
  if (close === open + 1 && p.endsWith(")")) return p.slice(0, -1).trim();
  return p;
}

const EMPTY_SET =
  /^(?:\{\s*\}|\(\s*\)|(?:it is |the answer is )?(?:the )?(?:empty set|null set|emptyset|varnothing|no solutions?|no real solutions?|none|nothing|there (?:is|are) no (?:real )?solutions?))[.!]?$/;

/** "{}", "∅" (normalised to "{}"), "the empty set", "no solution". */
export function isEmptySet(normalized: string): boolean {
  return EMPTY_SET.test(normalized.trim());
}

function checkEmptySet(normalized: string): CheckResult {
  if (isEmptySet(normalized)) return { verdict: "correct", understood: "{}" };
  return /[0-9a-z]/.test(normalized) ? { verdict: "incorrect", understood: normalized } : { verdict: "unparseable" };
}

type Score = 0 | 1 | 2;

function score(r: CheckResult): Score {
  return r.verdict === "correct" ? 2 : r.verdict === "partial" ? 1 : 0;
}

/** Best assignment of parts to items (exhaustive for small lists, greedy beyond 7). */
function bestMatching(matrix: CheckResult[][], items: number): number[] {
  const parts = matrix.length;
  let best: number[] = [];
  let bestScore = -1;
  const used = new Array<boolean>(items).fill(false);
  const assign: number[] = [];
  const go = (p: number, acc: number) => {
    if (p === parts) {
      if (acc > bestScore) [bestScore, best] = [acc, [...assign]];
      return;
    }
    for (let i = -1; i < items; i++) {
      if (i >= 0 && used[i]) continue;
      if (i >= 0) used[i] = true;
      assign.push(i);
      go(p + 1, acc + (i >= 0 ? score(matrix[p]![i]!) : 0));
      assign.pop();
      if (i >= 0) used[i] = false;
    }
  };
  if (parts <= 7 && items <= 7) go(0, 0);
  else {
    for (let p = 0; p < parts; p++) {
      let pick = -1;
      for (let i = 0; i < items; i++)
        if (!used[i] && (pick < 0 || score(matrix[p]![i]!) > score(matrix[p]![pick]!))) pick = i;
      if (pick >= 0 && score(matrix[p]![pick]!) > 0) used[pick] = true;
      else pick = -1;
      best.push(pick);
    }
  }
  return best;
}

/**
 * All parts right (in order, for ordered lists) is correct. Right values in the wrong order is
 * partial "order"; every part right but some only partially (e.g. a missing unit) passes on
 * that part's reason; some right is partial "parts" ("2 of 3 parts are right"); extra parts
 * beyond the expected count are never correct, since listing extra values is a hedge.
 */
export function checkList(listSpec: ListSpec, normalized: string): CheckResult {
  if (listSpec.notation === "matrix") return checkMatrix(listSpec, normalized);
  // A point's coordinates are always in order.
  const spec = listSpec.notation === "point" ? { ...listSpec, ordered: true } : listSpec;
  const items = spec.items;
  const isSet = spec.notation === "set";
  if (isSet && items.length === 0) return checkEmptySet(normalized);
  // "x = 2 or x = -2" lists a set's members; elsewhere "or" offers alternatives (a hedge).
  if (!isSet && /\bor\b/.test(normalized)) return { verdict: "unparseable" };
  if (isSet && isEmptySet(normalized)) return { verdict: "incorrect", understood: "{}" };
  const parts = splitList(normalized, items.length, isSet).slice(0, 20);
  if (parts.length === 0) return { verdict: "unparseable" };
  const matrix = parts.map((p) => items.map((it) => checkScalar(it, p)));
  if (matrix.every((row) => row.every((r) => r.verdict === "unparseable"))) return { verdict: "unparseable" };
  const understood = parts.map((p, i) => matrix[i]!.find((r) => r.understood)?.understood ?? p).join(", ");
  const positional = parts.map((_, i) => (i < items.length ? matrix[i]![i]! : undefined));
  const assignment = spec.ordered
    ? parts.map((_, i) => (i < items.length ? i : -1))
    : bestMatching(matrix, items.length);
  const results = assignment.map((i, p) => (i >= 0 ? matrix[p]![i]! : undefined)).filter((r): r is CheckResult => !!r);
  const right = results.filter((r) => r.verdict === "correct").length;
  const partials = results.filter((r) => r.verdict === "partial");
  const n = items.length;
  const understoodParts = positional.map((r, i) => r?.understood ?? parts[i]).join(", ");
  if (right === n && parts.length === n)
    return { verdict: "correct", understood: spec.ordered ? understoodParts : understood };
  if (spec.ordered && parts.length === n) {
    const unordered = bestMatching(matrix, n).map((i, p) => (i >= 0 ? score(matrix[p]![i]!) : 0));
    if (unordered.every((s) => s === 2))
      return partial("order", reason("answers.wrongOrder", "all the right values, but in the wrong order"), understood);
  }
  if (right + partials.length === n && parts.length === n) {
    const kinds = new Set(partials.map((r) => r.partialKind));
    const only = partials[0];
    const why = only ? reasonOf(only) : null;
    if (kinds.size === 1 && only?.partialKind && why) return partial(only.partialKind, why, understood);
    return partial(
      "parts",
      reason("answers.partsNearlyRight", "every part is nearly right; look at each one again"),
      understood,
    );
  }
  if (right === n)
    return partial(
      "parts",
      reason("answers.extraParts", "the right values are there, but so are extra ones"),
      understood,
    );
  if (right > 0)
    return partial(
      "parts",
      reason("answers.partsRight", `${right} of ${n} parts are right`, { right, total: n }),
      understood,
    );
  if (partials.length > 0)
    return partial(
      "parts",
      reason("answers.partsClose", `0 of ${n} parts are fully right, but some are close`, { total: n }),
      understood,
    );
  return { verdict: "incorrect", understood };
}
