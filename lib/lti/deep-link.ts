import { randomBytes } from "node:crypto";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CLAIM } from "./claims";
import { signWithToolKey } from "./keys";

/**
 * Deep Linking 2.0: a teacher's LtiDeepLinkingRequest launch stored a request (lib/lti/launch.ts);
 * they pick a problem set; the tool answers with an LtiDeepLinkingResponse JWT (section 4.2,
 * signed with the tool's active key, kid in the header) holding one ltiResourceLink content item
 * (section 3.1) whose custom parameter names the set, and a lineItem when the platform offers AGS.
 * The browser auto-posts it (form field JWT) to deep_link_return_url.
 */
export const DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";

/** The request of this teacher, unexpired (a stranger's or a used one is "not found"). */
export async function findDeepLinkRequest(prisma: PrismaClient, userId: string, id: string, now = new Date()) {
  if (!/^[\w-]{10,64}$/.test(id)) return null;
  return prisma.ltiDeepLinkRequest.findFirst({ where: { id, userId, expiresAt: { gt: now } } });
}

export async function deepLinkChoices(prisma: PrismaClient) {
  return prisma.problemSet.findMany({
    where: { status: "published" },
    orderBy: { title: "asc" },
    select: { id: true, key: true, title: true, description: true },
  });
}

const input = z.object({ requestId: z.string().min(10).max(64), problemSetId: z.string().min(1).max(64) });

/** The signed response and where to post it; the request is used up in the same step. */
export async function buildDeepLinkResponse(
  prisma: PrismaClient,
  userId: string,
  raw: unknown,
  toolOrigin: string,
): Promise<{ returnUrl: string; jwt: string }> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) throw new AppError("bad_request", "Choose a problem set.");
  const req = await findDeepLinkRequest(prisma, userId, parsed.data.requestId);
  if (!req)
    throw new AppError("not_found", "This LMS request has expired or was already answered; start again from the LMS.");
  const set = await prisma.problemSet.findFirst({
    where: { id: parsed.data.problemSetId, status: "published" },
    select: { key: true, title: true },
  });
  if (!set) throw new AppError("not_found", "That problem set is not published.");
  const platform = await prisma.ltiPlatform.findUniqueOrThrow({ where: { id: req.platformId } });
  const item = {
    type: "ltiResourceLink",
    title: set.title,
    url: `${toolOrigin}/api/lti/launch`,
    custom: { stepwise_set: set.key },
    ...(req.withLineItem ? { lineItem: { scoreMaximum: 1, label: set.title, resourceId: set.key } } : {}),
  };
  const jwt = await signWithToolKey(
    prisma,
    {
      nonce: randomBytes(16).toString("base64url"),
      [CLAIM.messageType]: "LtiDeepLinkingResponse",
      [CLAIM.version]: "1.3.0",
      [CLAIM.deploymentId]: req.deploymentId,
      [`${DL}content_items`]: [item],
      ...(req.data ? { [`${DL}data`]: req.data } : {}),
    },
    { issuer: platform.clientId, audience: platform.issuer, expiresIn: "5m" },
  );
  const { count } = await prisma.ltiDeepLinkRequest.deleteMany({ where: { id: req.id } });
  if (count !== 1) throw new AppError("conflict", "This LMS request was already answered.");
  return { returnUrl: req.returnUrl, jwt };
}
