/**
 * P(truly learnt) for a model mastery value, read off a calibration curve (PickInput.masteredCurve):
 * piecewise linear between its points, flat beyond the ends. Without a curve, the value itself.
 */
import type { MasteredCurve } from "./types";

export function masteredProbability(m: number, curve?: MasteredCurve): number {
  if (!curve || curve.at.length === 0) return Math.min(1, Math.max(0, m));
  const { at, p } = curve;
  if (m <= (at[0] as number)) return p[0] as number;
  for (let k = 1; k < at.length; k++) {
    const hi = at[k] as number;
    if (m > hi) continue;
    const lo = at[k - 1] as number;
    const w = hi > lo ? (m - lo) / (hi - lo) : 1;
    return (p[k - 1] as number) + w * ((p[k] as number) - (p[k - 1] as number));
  }
  return p[p.length - 1] as number;
}
