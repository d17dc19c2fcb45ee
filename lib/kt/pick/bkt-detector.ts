/**
 * P(truly learnt) per skill from a detector model run over the student's own first attempts: the
 * "gain" rule's PickInput.learnt (decision 023, tenth session). The detector is per-skill BKT
 * (learn, guess, slip, forgetting) fitted by EM on the deployment's own first attempts
 * (fit-simple-bkt.ts): it needs no truth, only the logs, and its posterior is what "learnt" means
 * to a model that separates knowing from guessing and slipping. Pure; the bench keeps the state
 * incrementally, the product replays a student's attempts (O(attempts)).
 */
import type { KtItem, KtModel, KtObservation, StudentState } from "@/lib/kt/types";

export interface DetectorAttempt {
  item: KtItem;
  obs: KtObservation;
}

/** Folds the attempts after `from` into `state`; returns the new `from`. */
export function extendDetector(
  detector: KtModel,
  state: StudentState,
  attempts: readonly DetectorAttempt[],
  from: number,
): number {
  for (let i = from; i < attempts.length; i++) {
    const a = attempts[i] as DetectorAttempt;
    detector.update(state, a.item, a.obs);
  }
  return attempts.length;
}

/** The detector's P(learnt) at `now` for each of `skills` (forgetting since the last attempt counts). */
export function learntBy(
  detector: KtModel,
  state: StudentState,
  skills: readonly string[],
  now: number,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of skills) out[s] = detector.mastery(state, s, now);
  return out;
}
