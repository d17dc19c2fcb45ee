/**
 * The "needs help" rules of the teacher's dashboard: pure functions over per-student signals
 * that the database aggregates (lib/teach/load-help-signals.ts). Every threshold is a named
 * constant here so that a teacher-facing change of policy is one edit with its tests beside it.
 */

import { formatMasteryIn } from "./format-number";
import { teachWords } from "./words";

/** The window "recently" means, for failed first attempts and reveals. */
export const RECENT_DAYS = 7;
/** At most this many of the student's latest first attempts in the window are read. */
export const RECENT_FIRST_ATTEMPTS = 20;
/** Failed first attempts among those that make a student stand out... */
export const MIN_FAILED_FIRST_ATTEMPTS = 4;
/** ...provided they are at least this share of the window's first attempts. */
export const MIN_FAILURE_RATE = 0.6;
/** Bottom-out reveals (the tutor told a step's answer) in the window. */
export const MIN_REVEALS = 2;
/** A skill practised this many times whose mastery is still below the bar is "not rising". */
export const FLAT_MASTERY_OPPORTUNITIES = 8;
export const FLAT_MASTERY_BELOW = 0.5;
/** Stuck: the current step of an active session started this long ago... */
export const STUCK_STEP_MINUTES = 10;
/** ...and has taken this many turns (student and tutor) already. */
export const STUCK_STEP_MIN_TURNS = 6;
/** No practice for this many days (or never, this long after joining). */
export const INACTIVE_DAYS = 7;

const DAY = 24 * 3600_000;
const MINUTE = 60_000;

/** One skill's mastery for the rules: the cell of lib/mastery/mastery-table.ts, with the skill's name. */
export interface MasteryCell {
  skillName: string;
  /** The value as shown (2 decimals). */
  mastery: number;
  opportunities: number;
  /** The last first attempt on the skill (null: not started). */
  lastEvidenceAt: Date | null;
}

export interface ActiveStep {
  sessionId: string;
  problemTitle: string;
  /** 0-based index of the step the student is on. */
  stepIndex: number;
  stepStartedAt: Date;
  turnsOnStep: number;
}

/** What the database knows about one student of the class. */
export interface StudentSignals {
  studentId: string;
  name: string;
  enrolledAt: Date;
  /** Last activity of any (non-preview) session, or null if the student never practised. */
  lastActivityAt: Date | null;
  /** The latest first attempts (at most RECENT_FIRST_ATTEMPTS) since now - RECENT_DAYS, and the failed ones. */
  recentFirstAttempts: number;
  recentFailedFirstAttempts: number;
  lastFailedAt: Date | null;
  /** Steps whose answer the tutor told since now - RECENT_DAYS (once per step, however often repeated). */
  recentReveals: number;
  lastRevealAt: Date | null;
  /** Mastery of the class's skills (every skill; unpractised ones have 0 opportunities). */
  mastery: MasteryCell[];
  /** The current step of each active session. */
  activeSteps: ActiveStep[];
}

export type HelpReasonKind = "failing" | "reveals" | "flat_mastery" | "stuck" | "inactive";

export interface HelpReason {
  kind: HelpReasonKind;
  /** One line a teacher reads, in the language the reasons were asked for. */
  text: string;
  /** When the evidence happened (the list is sorted newest first by it). */
  at: Date;
  /** The session behind a "stuck" reason. */
  sessionId?: string;
  /** The skills behind a "flat_mastery" reason, weakest first. */
  skills?: string[];
}

export interface StudentNeedingHelp {
  studentId: string;
  name: string;
  reasons: HelpReason[];
  /** The newest reason's time. */
  latestAt: Date;
}

export function failingReason(s: StudentSignals, locale = "en"): HelpReason | null {
  const failed = s.recentFailedFirstAttempts;
  const total = s.recentFirstAttempts;
  if (failed < MIN_FAILED_FIRST_ATTEMPTS || total === 0 || failed / total < MIN_FAILURE_RATE) return null;
  return {
    kind: "failing",
    text: teachWords(locale)("needsHelp.reason.failing", { failed, total, days: RECENT_DAYS }),
    at: s.lastFailedAt ?? s.lastActivityAt ?? s.enrolledAt,
  };
}

export function revealsReason(s: StudentSignals, locale = "en"): HelpReason | null {
  if (s.recentReveals < MIN_REVEALS) return null;
  return {
    kind: "reveals",
    text: teachWords(locale)("needsHelp.reason.reveals", { count: s.recentReveals, days: RECENT_DAYS }),
    at: s.lastRevealAt ?? s.lastActivityAt ?? s.enrolledAt,
  };
}

export function flatMasteryReason(s: StudentSignals, locale = "en"): HelpReason | null {
  const t = teachWords(locale);
  const flat = s.mastery
    .filter((m) => m.opportunities >= FLAT_MASTERY_OPPORTUNITIES && m.mastery < FLAT_MASTERY_BELOW)
    .sort((a, b) => a.mastery - b.mastery || a.skillName.localeCompare(b.skillName));
  if (flat.length === 0) return null;
  const list = flat
    .slice(0, 3)
    .map((m) =>
      t("needsHelp.reason.flatSkill", {
        skill: m.skillName,
        mastery: formatMasteryIn(m.mastery, locale),
        count: m.opportunities,
      }),
    )
    .join("; ");
  return {
    kind: "flat_mastery",
    text:
      flat.length > 3
        ? t("needsHelp.reason.flatMore", { list, more: flat.length - 3 })
        : t("needsHelp.reason.flat", { list }),
    at: new Date(Math.max(...flat.map((m) => m.lastEvidenceAt?.getTime() ?? s.enrolledAt.getTime()))),
    skills: flat.map((m) => m.skillName),
  };
}

export function stuckReasons(s: StudentSignals, now: Date, locale = "en"): HelpReason[] {
  const t = teachWords(locale);
  return s.activeSteps
    .filter(
      (a) =>
        now.getTime() - a.stepStartedAt.getTime() >= STUCK_STEP_MINUTES * MINUTE &&
        a.turnsOnStep >= STUCK_STEP_MIN_TURNS,
    )
    .map((a) => {
      const minutes = Math.floor((now.getTime() - a.stepStartedAt.getTime()) / MINUTE);
      const since =
        minutes >= 120
          ? t("needsHelp.hours", { count: Math.floor(minutes / 60) })
          : t("needsHelp.minutes", { count: minutes });
      return {
        kind: "stuck" as const,
        text: t("needsHelp.reason.stuck", {
          step: a.stepIndex + 1,
          title: a.problemTitle,
          since,
          turns: a.turnsOnStep,
        }),
        at: s.lastActivityAt ?? a.stepStartedAt,
        sessionId: a.sessionId,
      };
    });
}

export function inactiveReason(s: StudentSignals, now: Date, locale = "en"): HelpReason | null {
  const since = s.lastActivityAt ?? s.enrolledAt;
  const days = Math.floor((now.getTime() - since.getTime()) / DAY);
  if (days < INACTIVE_DAYS) return null;
  return {
    kind: "inactive",
    text: teachWords(locale)(s.lastActivityAt ? "needsHelp.reason.inactive" : "needsHelp.reason.neverPractised", {
      days,
    }),
    at: since,
  };
}

/** Students with at least one reason, newest evidence first (then by name); reasons in `locale`. */
export function findStudentsNeedingHelp(students: StudentSignals[], now: Date, locale = "en"): StudentNeedingHelp[] {
  const out: StudentNeedingHelp[] = [];
  for (const s of students) {
    const reasons = [
      failingReason(s, locale),
      revealsReason(s, locale),
      flatMasteryReason(s, locale),
      ...stuckReasons(s, now, locale),
      inactiveReason(s, now, locale),
    ].filter((r): r is HelpReason => r !== null);
    if (reasons.length === 0) continue;
    reasons.sort((a, b) => b.at.getTime() - a.at.getTime());
    out.push({ studentId: s.studentId, name: s.name, reasons, latestAt: reasons[0]!.at });
  }
  return out.sort((a, b) => b.latestAt.getTime() - a.latestAt.getTime() || a.name.localeCompare(b.name));
}
