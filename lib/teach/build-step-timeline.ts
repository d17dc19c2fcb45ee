import { teachWords } from "./words";

/**
 * A transcript's step timeline: when each step started and ended, the hints given on it, the
 * answers to it and how it ended. Pure: derived from the stored turns and attempts.
 *
 * A tutor turn's stepIndex is the step it is about; the turn that finishes step s (step state
 * y or z) is about s, and it is also the moment step s+1 appears to the student. Step 0 starts
 * with the session (the greeting).
 */

export interface TimelineTurn {
  seq: number;
  role: "student" | "tutor";
  stepIndex: number | null;
  stepState: string | null;
  hintRung: number | null;
  revealed: boolean;
  createdAt: Date;
}

export interface TimelineAttempt {
  stepIndex: number;
  correct: boolean;
  firstAttempt: boolean;
}

export type StepOutcome = "solved" | "told" | "in progress" | "not reached";

export interface TimelineStep {
  index: number;
  startedAt: Date | null;
  endedAt: Date | null;
  /** endedAt - startedAt, or up to the last turn for the step in progress. */
  durationMs: number | null;
  /** Ladder rungs given on the step, the bottom-out excluded (see `outcome: "told"`). */
  hintsUsed: number;
  attempts: number;
  firstAttemptCorrect: boolean | null;
  outcome: StepOutcome;
}

export function buildStepTimeline(
  stepCount: number,
  sessionStartedAt: Date,
  turns: TimelineTurn[],
  attempts: TimelineAttempt[],
): TimelineStep[] {
  const ordered = [...turns].sort((a, b) => a.seq - b.seq);
  const lastTurnAt = ordered.at(-1)?.createdAt ?? sessionStartedAt;
  const steps: TimelineStep[] = [];
  let startedAt: Date | null = sessionStartedAt;
  for (let index = 0; index < stepCount; index++) {
    const tutor = ordered.filter((t) => t.role === "tutor" && t.stepIndex === index);
    const end = tutor.find((t) => t.stepState === "y" || t.stepState === "z");
    const mine = attempts.filter((a) => a.stepIndex === index);
    const first = mine.find((a) => a.firstAttempt) ?? null;
    const reached = startedAt !== null;
    // Told: the tutor revealed the answer on the step before it ended (the turn that ends it
    // confirms the told answer the student typed in, and is no reveal itself).
    const told = tutor.some((t) => t.revealed && (!end || t.seq <= end.seq));
    const outcome: StepOutcome = !reached ? "not reached" : end ? (told ? "told" : "solved") : "in progress";
    const endedAt = end?.createdAt ?? null;
    const until = endedAt ?? (reached ? lastTurnAt : null);
    steps.push({
      index,
      startedAt,
      endedAt,
      durationMs: startedAt && until ? Math.max(0, until.getTime() - startedAt.getTime()) : null,
      hintsUsed: tutor.filter((t) => t.hintRung !== null && !t.revealed).length,
      attempts: mine.length,
      firstAttemptCorrect: first ? first.correct : null,
      outcome,
    });
    startedAt = endedAt;
  }
  return steps;
}

/** "45 s", "3 min 5 s", "2 h 4 min" (the units as the locale writes them). */
export function formatDuration(ms: number | null, locale = "en"): string {
  if (ms === null) return "–";
  const t = teachWords(locale);
  const s = Math.round(ms / 1000);
  if (s < 60) return t("duration.s", { s });
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? t("duration.minS", { m, s: s % 60 }) : t("duration.min", { m });
  const h = Math.floor(m / 60);
  return m % 60 ? t("duration.hMin", { h, m: m % 60 }) : t("duration.h", { h });
}
