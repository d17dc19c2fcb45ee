/**
 * Scores one candidate problem for a student. The prediction (the only costly part: one model call
 * per step) is made only when the problem could still beat the best score so far, so a pick over
 * 10,000 problems makes few model calls.
 */
import type { KtModel, StudentState } from "@/lib/kt/types";
import type { PickIndex } from "./build-pick-index";
import type { StudentView } from "./read-student";
import type { PickWeights } from "./types";

export interface ScoreContext {
  index: PickIndex;
  view: StudentView;
  model: KtModel;
  state: StudentState;
  now: number;
  threshold: number;
  target: number;
  band: readonly [number, number];
  weights: PickWeights;
  /** Per skill: 1 while it still needs practice (unmastered, not parked after too many tries). */
  open: Uint8Array;
}

export interface Scored {
  problem: number;
  score: number;
  /** The problem's weakest skill that still needs practice (-1 when none does). */
  focus: number;
  /** Mean predicted success over the problem's steps. */
  success: number;
}

export const DEFAULT_WEIGHTS: PickWeights = { useful: 1, need: 0.5, distance: 1, outOfBand: 2, seen: 0.2 };

/** Mean P(correct) over the problem's steps, from the model, at `now`. */
export function predictProblem(ctx: ScoreContext, pi: number): number {
  const items = ctx.index.items[pi] ?? [];
  let sum = 0;
  for (const item of items) sum += ctx.model.predict(ctx.state, item, ctx.now);
  return items.length ? sum / items.length : 0;
}

/**
 * Higher is better: most steps practise something unmastered, the weakest skill is far from
 * mastery, predicted success near the target and inside the band, and the problem is fresh.
 * Returns null when it cannot beat `best` (ties go to the earlier problem, by rank).
 */
export function scoreProblem(ctx: ScoreContext, pi: number, best: Scored | null): Scored | null {
  const { index, view, threshold, weights, open } = ctx;
  const steps = index.stepSkills[pi] as Int32Array[];
  let useful = 0;
  for (const st of steps) {
    for (const s of st) {
      if (open[s]) {
        useful++;
        break;
      }
    }
  }
  let focus = -1;
  for (const s of index.problemSkills[pi] as Int32Array) {
    const m = view.effective[s] as number;
    if (open[s] && (focus < 0 || m < (view.effective[focus] as number))) focus = s;
  }
  const need = focus < 0 ? 0 : threshold - (view.effective[focus] as number);
  const seen = (view.lastDone[pi] as number) > Number.NEGATIVE_INFINITY ? weights.seen : 0;
  const bound = (weights.useful * useful) / Math.max(1, steps.length) + weights.need * need - seen;
  if (best && (bound < best.score || (bound === best.score && index.rank[pi]! > index.rank[best.problem]!))) {
    return null;
  }
  const success = predictProblem(ctx, pi);
  const [lo, hi] = ctx.band;
  const outside = Math.max(0, lo - success, success - hi);
  const score = bound - weights.distance * Math.abs(success - ctx.target) - weights.outOfBand * outside;
  if (best && (score < best.score || (score === best.score && index.rank[pi]! > index.rank[best.problem]!))) {
    return null;
  }
  return { problem: pi, score, focus, success };
}
