import { type AnswerSpecInput, answerSpec, checkAnswer, formatAnswer } from "@/lib/tutor/answers";
import { equivalentExpr, isExpanded, isFactored } from "@/lib/tutor/answers/compare-expressions";
import { evaluateComplex } from "@/lib/tutor/answers/evaluate-complex";
import { type Expr, evaluate, parseMath, variablesOf } from "@/lib/tutor/answers/parse-math";
import { gcd } from "@/lib/tutor/answers/parse-number";
import { askedForms, numericForms } from "./oatutor-forms";
import { isRejection, type PlainMath, type Rejection, readOatutorMath, reject, showCase } from "./oatutor-latex";

export interface OatutorQuestion {
  answers: string[];
  answerType?: string;
  problemType?: string;
  choices?: string[];
  precision?: number;
  /** The question's own words (step title and body, or the scaffold's text): where OATutor says which form it wants. */
  context?: string;
}

export type Spec = AnswerSpecInput;
export type Scalar = Exclude<Spec, { kind: "list" }>;

export const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;
export const THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const FRACTION = /^(-?)\(?(-?)(\d+)\)?\/\(?(-?)(\d+)\)?$/;
const MIXED = /^(-?)(\d+) (\d+)\/(\d+)$/;
/** The question is an integral: an answer ending "+ C" adds the constant of integration. */
const INTEGRAL = /\\int|\/int|∫|integra|antideriv/i;
/** The question is about complex numbers: i is the imaginary unit. */
const COMPLEX_CONTEXT = /imaginary|complex/i;

/** A constant that is a complex number, not a real one ("sqrt(-196)"). */
function complexOnly(e: Expr): boolean {
  if (variablesOf(e).size > 0 || Number.isFinite(evaluate(e, {}))) return false;
  const z = evaluateComplex(e, {});
  return Number.isFinite(z.re) && Number.isFinite(z.im) && z.im !== 0;
}

/**
 * Whether a spec accepts its own display form and everything in `typed` (the answer as the
 * source writes it): an importer never writes a spec that rejects its own answer.
 */
export function selfChecks(spec: Spec, typed: string[] = []): boolean {
  const parsed = answerSpec.safeParse(spec);
  if (!parsed.success) return false;
  const ok = (s: string) => checkAnswer(parsed.data, s).verdict === "correct";
  return ok(formatAnswer(parsed.data)) && typed.every(ok);
}

/** Names of variables in a parsed expression, for the spec's `variables` (at least ["x"]); "b_up" is "B". */
function namesIn(...sides: string[]): string[] {
  const names = new Set<string>();
  for (const side of sides) {
    const e = parseMath(side);
    if (e) for (const v of variablesOf(e)) names.add(showCase(v));
  }
  return names.size ? [...names].sort() : ["x"];
}

/** A number, fraction, expression, equation or relation spec for plain maths; null if unreadable. */
function specFromPlain(m: PlainMath, q: OatutorQuestion, strict: boolean): Spec | null {
  const p = m.plain.replace(/\s+/g, "");
  const forms = askedForms(q.context ?? "");
  if (m.value !== undefined || NUMBER.test(p) || THOUSANDS.test(p)) {
    const value = m.value ?? Number(p.replace(/,/g, ""));
    if (!Number.isFinite(value)) return null;
    if (m.percent) return { kind: "percentage", value };
    const spec: Spec = { kind: "numeric", value, ...numericForms(value, forms) };
    if (q.precision !== undefined && !Number.isInteger(value)) spec.tolerance = { abs: 0.5 * 10 ** -q.precision };
    if (m.unit) spec.unit = { ...m.unit, required: false };
    return spec;
  }
  if (m.percent) return null;
  const f = FRACTION.exec(p);
  const mixed = MIXED.exec(m.plain.trim());
  if (f || mixed) {
    const [sign, num, den] = f
      ? [[f[1], f[2], f[4]].filter((x) => x === "-").length % 2 ? "-" : "", Number(f[3]), Number(f[5])]
      : [mixed?.[1] ?? "", Number(mixed?.[3]), Number(mixed?.[4])];
    if (den === 0) return null;
    const value = f ? `${sign}${num}/${den}` : `${sign}${mixed?.[2]} ${num}/${den}`;
    const spec: Spec = { kind: "fraction", value };
    if (forms.simplified && gcd(num, den) === 1 && den !== 1) spec.requireSimplified = true;
    if (forms.fraction) spec.acceptDecimal = false;
    if (forms.mixed && mixed) spec.form = "mixed";
    else if (forms.improper && f && num > den) spec.form = "improper";
    if (m.unit) spec.unit = { ...m.unit, required: false };
    return spec;
  }
  if (m.unit) return null;
  if (m.relation) {
    const sides = m.plain.split(/<=|>=|!=|<|>|=/);
    const interval = /^[[(\]]/.test(p);
    const spec: Spec = {
      kind: "equation",
      value: showCase(m.plain.trim()),
      variables: interval ? ["x"] : namesIn(...sides),
    };
    // OATutor compares string answers as written: the notation is part of the answer.
    if (forms.interval || (strict && interval)) spec.notation = "interval";
    else if (forms.inequality || (strict && !interval)) spec.notation = "inequality";
    return spec;
  }
  const sides = m.plain.split("=");
  if (sides.length > 2) return null;
  if (sides.length === 2) {
    // "f(x) = 2x + 1", "P(t) = …", "N(T(t)) = …": function notation names the expression.
    const named = /^\s*[a-z]\s*\((?:[^()]|\([^()]*\))*\)\s*$/.test(sides[0]!);
    if (named) return specFromPlain({ plain: sides[1]!.trim() }, q, strict);
    const lhs = parseMath(sides[0]!);
    const rhs = parseMath(sides[1]!);
    if (!lhs || !rhs) return null;
    // "a_n = 2^n", "an = 2^n" (a sequence's nth term, as OATutor asks it typed): the term names
    // the expression in n, like "f(x) =".
    const term = /^\s*([a-z])_?([a-z])\s*$/.exec(sides[0]!);
    const rhsNames = variablesOf(rhs);
    if (term && term[1] !== term[2] && rhsNames.has(term[2]!) && !rhsNames.has(term[1]!))
      return specFromPlain({ plain: sides[1]!.trim() }, q, strict);
    const equation: Spec = {
      kind: "equation",
      value: showCase(m.plain.trim()),
      variables: namesIn(sides[0]!, sides[1]!),
    };
    // "x = sqrt(3)", "a = (65^2 - 0^2)/(2*0.25)": the checker wants a solved equation's value as
    // one number, so where it does not accept the equation as written, the value is the answer
    // (typed bare or as "x = …").
    const solvedFor = lhs.t === "var" && variablesOf(rhs).size === 0;
    if (solvedFor && !selfChecks(equation)) return specFromPlain({ plain: sides[1]!.trim() }, q, strict);
    return equation;
  }
  const e = parseMath(m.plain);
  if (!e) return null;
  let vars = [...variablesOf(e)].map(showCase).sort();
  let value = showCase(m.plain.trim());
  const extra: { constant?: string; complex?: boolean } = {};
  // "… + C" answering an integral: C is the constant of integration (equal up to a constant).
  if (INTEGRAL.test(q.context ?? "") && /\+\s*c\s*$/.test(value) && vars.includes("c")) {
    extra.constant = "C";
    value = value.replace(/\s*\+\s*c\s*$/, " + C");
    vars = vars.filter((v) => v !== "c");
  }
  // i as the imaginary unit: a constant with no real value, or i alone where the question is about complex numbers.
  const onlyI = vars.length === 1 && vars[0] === "i" && COMPLEX_CONTEXT.test(q.context ?? "");
  if (complexOnly(e) || onlyI) {
    extra.complex = true;
    vars = vars.filter((v) => v !== "i");
  }
  const spec: Spec = { kind: "expression", value, variables: vars.length ? vars : ["x"], ...extra };
  // OATutor compares string answers exactly, so their written form is part of the answer.
  if (extra.complex) return spec;
  if (vars.length && (strict || forms.factored) && isFactored(e)) spec.form = "factored";
  else if (vars.length && (strict || forms.expanded) && isExpanded(e)) spec.form = "expanded";
  if (forms.exact && vars.length === 0) spec.exact = true;
  return spec;
}

/** One "±" is two answers: "9 ± 5√3" -> both values, in any order. */
function withPlusMinus(raw: string, read: (r: string) => Spec | Rejection): Spec | Rejection {
  const pm = raw.match(/\\pm|±/g) ?? [];
  if (pm.length === 0) return read(raw);
  if (pm.length > 1) return reject("plus-minus", "more than one ± in the answer");
  const plus = read(raw.replace(/\\pm|±/, "+"));
  const minus = read(raw.replace(/\\pm|±/, "-"));
  if (isRejection(plus)) return plus;
  if (isRejection(minus)) return minus;
  if (plus.kind === "list" || minus.kind === "list") return reject("plus-minus", "± inside a list");
  const spec: Spec = { kind: "list", items: [plus as Scalar, minus as Scalar], ordered: false };
  return selfChecks(spec) ? spec : reject("self-check", `the two answers of ${JSON.stringify(raw)} do not check`);
}

/** The source's maths with one bracket too many or too few, however the missing one is placed. */
function bracketReadings(raw: string): { text: string; e: Expr }[] | null {
  const opened = (raw.match(/\(/g) ?? []).length;
  const closed = (raw.match(/\)/g) ?? []).length;
  if (Math.abs(opened - closed) !== 1 || raw.length > 120) return null;
  const bracket = opened > closed ? ")" : "(";
  const out: { text: string; e: Expr }[] = [];
  for (let i = 0; i <= raw.length; i++) {
    // A bracket never splits a name or a number ("c(os", "1(2").
    const [before, after] = [raw[i - 1] ?? " ", raw[i] ?? " "];
    if ((/[a-zA-Z]/.test(before) && /[a-zA-Z]/.test(after)) || (/[\d.]/.test(before) && /[\d.]/.test(after))) continue;
    const text = `${raw.slice(0, i)}${bracket}${raw.slice(i)}`;
    const m = readOatutorMath(text);
    if (isRejection(m) || m.relation || m.plain.includes("=") || m.plain.includes(",")) continue;
    const e = parseMath(m.plain);
    if (e) out.push({ text, e });
  }
  return out;
}

/**
 * A bracket the source leaves unmatched ("1/(2cos**2t))+C"): read when every place the missing
 * one could go gives the same value ("(1/(2cos^2 t))", "1/((2cos^2 t))", …), refused when two
 * places read differently ("(3+sqrt(17)/4": (3 + sqrt(17))/4 or 3 + sqrt(17)/4).
 */
function repairedBrackets(raw: string): string | Rejection | null {
  const readings = bracketReadings(raw);
  if (!readings || readings.length === 0) return null;
  const first = readings[0]!;
  if (readings.every((r) => equivalentExpr(first.e, r.e))) return first.text;
  return reject(
    "unreadable-maths",
    `a bracket in ${JSON.stringify(raw)} does not match, and where the missing one goes changes the value`,
  );
}

/** An "arithmetic" answer: maths read from its LaTeX, checked against its own display form. */
export function mathSpec(raw: string, q: OatutorQuestion, strict = false): Spec | Rejection {
  return withPlusMinus(raw, (r) => {
    let m = readOatutorMath(r);
    if (isRejection(m)) return m;
    let spec = specFromPlain(m, q, strict);
    if (!spec) {
      const repaired = repairedBrackets(r);
      if (isRejection(repaired)) return repaired;
      if (repaired) {
        m = readOatutorMath(repaired);
        if (isRejection(m)) return m;
        spec = specFromPlain(m, q, strict);
      }
    }
    if (!spec) return reject("unreadable-maths", `cannot read ${JSON.stringify(r)} as maths`);
    if (!selfChecks(spec))
      return reject(
        "self-check",
        `the checker does not accept ${spec.kind} ${JSON.stringify(formatAnswer(answerSpec.parse(spec)))} as its own answer`,
      );
    return spec;
  });
}
