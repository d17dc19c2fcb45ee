import { round4 } from "../math";
import type { KtItem, KtModel, KtRow, StudentState } from "../types";

/** Static per-skill rate of correct first attempts; multi-skill items average their skills. */
export function fitKcMean(rows: readonly KtRow[]): KtModel {
  const stats = new Map<string, [number, number]>();
  let correct = 0;
  for (const r of rows) {
    if (r.correct) correct++;
    for (const s of r.item.skills) {
      const st = stats.get(s) ?? [0, 0];
      st[0] += r.correct ? 1 : 0;
      st[1]++;
      stats.set(s, st);
    }
  }
  const globalMean = rows.length ? correct / rows.length : 0.5;
  const mean = new Map([...stats].map(([s, [c, n]]) => [s, (c + globalMean) / (n + 1)]));
  const skillMean = (s: string) => mean.get(s) ?? globalMean;
  const predict = (_: StudentState, item: KtItem) =>
    item.skills.length ? item.skills.reduce((a, s) => a + skillMean(s), 0) / item.skills.length : globalMean;
  return {
    kind: "kc-mean",
    initialState: () => ({ skills: {}, global: {} }),
    predict,
    update: (state) => state,
    mastery: (_, skill) => skillMean(skill),
    describe: () => [...mean].map(([skill, m]) => ({ skill, params: { pCorrect: round4(m) } })),
    toJSON: () => ({ kind: "kc-mean", globalMean, mean: Object.fromEntries(mean) }),
  };
}

/** Per-skill means as a lookup, reused by the item-mean baseline as its shrinkage target. */
export function predictKcMean(model: KtModel, item: KtItem): number {
  return model.predict({ skills: {}, global: {} }, item, 0);
}
