import { logit } from "../math";
import type { KtItem, KtRow } from "../types";

/** Static item easiness (logit of P(correct)), used only to give θ's Elo update a reference. */
export interface EasinessTable {
  items: Map<string, number>;
  skills: Map<string, number>;
  /** Logit of the overall rate of correct first attempts. */
  overall: number;
}

/**
 * Item mean shrunk toward its skills' mean with `strength` pseudo-attempts, and each skill mean
 * shrunk toward the overall mean with one pseudo-attempt (the item-mean baseline, in logits).
 */
export function computeEasiness(rows: readonly KtRow[], strength: number): EasinessTable {
  let correct = 0;
  const skill = new Map<string, [number, number]>();
  const item = new Map<string, { item: KtItem; c: number; n: number }>();
  for (const r of rows) {
    const y = r.correct ? 1 : 0;
    correct += y;
    for (const s of r.item.skills) {
      const st = skill.get(s) ?? [0, 0];
      st[0] += y;
      st[1]++;
      skill.set(s, st);
    }
    const it = item.get(r.item.itemId) ?? { item: r.item, c: 0, n: 0 };
    it.c += y;
    it.n++;
    item.set(r.item.itemId, it);
  }
  // A Beta(2·0.66, 2·0.34)-like prior when there are no rows at all (ASSISTments' base rate).
  const overallP = (correct + 1.3) / (rows.length + 2);
  const skillP = new Map([...skill].map(([s, [c, n]]) => [s, (c + overallP) / (n + 1)]));
  const skillsMean = (it: KtItem) =>
    it.skills.length ? it.skills.reduce((a, s) => a + (skillP.get(s) ?? overallP), 0) / it.skills.length : overallP;
  const items = new Map<string, number>();
  for (const [id, e] of item) items.set(id, logit((e.c + strength * skillsMean(e.item)) / (e.n + strength)));
  return {
    items,
    skills: new Map([...skillP].map(([s, p]) => [s, logit(p)])),
    overall: logit(overallP),
  };
}

/** Easiness of an item; unseen items fall back to the mean of their skills', then overall. */
export function lookupEasiness(table: EasinessTable, item: KtItem): number {
  const e = table.items.get(item.itemId);
  if (e !== undefined) return e;
  if (!item.skills.length) return table.overall;
  let sum = 0;
  for (const s of item.skills) sum += table.skills.get(s) ?? table.overall;
  return sum / item.skills.length;
}
