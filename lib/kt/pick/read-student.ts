/**
 * The per-call view of one student that chooseNext needs: mastery per skill (the product's
 * shown values when given, else one model call per skill), when each problem was last done, when each skill was last practised, which problems not
 * to repeat right away, how often each skill was practised, and which are skipped. O(skills + problems + recent x skills per problem).
 */
import type { KtModel, StudentState } from "@/lib/kt/types";
import type { PickIndex } from "./build-pick-index";
import type { RecentProblem } from "./types";

export interface StudentView {
  mastery: Float64Array;
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
): StudentView {
  const mastery = new Float64Array(index.skillIds.length);
  index.skillIds.forEach((s, i) => {
    mastery[i] = shown?.[s] ?? model.mastery(state, s, now);
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
  return { mastery, lastDone, lastPracticed, practice, avoid, skipped };
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
