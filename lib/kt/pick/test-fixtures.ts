import type { KtItem, KtModel, StudentState } from "@/lib/kt/types";
import type { PickProblem } from "./types";

/** Fixtures for the pickers' table tests (choose-next, choose-by-gain). */
export const NOW = Date.UTC(2026, 2, 1);

/** A problem from step skill lists: steps get item ids `${id}-0`, `${id}-1`, ... */
export function prob(id: string, steps: string[][], position = 0, setOrder = 0): PickProblem {
  return { id, setOrder, position, steps: steps.map((skills, k) => ({ itemId: `${id}-${k}`, skills })) };
}

/**
 * A model with given mastery now (0.1 when missing); `past` is what it says for times before NOW
 * (decay tests); success per item overrides the default prediction (0.2 + 0.75 x mastery per
 * skill, multiplied).
 */
export function stubModel(
  mastery: Record<string, number>,
  opts: { past?: Record<string, number>; success?: Record<string, number> } = {},
): KtModel {
  const m = (s: string, t: number) => (t < NOW ? opts.past?.[s] : undefined) ?? mastery[s] ?? 0.1;
  return {
    kind: "stub",
    initialState: (): StudentState => ({ skills: {}, global: {} }),
    mastery: (_s, skill, t) => m(skill, t),
    predict: (_s, item: KtItem, t) =>
      opts.success?.[item.itemId] ?? item.skills.reduce((p, s) => p * (0.2 + 0.75 * m(s, t)), 1),
    update: (s) => s,
    describe: () => [],
    toJSON: () => ({}),
  };
}
