import { getOrInsert } from "../get-or-insert";
import { round4, sigmoid } from "../math";
import type { KtItem, KtModel, KtRow, StudentState } from "../types";

/** Per skill: [b, g, r] in logit = Σ_skills b + g·ln(1+successes) + r·ln(1+failures). */
type PfaParams = [number, number, number];

export interface PfaOptions {
  l2?: number;
  rounds?: number;
}

const featuresOf = (st: { s?: number; f?: number } | undefined): [number, number, number] => [
  1,
  Math.log1p(st?.s ?? 0),
  Math.log1p(st?.f ?? 0),
];

/** Solves the 3×3 system H·x = g (H symmetric positive definite thanks to the L2 term). */
function solve3(h: number[], g: number[]): number[] {
  const [a, b, c, d, e, f] = [h[0]!, h[1]!, h[2]!, h[4]!, h[5]!, h[8]!];
  const det = a * (d * f - e * e) - b * (b * f - e * c) + c * (b * e - d * c);
  const inv = [d * f - e * e, c * e - b * f, b * e - c * d, a * f - c * c, b * c - a * e, a * d - b * b];
  const [i0, i1, i2, i3, i4, i5] = inv as [number, number, number, number, number, number];
  return [
    (i0 * g[0]! + i1 * g[1]! + i2 * g[2]!) / det,
    (i1 * g[0]! + i3 * g[1]! + i4 * g[2]!) / det,
    (i2 * g[0]! + i4 * g[1]! + i5 * g[2]!) / det,
  ];
}

/**
 * Performance Factors Analysis (Pavlik et al. 2009) with per-skill counts of the student's
 * earlier successes and failures. Fitted by block Newton (one 3×3 Newton step per skill per
 * round, exact for single-skill items) with an L2 penalty on every parameter.
 */
export function fitPfa(rows: readonly KtRow[], opts: PfaOptions = {}): KtModel {
  const l2 = opts.l2 ?? 1;
  const rounds = opts.rounds ?? 12;
  // Features of every (row, skill) pair, computed online per student.
  const counts = new Map<string, Map<string, { s: number; f: number }>>();
  const bySkill = new Map<string, { row: number; x: [number, number, number] }[]>();
  rows.forEach((r, i) => {
    const st = getOrInsert(counts, r.student, () => new Map<string, { s: number; f: number }>());
    for (const s of r.item.skills) {
      const c = st.get(s) ?? { s: 0, f: 0 };
      getOrInsert(bySkill, s, () => []).push({ row: i, x: featuresOf(c) });
      if (r.correct) c.s++;
      else c.f++;
      st.set(s, c);
    }
  });
  const params = new Map<string, PfaParams>([...bySkill.keys()].map((s) => [s, [0, 0, 0]]));
  const z = new Float64Array(rows.length);
  for (let round = 0; round < rounds; round++) {
    for (const [s, list] of bySkill) {
      const w = params.get(s)!;
      const g = [l2 * w[0], l2 * w[1], l2 * w[2]];
      const h = [l2, 0, 0, 0, l2, 0, 0, 0, l2];
      for (const { row, x } of list) {
        const p = sigmoid(z[row]!);
        const err = p - (rows[row]!.correct ? 1 : 0);
        const v = p * (1 - p);
        for (let a = 0; a < 3; a++) {
          g[a]! += err * x[a]!;
          for (let b = 0; b < 3; b++) h[3 * a + b]! += v * x[a]! * x[b]!;
        }
      }
      const step = solve3(h, g);
      for (let a = 0; a < 3; a++) w[a]! -= step[a]!;
      for (const { row, x } of list) z[row]! -= step[0]! * x[0] + step[1]! * x[1] + step[2]! * x[2];
    }
  }
  const avg: PfaParams = [0, 0, 0];
  for (const w of params.values()) for (let a = 0; a < 3; a++) avg[a]! += w[a]! / Math.max(1, params.size);
  const get = (s: string) => params.get(s) ?? avg;
  const skillLogit = (state: StudentState, s: string) => {
    const [b, g, r] = get(s);
    const x = featuresOf(state.skills[s]);
    return b * x[0] + g * x[1] + r * x[2];
  };
  const predict = (state: StudentState, item: KtItem) =>
    sigmoid(item.skills.reduce((a, s) => a + skillLogit(state, s), 0));
  return {
    kind: "pfa",
    initialState: () => ({ skills: {}, global: {} }),
    predict,
    update: (state, item, obs) => {
      for (const s of item.skills) {
        const c = { s: state.skills[s]?.s ?? 0, f: state.skills[s]?.f ?? 0 };
        if (obs.correct) c.s++;
        else c.f++;
        state.skills[s] = c;
      }
      return state;
    },
    mastery: (state, skill) => sigmoid(skillLogit(state, skill)),
    describe: () =>
      [...params].map(([skill, [b, g, r]]) => ({
        skill,
        params: { easiness: round4(b), perSuccess: round4(g), perFailure: round4(r) },
      })),
    toJSON: () => ({ kind: "pfa", l2, params: Object.fromEntries(params), fallback: avg }),
  };
}
