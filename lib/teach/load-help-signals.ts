import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ClassHeader } from "./access";
import {
  type ActiveStep,
  type MasteryCell,
  RECENT_DAYS,
  RECENT_FIRST_ATTEMPTS,
  type StudentSignals,
} from "./find-students-needing-help";
import type { ClassMastery } from "./load-mastery";

/**
 * Aggregates, in SQL, what the needs-help rules read for every student of a class: a few rows
 * per student whatever the volume of attempts and turns. Preview sessions are left out.
 */
export async function loadHelpSignals(
  prisma: PrismaClient,
  cls: ClassHeader,
  mastery: ClassMastery,
  now: Date,
): Promise<StudentSignals[]> {
  const since = new Date(now.getTime() - RECENT_DAYS * 24 * 3600_000);
  const [activity, attempts, reveals, active] = await Promise.all([
    loadLastActivity(prisma, cls),
    // The latest first attempts per student (index on studentId, createdAt, read backwards):
    // bounded work however many attempts a busy class piles up in the window.
    prisma.$queryRaw<{ studentId: string; first: number; failed: number; lastFailedAt: Date | null }[]>`
      SELECT e."studentId",
             count(*)::int AS "first",
             count(*) FILTER (WHERE NOT r."correct")::int AS "failed",
             max(r."createdAt") FILTER (WHERE NOT r."correct") AS "lastFailedAt"
      FROM "Enrollment" e
      CROSS JOIN LATERAL (
        SELECT a."correct", a."createdAt" FROM "Attempt" a
        JOIN "TutoringSession" s ON s."id" = a."sessionId" AND NOT s."preview"
        WHERE a."studentId" = e."studentId" AND a."createdAt" >= ${since} AND a."firstAttempt"
        ORDER BY a."createdAt" DESC
        LIMIT ${RECENT_FIRST_ATTEMPTS}
      ) r
      WHERE e."classroomId" = ${cls.id}
      GROUP BY e."studentId"`,
    prisma.$queryRaw<{ studentId: string; n: number; lastAt: Date | null }[]>`
      SELECT s."studentId", count(DISTINCT (s."id", t."stepIndex"))::int AS "n", max(t."createdAt") AS "lastAt"
      FROM "Enrollment" e
      JOIN "TutoringSession" s ON s."studentId" = e."studentId" AND NOT s."preview" AND s."lastActivityAt" >= ${since}
      JOIN "Turn" t ON t."sessionId" = s."id" AND t."revealed" AND t."createdAt" >= ${since}
      WHERE e."classroomId" = ${cls.id}
      GROUP BY s."studentId"`,
    prisma.$queryRaw<(ActiveStep & { studentId: string })[]>`
      SELECT s."studentId", s."id" AS "sessionId", v."title" AS "problemTitle",
             (s."state"->>'stepIndex')::int AS "stepIndex",
             min(t."createdAt") AS "stepStartedAt", count(t."id")::int AS "turnsOnStep"
      FROM "Enrollment" e
      JOIN "TutoringSession" s ON s."studentId" = e."studentId" AND s."status" = 'active' AND NOT s."preview"
      JOIN "ProblemVersion" v ON v."id" = s."problemVersionId"
      JOIN "Turn" t ON t."sessionId" = s."id" AND t."stepIndex" = (s."state"->>'stepIndex')::int
      WHERE e."classroomId" = ${cls.id}
      GROUP BY s."id", s."studentId", v."title"`,
  ]);
  const byStudent = <T extends { studentId: string }>(rows: T[]) => new Map(rows.map((r) => [r.studentId, r]));
  const att = byStudent(attempts);
  const rev = byStudent(reveals);
  const skillName = new Map(mastery.skills.map((s) => [s.id, s.name]));
  const cellsOf = new Map<string, MasteryCell[]>();
  for (const c of mastery.cells) {
    const list = cellsOf.get(c.studentId) ?? [];
    list.push({
      skillName: skillName.get(c.skillId) ?? c.skillId,
      mastery: c.value,
      opportunities: c.opportunities,
      lastEvidenceAt: c.lastEvidenceAt,
    });
    cellsOf.set(c.studentId, list);
  }
  return mastery.students.map((st) => ({
    studentId: st.id,
    name: st.name,
    enrolledAt: st.enrolledAt,
    lastActivityAt: activity.get(st.id) ?? null,
    recentFirstAttempts: att.get(st.id)?.first ?? 0,
    recentFailedFirstAttempts: att.get(st.id)?.failed ?? 0,
    lastFailedAt: att.get(st.id)?.lastFailedAt ?? null,
    recentReveals: rev.get(st.id)?.n ?? 0,
    lastRevealAt: rev.get(st.id)?.lastAt ?? null,
    mastery: cellsOf.get(st.id) ?? [],
    activeSteps: active
      .filter((a) => a.studentId === st.id)
      .map(({ studentId: _, ...a }) => ({ ...a, stepIndex: Number(a.stepIndex), turnsOnStep: Number(a.turnsOnStep) })),
  }));
}

/** Each student's last activity in any non-preview session (students who never practised are absent). */
export async function loadLastActivity(prisma: PrismaClient, cls: ClassHeader): Promise<Map<string, Date>> {
  const rows = await prisma.$queryRaw<{ studentId: string; lastAt: Date }[]>`
    SELECT s."studentId", max(s."lastActivityAt") AS "lastAt"
    FROM "Enrollment" e
    JOIN "TutoringSession" s ON s."studentId" = e."studentId" AND NOT s."preview"
    WHERE e."classroomId" = ${cls.id}
    GROUP BY s."studentId"`;
  return new Map(rows.map((r) => [r.studentId, r.lastAt]));
}
