import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Why a turn is worded by the embedded engine instead of the model (stored as `fallback:<reason>`). */
export type ModelLimit = "rate_limited" | "budget" | "class_budget" | "deployment_budget";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// "Model turns" are tutor turns the model was asked for: "llm:<label>", and "fallback:<reason>"
// after a failed model call (a timeout or a guard refusal costs tokens too), but not the limit
// fallbacks below, which never reach the model.
//
// Every count goes through the sessions active in the window: a turn pair sets its session's
// lastActivityAt to the turn's createdAt, so a turn in the window belongs to a session whose
// lastActivityAt is in it. Sessions are found by indexes (Enrollment(studentId),
// Enrollment(classroomId, studentId), TutoringSession(studentId, status)) and their turns by
// Turn(sessionId, seq): the work grows with a class's sessions and the recent sessions' turns,
// not with the whole Turn table. (The deployment count scans TutoringSession for
// lastActivityAt; an index on it would make that an index range scan.)

/**
 * The first limit on model-written turns that this turn would pass, or null: the student's
 * burst limit (AI_MAX_TURNS_PER_MINUTE), the session's token budget (AI_SESSION_TOKEN_BUDGET),
 * each of the student's classes' hourly cap (AI_CLASS_TURNS_PER_HOUR) and the deployment's
 * daily cap (AI_DEPLOYMENT_TURNS_PER_DAY); a cap of 0 is no cap. Cheapest checks first.
 */
export async function checkModelLimits(
  prisma: PrismaClient,
  { sessionId, studentId, now = Date.now() }: { sessionId: string; studentId: string; now?: number },
): Promise<ModelLimit | null> {
  const e = env();
  if ((await studentModelTurns(prisma, studentId, new Date(now - MINUTE))) >= e.AI_MAX_TURNS_PER_MINUTE)
    return "rate_limited";
  const spent = await prisma.turn.aggregate({ where: { sessionId }, _sum: { inputTokens: true, outputTokens: true } });
  if ((spent._sum.inputTokens ?? 0) + (spent._sum.outputTokens ?? 0) >= e.AI_SESSION_TOKEN_BUDGET) return "budget";
  if (e.AI_CLASS_TURNS_PER_HOUR > 0) {
    const classes = await classModelTurns(prisma, studentId, new Date(now - HOUR));
    if (classes.some((c) => c.turns >= e.AI_CLASS_TURNS_PER_HOUR)) return "class_budget";
  }
  if (e.AI_DEPLOYMENT_TURNS_PER_DAY > 0) {
    if ((await deploymentModelTurns(prisma, new Date(now - DAY))) >= e.AI_DEPLOYMENT_TURNS_PER_DAY)
      return "deployment_budget";
  }
  return null;
}

/** Model turns of one student since `since`. */
export async function studentModelTurns(prisma: PrismaClient, studentId: string, since: Date): Promise<number> {
  const rows = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n"
    FROM "TutoringSession" s
    JOIN "Turn" t ON t."sessionId" = s."id"
    WHERE s."studentId" = ${studentId} AND s."lastActivityAt" >= ${since}
      AND t."role" = 'tutor' AND t."createdAt" >= ${since}
      AND (t."engine" LIKE 'llm:%' OR (t."engine" LIKE 'fallback:%' AND t."engine" NOT IN
           ('fallback:rate_limited', 'fallback:budget', 'fallback:class_budget', 'fallback:deployment_budget')))`;
  return rows[0]?.n ?? 0;
}

/**
 * Model turns since `since` of all students of each (not archived) class the student is
 * enrolled in. Sessions are not tied to a class, so a student in two classes counts toward both.
 */
export async function classModelTurns(
  prisma: PrismaClient,
  studentId: string,
  since: Date,
): Promise<{ classroomId: string; turns: number }[]> {
  return prisma.$queryRaw<{ classroomId: string; turns: number }[]>`
    SELECT e."classroomId" AS "classroomId", count(t."id")::int AS "turns"
    FROM "Enrollment" e
    JOIN "Classroom" c ON c."id" = e."classroomId" AND c."archivedAt" IS NULL
    JOIN "Enrollment" m ON m."classroomId" = e."classroomId"
    JOIN "TutoringSession" s ON s."studentId" = m."studentId" AND s."lastActivityAt" >= ${since}
    JOIN "Turn" t ON t."sessionId" = s."id"
      AND t."role" = 'tutor' AND t."createdAt" >= ${since}
      AND (t."engine" LIKE 'llm:%' OR (t."engine" LIKE 'fallback:%' AND t."engine" NOT IN
           ('fallback:rate_limited', 'fallback:budget', 'fallback:class_budget', 'fallback:deployment_budget')))
    WHERE e."studentId" = ${studentId}
    GROUP BY e."classroomId"`;
}

/** Model turns of everyone since `since`. */
export async function deploymentModelTurns(prisma: PrismaClient, since: Date): Promise<number> {
  const rows = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n"
    FROM "TutoringSession" s
    JOIN "Turn" t ON t."sessionId" = s."id"
    WHERE s."lastActivityAt" >= ${since}
      AND t."role" = 'tutor' AND t."createdAt" >= ${since}
      AND (t."engine" LIKE 'llm:%' OR (t."engine" LIKE 'fallback:%' AND t."engine" NOT IN
           ('fallback:rate_limited', 'fallback:budget', 'fallback:class_budget', 'fallback:deployment_budget')))`;
  return rows[0]?.n ?? 0;
}
