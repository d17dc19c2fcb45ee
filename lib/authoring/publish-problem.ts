import "server-only";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type Actor, assertAdmin, recordAudit } from "./actor";

/**
 * Publish: the problem's latest version becomes the one students get (a draft edit goes live).
 * Unpublish: students no longer get it. Sessions already started keep their version either way.
 */
export async function setProblemPublished(
  prisma: PrismaClient,
  actor: Actor,
  problemId: string,
  published: boolean,
): Promise<{ version: number | null }> {
  assertAdmin(actor);
  return prisma.$transaction(async (tx) => {
    const problem = await tx.problem.findUnique({
      where: { id: problemId },
      select: { key: true, versions: { orderBy: { version: "desc" }, take: 1, select: { id: true, version: true } } },
    });
    if (!problem) throw new AppError("not_found", "No such problem.", undefined, { key: "admin.errors.noSuchProblem" });
    const latest = problem.versions[0];
    if (published && !latest)
      throw new AppError("bad_request", "Save the problem before publishing it.", undefined, {
        key: "admin.errors.saveBeforePublish",
      });
    await tx.problem.update({
      where: { id: problemId },
      data: published
        ? { status: "published", publishedVersionId: latest?.id }
        : { status: "draft", publishedVersionId: null },
    });
    const version = published ? (latest?.version ?? null) : null;
    await recordAudit(
      tx,
      actor,
      published ? "problem.publish" : "problem.unpublish",
      { type: "Problem", id: problemId },
      {
        key: problem.key,
        ...(published ? { version } : {}),
      },
    );
    return { version };
  });
}
