import { allowedVariables, declaredNames, usesOnly } from "./check-expression";
import { proportionalFactor } from "./compare-expressions";
import { answerPart, normalizeInput, stripWrappers } from "./normalize-input";
import { type Expr, formatExpr, variablesOf } from "./parse-math";
import { approxEqual } from "./parse-number";
import {
  type End,
  type Interval,
  inequalityText,
  intersect,
  intervalText,
  type Op,
  parseInterval,
  parseRelation,
  type Relation,
  relationToInterval,
  symbolizeComparisons,
} from "./read-relation";
import type { EquationSpec } from "./spec";
import { type CheckResult, partial, reason, unparseable } from "./types";

/**
 * Inequalities and intervals, held by the equation spec kind: "x > 3", "-2 <= x < 5",
 * "[2, 5)", "(-inf, 3]" (one variable: compared as sets of numbers, so "3 < x" = "x > 3" =
 * "(3, inf)"), and relations in several variables ("y >= 2x + 1": compared as f >= 0 up to a
 * positive factor).
 */
export interface RelationTarget {
  variable: string;
  allowed: Set<string>;
  /** The one-variable solution set, or null for a relation in several variables. */
  interval: Interval | null;
  /** Written in interval notation by the author. */
  asInterval: boolean;
  /** Written solved ("x > 3", an interval), so an unsolved equivalent ("2x > 6") is partial. */
  solved: boolean;
  relation: Relation | null;
  /** A union of two or more intervals ("(-inf, -2] U (3, inf)", "x <= -2 or x > 3"), in order. */
  pieces?: Interval[];
}

/**
 * What joins the pieces of a union, read after normalizeInput (which lower-cases "U" and reads
 * "\cup" as "cup"): "∪", "u", "cup", "union" or "or" anywhere; "&" and "and" only between two
 * pieces in interval notation ("(-inf, 2] & [6, inf)", as OATutor's quadratic-inequality lessons
 * ask), since between inequalities they mean both at once ("x >= 2 and x < 5"). For a variable
 * named u, "u" joins only brackets ("(-inf, -4] u (-3, inf)", not "u <= -4 or u > -3").
 */
function unionSplit(variable: string): RegExp {
  const u = variable === "u" ? String.raw`(?<=[\])[])\s*u\s*(?=[[(\]])` : String.raw`\bu\b`;
  const between = String.raw`(?<=[\])[])\s*(?:&|\band\b)\s*(?=[[(\]])`;
  return new RegExp(String.raw`\s*(?:∪|${u}|\bcup\b|\bunion\b|\bor\b|${between})\s*`);
}
const UNION_SPLIT = unionSplit("x");

interface Union {
  pieces: Interval[];
  notation: "interval" | "inequality";
  solved: boolean;
}

/**
 * A union of intervals or one-variable inequalities in `variable`, sorted by lower end; null
 * unless there are at least two pieces and every one reads.
 */
function readUnion(text: string, declared: ReadonlySet<string>, variable: string): Union | null {
  const parts = text.split(variable === "x" ? UNION_SPLIT : unionSplit(variable));
  if (parts.length < 2 || parts.length > 10) return null;
  const pieces: Interval[] = [];
  let notation: Union["notation"] = "interval";
  let solved = true;
  for (const p of parts) {
    const interval = parseInterval(p, declared);
    if (interval) {
      pieces.push(interval);
      continue;
    }
    const r = p ? parseRelation(p, declared) : null;
    const one = r ? relationToInterval(r, variable) : null;
    if (!one) return null;
    pieces.push(one.interval);
    notation = "inequality";
    solved &&= one.solved;
  }
  pieces.sort((a, b) => a.lo.value - b.lo.value || a.hi.value - b.hi.value);
  return { pieces, notation, solved };
}

function unionText(pieces: Interval[], notation: Union["notation"], variable: string): string {
  return notation === "interval"
    ? pieces.map(intervalText).join(" ∪ ")
    : pieces.map((i) => inequalityText(i, variable)).join(" or ");
}

/** Whether an equation spec's value is an inequality or interval rather than an equation. */
export function isRelationValue(value: string): boolean {
  const s = normalizeInput(value, 2000);
  if (/[<>]|!=/.test(symbolizeComparisons(s)) || parseInterval(s) !== null) return true;
  return s.split(UNION_SPLIT).length > 1 && s.split(UNION_SPLIT).every((p) => parseInterval(p) !== null);
}

export function readRelationTarget(spec: EquationSpec): RelationTarget | null {
  const declared = declaredNames(spec.variables);
  const text = symbolizeComparisons(normalizeInput(spec.value, 2000));
  const variable = [...declared][0] ?? "x";
  const interval = parseInterval(text, declared);
  if (interval) {
    return { variable, allowed: declared, interval, asInterval: true, solved: true, relation: null };
  }
  const union = readUnion(text, declared, variable);
  if (union) {
    return {
      variable,
      allowed: declared,
      interval: null,
      asInterval: union.notation === "interval",
      solved: union.solved,
      relation: null,
      pieces: union.pieces,
    };
  }
  const relation = parseRelation(text, declared);
  if (!relation) return null;
  const allowed = allowedVariables(spec.variables, ...relation.sides);
  const vars = new Set(relation.sides.flatMap((s) => [...variablesOf(s)]));
  const only = vars.size === 1 ? [...vars][0]! : null;
  const one = only ? relationToInterval(relation, only) : null;
  if (one && only) {
    return { variable: only, allowed, interval: one.interval, asInterval: false, solved: one.solved, relation };
  }
  if (relation.ops.length !== 1 || relation.ops[0] === "=") return null;
  return { variable, allowed, interval: null, asInterval: false, solved: false, relation };
}

type StudentAnswer =
  | ({ t: "union"; text: string } & Union)
  | { t: "interval"; interval: Interval; notation: "interval" | "inequality"; solved: boolean; text: string }
  | { t: "relation"; relation: Relation }
  | { t: "other"; text: string };

/** "x is in [2, 5)", "x ∈ [2, 5)", "{x | x > 3}", "{x : x > 3}": the answer inside. */
function unwrap(core: string): string {
  const builder = /^\{\s*[a-z_0-9]+\s*[|:]\s*(.+)\}$/.exec(core);
  if (builder) return builder[1]!.trim();
  return core.replace(/^[a-z](?:_[a-z0-9]+)?\s*(?:is\s+in|in|∈|belongs to|is an element of)\s+(?=[[(\]])/, "");
}

function readStudent(input: string, target: RelationTarget): StudentAnswer | null {
  const core = unwrap(symbolizeComparisons(stripWrappers(answerPart(input))));
  if (!core) return null;
  const interval = parseInterval(core, target.allowed);
  if (interval) return { t: "interval", interval, notation: "interval", solved: true, text: intervalText(interval) };
  // Only a union target reads a union ("x > 3 or x < 1" for "x > 3" stays unparseable, as before).
  const union = target.pieces ? readUnion(core, target.allowed, target.variable) : null;
  if (union) return { t: "union", ...union, text: unionText(union.pieces, union.notation, target.variable) };
  if (/\bor\b/.test(core)) return null;
  const pieces = core.split(/\s*(?:\band\b|&|,)\s*/).filter(Boolean);
  const relations = pieces.map((p) => parseRelation(p, target.allowed));
  if (relations.some((r) => !r)) return /[<>=]/.test(core) ? null : { t: "other", text: core };
  const rels = relations as Relation[];
  if (target.interval) {
    let whole: Interval | null = null;
    let solved = true;
    for (const r of rels) {
      const one = relationToInterval(r, target.variable);
      if (!one) return rels.length === 1 ? { t: "relation", relation: r } : null;
      solved &&= one.solved;
      whole = whole ? intersect(whole, one.interval) : one.interval;
    }
    if (!whole) return { t: "other", text: core };
    const text = solved ? inequalityText(whole, target.variable) : relationText(rels[0]!);
    return { t: "interval", interval: whole, notation: "inequality", solved, text };
  }
  return rels.length === 1 ? { t: "relation", relation: rels[0]! } : null;
}

const SYMBOL: Record<Op, string> = { "<": "<", "<=": "≤", ">": ">", ">=": "≥", "=": "=", "!=": "≠" };

export function relationText(r: Relation): string {
  let out = formatExpr(r.sides[0]!);
  for (const [i, op] of r.ops.entries()) out += ` ${SYMBOL[op]} ${formatExpr(r.sides[i + 1]!)}`;
  return out;
}

function sameValue(a: End, b: End): boolean {
  return a.value === b.value || approxEqual(a.value, b.value);
}

function sameEnds(a: Interval, b: Interval): boolean {
  return sameValue(a.lo, b.lo) && sameValue(a.hi, b.hi);
}

/** Both half-lines from the same point, pointing opposite ways: "x < 3" for "x > 3". */
function opposite(a: Interval, b: Interval): boolean {
  const rayUp = (i: Interval) => Number.isFinite(i.lo.value) && i.hi.value === Number.POSITIVE_INFINITY;
  const rayDown = (i: Interval) => Number.isFinite(i.hi.value) && i.lo.value === Number.NEGATIVE_INFINITY;
  if (rayUp(a) && rayDown(b)) return sameValue(a.lo, b.hi);
  if (rayDown(a) && rayUp(b)) return sameValue(a.hi, b.lo);
  return false;
}

const DIRECTION = reason("answers.inequalityDirection", "check the direction of the inequality");
const ENDS = reason(
  "answers.includedEnds",
  "the boundary values are right; check which ends are included (< or ≤, round or square bracket)",
);
const OPEN_INFINITY = reason(
  "answers.openInfinity",
  "right, but infinity is never included: use a round bracket next to it",
);
const AS_INTERVAL = reason("answers.asInterval", "right: now write it in interval notation");
const AS_INEQUALITY = reason("answers.asInequality", "right: now write it as an inequality");
const solveFor = (variable: string) =>
  reason("answers.solveFor", `equivalent, but solve for ${variable}`, { variable });

function judgeInterval(spec: EquationSpec, target: RelationTarget, s: Extract<StudentAnswer, { t: "interval" }>) {
  const t = target.interval!;
  const understood = s.text;
  if (sameEnds(s.interval, t) && s.interval.lo.closed === t.lo.closed && s.interval.hi.closed === t.hi.closed) {
    if (s.interval.closedInfinity) {
      return partial("form", OPEN_INFINITY, understood);
    }
    if (spec.notation === "interval" && s.notation !== "interval") {
      return partial("form", AS_INTERVAL, understood);
    }
    if (spec.notation === "inequality" && s.notation !== "inequality") {
      return partial("form", AS_INEQUALITY, understood);
    }
    if (!s.solved && target.solved) {
      return { ...partial("form", solveFor(target.variable), understood), workLeft: true };
    }
    return { verdict: "correct", understood } as CheckResult;
  }
  if (sameEnds(s.interval, t)) return partial("endpoint", ENDS, understood);
  if (opposite(s.interval, t)) return partial("sign", DIRECTION, understood);
  return { verdict: "incorrect", understood } as CheckResult;
}

/** "a op b" as "f op 0" with op ">" or ">=" (or "=", "!="). */
function canonical(r: Relation): { f: Expr; op: Op } {
  const [a, b] = [r.sides[0]!, r.sides[1]!];
  const op = r.ops[0]!;
  if (op === "<" || op === "<=") return { f: { t: "bin", op: "-", a: b, b: a }, op: op === "<" ? ">" : ">=" };
  return { f: { t: "bin", op: "-", a, b }, op };
}

function judgeGeneral(target: RelationTarget, r: Relation): CheckResult {
  const understood = relationText(r);
  if (r.ops.length !== 1 || r.sides.some((s) => !usesOnly(s, target.allowed))) {
    return { verdict: "incorrect", understood };
  }
  const t = canonical(target.relation!);
  const s = canonical(r);
  const strict = (op: Op) => op === ">" || op === "!=";
  const kindOf = (op: Op) => (op === ">" || op === ">=" ? "ineq" : op);
  if (kindOf(t.op) !== kindOf(s.op)) return { verdict: "incorrect", understood };
  const k = proportionalFactor(t.f, s.f);
  if (k === null) return { verdict: "incorrect", understood };
  if (kindOf(t.op) !== "ineq") return { verdict: "correct", understood };
  if (k < 0) return partial("sign", DIRECTION, understood);
  if (strict(t.op) !== strict(s.op)) return partial("endpoint", ENDS, understood);
  return { verdict: "correct", understood };
}

/** A union against a union: the same pieces (in any order) with the same brackets. */
function judgeUnion(spec: EquationSpec, target: RelationTarget, s: StudentAnswer): CheckResult {
  const t = target.pieces!;
  if (s.t === "other") return { verdict: "incorrect", understood: s.text };
  if (s.t === "relation") return { verdict: "incorrect", understood: relationText(s.relation) };
  const mine = s.t === "union" ? s.pieces : [s.interval];
  const understood = s.text;
  if (mine.length !== t.length || !mine.every((p, i) => sameEnds(p, t[i]!)))
    return { verdict: "incorrect", understood };
  const brackets = (a: Interval, b: Interval) => a.lo.closed === b.lo.closed && a.hi.closed === b.hi.closed;
  if (!mine.every((p, i) => brackets(p, t[i]!))) return partial("endpoint", ENDS, understood);
  if (mine.some((p) => p.closedInfinity)) {
    return partial("form", OPEN_INFINITY, understood);
  }
  if (spec.notation === "interval" && s.notation !== "interval") {
    return partial("form", AS_INTERVAL, understood);
  }
  if (spec.notation === "inequality" && s.notation !== "inequality") {
    return partial("form", AS_INEQUALITY, understood);
  }
  if (!s.solved) return { ...partial("form", solveFor(target.variable), understood), workLeft: true };
  return { verdict: "correct", understood };
}

/** Grades an answer to an inequality or interval spec (see RelationTarget). */
export function judgeRelation(spec: EquationSpec, target: RelationTarget, s: StudentAnswer): CheckResult {
  if (target.pieces) return judgeUnion(spec, target, s);
  if (s.t === "other") return { verdict: "incorrect", understood: s.text };
  if (s.t === "union") return { verdict: "incorrect", understood: s.text };
  if (s.t === "interval") {
    if (!target.interval) return { verdict: "incorrect", understood: s.text };
    return judgeInterval(spec, target, s);
  }
  if (target.interval) {
    // A one-variable target and a relation that is not one interval ("x = 3", "y > 3").
    return { verdict: "incorrect", understood: relationText(s.relation) };
  }
  return judgeGeneral(target, s.relation);
}

export function checkRelation(spec: EquationSpec, input: string): CheckResult {
  const target = readRelationTarget(spec);
  if (!target) return unparseable();
  const s = readStudent(input, target);
  return s ? judgeRelation(spec, target, s) : unparseable();
}

/** The relation as shown for the reveal: in the notation asked for, else as the author wrote it. */
export function formatRelation(spec: EquationSpec): string | null {
  const target = readRelationTarget(spec);
  if (!target) return null;
  if (target.pieces) {
    const notation = spec.notation === "interval" || spec.notation === "inequality" ? spec.notation : null;
    return unionText(target.pieces, notation ?? (target.asInterval ? "interval" : "inequality"), target.variable);
  }
  const i = target.interval;
  if (!i) return target.relation ? relationText(target.relation) : null;
  if (spec.notation === "interval") return intervalText(i);
  if (spec.notation === "inequality") return inequalityText(i, target.variable);
  if (target.asInterval) return intervalText(i);
  return target.solved ? inequalityText(i, target.variable) : relationText(target.relation!);
}
