import { randomBytes } from "node:crypto";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * OIDC third-party initiated login (Security Framework 1.0 section 5.1.1; LTI Core 1.3 section
 * 4.1): the platform sends iss, login_hint, target_link_uri (+ lti_message_hint, client_id,
 * lti_deployment_id); the tool answers with a redirect to the platform's authorization endpoint
 * carrying a fresh state and nonce. The state is stored with the nonce and also set as a cookie
 * on this browser (the route does that), so a launch posted by another browser is refused.
 */
export const LOGIN_TTL_MS = 10 * 60 * 1000;
export const STATE_COOKIE_PREFIX = "lti_state_";

const text = z.string().min(1).max(2048);
export const loginParams = z.object({
  iss: z.string().url().max(2048),
  login_hint: text,
  target_link_uri: z.string().url().max(2048),
  lti_message_hint: text.optional(),
  client_id: z.string().min(1).max(255).optional(),
  lti_deployment_id: z.string().min(1).max(255).optional(),
  /** Set by Stepwise itself on the login it offers in a new window (never offered twice). */
  stepwise_window: z.literal("1").optional(),
});
export type LoginParams = z.infer<typeof loginParams>;

export function parseLoginParams(raw: Record<string, string>): LoginParams {
  const parsed = loginParams.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new AppError("bad_request", `LTI login: ${i?.path.join(".") || "parameters"}: ${i?.message}`);
  }
  return parsed.data;
}

/** The registered platform for these parameters: by issuer, client_id when sent, and deployment. */
export async function findPlatformForLogin(prisma: PrismaClient, p: LoginParams) {
  const candidates = await prisma.ltiPlatform.findMany({
    where: { issuer: p.iss, ...(p.client_id ? { clientId: p.client_id } : {}) },
    include: { deployments: { select: { deploymentId: true } } },
  });
  const fitting = p.lti_deployment_id
    ? candidates.filter((c) => c.deployments.some((d) => d.deploymentId === p.lti_deployment_id))
    : candidates;
  if (fitting.length === 0)
    throw new AppError(
      "bad_request",
      `LTI login: no registered platform for issuer ${p.iss}${p.client_id ? ` and client_id ${p.client_id}` : ""}${p.lti_deployment_id ? ` with deployment ${p.lti_deployment_id}` : ""}.`,
    );
  if (fitting.length > 1)
    throw new AppError("bad_request", "LTI login: several registrations fit; the platform must send client_id.");
  return fitting[0] as (typeof fitting)[number];
}

/**
 * Stores a new login state (expired ones purged on the way) and returns the platform's
 * authorization URL (OIDC Core 3.1.2.1 with the LTI values of Security Framework 5.1.1.2).
 */
export async function beginLogin(
  prisma: PrismaClient,
  p: LoginParams,
  toolOrigin: string,
  now = new Date(),
): Promise<{ state: string; redirectTo: string }> {
  const platform = await findPlatformForLogin(prisma, p);
  const state = randomBytes(24).toString("base64url");
  const nonce = randomBytes(24).toString("base64url");
  await prisma.$transaction([
    prisma.ltiLoginState.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.ltiLoginState.create({
      data: {
        state,
        nonce,
        platformId: platform.id,
        expiresAt: new Date(now.getTime() + LOGIN_TTL_MS),
        loginParams: p,
      },
    }),
  ]);
  const url = new URL(platform.authEndpoint);
  const q = url.searchParams;
  q.set("scope", "openid");
  q.set("response_type", "id_token");
  q.set("response_mode", "form_post");
  q.set("prompt", "none");
  q.set("client_id", platform.clientId);
  q.set("redirect_uri", `${toolOrigin}/api/lti/launch`);
  q.set("login_hint", p.login_hint);
  q.set("state", state);
  q.set("nonce", nonce);
  if (p.lti_message_hint) q.set("lti_message_hint", p.lti_message_hint);
  return { state, redirectTo: url.toString() };
}

/**
 * The same login, begun again in a window of its own: where the LMS's iframe cannot keep
 * Stepwise's cookies (Safari blocks them even partitioned), a top-level window can. Null when
 * the login was already such a window (the browser blocks cookies altogether) or is unknown.
 */
export function newWindowLoginPath(stored: unknown): string | null {
  const parsed = loginParams.safeParse(stored);
  if (!parsed.success || parsed.data.stepwise_window) return null;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(parsed.data)) if (typeof v === "string") q.set(k, v);
  q.set("stepwise_window", "1");
  return `/api/lti/login?${q}`;
}
