export type NumberForm = "integer" | "decimal" | "fraction" | "mixed" | "scientific";

export interface ParsedNumber {
  value: number;
  form: NumberForm;
  /** For fraction/mixed: the improper numerator and denominator (sign on the numerator). */
  num?: number;
  den?: number;
  /** For mixed numbers: the fractional part's own numerator ("1 2/4" -> 2). */
  partNum?: number;
  /** Digits after the decimal point, for rounding judgements ("7.91e-7" has 9). */
  decimals: number;
  /**
   * Significant figures as written, for integers, decimals and scientific notation: "0.00791"
   * has 3; "1200" has 2 to 4 (trailing zeros of a whole number are ambiguous); "1200.0" has 5.
   */
  sigfigs?: { min: number; max: number };
  /** For scientific notation "7.91e-7": the part before "e" (7.91) and the power of ten (-7). */
  mantissa?: number;
  exponent?: number;
}

/** Digits with optional thousands separators (exactly 3 digits after each comma) and decimals. */
export const DECIMAL_SOURCE = String.raw`(?:\d{1,3}(?:,\d{3})+(?![\d])|\d+)(?:\.\d+)?|\.\d+`;
/** "7.91e-7", "6.02e+23" (other spellings are rewritten to this by rewriteScientific). */
export const SCIENTIFIC_SOURCE = String.raw`(?:\d+(?:\.\d+)?|\.\d+)e[+-]?\d+`;
export const FRACTION_SOURCE = String.raw`\d+\s*\/\s*\d+`;
export const MIXED_SOURCE = String.raw`\d+\s+\d+\s*\/\s*\d+`;
export const NUMBER_BODY_SOURCE = `${MIXED_SOURCE}|${FRACTION_SOURCE}|${SCIENTIFIC_SOURCE}|${DECIMAL_SOURCE}`;

const WHOLE = new RegExp(`^(?:${NUMBER_BODY_SOURCE})$`);

/**
 * Parses one number as an author or student writes it: "12", "-1,200.50", ".75", "3/4",
 * "-2/3", "1 1/2", "$12" (currency prefix ignored). Returns null for anything else.
 */
export function parseNumber(raw: string): ParsedNumber | null {
  let s = raw.trim().replace(/^\+/, "");
  let sign = 1;
  if (s.startsWith("-")) {
    sign = -1;
    s = s.slice(1).trim();
  }
  s = s.replace(/^[$€£]\s*/, "");
  if (sign === 1 && s.startsWith("-")) {
    sign = -1;
    s = s.slice(1).trim();
  }
  s = s.toLowerCase();
  if (!WHOLE.test(s)) return null;
  return parseUnsignedBody(s, sign);
}

export function parseUnsignedBody(body: string, sign: number): ParsedNumber | null {
  const mixed = /^(\d+)\s+(\d+)\s*\/\s*(\d+)$/.exec(body);
  if (mixed) {
    const w = Number(mixed[1]);
    const n = Number(mixed[2]);
    const d = Number(mixed[3]);
    if (d === 0 || n >= d) return null;
    const num = sign * (w * d + n);
    return { value: num / d, form: "mixed", num, den: d, partNum: n, decimals: 0 };
  }
  const frac = /^(\d+)\s*\/\s*(\d+)$/.exec(body);
  if (frac) {
    const n = Number(frac[1]);
    const d = Number(frac[2]);
    if (d === 0) return null;
    return { value: (sign * n) / d, form: "fraction", num: sign * n, den: d, decimals: 0 };
  }
  const sci = /^(\d+(?:\.\d+)?|\.\d+)e([+-]?\d+)$/.exec(body);
  if (sci) {
    const mantissa = Number(sci[1]);
    const exponent = Number(sci[2]);
    const value = sign * Number(body);
    if (!Number.isFinite(value) || Math.abs(exponent) > 400) return null;
    const dot = sci[1]!.indexOf(".");
    const places = dot < 0 ? 0 : sci[1]!.length - dot - 1;
    const digits = sci[1]!.replace(".", "").replace(/^0+/, "");
    const n = Math.max(digits.length, 1);
    return {
      value: value === 0 ? 0 : value,
      form: "scientific",
      decimals: Math.max(0, places - exponent),
      sigfigs: { min: n, max: n },
      mantissa: sign * mantissa,
      exponent,
    };
  }
  const plain = body.replace(/,/g, "");
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(plain)) return null;
  const value = sign * Number(plain);
  if (!Number.isFinite(value)) return null;
  const dot = plain.indexOf(".");
  const decimals = dot < 0 ? 0 : plain.length - dot - 1;
  return {
    value: value === 0 ? 0 : value,
    form: decimals > 0 ? "decimal" : "integer",
    decimals,
    sigfigs: significantFigures(plain),
  };
}

/** Significant figures of an unsigned plain number ("0.0120" -> 3; "1200" -> 2 to 4; "0" -> 1). */
export function significantFigures(plain: string): { min: number; max: number } {
  const hasDot = plain.includes(".");
  const digits = plain.replace(".", "").replace(/^0+/, "");
  if (!digits) return { min: 1, max: 1 };
  if (hasDot) return { min: digits.length, max: digits.length };
  const core = digits.replace(/0+$/, "");
  return { min: Math.max(core.length, 1), max: digits.length };
}

export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y > 0 && Number.isFinite(y)) [x, y] = [y, x % y];
  return x;
}

export interface Tolerance {
  abs?: number;
  rel?: number;
}

/**
 * Without an authored tolerance values must agree to 1e-9 relative (1e-15 absolute near zero),
 * which absorbs float noise like 0.1 + 0.2 but nothing a student could type differently, at
 * any magnitude: 7.91e-7 and 7.92e-7, or -8.05e-12 and -8.06e-12, are different answers.
 * With one, the larger of abs and rel*|expected| applies, plus the same float slack so an
 * authored abs 0.01 accepts 3.15 for 3.14 rather than failing on 0.010000000000000009.
 */
export function approxEqual(actual: number, expected: number, tol?: Tolerance): boolean {
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return false;
  const diff = Math.abs(actual - expected);
  const scale = Math.max(Math.abs(actual), Math.abs(expected));
  const slack = Math.max(1e-9 * scale, 1e-15);
  if (diff <= slack) return true;
  if (!tol) return false;
  const allowed = Math.max(tol.abs ?? 0, (tol.rel ?? 0) * Math.abs(expected));
  return diff <= allowed + slack;
}

/** A plain display of a number: no exponent for everyday sizes, float noise trimmed. */
// Built once: toLocaleString with options builds a new formatter on every call, and answer
// checking formats numbers many times a turn (decision 022).
const GROUPED = new Intl.NumberFormat("en-US", { maximumFractionDigits: 10 });
const PLAIN = new Intl.NumberFormat("en-US", { maximumFractionDigits: 10, useGrouping: false });

export function formatNumber(v: number, thousands = false): string {
  if (!Number.isFinite(v)) return String(v);
  const clean = Number(v.toPrecision(12));
  const abs = Math.abs(clean);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-6)) return String(clean);
  if (thousands && abs >= 1000) return GROUPED.format(clean);
  return PLAIN.format(clean);
}

/** Smallest fraction p/q with q <= maxDen equal to v (to 1e-9), or null. */
export function toSimpleFraction(v: number, maxDen = 12): { num: number; den: number } | null {
  for (let den = 1; den <= maxDen; den++) {
    const num = Math.round(v * den);
    if (Math.abs(num / den - v) <= 1e-9 * Math.max(1, Math.abs(v))) return { num, den };
  }
  return null;
}
