import { round4 } from "../math";
import type { KtItem, KtModel, KtRow } from "../types";
import { fitKcMean, predictKcMean } from "./fit-kc-mean";

/**
 * Static per-item rate of correct first attempts, shrunk toward the item's skill mean with
 * `strength` pseudo-attempts (rare items would otherwise sit at 0 or 1). Unseen items get the
 * skill mean. This is the "IRT with unseen students" of Gervet et al.: item difficulty only.
 */
export function fitItemMean(rows: readonly KtRow[], opts: { strength?: number } = {}): KtModel {
  const strength = opts.strength ?? 2;
  const kc = fitKcMean(rows);
  const counts = new Map<string, { item: KtItem; c: number; n: number }>();
  for (const r of rows) {
    const e = counts.get(r.item.itemId) ?? { item: r.item, c: 0, n: 0 };
    e.c += r.correct ? 1 : 0;
    e.n++;
    counts.set(r.item.itemId, e);
  }
  const mean = new Map<string, number>();
  for (const [id, e] of counts) mean.set(id, (e.c + strength * predictKcMean(kc, e.item)) / (e.n + strength));
  return {
    kind: "item-mean",
    initialState: () => ({ skills: {}, global: {} }),
    predict: (_, item) => mean.get(item.itemId) ?? predictKcMean(kc, item),
    update: (state) => state,
    mastery: (state, skill, t) => kc.mastery(state, skill, t),
    describe: () => kc.describe(),
    toJSON: () => ({
      kind: "item-mean",
      strength,
      kc: kc.toJSON(),
      mean: Object.fromEntries([...mean].map(([k, v]) => [k, round4(v)])),
    }),
  };
}
