import { DEGREES, type Expr, evaluate, variablesOf } from "./parse-math";
import { type Reason, reason } from "./types";

/*
 * Constant answers written with trigonometric functions of angles in degrees ("cos(56°)",
 * "1/2(cos(-330°) - cos(-360°))", "2sin(45°)cos(31°)") answer steps that ask for a form: one
 * function of one angle (a double-angle formula read backwards), a sum or difference (a product
 * rewritten), a product (a sum rewritten). Every spelling of the value would do otherwise,
 * including the expression the step started from and a calculator's decimal, so the form is
 * judged: the same value written as terms with the same numbers of function calls.
 */

const TRIG = new Set(["sin", "cos", "tan", "sec", "csc", "cot"]);
/** A term whose calls cannot be counted (a function of a sum of calls, a power of a sum). */
const OTHER = 1000;
const MAX_TERMS = 32;

/** Whether the expression has an angle in degrees anywhere (see markDegrees). */
export function hasDegrees(e: Expr): boolean {
  if (e.t === "fn") return e.name === DEGREES || hasDegrees(e.a);
  if (e.t === "neg") return hasDegrees(e.a);
  if (e.t === "bin") return hasDegrees(e.a) || hasDegrees(e.b);
  return false;
}

function callsIn(e: Expr): number {
  if (e.t === "fn") return (TRIG.has(e.name) ? 1 : 0) + callsIn(e.a);
  if (e.t === "neg") return callsIn(e.a);
  if (e.t === "bin") return callsIn(e.a) + callsIn(e.b);
  return 0;
}

/** The number of trigonometric calls in each term of the expression written out as a sum. */
function termCalls(e: Expr): number[] {
  switch (e.t) {
    case "num":
    case "var":
      return [0];
    case "neg":
      return termCalls(e.a);
    case "fn":
      if (callsIn(e.a) > 0) return [OTHER];
      return [TRIG.has(e.name) ? 1 : 0];
    case "bin": {
      const a = termCalls(e.a);
      if (e.op === "+" || e.op === "-") return [...a, ...termCalls(e.b)].slice(0, MAX_TERMS);
      if (e.op === "*") {
        const b = termCalls(e.b);
        return a.flatMap((x) => b.map((y) => x + y)).slice(0, MAX_TERMS);
      }
      if (e.op === "/") {
        const b = termCalls(e.b);
        return b.length === 1 ? a.map((x) => x + b[0]!) : [OTHER];
      }
      // A power: a whole constant power of one term multiplies its calls.
      if (callsIn(e.b) > 0 || variablesOf(e.b).size > 0) return [OTHER];
      if (a.every((x) => x === 0)) return [0];
      const n = evaluate(e.b, {});
      return a.length === 1 && Number.isInteger(n) && n >= 1 && n <= 8 ? [a[0]! * n] : [OTHER];
    }
  }
}

/** The form as a key: the calls per term in order, with the terms without any merged into one. */
function formKey(e: Expr): string {
  const calls = termCalls(e);
  const counted = calls.filter((x) => x > 0).sort((x, y) => x - y);
  return `${counted.join(",")}${calls.some((x) => x === 0) ? "+c" : ""}`;
}

/** Whether two expressions of the same value are written in the same form (see above). */
export function sameTrigForm(target: Expr, e: Expr): boolean {
  return formKey(target) === formKey(e);
}

/** What to write, in words, for the form of `target`: never the answer itself. */
export function trigFormReason(target: Expr): Reason {
  const calls = termCalls(target);
  const what: [key: string, words: string] | null =
    calls.length === 1 && calls[0] === 1
      ? ["answers.trigSingleFunction", "a single trigonometric function of one angle"]
      : calls.length > 1 && calls.every((x) => x === 1)
        ? ["answers.trigSum", "a sum or difference of trigonometric functions"]
        : calls.length === 1 && calls[0]! > 1 && calls[0]! < OTHER
          ? ["answers.trigProduct", "a product of trigonometric functions"]
          : null;
  return what
    ? reason(what[0], `right value, but write it as ${what[1]}, as the step asks`)
    : reason("answers.trigStepForm", "right value, but write it in the form the step asks for");
}
