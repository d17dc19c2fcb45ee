import "server-only";
import { LIVE_PROBLEM } from "@/lib/content/live-problem";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { masteryTable } from "@/lib/mastery/mastery-table";
import { type ClassHeader, classScope, type Viewer } from "./access";
import { loadLastActivity } from "./load-help-signals";
import { loadClassSkills, loadClassStudents } from "./load-mastery";

/** The classes list of /teach: the viewer's classes (an admin's: all), active ones first. */
export async function listClasses(prisma: PrismaClient, viewer: Viewer) {
  return prisma.classroom.findMany({
    where: classScope(viewer),
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { createdAt: "asc" }],
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      teacherId: true,
      teacher: { select: { name: true } },
      _count: { select: { enrollments: true, assignments: true } },
    },
  });
}

/**
 * The class page: roster with last activity and skills mastered (from the one mastery table),
 * assigned sets and the published sets to assign.
 */
export async function loadClassOverview(prisma: PrismaClient, cls: ClassHeader) {
  const [students, skills, activity, sessions, assigned, published] = await Promise.all([
    loadClassStudents(prisma, cls),
    loadClassSkills(prisma, cls),
    loadLastActivity(prisma, cls),
    prisma.$queryRaw<{ studentId: string; n: number; completed: number }[]>`
      SELECT s."studentId", count(*)::int AS "n", count(*) FILTER (WHERE s."status" = 'completed')::int AS "completed"
      FROM "Enrollment" e JOIN "TutoringSession" s ON s."studentId" = e."studentId" AND NOT s."preview"
      WHERE e."classroomId" = ${cls.id}
      GROUP BY s."studentId"`,
    prisma.problemSetAssignment.findMany({
      where: { classroomId: cls.id },
      orderBy: { problemSet: { title: "asc" } },
      select: {
        assignedAt: true,
        problemSet: {
          select: { id: true, title: true, status: true, _count: { select: { problems: { where: LIVE_PROBLEM } } } },
        },
      },
    }),
    prisma.problemSet.findMany({
      where: { status: "published", assignments: { none: { classroomId: cls.id } } },
      orderBy: { title: "asc" },
      select: { id: true, title: true, _count: { select: { problems: { where: LIVE_PROBLEM } } } },
    }),
  ]);
  const counts = new Map(sessions.map((s) => [s.studentId, s]));
  const mastery = await masteryTable(
    prisma,
    students.map((s) => s.id),
    skills.map((k) => k.id),
  );
  const tally = (studentId: string) => {
    const cells = skills.map((k) => mastery.cell(studentId, k.id));
    return {
      mastered: cells.filter((c) => c.status === "mastered").length,
      started: cells.filter((c) => c.status !== "not started").length,
    };
  };
  return {
    skillCount: skills.length,
    roster: students.map((s) => ({
      ...s,
      lastActivityAt: activity.get(s.id) ?? null,
      sessions: counts.get(s.id)?.n ?? 0,
      completed: counts.get(s.id)?.completed ?? 0,
      skills: tally(s.id),
    })),
    assigned: assigned.map((a) => ({ ...a.problemSet, assignedAt: a.assignedAt })),
    assignable: published,
  };
}

/** A student's page within a class: mastery on the class's skills, overrides, sessions, attempts. */
export async function loadStudentOverview(prisma: PrismaClient, cls: ClassHeader, studentId: string) {
  const [overrides, problems, sessions, attempts, attemptCount] = await Promise.all([
    prisma.studentOverride.findMany({
      // Overrides on this class's problems (another class's are that teacher's business).
      where: { studentId, problem: { problemSet: { assignments: { some: { classroomId: cls.id } } } } },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        kind: true,
        createdAt: true,
        teacher: { select: { name: true } },
        problem: { select: { id: true, key: true, publishedVersion: { select: { title: true } } } },
      },
    }),
    prisma.problem.findMany({
      where: { status: "published", problemSet: { assignments: { some: { classroomId: cls.id } } } },
      orderBy: [{ problemSet: { title: "asc" } }, { position: "asc" }],
      select: { id: true, problemSet: { select: { title: true } }, publishedVersion: { select: { title: true } } },
    }),
    prisma.tutoringSession.findMany({
      where: { studentId, preview: false },
      orderBy: { lastActivityAt: "desc" },
      take: 20,
      select: {
        id: true,
        status: true,
        startedAt: true,
        lastActivityAt: true,
        turnCount: true,
        problemVersion: { select: { title: true } },
      },
    }),
    prisma.attempt.findMany({
      where: { studentId, session: { preview: false } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: STUDENT_ATTEMPTS_SHOWN,
      select: {
        id: true,
        answer: true,
        correct: true,
        firstAttempt: true,
        hintsUsed: true,
        createdAt: true,
        sessionId: true,
        step: { select: { position: true, version: { select: { title: true } } } },
      },
    }),
    prisma.attempt.count({ where: { studentId, session: { preview: false } } }),
  ]);
  return { overrides, problems, sessions, attempts, attemptCount };
}

export const STUDENT_ATTEMPTS_SHOWN = 200;
