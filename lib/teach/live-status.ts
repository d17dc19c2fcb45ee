/**
 * The live class view's status rules (docs/decisions/018-live-class-view.md): pure functions
 * over what one SQL query reads for each student (lib/teach/load-live-class.ts). Every threshold
 * is a named constant so that a change of policy is one edit with its table of tests beside it.
 */

/** Three wrong answers in a row on the current step: stuck now. */
export const STUCK_WRONG_IN_ROW = 3;
/** No answer or message for this long in the middle of a step: stuck now... */
export const STUCK_SILENT_MINUTES = 4;
/** ...until this long, when the student has simply left: idle. */
export const IDLE_MINUTES = 15;
/** A request for the answer, or an answer told after failures, is "stuck now" for this long after it. */
export const ASKED_FOR_ANSWER_MINUTES = 5;
/** Activity older than this is not "today's lesson": not started today. */
export const TODAY_HOURS = 12;

const MINUTE = 60_000;

export const LIVE_STATUSES = ["stuck", "working", "finished", "idle", "not_started"] as const;
export type LiveStatus = (typeof LIVE_STATUSES)[number];

export type StuckReason =
  | { kind: "wrong_in_row"; count: number }
  | { kind: "asked_for_answer" }
  | { kind: "told_after_wrong" }
  | { kind: "silent"; minutes: number };

/** What the database knows about one student now: their latest (non-preview) session, if any. */
export interface LiveSignals {
  studentId: string;
  name: string;
  session: {
    id: string;
    status: "active" | "completed" | "abandoned";
    problemTitle: string;
    /** 0-based step the student is on (the engine's state). */
    stepIndex: number;
    stepCount: number;
    /** Consecutive wrong answers on the current step (the engine's state). */
    wrongStreak: number;
    lastActivityAt: Date;
    /** The session's latest tutor turn: a request for the answer (refused or told on request). */
    lastTutorAskedForAnswer: boolean;
    /** The session's latest tutor turn told a step's answer after repeated wrong answers. */
    lastTutorToldAfterWrong: boolean;
    lastTutorAt: Date | null;
  } | null;
}

export interface LiveStudent {
  studentId: string;
  name: string;
  status: LiveStatus;
  /** Why "stuck now" (null otherwise). */
  reason: StuckReason | null;
  /** The problem now or last worked on today (null: none today). */
  sessionId: string | null;
  problemTitle: string | null;
  /** 1-based step of `stepCount` (null when not on a step). */
  step: number | null;
  stepCount: number | null;
  lastActivityAt: Date | null;
}

/** The status of one student at `now`, with the reason when stuck. */
export function liveStatus(s: LiveSignals, now: Date): { status: LiveStatus; reason: StuckReason | null } {
  const session = s.session;
  if (!session) return { status: "not_started", reason: null };
  const ago = now.getTime() - session.lastActivityAt.getTime();
  if (ago >= TODAY_HOURS * 60 * MINUTE) return { status: "not_started", reason: null };
  if (session.status === "completed") return { status: "finished", reason: null };
  if (session.status === "abandoned" || ago >= IDLE_MINUTES * MINUTE) return { status: "idle", reason: null };
  if (session.wrongStreak >= STUCK_WRONG_IN_ROW)
    return { status: "stuck", reason: { kind: "wrong_in_row", count: session.wrongStreak } };
  if (
    session.lastTutorAskedForAnswer &&
    session.lastTutorAt &&
    now.getTime() - session.lastTutorAt.getTime() < ASKED_FOR_ANSWER_MINUTES * MINUTE
  )
    return { status: "stuck", reason: { kind: "asked_for_answer" } };
  if (
    session.lastTutorToldAfterWrong &&
    session.lastTutorAt &&
    now.getTime() - session.lastTutorAt.getTime() < ASKED_FOR_ANSWER_MINUTES * MINUTE
  )
    return { status: "stuck", reason: { kind: "told_after_wrong" } };
  if (ago >= STUCK_SILENT_MINUTES * MINUTE)
    return { status: "stuck", reason: { kind: "silent", minutes: Math.floor(ago / MINUTE) } };
  return { status: "working", reason: null };
}

/** Stuck first, then working, finished, idle, not started; by name within each. */
export function liveClass(students: LiveSignals[], now: Date, locale = "en"): LiveStudent[] {
  const collator = new Intl.Collator(locale);
  const rank = (st: LiveStatus) => LIVE_STATUSES.indexOf(st);
  return students
    .map((s): LiveStudent => {
      const { status, reason } = liveStatus(s, now);
      const today = status !== "not_started" && s.session ? s.session : null;
      const onStep = today && today.status === "active";
      return {
        studentId: s.studentId,
        name: s.name,
        status,
        reason,
        sessionId: today?.id ?? null,
        problemTitle: today?.problemTitle ?? null,
        step: onStep ? Math.min(today.stepIndex + 1, today.stepCount) : null,
        stepCount: today ? today.stepCount : null,
        lastActivityAt: s.session?.lastActivityAt ?? null,
      };
    })
    .sort((a, b) => rank(a.status) - rank(b.status) || collator.compare(a.name, b.name));
}

/** The counts per status, for the summary line. */
export function countByStatus(students: LiveStudent[]): Record<LiveStatus, number> {
  const out = Object.fromEntries(LIVE_STATUSES.map((s) => [s, 0])) as Record<LiveStatus, number>;
  for (const s of students) out[s.status] += 1;
  return out;
}
