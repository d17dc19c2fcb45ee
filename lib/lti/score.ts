import type { PrismaClient } from "@/lib/generated/prisma/client";
import { masteryTable } from "@/lib/mastery/mastery-table";

/**
 * What a link's grade is, in [0, 1] (sent with scoreMaximum 1): the teacher's choice per link.
 * completion: problems of the set the student finished / published problems in the set.
 * mastery: mean mastery (THE mastery table, lib/mastery) of the skills the set's problems practise.
 */
export type ScoreMode = "completion" | "mastery";

export function completionScore(solved: number, total: number): number {
  return total > 0 ? Math.min(1, solved / total) : 0;
}

export function meanMastery(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

export async function computeScore(
  prisma: PrismaClient,
  userId: string,
  problemSetId: string,
  mode: ScoreMode,
): Promise<{ score: number; complete: boolean }> {
  const problems = await prisma.problem.findMany({
    where: { problemSetId, status: "published", publishedVersionId: { not: null } },
    select: { id: true },
  });
  const solved = await prisma.tutoringSession.findMany({
    where: {
      studentId: userId,
      status: "completed",
      preview: false,
      problemVersion: { problemId: { in: problems.map((p) => p.id) } },
    },
    distinct: ["problemVersionId"],
    select: { problemVersion: { select: { problemId: true } } },
  });
  const solvedCount = new Set(solved.map((s) => s.problemVersion.problemId)).size;
  const complete = problems.length > 0 && solvedCount >= problems.length;
  if (mode === "completion") return { score: completionScore(solvedCount, problems.length), complete };
  const skills = await prisma.skill.findMany({
    where: { steps: { some: { step: { version: { publishedFor: { problemSetId, status: "published" } } } } } },
    select: { id: true },
  });
  const table = await masteryTable(
    prisma,
    [userId],
    skills.map((s) => s.id),
  );
  return { score: meanMastery(table.cells.map((c) => c.value)), complete };
}
