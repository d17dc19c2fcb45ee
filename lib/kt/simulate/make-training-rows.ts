/**
 * Training data for fitting a tracing model on simulated learners: first attempts of learners who
 * practised in random order (half) or in the fixed curriculum order (half), so the data covers
 * both gated and well-sequenced practice. Use a seed that differs from the evaluated learners'.
 * makeTrainingData also records, per row, whether each of the row's skills was truly mastered
 * right after the attempt (the simulator's truth), for calibrating "mastered" (calibrate-mastery.ts).
 */

import { SimpleBkt } from "@/lib/kt/model/simple-bkt";
import type { KtRow } from "@/lib/kt/types";
import { createRng, deriveSeed } from "./create-rng";
import type { Curriculum } from "./make-curriculum";
import { makeFixedPolicy, makeRandomPolicy } from "./make-policies";
import { runEpisode } from "./run-episode";
import { type DrawSimLearner, drawLatentLearner } from "./sim-learner";

export interface TrainingData {
  rows: KtRow[];
  /** Per row, per skill of row.item.skills: truly mastered right after the attempt. */
  truth: boolean[][];
}

export function makeTrainingData(
  curriculum: Curriculum,
  learners: number,
  seed: number,
  steps = 500,
  draw: DrawSimLearner = drawLatentLearner,
): TrainingData {
  const rows: KtRow[] = [];
  const truth: boolean[][] = [];
  const index = new Map(curriculum.skills.map((s, i) => [s.id, i]));
  // The recording model is never read: the policies here ignore it.
  const model = new SimpleBkt();
  for (let k = 0; k < learners; k++) {
    const rng = createRng(deriveSeed(seed, 7, k));
    const learner = draw(curriculum, rng);
    const policy = k % 2 === 0 ? makeRandomPolicy() : makeFixedPolicy(curriculum);
    const student = `train-${seed}-${k}`;
    runEpisode(curriculum, learner, model, policy, rng, {
      cap: steps,
      posttestAt: steps,
      stopAtMastery: false,
      onAttempt: (row, l, minute) => {
        rows.push({ ...row, student });
        truth.push(row.item.skills.map((s) => l.skillMastered(index.get(s) ?? 0, minute)));
      },
    });
  }
  return { rows, truth };
}

export function makeTrainingRows(curriculum: Curriculum, learners: number, seed: number, steps = 500): KtRow[] {
  return makeTrainingData(curriculum, learners, seed, steps).rows;
}
