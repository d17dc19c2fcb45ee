import type { Equation } from "./check-equation";
import { equivalentExpr } from "./compare-expressions";
import { sameSide } from "./judge-equation-step";
import { type Expr, evaluate, variablesOf } from "./parse-math";

/*
 * An identity is an equation true for every value: "cos^2(θ) = 1 - sin^2(θ)", "-3 = -3",
 * "(f + g)(x) = f(x) + g(x)". Compared as an equation (a zero difference), every identity would
 * be the same answer, "cos^2(θ) = cos^2(θ)" and "0 = 0" included. So an identity is compared side
 * by side, in either order: each side the authored side up to trivial rewriting (terms reordered,
 * a product written out or not as the authored side is), with every function call kept as it is
 * (sin(θ) and cos(θ) are two unrelated quantities, so "1 - sin^2(θ)" is not "cos^2(θ)").
 */

/** Whether both sides are equal for every value of the variables (at every sampled point). */
export function isIdentity(eq: Equation): boolean {
  return equivalentExpr(eq.lhs, eq.rhs);
}

const PROBES = [0.37, 1.91, -2.3];

/** The values of a function's argument at fixed points: the same argument however it is written. */
function fingerprint(arg: Expr): string {
  const vars = [...variablesOf(arg)].sort();
  return PROBES.map((p, k) => {
    const scope = Object.fromEntries(vars.map((v, j) => [v, p + 0.713 * j + 0.1 * k]));
    const v = evaluate(arg, scope);
    return Number.isFinite(v) ? v.toPrecision(10) : "nan";
  }).join(",");
}

/** Every function call as a quantity of its own (a variable named by the call). */
export function opaqueCalls(e: Expr): Expr {
  switch (e.t) {
    case "num":
    case "var":
      return e;
    case "neg":
      return { t: "neg", a: opaqueCalls(e.a) };
    case "fn":
      return { t: "var", name: `@${e.name}(${fingerprint(e.a)})` };
    case "bin":
      return { ...e, a: opaqueCalls(e.a), b: opaqueCalls(e.b) };
  }
}

/** The authored identity, its sides rewritten (and maybe swapped), functions kept as they are. */
export function sameIdentity(target: Equation, eq: Equation): boolean {
  const [tl, tr, l, r] = [target.lhs, target.rhs, eq.lhs, eq.rhs].map(opaqueCalls) as [Expr, Expr, Expr, Expr];
  return (sameSide(tl, l) && sameSide(tr, r)) || (sameSide(tl, r) && sameSide(tr, l));
}

/** A bare expression that is the authored identity's right side (what the step rewrites to). */
export function isIdentitySide(target: Equation, e: Expr): boolean {
  return sameSide(opaqueCalls(target.rhs), opaqueCalls(e));
}
