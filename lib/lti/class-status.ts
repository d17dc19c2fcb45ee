import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { requireClass, type Viewer } from "@/lib/teach/access";
import { AGS_SCOPE } from "./claims";
import { enqueueLink, resendScores } from "./score-jobs";

/**
 * The class's LMS page for its teacher (or an admin): the LMS courses and links of the class,
 * each link's grade mode and every student's last passback (sent, error, pending). Scoped by
 * lib/teach/access: another teacher's class is "not found", a student is refused.
 */
export async function loadLtiStatus(prisma: PrismaClient, viewer: Viewer, classId: string) {
  const cls = await requireClass(prisma, viewer, classId);
  const [contexts, links] = await Promise.all([
    prisma.ltiContextLink.findMany({
      where: { classroomId: cls.id },
      select: { contextId: true, title: true, membershipsUrl: true, platform: { select: { name: true } } },
    }),
    prisma.ltiResourceLink.findMany({
      where: { classroomId: cls.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        resourceLinkId: true,
        lineItemUrl: true,
        lineItemsUrl: true,
        agsScopes: true,
        scoreMode: true,
        problemSet: { select: { title: true } },
        scoreJobs: {
          orderBy: { updatedAt: "desc" },
          select: {
            id: true,
            status: true,
            attempts: true,
            lastSentAt: true,
            lastScore: true,
            lastError: true,
            nextAttemptAt: true,
            user: { select: { name: true } },
          },
        },
      },
    }),
  ]);
  return {
    cls,
    contexts,
    links: links.map(({ lineItemsUrl, agsScopes, ...l }) => ({
      ...l,
      /** on: a gradebook column; onFirstGrade: Stepwise makes one with the first grade; off: neither. */
      grades: l.lineItemUrl
        ? ("on" as const)
        : lineItemsUrl && agsScopes.split(" ").includes(AGS_SCOPE.lineItem)
          ? ("onFirstGrade" as const)
          : ("off" as const),
    })),
  };
}

const ids = z.object({
  classId: z.string().min(1).max(64),
  jobId: z.string().min(1).max(64).optional(),
  linkId: z.string().min(1).max(64).optional(),
});

/** "Send again": the class's passbacks (or one link's, or one) are due now. */
export async function resendForClass(prisma: PrismaClient, viewer: Viewer, raw: unknown): Promise<number> {
  const parsed = ids.safeParse(raw);
  if (!parsed.success) throw new AppError("bad_request", "Choose a class.");
  const input = parsed.data;
  const cls = await requireClass(prisma, viewer, input.classId);
  return resendScores(prisma, cls.id, { jobId: input.jobId, linkId: input.linkId });
}

const modeInput = z.object({
  classId: z.string().min(1).max(64),
  linkId: z.string().min(1).max(64),
  mode: z.enum(["completion", "mastery"]),
});

/** The teacher's grade choice for a link; every student's grade is sent again with it. */
export async function setScoreMode(prisma: PrismaClient, viewer: Viewer, raw: unknown): Promise<void> {
  const parsed = modeInput.safeParse(raw);
  if (!parsed.success) throw new AppError("bad_request", "Choose completion or mastery.");
  const cls = await requireClass(prisma, viewer, parsed.data.classId);
  const { count } = await prisma.ltiResourceLink.updateMany({
    where: { id: parsed.data.linkId, classroomId: cls.id },
    data: { scoreMode: parsed.data.mode },
  });
  if (count !== 1) throw new AppError("not_found", "That LMS link is not in this class.");
  await enqueueLink(prisma, parsed.data.linkId);
}
