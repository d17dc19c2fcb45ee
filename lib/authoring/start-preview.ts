import "server-only";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { startTutoringSession } from "@/lib/sessions/start-session";
import { type Actor, assertAdmin } from "./actor";

/**
 * A preview session on the problem's latest version (the draft being edited), owned by the
 * admin: they play it in the real tutor, and it records no attempts and stays out of reports.
 */
export async function startPreview(
  prisma: PrismaClient,
  actor: Actor,
  problemId: string,
  /** The language to preview in (a translation's); absent: the problem's own. */
  locale?: string,
): Promise<string> {
  assertAdmin(actor);
  const latest = await prisma.problemVersion.findFirst({
    where: { problemId },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  if (!latest)
    throw new AppError("not_found", "Save the problem before previewing it.", undefined, {
      key: "admin.errors.saveBeforePreview",
    });
  return startTutoringSession(prisma, {
    studentId: actor.id,
    problemVersionId: latest.id,
    preview: true,
    ...(locale ? { locale } : {}),
  });
}

/**
 * The problem after this one in its set (by position), wrapping to the set's first: what a
 * preview's "Next problem" opens, so an author can walk a whole set in the real tutor.
 */
export async function nextProblemInSet(prisma: PrismaClient, actor: Actor, problemId: string): Promise<string> {
  assertAdmin(actor);
  const problem = await prisma.problem.findUnique({
    where: { id: problemId },
    select: { problemSetId: true, position: true },
  });
  if (!problem) throw new AppError("not_found", "No such problem.");
  const inSet = { problemSetId: problem.problemSetId, versions: { some: {} } };
  const next =
    (await prisma.problem.findFirst({
      where: { ...inSet, position: { gt: problem.position } },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true },
    })) ??
    (await prisma.problem.findFirst({
      where: inSet,
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true },
    }));
  return next?.id ?? problemId;
}
