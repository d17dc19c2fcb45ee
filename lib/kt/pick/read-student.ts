/**
 * The per-call view of one student that chooseNext needs: mastery per skill (the product's
 * shown values when given, else the model's), the model's predicted recall per skill at `now`
 * (one model call per skill), when each problem was last done, when each skill was last practised, which problems not
 * to repeat right away, how often each skill was practised, and which are skipped. O(skills + problems + recent x skills per problem).
 */
import type { KtModel, StudentState } from "@/lib/kt/types";
import type { PickIndex } from "./build-pick-index";
import type { RecentProblem } from "./types";

export interface StudentView {
  mastery: Float64Array;
  /**
   * Per skill: predicted recall at `now`. Without shown values, the model's mastery at `now`
   * (= `mastery`). With them, the shown value less what the clock alone took off since the skill
   * was last practised, model.mastery(state, s, last) − model.mastery(state, s, now): 0 for a
   * model without clock-time forgetting, and free of the drift of student-level terms (decision
   * 014). Equal to `mastery` when time-aware review is off.
   */
  recall: Float64Array;
  /** What scoring ranks skills by: `mastery`, or `recall` for a skill due for review. */
  effective: Float64Array;
  /** Per problem: last completion time, -Infinity if never. */
  lastDone: Float64Array;
  /** Per skill: last time a completed problem practised it, -Infinity if never. */
  lastPracticed: Float64Array;
  /** Per skill: steps practising it in the completed problems given (practice opportunities). */
  practice: Int32Array;
  /** Problems among the latest `avoidLast` completions. */
  avoid: Set<number>;
  skipped: Uint8Array;
}

/** The `n` most recent entries by completion time, without sorting the whole history. */
function latest(recent: readonly RecentProblem[], n: number): RecentProblem[] {
  const top: RecentProblem[] = [];
  if (n <= 0) return top;
  for (const r of recent) {
    if (top.length === n && r.completedAt <= (top[n - 1] as RecentProblem).completedAt) continue;
    let i = Math.min(top.length, n - 1);
    top[i] = r;
    while (i > 0 && (top[i - 1] as RecentProblem).completedAt < r.completedAt) {
      top[i] = top[i - 1] as RecentProblem;
      top[i - 1] = r;
      i--;
    }
  }
  return top;
}

export function readStudent(
  index: PickIndex,
  model: KtModel,
  state: StudentState,
  now: number,
  recent: readonly RecentProblem[],
  skips: readonly string[],
  avoidLast: number,
  /** The product's mastery per skill id (PickInput.mastery): used as is where given. */
  shown?: Readonly<Record<string, number>>,
  /** Ask the model at `now` (time-aware) or at time 0 (no clock: forgetting counts no time). */
  timeAware = true,
): StudentView {
  const mastery = new Float64Array(index.skillIds.length);
  const recall = new Float64Array(index.skillIds.length);
  const at = timeAware ? now : 0;
  index.skillIds.forEach((s, i) => {
    const live = shown?.[s] === undefined ? model.mastery(state, s, at) : (shown[s] as number);
    mastery[i] = live;
    recall[i] = live;
  });
  const lastDone = new Float64Array(index.problems.length).fill(Number.NEGATIVE_INFINITY);
  const lastPracticed = new Float64Array(index.skillIds.length).fill(Number.NEGATIVE_INFINITY);
  const practice = new Int32Array(index.skillIds.length);
  for (const r of recent) {
    const pi = index.problemIndex.get(r.problemId);
    if (pi === undefined) continue;
    for (const step of index.stepSkills[pi] as Int32Array[])
      for (const s of step) practice[s] = (practice[s] as number) + 1;
    if (r.completedAt <= (lastDone[pi] as number)) continue;
    lastDone[pi] = r.completedAt;
    for (const s of index.problemSkills[pi] as Int32Array) {
      if (r.completedAt > (lastPracticed[s] as number)) lastPracticed[s] = r.completedAt;
    }
  }
  if (shown && timeAware) {
    index.skillIds.forEach((s, i) => {
      const last = lastPracticed[i] as number;
      if (shown[s] === undefined || !Number.isFinite(last) || !(now > last)) return;
      const faded = model.mastery(state, s, last) - model.mastery(state, s, now);
      recall[i] = (mastery[i] as number) - Math.max(0, faded);
    });
  }
  const avoid = new Set<number>();
  for (const r of latest(recent, avoidLast)) {
    const pi = index.problemIndex.get(r.problemId);
    if (pi !== undefined) avoid.add(pi);
  }
  const skipped = new Uint8Array(index.problems.length);
  for (const id of skips) {
    const pi = index.problemIndex.get(id);
    if (pi !== undefined) skipped[pi] = 1;
  }
  return { mastery, recall, effective: Float64Array.from(mastery), lastDone, lastPracticed, practice, avoid, skipped };
}

/**
 * Per skill: how many problems the student completed since one last practised it (Infinity if
 * none did). Counted in problems, not time, so nights and weekends don't swamp the order within
 * a session. O(recent log recent): only the review path needs it.
 */
export function countProblemsSince(index: PickIndex, recent: readonly RecentProblem[]): Float64Array {
  const order = [...recent].sort((a, b) => a.completedAt - b.completedAt);
  const lastRank = new Float64Array(index.skillIds.length).fill(Number.NEGATIVE_INFINITY);
  order.forEach((r, k) => {
    const pi = index.problemIndex.get(r.problemId);
    if (pi !== undefined) for (const s of index.problemSkills[pi] as Int32Array) lastRank[s] = k;
  });
  return lastRank.map((k) => order.length - k);
}
