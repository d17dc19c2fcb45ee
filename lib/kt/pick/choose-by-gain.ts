/**
 * The next problem by expected learning gain per opportunity (PickInput.rule "gain"), under the
 * picker's own model and nothing else: for each skill, P(learnt) = the calibrated probability
 * that the model's mastery now (predicted recall, so forgetting counts) means learnt
 * (masteredProbability). A practice step on skill s pays
 *   gain(s) = (1 - P(s)) x Π over its prerequisites P(p) x (1 + unlock x Σ over skills that
 *             need s, directly or not, of (1 - P))
 * (how far from learnt, whether it can be learnt yet, what it opens up). A problem's score is its
 * steps' total gain per step. Stop rule: a skill whose gain is below `minGain` is left alone, so
 * practice moves on as soon as more of it no longer pays; when no skill pays, review by doubt
 * (choose-next.ts). Skips are never picked, the latest `avoidLast` problems only when nothing else
 * pays; pins are handled by the caller. Deterministic: ties go to the earlier problem.
 */
import type { PickIndex } from "./build-pick-index";
import { explainDue, explainLearn } from "./explain-pick";
import { learntProbability } from "./learnt-classifier";
import { masteredProbability } from "./mastered-probability";
import type { StudentView } from "./read-student";
import type { Pick, PickInput } from "./types";

export interface GainOptions {
  /** Per-step gain below which a skill is left alone (default 0.1). */
  minGain: number;
  /** Weight of the downstream skills a skill opens up (default 0: 0.05 and 0.2 did no better in bench:pick). */
  unlock: number;
  /**
   * Also leave alone a skill the model rates mastered (mastery >= the threshold, the calibrated
   * level) even while its gain would pay (default false).
   */
  stopAtThreshold: boolean;
}

export const DEFAULT_GAIN: GainOptions = { minGain: 0.1, unlock: 0, stopAtThreshold: false };

/**
 * With a detector's P(learnt) (PickInput.learnt): a skill is practised until P >= 0.995, and
 * review by doubt floors doubt at 1e-4. A BKT posterior runs up to 0.99 after a few right answers
 * while the skill can still be short of mastery (the default 0.1 stopped at 0.9), and its
 * forgetting is what brings a skill back. Chosen on bench:pick seeds 1-5 (stops 0.1, 0.05, 0.02,
 * 0.01, 0.005, 0.002, 0.001; floors 0.02, 1e-3, 1e-4), then run once on seeds 6-20: the 25% goal
 * held on 6-10, not under latent and Elo learners on 11-15 and 16-20 (decision 023, eleventh
 * session; with the review weights below, Elo passes on every set and latent not on 11-20).
 */
export const DETECTOR_MIN_GAIN = 0.005;
export const DETECTOR_DOUBT_FLOOR = 1e-4;
/**
 * With a detector, review (every skill learnt by its word) scores a skill's problems without the
 * share of steps on that skill (`useful` 0): once all is learnt, a step on another skill is a
 * review too, so what decides is a fresh problem (`seen`) whose predicted success is nearest the
 * target (`distance`, `outOfBand`). With `useful` 1 a skill's one-step problem won every time:
 * one Elo learner got the same easy problem 32 times of the 39 that practised the one skill he
 * had not learnt, and reached the cap. Found on Elo seeds 11, 13, 15, chosen there and on seeds
 * 1-5, checked once on fresh seeds 21-30 (twelfth session, decision 023).
 */
export const DETECTOR_REVIEW_WEIGHTS = { useful: 0 } as const;

/** Per skill: the skills that need it, directly or through others (indices). */
export function dependentsOf(index: PickIndex): Int32Array[] {
  const direct: number[][] = index.skillIds.map(() => []);
  index.prereqs.forEach((pre, s) => {
    for (const p of pre) direct[p]?.push(s);
  });
  return direct.map((_, s) => {
    const seen = new Set<number>();
    const stack = [...(direct[s] ?? [])];
    while (stack.length) {
      const d = stack.pop() as number;
      if (seen.has(d) || d === s) continue;
      seen.add(d);
      stack.push(...(direct[d] ?? []));
    }
    return Int32Array.from([...seen].sort((a, b) => a - b));
  });
}

/**
 * P(learnt) per skill now, relative to the most the calibration ever says (a model that cannot
 * tell learnt from nearly learnt tops out below 1: otherwise no skill's gain would ever stop
 * paying). With streaks (PickInput.streaks), a skill whose current run of right answers reaches
 * `streakToLearn` gets at least the P(learnt) of a mastery of 1 less the model's forgetting since
 * it was last practised: direct evidence, fading as the model says memory does.
 */
export function learntNow(input: PickInput, index: PickIndex, view: StudentView): Float64Array {
  const top = masteredProbability(1, input.masteredCurve);
  const p = (m: number) => Math.min(1, masteredProbability(m, input.masteredCurve) / Math.max(1e-6, top));
  const need = input.streakToLearn ?? 3;
  const fitted = input.learntClassifier;
  const given = input.learnt;
  return Float64Array.from(view.recall, (r, s) => {
    if (given) return Math.min(1, Math.max(0, given[index.skillIds[s] ?? ""] ?? 0));
    if (fitted) {
      const id = index.skillIds[s] ?? "";
      return learntProbability(fitted, Math.min(r, view.mastery[s] as number), input.evidence?.[id]);
    }
    const own = p(Math.min(r, view.mastery[s] as number));
    const id = index.skillIds[s] ?? "";
    if (need <= 0 || (input.streaks?.[id] ?? 0) < need) return own;
    const last = view.lastPracticed[s] as number;
    const fade = Number.isFinite(last)
      ? Math.max(0, input.model.mastery(input.state, id, last) - input.model.mastery(input.state, id, input.now))
      : 0;
    return Math.max(own, p(1 - fade));
  });
}

/** gain(s) per skill for this student now (see the file comment). */
export function skillGains(
  index: PickIndex,
  learnt: Float64Array,
  dependents: readonly Int32Array[],
  opts: GainOptions,
): Float64Array {
  return Float64Array.from(index.skillIds, (_, s) => {
    let ready = 1;
    for (const p of index.prereqs[s] as Int32Array) ready *= learnt[p] as number;
    let opens = 0;
    for (const d of dependents[s] as Int32Array) opens += 1 - (learnt[d] as number);
    return (1 - (learnt[s] as number)) * ready * (1 + opts.unlock * opens);
  });
}

export interface GainPick {
  problem: number;
  focus: number;
  score: number;
}

/** The problem with the highest gain per step, counting only skills whose gain pays; null if none. */
export function bestByGain(index: PickIndex, view: StudentView, gains: Float64Array, minGain: number): GainPick | null {
  for (const allowRecent of [false, true]) {
    let best: GainPick | null = null;
    for (let pi = 0; pi < index.problems.length; pi++) {
      if (view.skipped[pi] || (!allowRecent && view.avoid.has(pi))) continue;
      const steps = index.stepSkills[pi] as Int32Array[];
      let total = 0;
      let focus = -1;
      for (const st of steps) {
        for (const s of st) {
          const g = gains[s] as number;
          if (g <= 0 || g < minGain) continue;
          total += g;
          if (focus < 0 || g > (gains[focus] as number)) focus = s;
        }
      }
      if (focus < 0) continue;
      const score = total / Math.max(1, steps.length);
      if (!best || score > best.score || (score === best.score && index.rank[pi]! < index.rank[best.problem]!)) {
        best = { problem: pi, focus, score };
      }
    }
    if (best) return best;
  }
  return null;
}

/**
 * The learn step of the "gain" rule: a pick, or null when no skill's gain pays any more (the
 * caller then reviews). `view` is readStudent's; `threshold` only words the reason.
 */
export function chooseByGain(
  input: PickInput,
  index: PickIndex,
  view: StudentView,
  threshold: number,
  name: (s: number) => string,
  learnt: Float64Array = learntNow(input, index, view),
  dependents: readonly Int32Array[] = dependentsOf(index),
): Pick | null {
  const opts = { ...DEFAULT_GAIN, ...(input.learnt && { minGain: DETECTOR_MIN_GAIN }), ...input.gain };
  const gains = skillGains(index, learnt, dependents, opts);
  if (opts.stopAtThreshold)
    view.recall.forEach((r, s) => {
      if (Math.min(r, view.mastery[s] as number) >= threshold) gains[s] = 0;
    });
  const best = bestByGain(index, view, gains, opts.minGain);
  if (!best) return null;
  const f = best.focus;
  const id = (index.problems[best.problem] as { id: string }).id;
  const m = view.mastery[f] as number;
  const items = index.items[best.problem] ?? [];
  let success = 0;
  for (const item of items) success += input.model.predict(input.state, item, input.now) / Math.max(1, items.length);
  const band = input.successBand ?? [0.5, 0.9];
  const last = view.lastPracticed[f] as number;
  if (m >= threshold && Number.isFinite(last)) {
    // Mastered by the model's word, but its predicted recall (or the calibration) leaves doubt.
    const explained = explainDue(name(f), m, view.recall[f] as number, last, input.now, success, band);
    return { problemId: id, kind: "review", ...explained };
  }
  const pre = index.prereqs[f] as Int32Array;
  const prereqs =
    pre.length === 0 ? "none" : pre.every((p) => (view.mastery[p] as number) >= threshold) ? "mastered" : "likely";
  return { problemId: id, kind: "learn", ...explainLearn(name(f), m, prereqs, 0, success, band) };
}
