/**
 * The next problem for a student: ONE pure function the product calls. Order of business:
 * 1. teacher pins (first pin not skipped); skips are never picked;
 * 2. learn/review: among problems whose skills all have their prerequisites mastered and that
 *    practise at least one unmastered skill or one due for review, the best by scoreProblem
 *    (useful steps, weakest skill, predicted success near the target). A skill is due for review
 *    (time-aware review, the default) when it was mastered when last practised and the model's
 *    predicted recall at `now` has fallen below the threshold: with the product's stored values
 *    (PickInput.mastery, changed only by evidence) that is shown ≥ threshold and shown minus
 *    what the clock took off since the last practice (read-student.ts) < threshold; without
 *    them, mastery at the time of last practice ≥ threshold and at `now` below it. A due skill still passes for its dependents and
 *    competes by its predicted recall;
 * 3. nothing eligible: the problem that practises the weakest unmastered prerequisite;
 * 4. everything mastered: review skills in turn, longest since practised first and weaker ones
 *    (by predicted recall now, when time-aware) more often (or "complete" if the caller asks for no
 *    review).
 * A skill still below the threshold after `moveOnAfter` practice opportunities is parked: it
 * stops blocking its dependents and comes back in step 4 (wheel-spinning; models whose mastery
 * plateaus below the threshold).
 * Deterministic: ties go to the earlier problem in (set, position, id) order.
 * With `rule: "gain"`, steps 2-3 are replaced by choose-by-gain.ts (expected learning gain per
 * opportunity, a stop rule, no parking) and step 4 reviews by doubt (decision 023).
 */
import { buildPickIndex } from "./build-pick-index";
import { chooseByGain, DETECTOR_DOUBT_FLOOR, DETECTOR_REVIEW_WEIGHTS, learntNow } from "./choose-by-gain";
import {
  explainComplete,
  explainDecayed,
  explainDue,
  explainLearn,
  explainNothingLeft,
  explainPinned,
  explainPrerequisite,
  explainReviewAll,
} from "./explain-pick";
import { masteredProbability } from "./mastered-probability";
import { countProblemsSince, readStudent } from "./read-student";
import { DEFAULT_WEIGHTS, type ScoreContext, type Scored, scoreProblem } from "./score-problem";
import type { Pick, PickInput, RecentProblem } from "./types";

const READY = 1;
const BLOCKED = 2;

/** Best scored problem practising any of `skills`; recently done ones only if nothing else fits. */
function bestAmong(
  ctx: ScoreContext,
  skills: readonly number[],
  status: Uint8Array,
  allowBlocked: boolean,
): Scored | null {
  const { index, view } = ctx;
  for (const allowRecent of [false, true]) {
    const seen = new Uint8Array(index.problems.length);
    let best: Scored | null = null;
    let avoided = false;
    for (const s of skills) {
      for (const pi of index.skillProblems[s] as Int32Array) {
        if (seen[pi] || view.skipped[pi]) continue;
        seen[pi] = 1;
        if (!allowBlocked && (index.problemSkills[pi] as Int32Array).some((k) => status[k] === BLOCKED)) continue;
        if (!allowRecent && view.avoid.has(pi)) {
          avoided = true;
          continue;
        }
        best = scoreProblem(ctx, pi, best) ?? best;
      }
    }
    if (best || !avoided) return best;
  }
  return null;
}

/**
 * Everything passes (mastered, or parked after many tries): review every skill in turn, weaker
 * ones more often. The target is the skill with the largest (problems done since it was last
 * practised) x (1 + deficit below the threshold in units of 1 - threshold): spacing, since a
 * model that ignores time cannot flag decay itself; and weakness only as a weight, so a skill
 * whose estimate plateaus below the threshold cannot take every review. Then its best problem.
 */
function reviewOrComplete(
  ctx: ScoreContext,
  recent: readonly RecentProblem[],
  name: (s: number) => string,
  review: boolean,
  nothingLeft: boolean,
  movedOnAfter: number,
  /** PickInput.parked: "after" reviews only skills below the threshold while there are any. */
  parked: PickInput["parked"] = "review",
  /** PickInput.reviewBy and masteredCurve. */
  reviewBy: PickInput["reviewBy"] = "spacing",
  curve?: PickInput["masteredCurve"],
  /** The gain rule's P(learnt) per skill (learntNow: with streak evidence); else read off `curve`. */
  learnt?: Float64Array,
  doubtFloor = 0.02,
): Pick {
  const { index, view, threshold } = ctx;
  if (!review) {
    return {
      problemId: null,
      kind: "complete",
      ...(nothingLeft ? explainNothingLeft() : explainComplete(threshold)),
    };
  }
  const m = (s: number) => view.mastery[s] as number;
  // Predicted recall now (= m without time-aware review): weaker recall comes back sooner.
  const r = (s: number) => Math.min(m(s), view.recall[s] as number);
  const last = (s: number) => view.lastPracticed[s] as number;
  const since = countProblemsSince(index, recent);
  const urgency = index.skillIds.map((_, s) => {
    // Doubt: a skill the model is sure of comes back rarely (never quite never: the doubt floor).
    if (reviewBy === "doubt") {
      const p = learnt ? (learnt[s] as number) : masteredProbability(r(s), curve);
      return (since[s] as number) * Math.max(doubtFloor, 1 - p);
    }
    const deficit = Math.max(0, threshold - r(s)) / Math.max(1e-6, 1 - threshold);
    return (since[s] as number) * (1 + deficit);
  });
  const below = parked === "after" ? index.skillIds.map((_, s) => s).filter((s) => m(s) < threshold) : [];
  const order = (below.length ? below : index.skillIds.map((_, s) => s)).sort(
    (a, b) => (urgency[b] as number) - (urgency[a] as number) || r(a) - r(b) || a - b,
  );
  const none = new Uint8Array(index.skillIds.length);
  for (const target of order) {
    ctx.open.fill(0);
    ctx.open[target] = 1;
    const best = bestAmong(ctx, [target], none, true);
    if (!best) continue;
    return {
      problemId: (index.problems[best.problem] as { id: string }).id,
      kind: "review",
      ...explainReviewAll(name(target), m(target), r(target), last(target), ctx.now, threshold, movedOnAfter),
    };
  }
  return { problemId: null, kind: "complete", ...explainNothingLeft() };
}

export function chooseNext(input: PickInput): Pick {
  const index = input.index ?? buildPickIndex(input.problems, input.prerequisites);
  const threshold = input.threshold ?? 0.95;
  const skips = input.skips ?? [];
  const pins = input.pins ?? [];
  const skipSet = new Set(skips);
  const pinned = pins.findIndex((id) => !skipSet.has(id) && index.problemIndex.has(id));
  if (pinned >= 0) return { problemId: pins[pinned] as string, kind: "pinned", ...explainPinned(pinned, pins.length) };

  const view = readStudent(
    index,
    input.model,
    input.state,
    input.now,
    input.recent ?? [],
    skips,
    input.avoidLast ?? 3,
    input.mastery,
    input.timeAwareReview ?? true,
  );
  const m = (s: number) => view.mastery[s] as number;
  const moveOnAfter = input.moveOnAfter ?? 12;
  // A skill "passes" (for its dependents) when mastered, or when parked after many tries.
  const passes = (s: number) => m(s) >= threshold || (view.practice[s] as number) >= moveOnAfter;
  const status = new Uint8Array(index.skillIds.length);
  const open = new Uint8Array(index.skillIds.length);
  const ready: number[] = [];
  const blocked: number[] = [];
  let parked = 0;
  const keepParked = input.parked === "practise";
  for (let s = 0; s < status.length; s++) {
    if (m(s) >= threshold) continue;
    if ((view.practice[s] as number) >= moveOnAfter) {
      parked++;
      // Parked: passes for its dependents; with parked "practise" it also stays open for learning.
      if (!keepParked) continue;
    }
    const ok = (index.prereqs[s] as Int32Array).every(passes);
    status[s] = ok ? READY : BLOCKED;
    open[s] = 1;
    (ok ? ready : blocked).push(s);
  }
  // Due for review: mastered as shown (or when last practised), predicted recall now below the
  // threshold. It keeps passing for its dependents and competes by its recall.
  const due = new Uint8Array(index.skillIds.length);
  if (input.mastery && (input.timeAwareReview ?? true)) {
    for (let s = 0; s < status.length; s++) {
      const r = view.recall[s] as number;
      if (m(s) < threshold || r >= threshold || !Number.isFinite(view.lastPracticed[s] as number)) continue;
      if (!(index.prereqs[s] as Int32Array).every(passes)) continue;
      due[s] = 1;
      status[s] = READY;
      open[s] = 1;
      view.effective[s] = r;
      ready.push(s);
    }
  }
  const ctx: ScoreContext = {
    index,
    view,
    model: input.model,
    state: input.state,
    now: input.now,
    threshold,
    target: input.targetSuccess ?? 0.7,
    band: input.successBand ?? [0.5, 0.9],
    // The gain rule uses these weights only to review; with a detector, by freshness and success.
    weights: {
      ...DEFAULT_WEIGHTS,
      ...(input.rule === "gain" && input.learnt && DETECTOR_REVIEW_WEIGHTS),
      ...input.weights,
    },
    open,
  };
  const name = (s: number) => {
    const id = index.skillIds[s] ?? "";
    return input.skillNames?.[id] ?? id;
  };
  const review = input.review ?? true;
  if (input.rule === "gain") {
    const learnt = learntNow(input, index, view);
    const pick = chooseByGain(input, index, view, threshold, name, learnt);
    if (pick) return pick;
    return reviewOrComplete(
      ctx,
      input.recent ?? [],
      name,
      review,
      false,
      0,
      "review",
      input.reviewBy ?? "doubt",
      input.masteredCurve,
      // With streaks, review doubts by the same P(learnt) (a run of right answers lowers the doubt).
      input.streaks || input.learntClassifier || input.learnt ? learnt : undefined,
      input.doubtFloor ?? (input.learnt ? DETECTOR_DOUBT_FLOOR : undefined),
    );
  }
  if (ready.length === 0 && blocked.length === 0) {
    // Parked skills still need practice: review them even when the caller asks for no review.
    return reviewOrComplete(
      ctx,
      input.recent ?? [],
      name,
      review || parked > 0,
      false,
      parked > 0 ? moveOnAfter : 0,
      input.parked,
      input.reviewBy,
      input.masteredCurve,
    );
  }

  // Weakest skills first: their problems have the highest score bounds, so the best score so far
  // rises early and most other problems are pruned before the model is asked for predictions.
  const eff = (s: number) => view.effective[s] as number;
  ready.sort((a, b) => eff(a) - eff(b) || a - b);
  const best = bestAmong(ctx, ready, status, false);
  if (best) {
    const f = best.focus;
    const last = view.lastPracticed[f] as number;
    const id = (index.problems[best.problem] as { id: string }).id;
    if (due[f]) {
      const explained = explainDue(name(f), m(f), view.recall[f] as number, last, input.now, best.success, ctx.band);
      return { problemId: id, kind: "review", ...explained };
    }
    // Without shown values: mastered when last practised (the model asked at that time), not now.
    const then =
      !Number.isFinite(last) || input.mastery || input.timeAwareReview === false
        ? 0
        : input.model.mastery(input.state, index.skillIds[f] ?? "", last);
    if (then >= threshold) {
      const explained = explainDecayed(name(f), m(f), then, last, input.now, best.success, ctx.band);
      return { problemId: id, kind: "review", ...explained };
    }
    const pre = index.prereqs[f] as Int32Array;
    const prereqs = pre.length === 0 ? "none" : pre.every((p) => m(p) >= threshold) ? "mastered" : "moved-on";
    const explained = explainLearn(name(f), m(f), prereqs, moveOnAfter, best.success, ctx.band);
    return { problemId: id, kind: "learn", ...explained };
  }

  // Nothing eligible: unmastered prerequisites of blocked skills, weakest first.
  const waiting = new Map<number, number>();
  for (const b of blocked)
    for (const p of index.prereqs[b] as Int32Array) if (!passes(p) && !waiting.has(p)) waiting.set(p, b);
  const weakest = [...waiting.keys()].sort((a, b) => m(a) - m(b) || a - b);
  for (const p of weakest) {
    const pick = bestAmong(ctx, [p], status, true);
    if (pick) {
      const id = (index.problems[pick.problem] as { id: string }).id;
      return {
        problemId: id,
        kind: "prerequisite",
        ...explainPrerequisite(name(p), m(p), name(waiting.get(p) ?? p)),
      };
    }
  }
  return reviewOrComplete(ctx, input.recent ?? [], name, review, true, 0);
}
