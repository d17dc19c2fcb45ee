/**
 * Problem-choosing policies for the bench: the project's chooseNext; the baselines OATutor's
 * default heuristic (over every problem, or only prerequisite-ready ones), lessons in course
 * order, ASSISTments skill builders, random order and a fixed curriculum order. All see only what
 * a real tutor would, and all get the same tracing model and state (PolicyContext).
 */

import { type DetectorAttempt, extendDetector, learntBy } from "@/lib/kt/pick/bkt-detector";
import type { PickIndex } from "@/lib/kt/pick/build-pick-index";
import { chooseNext } from "@/lib/kt/pick/choose-next";
import { extendStreaks } from "@/lib/kt/pick/current-streaks";
import {
  extendEvidence,
  type LearntClassifier,
  learntProbability,
  type SkillEvidence,
} from "@/lib/kt/pick/learnt-classifier";
import type { PickInput, PickProblem } from "@/lib/kt/pick/types";
import type { KtModel } from "@/lib/kt/types";
import { shuffleCopy } from "./create-rng";
import type { Curriculum, SimProblem } from "./make-curriculum";
import { EPOCH_MS, type Policy, type PolicyContext } from "./run-episode";
import type { SimLearner } from "./sim-learner";

export function toPickProblems(c: Curriculum): PickProblem[] {
  return c.problems.map((p) => ({
    id: p.id,
    setOrder: p.setOrder,
    position: p.position,
    steps: p.steps.map((s) => ({ itemId: s.itemId, skills: s.skills })),
  }));
}

/**
 * The project's policy: chooseNext with the full completion history as `recent`. With
 * `shownValues`, it gets the product's mastery (PickInput.mastery): each skill's value at its
 * last first attempt, the model's prior for a new student where unpractised (decision 014).
 */
export function makeChooseNextPolicy(
  problems: PickProblem[],
  index: PickIndex,
  extra: Partial<PickInput> = {},
  onPick?: (kind: string) => void,
  shownValues = false,
  /** Give the picker each skill's current run of right answers (PickInput.streaks) from the attempts. */
  withStreaks = false,
  /**
   * The record the classifier reads, if not the student's own (the bench's truth-detector
   * experiment, makeTruthGainPolicy): called before each pick.
   */
  evidenceFor?: (ctx: PolicyContext) => Readonly<Record<string, SkillEvidence>>,
  /** P(learnt) per skill from a detector (PickInput.learnt), called before each pick. */
  learntFor?: (ctx: PolicyContext) => Readonly<Record<string, number>>,
): Policy {
  let priors: Record<string, number> | null = null;
  const streaks: Record<string, number> = {};
  const evidence: Record<string, SkillEvidence> = {};
  let seen = 0;
  let seenEvidence = 0;
  const withEvidence = extra.learntClassifier !== undefined;
  return (ctx) => {
    if (withStreaks) seen = extendStreaks(streaks, ctx.attempts, seen);
    if (withEvidence && !evidenceFor) seenEvidence = extendEvidence(evidence, ctx.attempts, seenEvidence);
    if (shownValues && !priors) {
      const fresh = ctx.model.initialState();
      priors = Object.fromEntries(ctx.curriculum.skills.map((s) => [s.id, ctx.model.mastery(fresh, s.id, 0)]));
    }
    const pick = chooseNext({
      ...(priors && { mastery: { ...priors, ...ctx.shown } }),
      problems,
      prerequisites: ctx.curriculum.prerequisites,
      index,
      model: ctx.model,
      state: ctx.state,
      now: ctx.now,
      recent: ctx.history,
      ...(withStreaks && { streaks }),
      ...extra,
      ...(withEvidence && { evidence: evidenceFor ? evidenceFor(ctx) : evidence }),
      ...(learntFor && { learnt: learntFor(ctx) }),
    });
    onPick?.(pick.kind);
    return pick.problemId;
  };
}

/** Problem mastery as OATutor's heuristic reads it: the product of its skills' mastery. */
function problemMastery(p: SimProblem, mastery: ReadonlyMap<string, number>): number {
  let m = 1;
  for (const s of new Set(p.steps.flatMap((st) => st.skills))) m *= mastery.get(s) ?? 0;
  return m;
}

/**
 * OATutor's default heuristic (src/models/BKT/problem-select-heuristics/defaultHeuristic.js) over
 * a pool: the lowest problem mastery that is not completed and below the threshold, ties at
 * random; when none is left, completed problems come back (allowRecycle), and when everything is
 * above the threshold, the lowest overall. `completed` is the caller's (per lesson, per run).
 */
function oatutorPick(
  pool: readonly SimProblem[],
  mastery: ReadonlyMap<string, number>,
  completed: Set<string>,
  threshold: number,
  rng: () => number,
): string | null {
  const lowest = (belowThreshold: boolean): string | null => {
    let best: string[] = [];
    let bestM = Number.POSITIVE_INFINITY;
    for (const p of pool) {
      const m = problemMastery(p, mastery);
      if (completed.has(p.id) || (belowThreshold && m >= threshold)) continue;
      if (m < bestM) [best, bestM] = [[p.id], m];
      else if (m === bestM) best.push(p.id);
    }
    return best.length ? (best[Math.floor(rng() * best.length)] as string) : null;
  };
  let id = lowest(true);
  if (id === null) {
    completed.clear();
    id = lowest(true);
  }
  if (id === null) id = lowest(false);
  if (id === null) {
    completed.clear();
    id = lowest(false);
  }
  if (id !== null) completed.add(id);
  return id;
}

export interface BaselineOptions {
  /** The tracing model's "mastered" level (default 0.95; the bench passes the calibrated one). */
  threshold?: number;
  /**
   * Read mastery as the learnt classifier's P(learnt) from the model's mastery and the student's
   * record (what policy-fitted reads), instead of the model's mastery alone: the same knowledge
   * for the baselines as for the candidate. `threshold` is then a level of P(learnt) (bench:pick
   * --fitted-at, default 0.5: their best on the tuning seeds).
   */
  learnt?: LearntClassifier;
}

/** Per policy: how it reads mastery each turn (the model's, or the learnt classifier's). */
function masteryReader(opts: BaselineOptions): (ctx: PolicyContext) => Map<string, number> {
  const classifier = opts.learnt;
  if (!classifier) {
    return (ctx) => new Map(ctx.curriculum.skills.map((s) => [s.id, ctx.model.mastery(ctx.state, s.id, ctx.now)]));
  }
  const evidence: Record<string, SkillEvidence> = {};
  let seen = 0;
  return (ctx) => {
    seen = extendEvidence(evidence, ctx.attempts, seen);
    return new Map(
      ctx.curriculum.skills.map((s) => [
        s.id,
        learntProbability(classifier, ctx.model.mastery(ctx.state, s.id, ctx.now), evidence[s.id]),
      ]),
    );
  };
}

/**
 * OATutor's default heuristic over the whole pool (lowest problem mastery first, no repeats until
 * every problem is done). OATutor ends a lesson once everything is mastered; here the learner
 * keeps going so it is compared on practice needed. Same tracing model as the project's policy,
 * every skill updated (upstream updates only a step's first skill and ships all BKT params at
 * 0.1). Unfair on a prerequisite-gated curriculum (it drills skills whose prerequisites are
 * unknown); the fair variants are makeOatutorReadyPolicy and makeLessonsPolicy.
 */
export function makeOatutorPolicy(opts: BaselineOptions = {}): Policy {
  const completed = new Set<string>();
  const masteryOf = masteryReader(opts);
  return (ctx) => oatutorPick(ctx.curriculum.problems, masteryOf(ctx), completed, opts.threshold ?? 0.95, ctx.rng);
}

/**
 * A skill is ready when all its prerequisites are mastered (by the tracing model, at the
 * threshold); a problem is ready when each of its skills is mastered or ready.
 */
export function readyProblems(c: Curriculum, mastery: ReadonlyMap<string, number>, threshold: number): SimProblem[] {
  const mastered = (s: string) => (mastery.get(s) ?? 0) >= threshold;
  const ready = new Map(c.skills.map((s) => [s.id, mastered(s.id) || s.prereqs.every(mastered)]));
  return c.problems.filter((p) => p.steps.every((st) => st.skills.every((s) => ready.get(s) ?? true)));
}

/** OATutor's heuristic among prerequisite-ready problems only (all problems if none is ready). */
export function makeOatutorReadyPolicy(opts: BaselineOptions = {}): Policy {
  const completed = new Set<string>();
  const threshold = opts.threshold ?? 0.95;
  const masteryOf = masteryReader(opts);
  return (ctx) => {
    const mastery = masteryOf(ctx);
    const pool = readyProblems(ctx.curriculum, mastery, threshold);
    return oatutorPick(pool.length ? pool : ctx.curriculum.problems, mastery, completed, threshold, ctx.rng);
  };
}

/** Skills in course order: by level, then curriculum order. */
export function courseOrder(c: Curriculum): string[] {
  return c.skills
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.level - b.s.level || a.i - b.i)
    .map((x) => x.s.id);
}

/**
 * Lessons in course order, as OATutor is deployed: one lesson per skill (its problems are those
 * that drill it); OATutor's heuristic inside the lesson until the tracing model rates the
 * lesson's skill mastered, then the next lesson, never back. After the last lesson, OATutor's
 * heuristic over every problem (review) until the run ends.
 */
export function makeLessonsPolicy(c: Curriculum, opts: BaselineOptions = {}): Policy {
  const threshold = opts.threshold ?? 0.95;
  const order = courseOrder(c);
  const lessonProblems = new Map(order.map((s) => [s, c.problems.filter((p) => p.lesson === s)]));
  let k = 0;
  let completed = new Set<string>();
  const masteryOf = masteryReader(opts);
  return (ctx) => {
    const mastery = masteryOf(ctx);
    while (k < order.length && (mastery.get(order[k] as string) ?? 0) >= threshold) {
      k++;
      completed = new Set();
    }
    const pool = k < order.length ? (lessonProblems.get(order[k] as string) ?? []) : ctx.curriculum.problems;
    return oatutorPick(pool.length ? pool : ctx.curriculum.problems, mastery, completed, threshold, ctx.rng);
  };
}

export interface SkillBuilderOptions {
  /** Right answers in a row that finish a skill (default 3). */
  streak?: number;
  /** Problems per skill per day before the student moves on to the next skill (default 10). */
  dailyCap?: number;
}

/**
 * ASSISTments skill builders in course order: problems of the current skill in random order
 * (no repeats until all are used) until `streak` first attempts in a row on steps practising
 * the skill are right without hints; then the next skill. After `dailyCap` problems on a skill
 * in a day the student moves on to the next unfinished skill and comes back another day. When
 * every skill is done, all start over (a second pass re-checks them). Ignores the tracing model.
 */
export function makeSkillBuilderPolicy(c: Curriculum, opts: SkillBuilderOptions = {}): Policy {
  const need = opts.streak ?? 3;
  const cap = opts.dailyCap ?? 10;
  const order = courseOrder(c);
  const lessonProblems = new Map(order.map((s) => [s, c.problems.filter((p) => p.lesson === s).map((p) => p.id)]));
  const done = new Set<string>();
  const streak = new Map<string, number>();
  const queues = new Map<string, string[]>();
  const today = new Map<string, number>();
  let day = -1;
  let seen = 0;
  let current: string | null = null;
  return (ctx) => {
    // Streak of the skill being built, from the attempts since the last call.
    for (; seen < ctx.attempts.length; seen++) {
      const a = ctx.attempts[seen];
      if (!a || current === null || !a.skills.includes(current)) continue;
      const n = a.correct && a.hintsUsed === 0 ? (streak.get(current) ?? 0) + 1 : 0;
      streak.set(current, n);
      if (n >= need) done.add(current);
    }
    if (done.size === order.length) {
      done.clear();
      streak.clear();
    }
    const d = Math.floor(ctx.now / 86_400_000);
    if (d !== day) {
      day = d;
      today.clear();
    }
    const open = order.filter((s) => !done.has(s));
    current = open.find((s) => (today.get(s) ?? 0) < cap) ?? open[0] ?? null;
    if (current === null) return null;
    today.set(current, (today.get(current) ?? 0) + 1);
    let q = queues.get(current) ?? [];
    if (q.length === 0) q = shuffleCopy(ctx.rng, lessonProblems.get(current) ?? []);
    queues.set(current, q);
    return q.shift() ?? null;
  };
}

/** Random order: a fresh shuffle of all problems, pass after pass. */
export function makeRandomPolicy(): Policy {
  let queue: string[] = [];
  return (ctx) => {
    if (queue.length === 0)
      queue = shuffleCopy(
        ctx.rng,
        ctx.curriculum.problems.map((p) => p.id),
      );
    return queue.shift() ?? null;
  };
}

/** Fixed curriculum: by the highest prerequisite level of the problem's skills, then set and position. */
export function makeFixedPolicy(c: Curriculum): Policy {
  const level = new Map(c.skills.map((s) => [s.id, s.level]));
  const top = (p: (typeof c.problems)[number]) =>
    Math.max(...p.steps.flatMap((s) => s.skills.map((k) => level.get(k) ?? 0)));
  const order = [...c.problems].sort((a, b) => top(a) - top(b) || a.setOrder - b.setOrder || a.position - b.position);
  let i = 0;
  return () => (order[i++ % order.length] as { id: string }).id;
}

/**
 * Not a baseline but a bound: reads the simulator's truth (which no tutor has). Lessons in course
 * order, moving on the moment the lesson's skill is truly mastered; when every skill is, the first
 * skill that has slipped below mastery (forgetting). Problems of a lesson in random order without
 * repeats. Shows how much a policy could gain by knowing exactly when to move on.
 */
export function makeOraclePolicy(c: Curriculum, learner: SimLearner): Policy {
  const order = courseOrder(c);
  const index = new Map(c.skills.map((s, i) => [s.id, i]));
  const lessonProblems = new Map(order.map((s) => [s, c.problems.filter((p) => p.lesson === s).map((p) => p.id)]));
  const queues = new Map<string, string[]>();
  return (ctx) => {
    const minute = (ctx.now - EPOCH_MS) / 60_000;
    const skill = order.find((s) => !learner.skillMastered(index.get(s) ?? 0, minute)) ?? order[0];
    if (skill === undefined) return null;
    let q = queues.get(skill) ?? [];
    if (q.length === 0) q = shuffleCopy(ctx.rng, lessonProblems.get(skill) ?? []);
    queues.set(skill, q);
    return q.shift() ?? null;
  };
}

/**
 * The project's gain rule with a perfect detector: P(learnt) is the simulator's truth (1 for a
 * skill mastered now, 0 otherwise). Beside the oracle (lessons in course order with the same
 * truth) it measures what the gain rule's ORDER is worth once "when is it learnt" is known
 * exactly: the most any detector shared by the candidate and a lesson sequence could leave it.
 */
export function makeTruthGainPolicy(
  problems: PickProblem[],
  index: PickIndex,
  extra: Partial<PickInput>,
  learner: () => SimLearner,
): Policy {
  // Weights on "bias" and "min(streak, 8)" only (learnt-classifier.ts): a record with a streak of
  // 8 reads as P = sigmoid(20) ~ 1, a streak of 0 as sigmoid(-20) ~ 0.
  const truth: LearntClassifier = { weights: [-20, 0, 0, 0, 0, 5, 0, 0] };
  const learnt: SkillEvidence = { attempts: 8, wrong: 0, streak: 8 };
  const not: SkillEvidence = { attempts: 0, wrong: 0, streak: 0 };
  return makeChooseNextPolicy(
    problems,
    index,
    { ...extra, rule: "gain", learntClassifier: truth },
    undefined,
    false,
    false,
    (ctx) => {
      const minute = (ctx.now - EPOCH_MS) / 60_000;
      const l = learner();
      return Object.fromEntries(ctx.curriculum.skills.map((s, i) => [s.id, l.skillMastered(i, minute) ? learnt : not]));
    },
  );
}

/**
 * The gain rule with P(learnt) from a detector model (PickInput.learnt; bkt-detector.ts) run over
 * the learner's first attempts, while everything else reads the tracing model: what the product's
 * picker does once a fit has given it a detector.
 */
export function makeDetectorGainPolicy(
  problems: PickProblem[],
  index: PickIndex,
  extra: Partial<PickInput>,
  detector: KtModel,
  onPick?: (kind: string) => void,
): Policy {
  const state = detector.initialState();
  let seen = 0;
  const attempts: DetectorAttempt[] = [];
  return makeChooseNextPolicy(problems, index, { ...extra, rule: "gain" }, onPick, false, false, undefined, (ctx) => {
    for (let i = attempts.length; i < ctx.attempts.length; i++) {
      const a = ctx.attempts[i] as PolicyContext["attempts"][number];
      attempts.push({
        item: { itemId: `step-${i}`, skills: [...a.skills] },
        obs: { correct: a.correct, hintsUsed: a.hintsUsed, t: a.t },
      });
    }
    seen = extendDetector(detector, state, attempts, seen);
    return learntBy(
      detector,
      state,
      ctx.curriculum.skills.map((s) => s.id),
      ctx.now,
    );
  });
}
