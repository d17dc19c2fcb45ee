/** One skill's BKT parameters. `forget` is 0 in classic BKT. */
export interface BktParams {
  prior: number;
  learn: number;
  forget: number;
  guess: number;
  slip: number;
}

/** P(correct) given P(known). */
export function predictBkt(pKnown: number, p: BktParams): number {
  return pKnown * (1 - p.slip) + (1 - pKnown) * p.guess;
}

/**
 * P(known) after observing one response: Bayes on the response, then one learning/forgetting
 * transition (the student practised, so the state may change before the next attempt).
 */
export function updateBkt(pKnown: number, correct: boolean, p: BktParams): number {
  const known = correct ? pKnown * (1 - p.slip) : pKnown * p.slip;
  const unknown = correct ? (1 - pKnown) * p.guess : (1 - pKnown) * (1 - p.guess);
  const post = known / (known + unknown);
  return post * (1 - p.forget) + (1 - post) * p.learn;
}

/**
 * Expected sufficient statistics of one sequence under `p` (scaled forward–backward), added
 * into `acc`: [γ₀(known), n₀, Σξ(u→k), Σγ(u) t<T−1, Σξ(k→u), Σγ(k) t<T−1,
 *              Σγ(u)·y, Σγ(u), Σγ(k)·(1−y), Σγ(k)].
 * `alpha` is scratch of length ≥ 2·ys.length.
 */
export function accumulateBktStats(ys: Uint8Array, p: BktParams, acc: Float64Array, alpha: Float64Array): void {
  const T = ys.length;
  const emit = (k: number, y: number) => (k ? (y ? 1 - p.slip : p.slip) : y ? p.guess : 1 - p.guess);
  const a00 = 1 - p.learn;
  const a01 = p.learn;
  const a10 = p.forget;
  const a11 = 1 - p.forget;
  // Forward, normalised per step (the scale factors cancel in γ and ξ).
  let u = (1 - p.prior) * emit(0, ys[0]!);
  let k = p.prior * emit(1, ys[0]!);
  let c = u + k;
  alpha[0]! = u / c;
  alpha[1]! = k / c;
  for (let t = 1; t < T; t++) {
    const pu = alpha[2 * t - 2]!;
    const pk = alpha[2 * t - 1]!;
    u = (pu * a00 + pk * a10) * emit(0, ys[t]!);
    k = (pu * a01 + pk * a11) * emit(1, ys[t]!);
    c = u + k;
    alpha[2 * t]! = u / c;
    alpha[2 * t + 1]! = k / c;
  }
  // Backward with β normalised per step too; γ and ξ are renormalised locally.
  let bu = 1;
  let bk = 1;
  for (let t = T - 1; t >= 0; t--) {
    const au = alpha[2 * t]!;
    const ak = alpha[2 * t + 1]!;
    const gz = au * bu + ak * bk;
    const gu = (au * bu) / gz;
    const gk = (ak * bk) / gz;
    const y = ys[t]!;
    acc[6]! += gu * y;
    acc[7]! += gu;
    acc[8]! += gk * (1 - y);
    acc[9]! += gk;
    if (t === 0) {
      acc[0]! += gk;
      acc[1]! += 1;
    }
    if (t > 0) {
      const pu = alpha[2 * t - 2]!;
      const pk = alpha[2 * t - 1]!;
      const eu = emit(0, y) * bu;
      const ek = emit(1, y) * bk;
      const x00 = pu * a00 * eu;
      const x01 = pu * a01 * ek;
      const x10 = pk * a10 * eu;
      const x11 = pk * a11 * ek;
      const xz = x00 + x01 + x10 + x11;
      acc[2]! += x01 / xz;
      acc[3]! += (x00 + x01) / xz;
      acc[4]! += x10 / xz;
      acc[5]! += (x10 + x11) / xz;
      const nbu = a00 * eu + a01 * ek;
      const nbk = a10 * eu + a11 * ek;
      const bz = nbu + nbk;
      bu = nbu / bz;
      bk = nbk / bz;
    }
  }
}
