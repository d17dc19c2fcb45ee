import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Admin registration of LTI 1.3 platforms (LTI Core 1.3 section 3.1: issuer, client_id,
 * deployments; Security Framework 1.0 section 5.1.1: the platform's OIDC auth endpoint, its
 * token endpoint and JWK Set URL). Several platforms, each with several deployments.
 */
const httpUrl = z
  .string()
  .trim()
  .url()
  .max(2048)
  .refine((u) => /^https?:\/\//.test(u), "must be an http(s) URL");

export const platformInput = z.object({
  id: z.string().max(40).optional(),
  name: z.string().trim().min(1).max(120),
  issuer: httpUrl,
  clientId: z.string().trim().min(1).max(255),
  authEndpoint: httpUrl,
  tokenEndpoint: httpUrl,
  jwksUrl: httpUrl,
  /** One per line or separated by spaces/commas. */
  deploymentIds: z
    .string()
    .max(4000)
    .transform((s) => [...new Set(s.split(/[\s,]+/).filter(Boolean))])
    .pipe(z.array(z.string().min(1).max(255)).min(1, "at least one deployment id")),
  frameOrigins: z
    .string()
    .max(1000)
    .default("")
    .transform((s) => s.split(/[\s,]+/).filter(Boolean))
    .pipe(
      z
        .array(z.string().regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, "an origin such as https://lms.school.test"))
        .max(5),
    )
    .transform((a) => a.join(" ")),
});
export type PlatformInput = z.input<typeof platformInput>;

/**
 * Creates or updates a platform and replaces its deployments, with its audit entry (when an
 * actor is given): one transaction.
 */
export async function savePlatform(prisma: PrismaClient, raw: PlatformInput, actorId?: string): Promise<string> {
  const parsed = platformInput.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new AppError("bad_request", `${i?.path.join(".") || "form"}: ${i?.message}`, { zodIssue: i });
  }
  const { id, deploymentIds, ...data } = parsed.data;
  const clash = await prisma.ltiPlatform.findUnique({
    where: { issuer_clientId: { issuer: data.issuer, clientId: data.clientId } },
    select: { id: true },
  });
  if (clash && clash.id !== id)
    throw new AppError("conflict", "A platform with this issuer and client id is already registered.");
  return prisma.$transaction(async (tx) => {
    const platform = id
      ? await tx.ltiPlatform.update({ where: { id }, data, select: { id: true } }).catch(() => {
          throw new AppError("not_found", "That platform no longer exists.");
        })
      : await tx.ltiPlatform.create({ data, select: { id: true } });
    await tx.ltiDeployment.deleteMany({ where: { platformId: platform.id, deploymentId: { notIn: deploymentIds } } });
    for (const deploymentId of deploymentIds)
      await tx.ltiDeployment.upsert({
        where: { platformId_deploymentId: { platformId: platform.id, deploymentId } },
        create: { platformId: platform.id, deploymentId },
        update: {},
      });
    if (actorId)
      await tx.auditLog.create({
        data: {
          actorId,
          action: id ? "lti.platform.update" : "lti.platform.create",
          entityType: "LtiPlatform",
          entityId: platform.id,
          details: { name: data.name, issuer: data.issuer, clientId: data.clientId, deploymentIds },
        },
      });
    return platform.id;
  });
}

/** Deletes a platform with its deployments, links and pending jobs (the classes and users stay), with its audit entry. */
export async function deletePlatform(prisma: PrismaClient, id: string, actorId?: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const gone = await tx.ltiPlatform.findUnique({ where: { id }, select: { name: true, issuer: true } });
    const { count } = await tx.ltiPlatform.deleteMany({ where: { id } });
    if (count === 0 || !gone) throw new AppError("not_found", "That platform no longer exists.");
    if (actorId)
      await tx.auditLog.create({
        data: { actorId, action: "lti.platform.delete", entityType: "LtiPlatform", entityId: id, details: gone },
      });
  });
}

export async function listPlatforms(prisma: PrismaClient) {
  return prisma.ltiPlatform.findMany({
    orderBy: { createdAt: "asc" },
    include: { deployments: { orderBy: { createdAt: "asc" }, select: { deploymentId: true } } },
  });
}

/** The URLs an LMS admin pastes into the LMS (docs/lti.md). */
export function toolUrls(origin: string) {
  return {
    login: `${origin}/api/lti/login`,
    launch: `${origin}/api/lti/launch`,
    jwks: `${origin}/api/lti/jwks`,
    deepLink: `${origin}/api/lti/launch`,
  };
}
