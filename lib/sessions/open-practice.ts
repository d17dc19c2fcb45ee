import type { PrismaClient } from "@/lib/generated/prisma/client";
import { chooseNextProblem } from "./choose-next-problem";
import { startTutoringSession } from "./start-session";

/**
 * Where "Practice" takes a student: the unfinished session they already have, or a new one on
 * the next problem (its pick recorded with the reason). Null when nothing is assigned or
 * everything is done. A new session speaks `locale` (the student's language, default "en") and
 * shows the problem in it when it can (startTutoringSession).
 */
export async function openPractice(
  prisma: PrismaClient,
  studentId: string,
  opts: { forceNew?: boolean; locale?: string } = {},
): Promise<string | null> {
  if (!opts.forceNew) {
    const active = await prisma.tutoringSession.findFirst({
      where: { studentId, status: "active", preview: false },
      orderBy: { lastActivityAt: "desc" },
      select: { id: true },
    });
    if (active) return active.id;
  }
  const next = await chooseNextProblem(prisma, studentId);
  if (!next) return null;
  if (!next.problemId) {
    await prisma.problemPick.create({ data: { studentId, problemId: null, reason: next.reason } });
    return null;
  }
  await prisma.problemPick.create({ data: { studentId, problemId: next.problemId, reason: next.reason } });
  return startTutoringSession(prisma, {
    studentId,
    problemVersionId: next.problemVersionId,
    pickReason: next.reason,
    locale: opts.locale,
  });
}
