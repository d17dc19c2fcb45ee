/**
 * Runs one simulated learner under one problem-choosing policy: the policy picks a problem, the
 * learner attempts its steps (first attempts feed the tracing model online), repeat. Sessions of
 * `stepsPerSession` steps, one a day, one minute per step, so forgetting between days matters.
 */
import type { RecentProblem } from "@/lib/kt/pick/types";
import type { KtModel, KtRow, StudentState } from "@/lib/kt/types";
import type { Rng } from "./create-rng";
import type { Curriculum, SimProblem } from "./make-curriculum";
import { attemptStep, isTrulyMastered, type Learner, postTest } from "./simulate-learner";

export const EPOCH_MS = Date.UTC(2026, 0, 5, 9);
const MINUTE_MS = 60_000;
const DAY_MIN = 1440;

export interface PolicyContext {
  curriculum: Curriculum;
  model: KtModel;
  state: StudentState;
  /** Model time (ms since epoch). */
  now: number;
  history: RecentProblem[];
  rng: Rng;
}

/** Returns the next problem id, or null when the policy has nothing more to give. */
export type Policy = (ctx: PolicyContext) => string | null;

export interface EpisodeOptions {
  cap: number;
  /** Post-test after this many opportunities (or at the end, if the episode stops earlier). */
  posttestAt: number;
  stepsPerSession?: number;
  /** Stop once truly mastered and past the post-test (false: always run to the cap). */
  stopAtMastery?: boolean;
  onAttempt?: (row: KtRow) => void;
}

export interface EpisodeResult {
  /** Steps attempted until every skill was truly mastered (null: not within the cap). */
  toMastery: number | null;
  posttest: number;
  steps: number;
  /** Steps until the tracing model first put every skill at >= 0.95 (null: never). */
  toEstimatedMastery: number | null;
  /** Where the student ended: model state, completed problems, model time. */
  state: StudentState;
  history: RecentProblem[];
  now: number;
}

function allEstimatedMastered(ctx: PolicyContext): boolean {
  return ctx.curriculum.skills.every((s) => ctx.model.mastery(ctx.state, s.id, ctx.now) >= 0.95);
}

export function runEpisode(
  curriculum: Curriculum,
  learner: Learner,
  model: KtModel,
  policy: Policy,
  rng: Rng,
  opts: EpisodeOptions,
): EpisodeResult {
  const byId = new Map<string, SimProblem>(curriculum.problems.map((p) => [p.id, p]));
  const perSession = opts.stepsPerSession ?? 30;
  const ctx: PolicyContext = { curriculum, model, state: model.initialState(), now: EPOCH_MS, history: [], rng };
  let minute = 0;
  let inSession = 0;
  let steps = 0;
  let toMastery: number | null = null;
  let toEstimatedMastery: number | null = null;
  let posttest: number | null = null;
  while (steps < opts.cap) {
    ctx.now = EPOCH_MS + minute * MINUTE_MS;
    if (toEstimatedMastery === null && allEstimatedMastered(ctx)) toEstimatedMastery = steps;
    const id = policy(ctx);
    const problem = id === null ? undefined : byId.get(id);
    if (!problem) break;
    for (const step of problem.steps) {
      const t = EPOCH_MS + minute * MINUTE_MS;
      const out = attemptStep(learner, step, minute, rng);
      const item = { itemId: step.itemId, skills: step.skills };
      model.update(ctx.state, item, { correct: out.correct, hintsUsed: out.hintsUsed, t });
      opts.onAttempt?.({ student: "", item, correct: out.correct, hintsUsed: out.hintsUsed, t });
      steps++;
      minute++;
      inSession++;
      if (toMastery === null && isTrulyMastered(learner, minute)) toMastery = steps;
      if (steps === opts.posttestAt) posttest = postTest(learner, minute);
      if (steps >= opts.cap) break;
    }
    ctx.history.push({ problemId: problem.id, completedAt: EPOCH_MS + minute * MINUTE_MS });
    if ((opts.stopAtMastery ?? true) && toMastery !== null && steps >= opts.posttestAt) break;
    if (inSession >= perSession) {
      // Next session starts the next day at the same hour.
      minute = (Math.floor(minute / DAY_MIN) + 1) * DAY_MIN;
      inSession = 0;
    }
  }
  const now = EPOCH_MS + minute * MINUTE_MS;
  const final = posttest ?? postTest(learner, minute);
  return { toMastery, posttest: final, steps, toEstimatedMastery, state: ctx.state, history: ctx.history, now };
}
