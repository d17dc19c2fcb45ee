/**
 * Rounding as taught (half away from zero, on the decimal value as written: 1.005 to 2 places
 * is 1.01) and the plain and scientific spellings of a rounded number.
 */

function clean(v: number): number {
  return Number(v.toPrecision(15));
}

/** `v` rounded to `places` decimal places (negative places round to tens, hundreds...). */
export function roundToDecimals(v: number, places: number): number {
  if (!Number.isFinite(v) || v === 0) return v;
  const f = 10 ** places;
  // The nudge undoes binary representation error: 1.005 * 100 is 100.49999999999999.
  const r = Math.round(Math.abs(v) * f * (1 + 4e-16)) / f;
  return clean(Math.sign(v) * r);
}

/** The power of ten of the leading digit: 791 -> 2, 0.000791 -> -4. */
export function leadingPower(v: number): number {
  if (v === 0 || !Number.isFinite(v)) return 0;
  let e = Math.floor(Math.log10(Math.abs(v)));
  // log10 can be off by one at exact powers of ten (log10(1000) may be 2.9999999999999996).
  if (Math.abs(v) >= 10 ** (e + 1)) e += 1;
  else if (Math.abs(v) < 10 ** e) e -= 1;
  return e;
}

/** `v` rounded to `figures` significant figures. */
export function roundToSigfigs(v: number, figures: number): number {
  if (!Number.isFinite(v) || v === 0) return v;
  return roundToDecimals(v, figures - 1 - leadingPower(v));
}

/** A plain decimal with exactly `places` places when places >= 0: 2.5, 2 -> "2.50". */
export function fixedPlaces(v: number, places: number): string {
  const s = v.toFixed(Math.max(0, Math.min(places, 100)));
  return s;
}

/** A number rounded to `figures` significant figures, as a plain decimal ("0.000000791", "1200", "3.10"). */
export function plainSigfigs(v: number, figures: number): string {
  const r = roundToSigfigs(v, figures);
  return fixedPlaces(r, figures - 1 - leadingPower(r));
}

/**
 * Scientific notation as shown to a student: "7.91 × 10^-7". With `figures`, the mantissa has
 * exactly that many significant figures ("6.00 × 10^23").
 */
export function scientificText(v: number, figures?: number): string {
  const r = figures ? roundToSigfigs(v, figures) : v;
  if (r === 0) return figures ? `${fixedPlaces(0, figures - 1)} × 10^0` : "0 × 10^0";
  const e = leadingPower(r);
  const m = clean(r / 10 ** e);
  const mantissa = figures ? fixedPlaces(m, figures - 1) : String(clean(m));
  return `${mantissa} × 10^${e}`;
}
