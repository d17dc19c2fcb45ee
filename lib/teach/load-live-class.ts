import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ClassHeader } from "./access";
import { type LiveSignals, type LiveStatus, liveClass, type StuckReason } from "./live-status";

/**
 * What every student of a class is doing now, in ONE query (the live view polls it every few
 * seconds, decision 018): each enrolled student, their latest non-preview session (by the
 * (studentId, ...) index, newest activity first), the step they are on and their wrong streak
 * (the engine's state), the step count of the problem version, and the session's latest tutor
 * turn (the (sessionId, seq) unique index, read backwards). No answers, no turn text.
 */
export async function loadLiveSignals(prisma: PrismaClient, cls: ClassHeader): Promise<LiveSignals[]> {
  const rows = await prisma.$queryRaw<
    {
      studentId: string;
      name: string;
      sessionId: string | null;
      status: "active" | "completed" | "abandoned" | null;
      lastActivityAt: Date | null;
      problemTitle: string | null;
      stepIndex: number | null;
      wrongStreak: number | null;
      stepCount: number | null;
      tutorEvaluation: string | null;
      tutorAction: number | null;
      tutorAt: Date | null;
    }[]
  >`
    SELECT u."id" AS "studentId", u."name",
           s."id" AS "sessionId", s."status"::text AS "status", s."lastActivityAt",
           v."title" AS "problemTitle",
           (s."state"->>'stepIndex')::int AS "stepIndex",
           COALESCE((s."state"->>'wrongStreak')::int, 0) AS "wrongStreak",
           (SELECT count(*)::int FROM "Step" st WHERE st."versionId" = s."problemVersionId") AS "stepCount",
           lt."evaluation" AS "tutorEvaluation", lt."action" AS "tutorAction", lt."createdAt" AS "tutorAt"
    FROM "Enrollment" e
    JOIN "User" u ON u."id" = e."studentId" AND u."role" = 'student'
    LEFT JOIN LATERAL (
      SELECT x."id", x."status", x."lastActivityAt", x."state", x."problemVersionId"
      FROM "TutoringSession" x
      WHERE x."studentId" = e."studentId" AND NOT x."preview"
      ORDER BY x."lastActivityAt" DESC
      LIMIT 1
    ) s ON true
    LEFT JOIN "ProblemVersion" v ON v."id" = s."problemVersionId"
    LEFT JOIN LATERAL (
      SELECT t."evaluation", t."action", t."createdAt"
      FROM "Turn" t
      WHERE t."sessionId" = s."id" AND t."role" = 'tutor'
      ORDER BY t."seq" DESC
      LIMIT 1
    ) lt ON true
    WHERE e."classroomId" = ${cls.id}`;
  return rows.map((r) => ({
    studentId: r.studentId,
    name: r.name,
    session:
      r.sessionId && r.status && r.lastActivityAt
        ? {
            id: r.sessionId,
            status: r.status,
            problemTitle: r.problemTitle ?? "",
            stepIndex: Number(r.stepIndex ?? 0),
            stepCount: Number(r.stepCount ?? 0),
            wrongStreak: Number(r.wrongStreak ?? 0),
            lastActivityAt: r.lastActivityAt,
            lastTutorAskedForAnswer: askedForAnswer(r.tutorEvaluation, r.tutorAction),
            // CLASS action 2: the solution after repeated failures.
            lastTutorToldAfterWrong: r.tutorAction === 2,
            lastTutorAt: r.tutorAt,
          }
        : null,
  }));
}

/**
 * A tutor turn answering a request for the answer: a question/request (CLASS evaluation f)
 * met with "try it first" (action 6) or the answer told on request (action 9).
 */
export function askedForAnswer(evaluation: string | null, action: number | null): boolean {
  return evaluation === "f" && (action === 6 || action === 9);
}

/** One student as the live route sends it (dates as ISO strings; no answers, no turn text). */
export interface LiveStudentJson {
  studentId: string;
  name: string;
  status: LiveStatus;
  reason: StuckReason | null;
  sessionId: string | null;
  problemTitle: string | null;
  step: number | null;
  stepCount: number | null;
  lastActivityAt: string | null;
}

export interface LiveClassJson {
  now: string;
  students: LiveStudentJson[];
}

/** The class's live view at `now`: the loader and the rules, ready to send. */
export async function loadLiveClass(
  prisma: PrismaClient,
  cls: ClassHeader,
  now: Date,
  locale = "en",
): Promise<LiveClassJson> {
  const students = liveClass(await loadLiveSignals(prisma, cls), now, locale);
  return {
    now: now.toISOString(),
    students: students.map((s) => ({ ...s, lastActivityAt: s.lastActivityAt?.toISOString() ?? null })),
  };
}
