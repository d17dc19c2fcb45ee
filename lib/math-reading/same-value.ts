const RELATIVE = 1e-9;
/** Below this, a value is zero (floating residue like 0.1 + 0.2 - 0.3). */
const ZERO = 1e-15;

/** Equal up to a relative 1e-9: works for 0.00000000003397 as well as 1e12. */
export function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  if (a === 0 || b === 0) return Math.abs(a - b) < ZERO;
  return Math.abs(a - b) <= RELATIVE * Math.max(Math.abs(a), Math.abs(b));
}
