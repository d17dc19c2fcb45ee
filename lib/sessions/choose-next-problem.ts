import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface NextProblem {
  problemId: string;
  problemVersionId: string;
  /** One line a teacher can read: why this problem. */
  reason: string;
}

/**
 * The next problem for a student: the one function the practice page calls. For now a simple
 * rule (knowledge tracing replaces the body): the first published problem, in set and position
 * order, of the sets assigned to the student's classes that the student has not finished; when
 * all are finished, the one finished longest ago (review).
 */
export async function chooseNextProblem(prisma: PrismaClient, studentId: string): Promise<NextProblem | null> {
  const problems = await prisma.problem.findMany({
    where: {
      status: "published",
      publishedVersionId: { not: null },
      problemSet: {
        status: "published",
        assignments: { some: { classroom: { archivedAt: null, enrollments: { some: { studentId } } } } },
      },
    },
    orderBy: [{ problemSet: { title: "asc" } }, { position: "asc" }],
    select: { id: true, publishedVersionId: true, problemSet: { select: { title: true } } },
  });
  if (problems.length === 0) return null;
  const finished = await prisma.tutoringSession.findMany({
    where: { studentId, status: "completed", preview: false },
    select: { completedAt: true, problemVersion: { select: { problemId: true } } },
  });
  const lastDone = new Map<string, number>();
  for (const s of finished) {
    const t = s.completedAt?.getTime() ?? 0;
    lastDone.set(s.problemVersion.problemId, Math.max(t, lastDone.get(s.problemVersion.problemId) ?? 0));
  }
  const fresh = problems.find((p) => !lastDone.has(p.id));
  if (fresh) {
    return {
      problemId: fresh.id,
      problemVersionId: fresh.publishedVersionId as string,
      reason: `Next unsolved problem in "${fresh.problemSet.title}".`,
    };
  }
  const review = [...problems].sort((a, b) => (lastDone.get(a.id) ?? 0) - (lastDone.get(b.id) ?? 0))[0];
  if (!review) return null;
  return {
    problemId: review.id,
    problemVersionId: review.publishedVersionId as string,
    reason: `Every assigned problem is solved; reviewing the one solved longest ago in "${review.problemSet.title}".`,
  };
}
