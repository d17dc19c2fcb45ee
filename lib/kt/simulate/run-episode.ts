/**
 * Runs one simulated learner under one problem-choosing policy: the policy picks a problem, the
 * learner attempts its steps (first attempts feed the tracing model online), repeat. Sessions of
 * `stepsPerSession` steps, one every `daysBetweenSessions` days (default 1), one minute per step,
 * so forgetting between days matters (the learner forgets in clock time, simulate-learner.ts).
 */
import type { RecentProblem } from "@/lib/kt/pick/types";
import type { KtModel, KtRow, StudentState } from "@/lib/kt/types";
import type { Rng } from "./create-rng";
import type { Curriculum, SimProblem } from "./make-curriculum";
import { type SimLearner, toSimLearner } from "./sim-learner";
import type { Learner } from "./simulate-learner";

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
  /**
   * Per skill: the model's mastery right after the skill's last first attempt (what the product
   * stores and shows, decision 014); skills not yet practised are absent.
   */
  shown: Record<string, number>;
  /** Every first attempt so far, in order (what a tutor logs; the skill builder reads streaks). */
  attempts: { skills: readonly string[]; correct: boolean; hintsUsed: number; t: number }[];
}

/** Returns the next problem id, or null when the policy has nothing more to give. */
export type Policy = (ctx: PolicyContext) => string | null;

export interface EpisodeOptions {
  cap: number;
  /** Post-test after this many opportunities (or at the end, if the episode stops earlier). */
  posttestAt: number;
  stepsPerSession?: number;
  /** Days from one session to the next (default 1). */
  daysBetweenSessions?: number;
  /** Delayed post-test this many days after the last session (default 30). */
  delayDays?: number;
  /** Stop once truly mastered and past the post-test (false: always run to the cap). */
  stopAtMastery?: boolean;
  /** The tracing model's "mastered" level, for toEstimatedMastery (default 0.95). */
  threshold?: number;
  onAttempt?: (row: KtRow, learner: SimLearner, minute: number) => void;
}

export interface EpisodeResult {
  /** Steps attempted until every skill was truly mastered (null: not within the cap). */
  toMastery: number | null;
  posttest: number;
  /** The same post-test `delayDays` after the episode ended (retention). */
  delayedPosttest: number;
  steps: number;
  /** Steps until the tracing model first put every skill at >= 0.95 (null: never). */
  toEstimatedMastery: number | null;
  /** Where the student ended: model state, completed problems, model time. */
  state: StudentState;
  history: RecentProblem[];
  now: number;
}

function allEstimatedMastered(ctx: PolicyContext, threshold: number): boolean {
  return ctx.curriculum.skills.every((s) => ctx.model.mastery(ctx.state, s.id, ctx.now) >= threshold);
}

export function runEpisode(
  curriculum: Curriculum,
  learnerIn: Learner | SimLearner,
  model: KtModel,
  policy: Policy,
  rng: Rng,
  opts: EpisodeOptions,
): EpisodeResult {
  const learner = toSimLearner(learnerIn);
  const byId = new Map<string, SimProblem>(curriculum.problems.map((p) => [p.id, p]));
  const perSession = opts.stepsPerSession ?? 30;
  const ctx: PolicyContext = {
    curriculum,
    model,
    state: model.initialState(),
    now: EPOCH_MS,
    history: [],
    rng,
    shown: {},
    attempts: [],
  };
  const gapDays = opts.daysBetweenSessions ?? 1;
  let minute = 0;
  let inSession = 0;
  let steps = 0;
  let toMastery: number | null = null;
  let toEstimatedMastery: number | null = null;
  let posttest: number | null = null;
  while (steps < opts.cap) {
    ctx.now = EPOCH_MS + minute * MINUTE_MS;
    if (toEstimatedMastery === null && allEstimatedMastered(ctx, opts.threshold ?? 0.95)) toEstimatedMastery = steps;
    const id = policy(ctx);
    const problem = id === null ? undefined : byId.get(id);
    if (!problem) break;
    for (const step of problem.steps) {
      const t = EPOCH_MS + minute * MINUTE_MS;
      const out = learner.attempt(step, minute, rng);
      const item = { itemId: step.itemId, skills: step.skills };
      model.update(ctx.state, item, { correct: out.correct, hintsUsed: out.hintsUsed, t });
      for (const s of item.skills) ctx.shown[s] = model.mastery(ctx.state, s, t);
      ctx.attempts.push({ skills: step.skills, correct: out.correct, hintsUsed: out.hintsUsed, t });
      steps++;
      minute++;
      opts.onAttempt?.({ student: "", item, correct: out.correct, hintsUsed: out.hintsUsed, t }, learner, minute);
      inSession++;
      if (toMastery === null && learner.allMastered(minute)) toMastery = steps;
      if (steps === opts.posttestAt) posttest = learner.postTest(minute);
      if (steps >= opts.cap) break;
    }
    ctx.history.push({ problemId: problem.id, completedAt: EPOCH_MS + minute * MINUTE_MS });
    if ((opts.stopAtMastery ?? true) && toMastery !== null && steps >= opts.posttestAt) break;
    if (inSession >= perSession) {
      // Next session starts `gapDays` later at the same hour.
      minute = (Math.floor(minute / DAY_MIN) + gapDays) * DAY_MIN;
      inSession = 0;
    }
  }
  const now = EPOCH_MS + minute * MINUTE_MS;
  const final = posttest ?? learner.postTest(minute);
  const delayedPosttest = learner.postTest(minute + (opts.delayDays ?? 30) * DAY_MIN);
  return {
    toMastery,
    posttest: final,
    delayedPosttest,
    steps,
    toEstimatedMastery,
    state: ctx.state,
    history: ctx.history,
    now,
  };
}
