import { type LtiPlatform, type LtiResourceLink, Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { type Fetch, findOrCreateLineItem, postScore } from "./ags";
import { AGS_SCOPE } from "./claims";
import { computeScore } from "./score";

/**
 * Grade passback queue (AGS 2.0). A stored turn enqueues, in one statement, a job per LTI link
 * with a line item (or a container to make one in) that covers the turn's problem for this student: coalesced per link and
 * student (a pending job stays one row). processDueScoreJobs sends them later, outside the turn,
 * with retries and exponential backoff; the teacher sees the last result on the class's LTI page.
 */
export const MAX_ATTEMPTS = 8;
export const LEASE_MS = 2 * 60 * 1000;

export function backoffMs(attempts: number): number {
  return Math.min(60 * 60 * 1000, 15_000 * 2 ** Math.max(0, attempts - 1));
}

/**
 * A link (alias rl) that can take grades: it has a line item, or a line item container and the
 * scope to make one there (the launch carried no line item: a link placed without a grade column).
 */
const gradable = Prisma.sql`(rl."lineItemUrl" IS NOT NULL OR (rl."lineItemsUrl" IS NOT NULL
  AND ${AGS_SCOPE.lineItem} = ANY(string_to_array(rl."agsScopes", ' '))))`;

/** After a stored turn: one INSERT ... SELECT, nothing when the student has no LTI link. */
export async function enqueueScoresForSession(
  prisma: PrismaClient,
  userId: string,
  sessionId: string,
): Promise<number> {
  return prisma.$executeRaw`
    INSERT INTO "LtiScoreJob" (id, "resourceLinkId", "userId", status, attempts, "nextAttemptAt", "updatedAt")
    SELECT gen_random_uuid()::text, rl.id, ${userId}, 'pending', 0, now(), now()
    FROM "TutoringSession" s
    JOIN "ProblemVersion" v ON v.id = s."problemVersionId"
    JOIN "Problem" p ON p.id = v."problemId"
    JOIN "LtiResourceLink" rl ON rl."problemSetId" = p."problemSetId" AND ${gradable}
    JOIN "Enrollment" e ON e."classroomId" = rl."classroomId" AND e."studentId" = ${userId}
    JOIN "LtiUserLink" ul ON ul."platformId" = rl."platformId" AND ul."userId" = ${userId}
    WHERE s.id = ${sessionId} AND s."studentId" = ${userId} AND NOT s.preview
    ON CONFLICT ("resourceLinkId", "userId") DO UPDATE
      SET status = 'pending', attempts = 0, "nextAttemptAt" = now(), "updatedAt" = now()`;
}

/** "Send again" from the teacher's page: the class's jobs (or one link's, or one) become due now. */
export async function resendScores(
  prisma: PrismaClient,
  classroomId: string,
  only: { jobId?: string; linkId?: string } = {},
): Promise<number> {
  const { count } = await prisma.ltiScoreJob.updateMany({
    where: {
      ...(only.jobId ? { id: only.jobId } : {}),
      ...(only.linkId ? { resourceLinkId: only.linkId } : {}),
      resourceLink: { classroomId },
    },
    data: { status: "pending", attempts: 0, nextAttemptAt: new Date() },
  });
  return count;
}

/** Enqueue every enrolled LTI student of a link (after the teacher changes its score mode). */
export async function enqueueLink(prisma: PrismaClient, resourceLinkId: string): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "LtiScoreJob" (id, "resourceLinkId", "userId", status, attempts, "nextAttemptAt", "updatedAt")
    SELECT gen_random_uuid()::text, rl.id, e."studentId", 'pending', 0, now(), now()
    FROM "LtiResourceLink" rl
    JOIN "Enrollment" e ON e."classroomId" = rl."classroomId"
    JOIN "LtiUserLink" ul ON ul."platformId" = rl."platformId" AND ul."userId" = e."studentId"
    WHERE rl.id = ${resourceLinkId} AND ${gradable} AND rl."problemSetId" IS NOT NULL
    ON CONFLICT ("resourceLinkId", "userId") DO UPDATE
      SET status = 'pending', attempts = 0, "nextAttemptAt" = now(), "updatedAt" = now()`;
}

/**
 * Sends the due jobs (at most `limit`). Each is leased first (nextAttemptAt moved ahead), so two
 * workers never send the same job; a job re-enqueued while it was being sent stays pending.
 * Returns the number processed and when the next pending job is due (null: none).
 */
export async function processDueScoreJobs(
  prisma: PrismaClient,
  opts: { fetch?: Fetch; now?: () => Date; limit?: number } = {},
): Promise<{ processed: number; nextDueAt: Date | null }> {
  const now = opts.now ?? (() => new Date());
  let processed = 0;
  for (let i = 0; i < (opts.limit ?? 50); i++) {
    const t = now();
    const due = await prisma.ltiScoreJob.findFirst({
      where: { status: "pending", nextAttemptAt: { lte: t } },
      orderBy: { nextAttemptAt: "asc" },
      select: { id: true, nextAttemptAt: true },
    });
    if (!due) break;
    const lease = new Date(t.getTime() + LEASE_MS);
    const claimed = await prisma.ltiScoreJob.updateMany({
      where: { id: due.id, nextAttemptAt: due.nextAttemptAt, status: "pending" },
      data: { nextAttemptAt: lease },
    });
    if (claimed.count !== 1) continue;
    const job = await prisma.ltiScoreJob.findUniqueOrThrow({
      where: { id: due.id },
      include: { resourceLink: { include: { platform: true } } },
    });
    processed++;
    const link = job.resourceLink;
    try {
      const sub = await prisma.ltiUserLink.findFirst({
        where: { platformId: link.platformId, userId: job.userId },
        select: { sub: true },
      });
      if (!sub || !link.problemSetId) throw new Error("the link or the student's LMS account is gone");
      const lineItem = link.lineItemUrl ?? (await lineItemFor(prisma, link, opts.fetch));
      const { score, complete } = await computeScore(prisma, job.userId, link.problemSetId, link.scoreMode);
      await postScore(
        prisma,
        link.platform,
        lineItem,
        { userId: sub.sub, scoreGiven: score, scoreMaximum: 1, complete, timestamp: now() },
        { fetch: opts.fetch },
      );
      const sentAt = now();
      await prisma.ltiScoreJob.update({
        where: { id: job.id },
        data: { lastSentAt: sentAt, lastScore: score, lastError: null },
      });
      await prisma.ltiScoreJob.updateMany({
        where: { id: job.id, nextAttemptAt: lease },
        data: { status: "sent", attempts: 0 },
      });
    } catch (e) {
      const message = (e instanceof Error ? e.message : String(e)).slice(0, 300);
      const attempts = job.attempts + 1;
      await prisma.ltiScoreJob.updateMany({
        where: { id: job.id, nextAttemptAt: lease },
        data: {
          attempts,
          lastError: message,
          status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
          nextAttemptAt: new Date(now().getTime() + backoffMs(attempts)),
        },
      });
      await prisma.ltiScoreJob.update({ where: { id: job.id }, data: { lastError: message } });
    }
  }
  const next = await prisma.ltiScoreJob.findFirst({
    where: { status: "pending" },
    orderBy: { nextAttemptAt: "asc" },
    select: { nextAttemptAt: true },
  });
  return { processed, nextDueAt: next?.nextAttemptAt ?? null };
}

/**
 * The line item of a link whose launch carried none: found or made in the platform's container
 * (lib/lti/ags.ts findOrCreateLineItem) and kept on the link, so later scores go straight to it.
 * Two workers racing here both find the same item (the second's GET sees the first's), or, if the
 * LMS lists slowly, the link keeps the first one stored.
 */
async function lineItemFor(
  prisma: PrismaClient,
  link: LtiResourceLink & { platform: LtiPlatform },
  fetchImpl?: Fetch,
): Promise<string> {
  if (!link.lineItemsUrl || !link.agsScopes.split(" ").includes(AGS_SCOPE.lineItem) || !link.problemSetId)
    throw new Error("the LMS gave this link no grade column and no way to make one");
  const set = await prisma.problemSet.findUniqueOrThrow({
    where: { id: link.problemSetId },
    select: { key: true, title: true },
  });
  const made = await findOrCreateLineItem(
    prisma,
    link.platform,
    link.lineItemsUrl,
    { resourceLinkId: link.resourceLinkId, label: set.title, resourceId: set.key },
    { fetch: fetchImpl },
  );
  await prisma.ltiResourceLink.updateMany({ where: { id: link.id, lineItemUrl: null }, data: { lineItemUrl: made } });
  const stored = await prisma.ltiResourceLink.findUniqueOrThrow({
    where: { id: link.id },
    select: { lineItemUrl: true },
  });
  return stored.lineItemUrl ?? made;
}
