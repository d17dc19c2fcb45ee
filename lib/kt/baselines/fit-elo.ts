import { round4, sigmoid } from "../math";
import type { KtItem, KtModel, KtRow } from "../types";

export interface EloOptions {
  /** Step for the student's ability θ, online at test time too. */
  kStudent?: number;
  /** Step for item and skill difficulties, only while fitting. */
  kItem?: number;
  epochs?: number;
  /**
   * "item" (default): difficulty is the item's alone, unseen items 0; this is the README's
   * reference Elo (0.7249 on Gervet A09). "item+kc": item plus mean skill difficulty.
   */
  difficulty?: "item" | "item+kc";
}

/**
 * Elo rating for learners (Pelánek 2016): P(correct) = σ(θ − d_item [− mean d_skill]). While
 * fitting, every training student is replayed from θ = 0 and difficulties move against the
 * residual; at test time only θ moves. Unseen items and skills have difficulty 0.
 */
export function fitElo(rows: readonly KtRow[], opts: EloOptions = {}): KtModel {
  const kStudent = opts.kStudent ?? 0.4;
  const kItem = opts.kItem ?? 0.05;
  const epochs = opts.epochs ?? 2;
  const withSkills = opts.difficulty === "item+kc";
  const itemD = new Map<string, number>();
  const skillD = new Map<string, number>();
  const difficulty = (item: KtItem) => {
    let d = itemD.get(item.itemId) ?? 0;
    if (withSkills && item.skills.length)
      d += item.skills.reduce((a, s) => a + (skillD.get(s) ?? 0), 0) / item.skills.length;
    return d;
  };
  for (let e = 0; e < epochs; e++) {
    const theta = new Map<string, number>();
    for (const r of rows) {
      const th = theta.get(r.student) ?? 0;
      const err = (r.correct ? 1 : 0) - sigmoid(th - difficulty(r.item));
      theta.set(r.student, th + kStudent * err);
      itemD.set(r.item.itemId, (itemD.get(r.item.itemId) ?? 0) - kItem * err);
      if (withSkills)
        for (const s of r.item.skills) skillD.set(s, (skillD.get(s) ?? 0) - (kItem * err) / r.item.skills.length);
    }
  }
  const kind = withSkills ? "elo-item+kc" : "elo";
  return {
    kind,
    initialState: () => ({ skills: {}, global: { theta: 0 } }),
    predict: (state, item) => sigmoid((state.global.theta ?? 0) - difficulty(item)),
    update: (state, item, obs) => {
      const th = state.global.theta ?? 0;
      state.global.theta = th + kStudent * ((obs.correct ? 1 : 0) - sigmoid(th - difficulty(item)));
      return state;
    },
    mastery: (state, skill) => sigmoid((state.global.theta ?? 0) - (skillD.get(skill) ?? 0)),
    describe: () => [...skillD].map(([skill, d]) => ({ skill, params: { difficulty: round4(d) } })),
    toJSON: () => ({
      kind,
      kStudent,
      skillD: Object.fromEntries(skillD),
      itemD: Object.fromEntries(itemD),
    }),
  };
}
