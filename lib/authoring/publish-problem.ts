import "server-only";
import { copyTranslations } from "@/lib/content/import-bundle";
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
      select: {
        key: true,
        publishedVersionId: true,
        versions: {
          orderBy: { version: "desc" },
          take: 1,
          select: {
            id: true,
            version: true,
            language: true,
            translations: { select: { language: true } },
            steps: {
              orderBy: { position: "asc" },
              select: { answerSpec: true, hints: { select: { id: true } }, wrongAnswers: { select: { id: true } } },
            },
          },
        },
      },
    });
    if (!problem) throw new AppError("not_found", "No such problem.", undefined, { key: "admin.errors.noSuchProblem" });
    const latest = problem.versions[0];
    if (published && !latest)
      throw new AppError("bad_request", "Save the problem before publishing it.", undefined, {
        key: "admin.errors.saveBeforePublish",
      });
    // A translation made on the live version after this draft was saved comes along when it
    // still fits the draft's steps (the draft's own translations win).
    const carried =
      published && latest && problem.publishedVersionId && problem.publishedVersionId !== latest.id
        ? await copyTranslations(
            tx,
            { id: problem.publishedVersionId, except: latest.translations.map((t) => t.language) },
            latest.id,
            {
              language: latest.language,
              steps: latest.steps.map((s) => ({ hints: s.hints, wrongAnswers: s.wrongAnswers, answer: s.answerSpec })),
            },
          )
        : null;
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
        ...(carried?.copied.length ? { translationsCopied: carried.copied } : {}),
        ...(carried?.notCopied.length ? { translationsNotCopied: carried.notCopied } : {}),
      },
    );
    return { version };
  });
}
