import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { type ClassHeader, classSessionScope, type Viewer } from "./access";
import { NORMALISED_ANSWER_SQL } from "./label-wrong-answers";
import { dateRange, TRANSCRIPTS_PER_PAGE, type TranscriptFilters } from "./transcript-filters";

export interface TranscriptRow {
  id: string;
  status: "active" | "completed" | "abandoned";
  startedAt: Date;
  lastActivityAt: Date;
  turnCount: number;
  student: { id: string; name: string };
  problem: { id: string; title: string; setTitle: string };
  revealed: number;
  offTopic: number;
  fallback: number;
  flagged: number;
}

export interface TranscriptPage {
  rows: TranscriptRow[];
  total: number;
  page: number;
  pages: number;
}

/** The Prisma filter for a class's transcripts under these filters. */
export async function transcriptWhere(
  prisma: PrismaClient,
  viewer: Viewer,
  cls: ClassHeader,
  f: TranscriptFilters,
): Promise<Prisma.TutoringSessionWhereInput> {
  const and: Prisma.TutoringSessionWhereInput[] = [classSessionScope(viewer, cls.id)];
  if (f.student) and.push({ studentId: f.student });
  if (f.problem || f.set)
    and.push({
      problemVersion: {
        problem: { ...(f.problem ? { id: f.problem } : {}), ...(f.set ? { problemSetId: f.set } : {}) },
      },
    });
  const range = dateRange(f);
  if (range.gte || range.lt) and.push({ startedAt: range });
  for (const flag of f.flags) {
    if (flag === "revealed") and.push({ turns: { some: { revealed: true } } });
    if (flag === "offtopic") and.push({ turns: { some: { role: "tutor", evaluation: "e" } } });
    if (flag === "fallback") and.push({ turns: { some: { role: "tutor", engine: { startsWith: "fallback:" } } } });
    if (flag === "flagged") and.push({ turns: { some: { flags: { some: {} } } } });
  }
  if (f.move)
    and.push({ turns: { some: { role: "tutor", move: f.move, ...(f.subMove ? { subMove: f.subMove } : {}) } } });
  if (f.step) {
    if (f.answer !== undefined) {
      // Grouped by the same normalisation as the misconception report, so its links land here.
      const ids = await prisma.$queryRaw<{ sessionId: string }[]>`
        SELECT DISTINCT a."sessionId" FROM "Attempt" a
        JOIN "Enrollment" e ON e."studentId" = a."studentId" AND e."classroomId" = ${cls.id}
        WHERE a."stepId" = ${f.step} AND NOT a."correct" AND ${Prisma.raw(NORMALISED_ANSWER_SQL)} = ${f.answer}`;
      and.push({ id: { in: ids.map((r) => r.sessionId) } });
    } else and.push({ attempts: { some: { stepId: f.step } } });
  }
  return { AND: and };
}

/** One page of a class's transcripts, newest activity first, with per-session flag counts. */
export async function listTranscripts(
  prisma: PrismaClient,
  viewer: Viewer,
  cls: ClassHeader,
  f: TranscriptFilters,
): Promise<TranscriptPage> {
  const where = await transcriptWhere(prisma, viewer, cls, f);
  const [total, sessions] = await Promise.all([
    prisma.tutoringSession.count({ where }),
    prisma.tutoringSession.findMany({
      where,
      orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }],
      skip: (f.page - 1) * TRANSCRIPTS_PER_PAGE,
      take: TRANSCRIPTS_PER_PAGE,
      select: {
        id: true,
        status: true,
        startedAt: true,
        lastActivityAt: true,
        turnCount: true,
        student: { select: { id: true, name: true } },
        problemVersion: {
          select: { title: true, problem: { select: { id: true, problemSet: { select: { title: true } } } } },
        },
      },
    }),
  ]);
  const counts = new Map<string, { revealed: number; offTopic: number; fallback: number; flagged: number }>();
  if (sessions.length) {
    const rows = await prisma.$queryRaw<
      { sessionId: string; revealed: number; offTopic: number; fallback: number; flagged: number }[]
    >`
      SELECT t."sessionId",
             -- steps told: the turns repeating a told answer until it is typed in tell nothing new
             count(DISTINCT t."stepIndex") FILTER (WHERE t."revealed")::int AS "revealed",
             count(*) FILTER (WHERE t."role" = 'tutor' AND t."evaluation" = 'e')::int AS "offTopic",
             count(*) FILTER (WHERE t."role" = 'tutor' AND t."engine" LIKE 'fallback:%')::int AS "fallback",
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "TurnFlag" f WHERE f."turnId" = t."id"))::int AS "flagged"
      FROM "Turn" t
      WHERE t."sessionId" IN (${Prisma.join(sessions.map((s) => s.id))})
      GROUP BY t."sessionId"`;
    for (const r of rows) counts.set(r.sessionId, r);
  }
  return {
    total,
    page: f.page,
    pages: Math.max(1, Math.ceil(total / TRANSCRIPTS_PER_PAGE)),
    rows: sessions.map((s) => {
      const c = counts.get(s.id);
      return {
        id: s.id,
        status: s.status,
        startedAt: s.startedAt,
        lastActivityAt: s.lastActivityAt,
        turnCount: s.turnCount,
        student: s.student,
        problem: {
          id: s.problemVersion.problem.id,
          title: s.problemVersion.title,
          setTitle: s.problemVersion.problem.problemSet.title,
        },
        revealed: c?.revealed ?? 0,
        offTopic: c?.offTopic ?? 0,
        fallback: c?.fallback ?? 0,
        flagged: c?.flagged ?? 0,
      };
    }),
  };
}

/** The filter form's choices: the class's students, assigned sets and their problems. */
export async function loadTranscriptFilterOptions(prisma: PrismaClient, cls: ClassHeader) {
  const [students, sets] = await Promise.all([
    prisma.enrollment.findMany({
      where: { classroomId: cls.id, student: { role: "student" } },
      select: { student: { select: { id: true, name: true } } },
      orderBy: { student: { name: "asc" } },
    }),
    prisma.problemSetAssignment.findMany({
      where: { classroomId: cls.id },
      select: {
        problemSet: {
          select: {
            id: true,
            title: true,
            problems: {
              orderBy: { position: "asc" },
              select: { id: true, publishedVersion: { select: { title: true } } },
            },
          },
        },
      },
      orderBy: { problemSet: { title: "asc" } },
    }),
  ]);
  return {
    students: students.map((e) => e.student),
    sets: sets.map(({ problemSet: s }) => ({
      id: s.id,
      title: s.title,
      problems: s.problems.map((p) => ({ id: p.id, title: p.publishedVersion?.title ?? "(unpublished)" })),
    })),
  };
}
