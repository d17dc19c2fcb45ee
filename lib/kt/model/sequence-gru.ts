import { seededRandom, sigmoid } from "../math";
import type { KtItem, KtRow } from "../types";

/**
 * A small DKT-style recurrent model (one GRU layer), the sequence half of the ensemble.
 * Input after each first attempt: an embedding of (skill, correct) folded into the gates'
 * pre-activations. Output for the next item: (v[skill] + q[item])·h + c[skill] + d[item].
 * The first skill of an item stands for the item's skills; unseen skills/items use a spare row.
 *
 * Parameters, one vector: Ez, Er, En (tokens × H) | Uz, Ur, Un (H × H) | bUn (H) | V (skills × H)
 * | c (skills) | Q (items × H) | d (items). The hidden state lives in StudentState.global as
 * "h0".."h<H-1>" (plain numbers, so it serialises with the rest of the state).
 */
export interface SequenceModel {
  hidden: number;
  skillIndex: Map<string, number>;
  itemIndex: Map<string, number>;
  weights: Float64Array;
}

export interface SequenceOptions {
  hidden: number;
  /** Truncated backpropagation through time: chunks of this many attempts (state carried over). */
  chunk: number;
  /** Sequences per Adam step. */
  batch: number;
  learningRate: number;
  seed: number;
}

interface Offsets {
  ez: number;
  er: number;
  en: number;
  uz: number;
  ur: number;
  un: number;
  bun: number;
  v: number;
  c: number;
  q: number;
  d: number;
  size: number;
}

/** Where each block starts; the last skill and item rows are the "unseen" spares. */
export function sequenceOffsets(hidden: number, skills: number, items: number): Offsets {
  const H = hidden;
  const S = skills + 1;
  const I = items + 1;
  const ez = 0;
  const er = ez + 2 * S * H;
  const en = er + 2 * S * H;
  const uz = en + 2 * S * H;
  const ur = uz + H * H;
  const un = ur + H * H;
  const bun = un + H * H;
  const v = bun + H;
  const c = v + S * H;
  const q = c + S;
  const d = q + I * H;
  return { ez, er, en, uz, ur, un, bun, v, c, q, d, size: d + I };
}

const skillOf = (m: SequenceModel, item: KtItem) => {
  const k = item.skills.length ? m.skillIndex.get(item.skills[0]!) : undefined;
  return k ?? m.skillIndex.size;
};
const itemOf = (m: SequenceModel, itemId: string) => m.itemIndex.get(itemId) ?? m.itemIndex.size;

/** The output logit for attempting `item` with hidden state `h`. */
export function sequenceLogit(m: SequenceModel, h: ArrayLike<number>, item: KtItem): number {
  const o = sequenceOffsets(m.hidden, m.skillIndex.size, m.itemIndex.size);
  const H = m.hidden;
  const w = m.weights;
  const s = skillOf(m, item);
  const i = itemOf(m, item.itemId);
  let z = w[o.c + s]! + w[o.d + i]!;
  for (let a = 0; a < H; a++) z += (w[o.v + s * H + a]! + w[o.q + i * H + a]!) * h[a]!;
  return z;
}

let scratch = { z: new Float64Array(0), r: new Float64Array(0), un: new Float64Array(0) };

/**
 * One GRU step: the hidden state after a first attempt at `item` (correct or not), written into
 * `out` (may be `h` itself). Caches the gates when `cache` is given (training).
 */
export function sequenceStep(
  m: SequenceModel,
  o: Offsets,
  h: ArrayLike<number>,
  token: number,
  out: Float64Array,
  cache?: { z: Float64Array; r: Float64Array; n: Float64Array; un: Float64Array; at: number },
): void {
  const H = m.hidden;
  const w = m.weights;
  if (scratch.z.length !== H) scratch = { z: new Float64Array(H), r: new Float64Array(H), un: new Float64Array(H) };
  const { z, r, un } = scratch;
  for (let a = 0; a < H; a++) {
    let az = w[o.ez + token * H + a]!;
    let ar = w[o.er + token * H + a]!;
    let u = w[o.bun + a]!;
    const row = a * H;
    for (let b = 0; b < H; b++) {
      const hb = h[b]!;
      az += w[o.uz + row + b]! * hb;
      ar += w[o.ur + row + b]! * hb;
      u += w[o.un + row + b]! * hb;
    }
    z[a] = sigmoid(az);
    r[a] = sigmoid(ar);
    un[a] = u;
  }
  for (let a = 0; a < H; a++) {
    const n = Math.tanh(w[o.en + token * H + a]! + r[a]! * un[a]!);
    if (cache) {
      cache.z[cache.at + a] = z[a]!;
      cache.r[cache.at + a] = r[a]!;
      cache.n[cache.at + a] = n;
      cache.un[cache.at + a] = un[a]!;
    }
    out[a] = (1 - z[a]!) * n + z[a]! * h[a]!;
  }
}

/** The input token of a first attempt: (skill, correct). */
export const sequenceToken = (m: SequenceModel, item: KtItem, correct: boolean) =>
  2 * skillOf(m, item) + (correct ? 1 : 0);

/** Reads the hidden state from a student's global state (zeros for a new student). */
export function readHidden(global: Record<string, number>, hidden: number): Float64Array {
  const h = new Float64Array(hidden);
  for (let a = 0; a < hidden; a++) h[a] = global[`h${a}`] ?? 0;
  return h;
}

/** Folds one first attempt into the hidden state kept in `global`. */
export function updateHidden(m: SequenceModel, global: Record<string, number>, item: KtItem, correct: boolean): void {
  const h = readHidden(global, m.hidden);
  const o = sequenceOffsets(m.hidden, m.skillIndex.size, m.itemIndex.size);
  sequenceStep(m, o, h, sequenceToken(m, item, correct), h);
  for (let a = 0; a < m.hidden; a++) global[`h${a}`] = h[a]!;
}

/**
 * Trains the GRU by truncated BPTT and Adam (rows of a touched item/token only: "lazy" Adam, so
 * an epoch costs O(rows·H²), not O(items·H)). After each epoch `onEpoch(epoch)` decides
 * whether to go on (early stopping is the caller's, on students it holds out).
 */
export function trainSequence(
  rows: readonly KtRow[],
  opts: SequenceOptions,
  onEpoch: (epoch: number, m: SequenceModel) => boolean,
): SequenceModel {
  const skillIndex = new Map<string, number>();
  const itemIndex = new Map<string, number>();
  for (const r of rows) {
    const s = r.item.skills[0];
    if (s !== undefined && !skillIndex.has(s)) skillIndex.set(s, skillIndex.size);
    if (!itemIndex.has(r.item.itemId)) itemIndex.set(r.item.itemId, itemIndex.size);
  }
  const H = opts.hidden;
  const o = sequenceOffsets(H, skillIndex.size, itemIndex.size);
  const w = new Float64Array(o.size);
  const m: SequenceModel = { hidden: H, skillIndex, itemIndex, weights: w };
  const rand = seededRandom(opts.seed);
  const gauss = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
  for (let j = o.ez; j < o.uz; j++) w[j] = 0.1 * gauss();
  for (let j = o.uz; j < o.bun; j++) w[j] = gauss() / Math.sqrt(H);
  for (let j = o.v; j < o.c; j++) w[j] = 0.1 * gauss();
  const seqs = new Map<string, { token: number; s: number; i: number; y: number }[]>();
  for (const r of rows) {
    let q = seqs.get(r.student);
    if (!q) {
      q = [];
      seqs.set(r.student, q);
    }
    const s = skillOf(m, r.item);
    q.push({ token: 2 * s + (r.correct ? 1 : 0), s, i: itemOf(m, r.item.itemId), y: r.correct ? 1 : 0 });
  }
  const list = [...seqs.values()];
  const T = opts.chunk;
  const g = new Float64Array(o.size);
  const m1 = new Float64Array(o.size);
  const m2 = new Float64Array(o.size);
  const lastStep = new Int32Array(o.size);
  const touched = new Uint8Array(o.size);
  const touchedList: number[] = [];
  const touchRow = (start: number, len: number) => {
    if (touched[start]) return;
    for (let j = start; j < start + len; j++) touched[j] = 1;
    touchedList.push(start, len);
  };
  const hs = new Float64Array((T + 1) * H);
  const cache = {
    z: new Float64Array(T * H),
    r: new Float64Array(T * H),
    n: new Float64Array(T * H),
    un: new Float64Array(T * H),
    at: 0,
  };
  const dh = new Float64Array(H);
  const dhp = new Float64Array(H);
  const order = list.map((_, i) => i);
  let step = 0;
  const adam = () => {
    step++;
    // Dense blocks (recurrence, skill outputs) every step; token and item rows when touched.
    touchRow(o.uz, o.v - o.uz);
    touchRow(o.v, o.q - o.v);
    for (let t = 0; t < touchedList.length; t += 2) {
      const start = touchedList[t]!;
      const len = touchedList[t + 1]!;
      for (let j = start; j < start + len; j++) {
        touched[j] = 0;
        // Moments decay for the steps this weight sat out (lazy Adam).
        const gap = step - lastStep[j]! - 1;
        if (gap > 0) {
          m1[j]! *= 0.9 ** gap;
          m2[j]! *= 0.999 ** gap;
        }
        lastStep[j] = step;
        const gj = g[j]!;
        g[j] = 0;
        m1[j] = 0.9 * m1[j]! + 0.1 * gj;
        m2[j] = 0.999 * m2[j]! + 0.001 * gj * gj;
        w[j]! -= (opts.learningRate * (m1[j]! / (1 - 0.9 ** step))) / (Math.sqrt(m2[j]! / (1 - 0.999 ** step)) + 1e-8);
      }
    }
    touchedList.length = 0;
  };
  for (let epoch = 1; ; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const k = Math.floor(rand() * (i + 1));
      [order[i], order[k]] = [order[k]!, order[i]!];
    }
    let inBatch = 0;
    for (const si of order) {
      const q = list[si]!;
      hs.fill(0, 0, H);
      for (let start = 0; start < q.length; start += T) {
        const len = Math.min(T, q.length - start);
        if (start > 0) hs.copyWithin(0, T * H, T * H + H);
        for (let t = 0; t < len; t++) {
          cache.at = t * H;
          sequenceStep(m, o, hs.subarray(t * H, t * H + H), q[start + t]!.token, hs.subarray((t + 1) * H), cache);
        }
        dh.fill(0);
        for (let t = len - 1; t >= 0; t--) {
          const { token, s, i, y } = q[start + t]!;
          const h = hs.subarray(t * H, t * H + H);
          dhp.fill(0);
          touchRow(o.ez + token * H, H);
          touchRow(o.er + token * H, H);
          touchRow(o.en + token * H, H);
          for (let a = 0; a < H; a++) {
            const at = t * H + a;
            const z = cache.z[at]!;
            const n = cache.n[at]!;
            const r = cache.r[at]!;
            const d = dh[a]!;
            dhp[a]! += d * z;
            const dan = d * (1 - z) * (1 - n * n);
            const dun = dan * r;
            const dar = dan * cache.un[at]! * r * (1 - r);
            const daz = d * (h[a]! - n) * z * (1 - z);
            g[o.en + token * H + a]! += dan;
            g[o.er + token * H + a]! += dar;
            g[o.ez + token * H + a]! += daz;
            g[o.bun + a]! += dun;
            const row = a * H;
            for (let b = 0; b < H; b++) {
              const hb = h[b]!;
              g[o.un + row + b]! += dun * hb;
              g[o.ur + row + b]! += dar * hb;
              g[o.uz + row + b]! += daz * hb;
              dhp[b]! += w[o.un + row + b]! * dun + w[o.ur + row + b]! * dar + w[o.uz + row + b]! * daz;
            }
          }
          // The prediction of attempt t reads h_t.
          touchRow(o.q + i * H, H);
          touchRow(o.d + i, 1);
          let zl = w[o.c + s]! + w[o.d + i]!;
          for (let a = 0; a < H; a++) zl += (w[o.v + s * H + a]! + w[o.q + i * H + a]!) * h[a]!;
          const err = sigmoid(zl) - y;
          g[o.c + s]! += err;
          g[o.d + i]! += err;
          for (let a = 0; a < H; a++) {
            g[o.v + s * H + a]! += err * h[a]!;
            g[o.q + i * H + a]! += err * h[a]!;
            dhp[a]! += err * (w[o.v + s * H + a]! + w[o.q + i * H + a]!);
          }
          dh.set(dhp);
        }
      }
      if (++inBatch === opts.batch) {
        inBatch = 0;
        adam();
      }
    }
    if (inBatch > 0) adam();
    if (!onEpoch(epoch, m)) return m;
  }
}
