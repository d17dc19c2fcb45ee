/** Input and output of chooseNext: plain data plus the KtModel contract, no database types. */
import type { KtItem, KtModel, StudentState } from "@/lib/kt/types";
import type { PickIndex } from "./build-pick-index";
import type { GainOptions } from "./choose-by-gain";
import type { LearntClassifier, SkillEvidence } from "./learnt-classifier";

export interface PickProblem {
  id: string;
  /** The problem's steps in order (item id + skills); the union of their skills is what it practises. */
  steps: readonly KtItem[];
  /** Stable order for ties: problem set order, then position inside the set. */
  setOrder: number;
  position: number;
}

/** skill -> its prerequisite skills. A prerequisite no candidate problem practises counts as given. */
export type PrerequisiteGraph = Readonly<Record<string, readonly string[]>>;

export interface RecentProblem {
  problemId: string;
  /** Milliseconds since epoch. */
  completedAt: number;
}

/** Scoring weights among eligible problems, all >= 0 (defaults tuned on simulated learners). */
export interface PickWeights {
  /** Per unit of "share of the problem's steps that practise an unmastered skill". */
  useful: number;
  /** Per unit of the weakest unmastered skill's distance below the threshold. */
  need: number;
  /** Per unit of |predicted success - target|. */
  distance: number;
  /** Extra per unit of predicted success outside the band. */
  outOfBand: number;
  /** For a problem the student has already done (fresh items are better evidence). */
  seen: number;
}

export interface PickInput {
  problems: readonly PickProblem[];
  prerequisites: PrerequisiteGraph;
  /** buildPickIndex(problems, prerequisites), reused across calls while the content is unchanged. */
  index?: PickIndex;
  model: KtModel;
  state: StudentState;
  /** Milliseconds since epoch: the model's mastery and predictions are taken at this time. */
  now: number;
  /**
   * Mastery per skill id as the product shows it (lib/mastery/mastery-table.ts: each skill's
   * value at its own last evidence, the prior when unpractised). When given, the picker reads
   * these instead of asking the model at `now` (the model's value at `now`, predicted recall, decides
   * only whether a mastered skill is due for review; see timeAwareReview); a skill missing here is
   * asked of the model.
   */
  mastery?: Readonly<Record<string, number>>;
  /**
   * Time-aware review (default true): the model is asked at `now`, so a skill mastered when last
   * practised whose predicted recall now (model.mastery(state, skill, now)) has fallen below the
   * threshold is due for review, ranked by that recall; the shown values stay as given. False:
   * the model is asked without a clock (time 0) and nothing is due by elapsed time.
   */
  timeAwareReview?: boolean;
  /** Teacher pins: these come next, in this order (the caller removes a pin once it is done). */
  pins?: readonly string[];
  /** Teacher skips: never picked, not even when pinned. */
  skips?: readonly string[];
  /**
   * Problems the student completed, any order, ideally the whole history: the latest few are not
   * repeated right away, and practice per skill and decay since last practice are read from it.
   */
  recent?: readonly RecentProblem[];
  /** Mastery threshold (default 0.95). */
  threshold?: number;
  /** Predicted success to aim for (default 0.7) and the band to stay inside (default [0.5, 0.9]). */
  targetSuccess?: number;
  successBand?: readonly [number, number];
  /** When every skill is mastered: review (default) or report "complete". */
  review?: boolean;
  /**
   * Practice opportunities (steps in `recent`) after which a skill still below the threshold stops
   * blocking its dependents and waits for review: more drilling rarely helps a student who is
   * wheel-spinning, and a model whose mastery plateaus below the threshold must not stall the
   * student (default 12).
   */
  moveOnAfter?: number;
  /**
   * What a parked skill (see moveOnAfter) does besides passing for its dependents: "review"
   * (default) waits until nothing else is left, then takes its turn in the review of every skill;
   * "after" also waits, but then the parked skills are reviewed before (and instead of) the
   * mastered ones, so a learner who learns slowly but steadily keeps practising what is not yet
   * learnt (only as good as the model's "mastered": a skill wrongly rated mastered is not reviewed
   * while parked ones remain); "practise" keeps competing with the unmastered skills all along.
   * (Reviewing every skill weakest first was tried in bench:pick and lost badly: a skill whose
   * estimate plateaus takes every review. Decision 023.)
   */
  parked?: "review" | "after" | "practise";
  /**
   * P(truly learnt) by the model's mastery, piecewise linear through (at[k], p[k]) with `at`
   * ascending (from a calibration against a truth, e.g. lib/kt/simulate/calibrate-mastery.ts
   * masteryCurve). Without it the model's mastery is taken at its word (P = mastery).
   */
  masteredCurve?: MasteredCurve;
  /**
   * How review picks its skill once nothing is left to learn: "spacing" (default: problems since
   * last practised x (1 + deficit below the threshold)) or "doubt": problems since last practised
   * x (1 - P(truly learnt)), so a skill the model is sure of comes back rarely and one it is
   * unsure of (just called mastered, or parked) soon.
   */
  reviewBy?: "spacing" | "doubt";
  /**
   * Review by doubt: the least doubt 1 - P(learnt) a skill is given, so that none is never
   * reviewed (default 0.02; 1e-4 with a detector's `learnt`, whose posteriors near 1 differ
   * in the third decimal: a floor of 0.02 made review by doubt plain spacing).
   */
  doubtFloor?: number;
  /**
   * How the next problem is chosen after pins: "score" (default: lowest mastery first, scored by
   * useful steps, need and predicted success; parks a skill after moveOnAfter) or "gain":
   * expected learning gain per opportunity with a stop rule (choose-by-gain.ts), then review by
   * doubt (reviewBy defaults to "doubt"). Decision 023.
   */
  rule?: "score" | "gain";
  /**
   * Per skill id: the student's current run of right first attempts without hints on steps
   * practising it (current-streaks.ts). With the "gain" rule, a run of `streakToLearn` or more
   * counts as evidence the skill is learnt: P(learnt) is taken as at least what a mastery of 1
   * less the model's forgetting since the skill was last practised would give, for the gain and
   * for review by doubt. Direct evidence for where the model cannot say "surely learnt" itself
   * (decision 023).
   */
  streaks?: Readonly<Record<string, number>>;
  /**
   * P(truly learnt) fitted on the model's mastery and the student's record per skill
   * (learnt-classifier.ts, from `evidence`). With the "gain" rule it replaces the calibration
   * curve and the streak rule. Decision 023.
   */
  learntClassifier?: LearntClassifier;
  /** Per skill id: the student's record of first attempts (learnt-classifier.ts extendEvidence). */
  evidence?: Readonly<Record<string, SkillEvidence>>;
  /**
   * Per skill id: P(truly learnt) now from a detector of the caller's (e.g. per-skill BKT fitted
   * by EM on the deployment's own first attempts, lib/kt/pick/bkt-detector.ts). With the "gain"
   * rule it replaces every other reading of P(learnt); skills absent count as 0. Decision 023.
   */
  learnt?: Readonly<Record<string, number>>;
  /** The run that counts as "learnt" (default 3, as ASSISTments' skill builders; 0: ignore streaks). */
  streakToLearn?: number;
  /** Options of the "gain" rule (choose-by-gain.ts DEFAULT_GAIN). */
  gain?: Partial<GainOptions>;
  /** How many of the latest completed problems not to repeat while anything else fits (default 3). */
  avoidLast?: number;
  /**
   * Scoring weights (score-problem.ts DEFAULT_WEIGHTS). The "gain" rule uses them only in review;
   * with a detector's `learnt` its review starts from DETECTOR_REVIEW_WEIGHTS (useful 0). Given
   * weights override both.
   */
  weights?: Partial<PickWeights>;
  /** Display names for reasons (skill id -> name); ids are used when missing. */
  skillNames?: Readonly<Record<string, string>>;
}

/** See PickInput.masteredCurve. */
export interface MasteredCurve {
  at: readonly number[];
  p: readonly number[];
}

export type PickKind = "pinned" | "learn" | "review" | "prerequisite" | "complete";

/**
 * Why a problem was picked, as a message key and its values: the student reads it in friendly
 * words (student.picks.student.<key>), the teacher in precise ones with the numbers
 * (student.picks.teacher.<key>), both in their own language. Values are plain JSON (stored on
 * ProblemPick.reasonParams); numbers are raw (mastery 0.42, not "0.42"), formatted when shown.
 */
export const PICK_REASON_KEYS = [
  "pinned",
  "learn",
  "reviewDecayed",
  "reviewDue",
  "reviewAll",
  "prerequisite",
  "complete",
  "nothingLeft",
] as const;
export type PickReasonKey = (typeof PICK_REASON_KEYS)[number];
export type PickReasonValues = Record<string, string | number>;
export interface PickReason {
  key: PickReasonKey;
  values: PickReasonValues;
}

export interface Pick {
  problemId: string | null;
  kind: PickKind;
  /** One line a teacher can read: why this problem (English; kept for old readers and exports). */
  reason: string;
  /** The same reason as a key and values, worded per audience and language when shown. */
  why: PickReason;
}
