import { randomBytes } from "node:crypto";
import { z } from "zod";
import { hashToken } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Fetch } from "./ags";
import { AGS_SCOPE, NRPS_SCOPE } from "./claims";

/**
 * LTI Dynamic Registration 1.0. The LMS admin opens the tool's registration URL with
 * `openid_configuration` and (usually) `registration_token` (section 3.3). Stepwise fetches the
 * platform's configuration (3.4), posts its own registration to the platform's
 * registration_endpoint (3.5), stores the platform with the client_id (and deployment_id when the
 * platform gives one), and the page tells the LMS it is done (postMessage
 * {subject: "org.imsglobal.lti.close"}, 3.6).
 * Strangers cannot register: the URL must carry an admin-issued, single-use token (24 h).
 */
export const REGISTRATION_TTL_MS = 24 * 60 * 60 * 1000;

export async function createRegistrationLink(prisma: PrismaClient, adminId: string, origin: string, now = new Date()) {
  const token = randomBytes(24).toString("base64url");
  await prisma.ltiRegistrationToken.create({
    data: {
      tokenHash: hashToken(token),
      createdById: adminId,
      expiresAt: new Date(now.getTime() + REGISTRATION_TTL_MS),
    },
  });
  return `${origin}/api/lti/register?t=${token}`;
}

const url = z.string().url().max(2048);
const params = z.object({
  t: z.string().min(20).max(100),
  openid_configuration: url,
  registration_token: z.string().min(1).max(8192).optional(),
});

const platformConfig = z.object({
  issuer: url,
  authorization_endpoint: url,
  token_endpoint: url,
  jwks_uri: url,
  registration_endpoint: url,
  "https://purl.imsglobal.org/spec/lti-platform-configuration": z
    .object({ product_family_code: z.string().max(100).optional(), version: z.string().max(100).optional() })
    .optional(),
});

const registrationReply = z.object({
  client_id: z.string().min(1).max(255),
  "https://purl.imsglobal.org/spec/lti-tool-configuration": z
    .object({ deployment_id: z.string().min(1).max(255).optional() })
    .optional(),
});

/** The tool's registration request (section 3.5.2), pure. */
export function toolRegistration(origin: string) {
  return {
    application_type: "web",
    response_types: ["id_token"],
    grant_types: ["implicit", "client_credentials"],
    initiate_login_uri: `${origin}/api/lti/login`,
    redirect_uris: [`${origin}/api/lti/launch`],
    client_name: "Stepwise",
    jwks_uri: `${origin}/api/lti/jwks`,
    token_endpoint_auth_method: "private_key_jwt",
    scope: [AGS_SCOPE.lineItem, AGS_SCOPE.lineItemReadOnly, AGS_SCOPE.score, AGS_SCOPE.result, NRPS_SCOPE].join(" "),
    "https://purl.imsglobal.org/spec/lti-tool-configuration": {
      domain: new URL(origin).host,
      target_link_uri: `${origin}/api/lti/launch`,
      claims: ["iss", "sub", "name", "given_name", "family_name", "email"],
      messages: [{ type: "LtiDeepLinkingRequest", target_link_uri: `${origin}/api/lti/launch` }],
      description: "Stepwise: step-by-step maths tutoring",
    },
  };
}

async function json(res: Response, what: string): Promise<unknown> {
  if (!res.ok) throw new AppError("bad_request", `The LMS refused the ${what}: ${res.status}.`);
  return res.json().catch(() => {
    throw new AppError("bad_request", `The LMS's ${what} is not JSON.`);
  });
}

export async function dynamicRegister(
  prisma: PrismaClient,
  raw: Record<string, string>,
  origin: string,
  opts: { fetch?: Fetch; now?: Date } = {},
): Promise<{ platformId: string; deploymentId: string | null }> {
  const now = opts.now ?? new Date();
  const doFetch = opts.fetch ?? fetch;
  const parsed = params.safeParse(raw);
  if (!parsed.success)
    throw new AppError(
      "bad_request",
      "Registration needs a Stepwise registration link and the LMS's openid_configuration.",
    );
  const p = parsed.data;
  const tokenHash = hashToken(p.t);
  const usable = await prisma.ltiRegistrationToken.findFirst({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
  });
  if (!usable)
    throw new AppError(
      "forbidden",
      "This registration link is unknown, used or expired: ask a Stepwise admin for a new one.",
    );
  const auth: Record<string, string> = p.registration_token ? { authorization: `Bearer ${p.registration_token}` } : {};
  const configRes = await doFetch(p.openid_configuration, {
    headers: { accept: "application/json", ...auth },
    signal: AbortSignal.timeout(10_000),
  }).catch(() => {
    throw new AppError("bad_request", "The LMS's configuration could not be fetched.");
  });
  const config = platformConfig.safeParse(await json(configRes, "configuration"));
  if (!config.success) throw new AppError("bad_request", "The LMS's configuration lacks a required endpoint.");
  const c = config.data;
  const regRes = await doFetch(c.registration_endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...auth },
    body: JSON.stringify(toolRegistration(origin)),
    signal: AbortSignal.timeout(10_000),
  }).catch(() => {
    throw new AppError("bad_request", "The LMS's registration endpoint could not be reached.");
  });
  const reply = registrationReply.safeParse(await json(regRes, "registration"));
  if (!reply.success) throw new AppError("bad_request", "The LMS's registration reply has no client_id.");
  const deploymentId = reply.data["https://purl.imsglobal.org/spec/lti-tool-configuration"]?.deployment_id ?? null;
  const family = c["https://purl.imsglobal.org/spec/lti-platform-configuration"]?.product_family_code;
  return prisma.$transaction(async (tx) => {
    const used = await tx.ltiRegistrationToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (used.count !== 1) throw new AppError("forbidden", "This registration link was already used.");
    const platform = await tx.ltiPlatform.upsert({
      where: { issuer_clientId: { issuer: c.issuer, clientId: reply.data.client_id } },
      create: {
        name: `${family ?? new URL(c.issuer).host} (dynamic registration)`.slice(0, 120),
        issuer: c.issuer,
        clientId: reply.data.client_id,
        authEndpoint: c.authorization_endpoint,
        tokenEndpoint: c.token_endpoint,
        jwksUrl: c.jwks_uri,
      },
      update: { authEndpoint: c.authorization_endpoint, tokenEndpoint: c.token_endpoint, jwksUrl: c.jwks_uri },
    });
    if (deploymentId)
      await tx.ltiDeployment.upsert({
        where: { platformId_deploymentId: { platformId: platform.id, deploymentId } },
        create: { platformId: platform.id, deploymentId },
        update: {},
      });
    return { platformId: platform.id, deploymentId };
  });
}
