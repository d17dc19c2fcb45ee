/**
 * Training data for fitting a tracing model on simulated learners: first attempts of learners who
 * practised in random order (half) or in the fixed curriculum order (half), so the data covers
 * both gated and well-sequenced practice. Use a seed that differs from the evaluated learners'.
 */
import type { KtRow } from "@/lib/kt/types";
import { createRng, deriveSeed } from "./create-rng";
import type { Curriculum } from "./make-curriculum";
import { makeFixedPolicy, makeRandomPolicy } from "./make-policies";
import { runEpisode } from "./run-episode";
import { SimpleBkt } from "./simple-bkt";
import { drawLearner } from "./simulate-learner";

export function makeTrainingRows(curriculum: Curriculum, learners: number, seed: number, steps = 500): KtRow[] {
  const rows: KtRow[] = [];
  // The recording model is never read: the policies here ignore it.
  const model = new SimpleBkt();
  for (let k = 0; k < learners; k++) {
    const rng = createRng(deriveSeed(seed, 7, k));
    const learner = drawLearner(curriculum, rng);
    const policy = k % 2 === 0 ? makeRandomPolicy() : makeFixedPolicy(curriculum);
    const student = `train-${seed}-${k}`;
    runEpisode(curriculum, learner, model, policy, rng, {
      cap: steps,
      posttestAt: steps,
      stopAtMastery: false,
      onAttempt: (row) => rows.push({ ...row, student }),
    });
  }
  return rows;
}
