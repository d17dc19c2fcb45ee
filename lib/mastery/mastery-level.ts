/**
 * Mastery as a few levels in words, for the student's page and the student's pick reasons. Pure,
 * no imports but the threshold: client components use it too. The number itself stays the one
 * from lib/mastery/mastery-table.ts (decision 014); the levels only group it, and "mastered" is
 * exactly the picker's and every view's threshold (MASTERED_AT), so a skill never reads
 * "Mastered" on one page and "in progress" on another.
 */
import { MASTERED_AT, roundMastery } from "./format-mastery";

/** Below this: "Getting started". */
export const PROGRESS_AT = 0.6;
/** From this up to MASTERED_AT: "Almost there". */
export const ALMOST_AT = 0.85;

export const MASTERY_LEVELS = ["notStarted", "gettingStarted", "makingProgress", "almostThere", "mastered"] as const;
/** Also the message key: student.levels.<level>. */
export type MasteryLevel = (typeof MASTERY_LEVELS)[number];

/** The level of a value with this many first attempts behind it (0 = never practised). */
export function masteryLevel(opportunities: number, mastery: number): MasteryLevel {
  if (opportunities <= 0) return "notStarted";
  const m = roundMastery(mastery);
  if (m >= MASTERED_AT) return "mastered";
  if (m >= ALMOST_AT) return "almostThere";
  if (m >= PROGRESS_AT) return "makingProgress";
  return "gettingStarted";
}

/** The level's rank, 0 (not started) to 4 (mastered): what the bar fills to. */
export function levelRank(level: MasteryLevel): number {
  return MASTERY_LEVELS.indexOf(level);
}
