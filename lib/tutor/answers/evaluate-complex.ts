import { DEGREES, type Expr } from "./parse-math";

/**
 * Complex arithmetic for answers with the imaginary unit (an expression spec with
 * `complex: true`): "sqrt(-196)" is 14i, "(2 + i)^2" is 3 + 4i. Principal values throughout
 * (sqrt, ln and powers take the principal branch), so every spelling of one number agrees.
 */
export interface Complex {
  re: number;
  im: number;
}

const NAN: Complex = { re: Number.NaN, im: Number.NaN };
const c = (re: number, im = 0): Complex => ({ re, im });

function mul(a: Complex, b: Complex): Complex {
  return c(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
}

function div(a: Complex, b: Complex): Complex {
  const d = b.re * b.re + b.im * b.im;
  if (d === 0) return NAN;
  return c((a.re * b.re + a.im * b.im) / d, (a.im * b.re - a.re * b.im) / d);
}

const modulus = (z: Complex) => Math.hypot(z.re, z.im);

function exp(z: Complex): Complex {
  const r = Math.exp(z.re);
  return z.im === 0 ? c(r) : c(r * Math.cos(z.im), r * Math.sin(z.im));
}

function ln(z: Complex): Complex {
  const m = modulus(z);
  return m === 0 ? NAN : c(Math.log(m), Math.atan2(z.im, z.re));
}

function sqrt(z: Complex): Complex {
  if (z.im === 0) return z.re >= 0 ? c(Math.sqrt(z.re)) : c(0, Math.sqrt(-z.re));
  const m = modulus(z);
  return c(Math.sqrt((m + z.re) / 2), Math.sign(z.im) * Math.sqrt((m - z.re) / 2));
}

function pow(a: Complex, b: Complex): Complex {
  // Whole powers by repeated multiplication, so that i^2 is exactly -1.
  if (b.im === 0 && Number.isInteger(b.re) && Math.abs(b.re) <= 64) {
    let out = c(1);
    for (let k = 0; k < Math.abs(b.re); k++) out = mul(out, a);
    return b.re < 0 ? div(c(1), out) : out;
  }
  if (a.re === 0 && a.im === 0) return b.re > 0 ? c(0) : NAN;
  // A real power of a positive real stays real (no rounding into the imaginary part).
  if (a.im === 0 && a.re > 0 && b.im === 0) return c(a.re ** b.re);
  return exp(mul(b, ln(a)));
}

function sin(z: Complex): Complex {
  return c(Math.sin(z.re) * Math.cosh(z.im), Math.cos(z.re) * Math.sinh(z.im));
}

function cos(z: Complex): Complex {
  return c(Math.cos(z.re) * Math.cosh(z.im), -Math.sin(z.re) * Math.sinh(z.im));
}

/** Functions of a real argument only (inverse trigonometric functions, degrees). */
const REAL_ONLY: Record<string, (x: number) => number> = {
  asin: Math.asin,
  acos: Math.acos,
  atan: Math.atan,
  asec: (x) => Math.acos(1 / x),
  acsc: (x) => Math.asin(1 / x),
  [DEGREES]: (x) => (x * Math.PI) / 180,
};

function apply(name: string, z: Complex): Complex {
  switch (name) {
    case "sqrt":
      return sqrt(z);
    case "exp":
      return exp(z);
    case "ln":
      return ln(z);
    case "log":
      return div(ln(z), c(Math.LN10));
    case "abs":
      return c(modulus(z));
    case "sin":
      return sin(z);
    case "cos":
      return cos(z);
    case "tan":
      return div(sin(z), cos(z));
    case "sec":
      return div(c(1), cos(z));
    case "csc":
      return div(c(1), sin(z));
    case "cot":
      return div(cos(z), sin(z));
  }
  const f = REAL_ONLY[name];
  return f && z.im === 0 ? c(f(z.re)) : NAN;
}

const finite = (z: Complex) => (Number.isFinite(z.re) && Number.isFinite(z.im) ? z : NAN);

/** The value with `unit` (normally "i") as the imaginary unit; NaN parts when undefined. */
export function evaluateComplex(e: Expr, scope: Record<string, number>, unit = "i"): Complex {
  switch (e.t) {
    case "num":
      return c(e.v);
    case "var":
      return e.name === unit ? c(0, 1) : c(scope[e.name] ?? Number.NaN);
    case "neg": {
      const a = evaluateComplex(e.a, scope, unit);
      return c(-a.re, -a.im);
    }
    case "fn":
      return finite(apply(e.name, evaluateComplex(e.a, scope, unit)));
    case "bin": {
      const a = evaluateComplex(e.a, scope, unit);
      const b = evaluateComplex(e.b, scope, unit);
      if (Number.isNaN(a.re) || Number.isNaN(b.re)) return NAN;
      if (e.op === "+") return finite(c(a.re + b.re, a.im + b.im));
      if (e.op === "-") return finite(c(a.re - b.re, a.im - b.im));
      if (e.op === "*") return finite(mul(a, b));
      if (e.op === "/") return finite(div(a, b));
      return finite(pow(a, b));
    }
  }
}
