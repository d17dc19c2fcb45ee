import { createHash, randomBytes } from "node:crypto";
import { createRemoteJWKSet, errors, type JWTVerifyGetKey, jwtVerify } from "jose";
import { z } from "zod";
import { SESSION_DAYS } from "@/lib/auth/accounts";
import { hashToken, newJoinCode, newSessionToken } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import { newWindowLoginPath } from "./login";
import { LTI_NO_PASSWORD } from "./no-password";

export { LTI_NO_PASSWORD };

import type { LtiPlatform, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import {
  CLAIM,
  type DeepLinkingClaims,
  displayName,
  type LaunchClaims,
  mapRoles,
  parseLaunchClaims,
  problemSetKeyOf,
  type ResourceLinkClaims,
} from "./claims";

/**
 * The launch (LTI Core 1.3 section 5; Security Framework 1.0 section 5.1.3 "authentication
 * response validation"): the platform form-posts id_token + state to POST /api/lti/launch.
 * verifyLaunch checks everything and writes nothing; acceptLaunch then consumes the state and
 * nonce and maps user, course and link in one transaction, so a refused launch creates nothing.
 */

/** Clock skew allowed on exp/iat (Security Framework 5.1.3 step 7-8 leave it to the tool). */
export const CLOCK_SKEW_S = 60;
/** An id_token older than this (by iat) is refused even if its exp is far away. */
export const MAX_TOKEN_AGE_S = 10 * 60;

export class LtiLaunchError extends AppError {
  constructor(
    readonly check: string,
    message: string,
    code: "bad_request" | "unauthenticated" | "forbidden" = "unauthenticated",
    details?: { newWindow: string },
  ) {
    super(code, `LTI launch refused (${check}): ${message}`, details);
  }
}

const launchForm = z.object({ id_token: z.string().min(20).max(20_000), state: z.string().min(10).max(200) });

/** Platform JWK Sets over HTTPS, cached per URL by jose (cooldown and max age). */
const remoteSets = new Map<string, JWTVerifyGetKey>();
export function remotePlatformKeys(platform: Pick<LtiPlatform, "jwksUrl">): JWTVerifyGetKey {
  let set = remoteSets.get(platform.jwksUrl);
  if (!set) {
    set = createRemoteJWKSet(new URL(platform.jwksUrl), { cacheMaxAge: 10 * 60 * 1000, timeoutDuration: 5000 });
    remoteSets.set(platform.jwksUrl, set);
  }
  return set;
}

export interface VerifiedLaunch {
  platform: LtiPlatform;
  claims: LaunchClaims;
  state: string;
  expiresAt: Date;
}

function describeJoseError(e: unknown): LtiLaunchError {
  if (e instanceof errors.JWTExpired) return new LtiLaunchError("exp", "the id_token has expired.");
  if (e instanceof errors.JWTClaimValidationFailed)
    return new LtiLaunchError(e.claim, `claim "${e.claim}" is not valid: ${e.reason}.`);
  if (e instanceof errors.JWSSignatureVerificationFailed)
    return new LtiLaunchError("signature", "the id_token's signature does not match the platform's keys.");
  if (e instanceof errors.JWKSNoMatchingKey)
    return new LtiLaunchError("signature", "no key in the platform's JWK Set matches the id_token.");
  if (e instanceof errors.JWKSTimeout || (e instanceof errors.JOSEError && e.code === "ERR_JWKS_INVALID"))
    return new LtiLaunchError("jwks", "the platform's JWK Set could not be read.");
  if (e instanceof errors.JOSEError) return new LtiLaunchError("id_token", `${e.code}: ${e.message}`);
  return new LtiLaunchError("jwks", "the platform's JWK Set could not be fetched.");
}

/**
 * Checks a launch without writing: form shape, the state cookie of this browser, the stored state
 * (unknown/used/expired refused), the signature against the platform's JWKS, iss, aud, azp,
 * exp/iat (with CLOCK_SKEW_S), the nonce, a registered deployment, message type, version 1.3.0
 * and the required claims.
 */
export async function verifyLaunch(
  prisma: PrismaClient,
  form: Record<string, unknown>,
  browserStates: ReadonlySet<string>,
  opts: { keys?: (p: LtiPlatform) => JWTVerifyGetKey; now?: Date } = {},
): Promise<VerifiedLaunch> {
  const now = opts.now ?? new Date();
  const parsed = launchForm.safeParse(form);
  if (!parsed.success) throw new LtiLaunchError("form", "the post must carry id_token and state.", "bad_request");
  const { id_token: idToken, state } = parsed.data;
  const login = await prisma.ltiLoginState.findUnique({ where: { state }, include: { platform: true } });
  if (!browserStates.has(state)) {
    // The login this state belongs to can be begun again in a window of its own, where the
    // browser keeps cookies (Safari does not in the LMS's iframe): the refusal page offers it.
    const newWindow = login && login.expiresAt >= now ? newWindowLoginPath(login.loginParams) : null;
    throw new LtiLaunchError(
      "state",
      "this browser did not begin this login (state cookie missing or different; are third-party cookies blocked?).",
      "unauthenticated",
      newWindow ? { newWindow } : undefined,
    );
  }
  if (!login || login.expiresAt < now)
    throw new LtiLaunchError(
      "state",
      "the login state is unknown, already used or expired; launch again from the LMS.",
    );
  const platform = login.platform;
  let payload: Record<string, unknown>;
  try {
    const verified = await jwtVerify(idToken, (opts.keys ?? remotePlatformKeys)(platform), {
      issuer: platform.issuer,
      audience: platform.clientId,
      algorithms: ["RS256", "RS384", "RS512", "ES256", "PS256"],
      clockTolerance: CLOCK_SKEW_S,
      maxTokenAge: MAX_TOKEN_AGE_S,
      requiredClaims: ["iat", "exp", "nonce", "sub"],
      currentDate: now,
    });
    payload = verified.payload as Record<string, unknown>;
  } catch (e) {
    throw describeJoseError(e);
  }
  // Security Framework 5.1.3 step 4-5: several audiences need azp naming us; azp, when sent, must be us.
  const aud = payload.aud;
  if (Array.isArray(aud) && aud.length > 1 && payload.azp === undefined)
    throw new LtiLaunchError("azp", "several audiences and no azp claim.");
  if (payload.azp !== undefined && payload.azp !== platform.clientId)
    throw new LtiLaunchError("azp", "azp is not this tool's client_id.");
  if (payload.nonce !== login.nonce) throw new LtiLaunchError("nonce", "the nonce is not the one this login sent.");
  const claims = parseLaunchClaims(payload);
  if (!claims.ok) throw new LtiLaunchError("claims", claims.reason, "bad_request");
  const deploymentId = claims.claims[CLAIM.deploymentId];
  const deployment = await prisma.ltiDeployment.findUnique({
    where: { platformId_deploymentId: { platformId: platform.id, deploymentId } },
  });
  if (!deployment)
    throw new LtiLaunchError(
      "deployment_id",
      `deployment ${deploymentId} is not registered for this platform.`,
      "forbidden",
    );
  return { platform, claims: claims.claims, state, expiresAt: new Date((payload.exp as number) * 1000) };
}

export interface AcceptedLaunch {
  userId: string;
  role: "student" | "teacher" | "admin";
  classroomId: string | null;
  problemSetId: string | null;
  resourceLinkId: string | null;
  deepLinkId: string | null;
  /** The new sign-in session's token (for the cookie). */
  sessionToken: string;
  sessionExpiresAt: Date;
  /** Where the browser goes next. */
  destination: string;
  frameOrigins: string[];
  /** The launch carried an NRPS claim (the class's roster can be synced). */
  hasRoster: boolean;
}

export type Tx = Prisma.TransactionClient;

/**
 * The Stepwise user of an LMS user (platform + sub), made on first sight. Never linked to an
 * existing account by email: an LMS could assert anyone's address. Also used by the roster sync.
 */
export async function ensureLtiUser(
  tx: Tx,
  platformId: string,
  u: { sub: string; name: string; email?: string; role: "teacher" | "student" },
): Promise<{ id: string; role: "teacher" | "student" | "admin"; created: boolean }> {
  const link = await tx.ltiUserLink.findUnique({
    where: { platformId_sub: { platformId, sub: u.sub } },
    include: { user: { select: { id: true, role: true } } },
  });
  if (link) {
    // The LMS is the authority on its own users' names and roles; an admin stays an admin.
    const newRole = link.user.role === "admin" ? "admin" : u.role;
    await tx.user.update({ where: { id: link.user.id }, data: { name: u.name, role: newRole } });
    return { id: link.user.id, role: newRole, created: false };
  }
  const taken = u.email ? await tx.user.findUnique({ where: { email: u.email }, select: { id: true } }) : null;
  const email =
    u.email && !taken
      ? u.email
      : `lti-${createHash("sha256").update(`${platformId}\n${u.sub}`).digest("hex").slice(0, 24)}@lti.invalid`;
  const user = await tx.user.create({
    data: { email, name: u.name, role: u.role, passwordHash: LTI_NO_PASSWORD },
    select: { id: true },
  });
  await tx.ltiUserLink.create({ data: { platformId, sub: u.sub, userId: user.id } });
  return { id: user.id, role: u.role, created: true };
}

function linkUser(tx: Tx, platformId: string, c: LaunchClaims) {
  return ensureLtiUser(tx, platformId, {
    sub: c.sub,
    name: displayName(c),
    email: c.email,
    role: mapRoles(c[CLAIM.roles]),
  });
}

async function linkContext(tx: Tx, platformId: string, c: LaunchClaims, user: { id: string; role: string }) {
  const ctx = c[CLAIM.context];
  if (!ctx) return null;
  const membershipsUrl = c[CLAIM.nrps]?.context_memberships_url;
  const found = await tx.ltiContextLink.findUnique({
    where: { platformId_contextId: { platformId, contextId: ctx.id } },
  });
  let classroomId: string;
  if (found) {
    classroomId = found.classroomId;
    // The course's other instructors and TAs teach its class too (the first one made it).
    if (user.role === "teacher")
      await tx.$executeRaw`
        INSERT INTO "ClassroomCoTeacher" ("classroomId", "teacherId")
        SELECT id, ${user.id} FROM "Classroom" WHERE id = ${classroomId} AND "teacherId" <> ${user.id}
        ON CONFLICT DO NOTHING`;
    if (membershipsUrl && membershipsUrl !== found.membershipsUrl)
      await tx.ltiContextLink.update({
        where: { platformId_contextId: { platformId, contextId: ctx.id } },
        data: { membershipsUrl },
      });
  } else {
    if (user.role === "student")
      throw new LtiLaunchError(
        "context",
        "this course is not set up in Stepwise yet: an instructor must open Stepwise from it first.",
        "forbidden",
      );
    const title = (ctx.title || ctx.label || "LMS course").slice(0, 120);
    const classroom = await tx.classroom.create({
      data: { name: title, teacherId: user.id, joinCode: newJoinCode(8) },
      select: { id: true },
    });
    classroomId = classroom.id;
    await tx.ltiContextLink.create({
      data: { platformId, contextId: ctx.id, classroomId, title, membershipsUrl: membershipsUrl ?? null },
    });
  }
  if (user.role === "student")
    await tx.enrollment.upsert({
      where: { classroomId_studentId: { classroomId, studentId: user.id } },
      create: { classroomId, studentId: user.id },
      update: {},
    });
  return classroomId;
}

function frameOriginsOf(p: LtiPlatform): string[] {
  const listed = p.frameOrigins.split(/\s+/).filter(Boolean);
  if (listed.length) return listed;
  return [...new Set([p.issuer, p.authEndpoint].map((u) => new URL(u).origin))];
}

/**
 * Consumes the state (single use) and the nonce (a second launch with it is a replay), maps the
 * user, course and link, and opens a sign-in session: one transaction, all or nothing.
 */
export async function acceptLaunch(prisma: PrismaClient, v: VerifiedLaunch, now = new Date()): Promise<AcceptedLaunch> {
  const { platform, claims: c } = v;
  return prisma.$transaction(async (tx) => {
    const used = await tx.ltiLoginState.deleteMany({ where: { state: v.state } });
    if (used.count !== 1) throw new LtiLaunchError("state", "the login state was already used.");
    await tx.ltiNonce.deleteMany({ where: { expiresAt: { lt: now } } });
    const fresh = await tx.$executeRaw`
      INSERT INTO "LtiNonce" ("platformId", nonce, "expiresAt")
      VALUES (${platform.id}, ${c.nonce}, ${new Date(Math.max(v.expiresAt.getTime(), now.getTime()) + CLOCK_SKEW_S * 1000)})
      ON CONFLICT DO NOTHING`;
    if (fresh !== 1) throw new LtiLaunchError("nonce", "this id_token's nonce was already used (replay).");

    const user = await linkUser(tx, platform.id, c);
    const classroomId = await linkContext(tx, platform.id, c, user);
    let problemSetId: string | null = null;
    let resourceLinkId: string | null = null;
    let deepLinkId: string | null = null;
    if (c[CLAIM.messageType] === "LtiResourceLinkRequest") {
      const setKey = problemSetKeyOf(c[CLAIM.custom]);
      const set = setKey
        ? await tx.problemSet.findFirst({ where: { key: setKey, status: "published" }, select: { id: true } })
        : null;
      const ags = c[CLAIM.ags];
      if (classroomId) {
        const rl = (c as ResourceLinkClaims)[CLAIM.resourceLink].id;
        const link = await tx.ltiResourceLink.upsert({
          where: { platformId_resourceLinkId: { platformId: platform.id, resourceLinkId: rl } },
          create: {
            platformId: platform.id,
            resourceLinkId: rl,
            classroomId,
            problemSetId: set?.id ?? null,
            lineItemUrl: ags?.lineitem ?? null,
            lineItemsUrl: ags?.lineitems ?? null,
            agsScopes: (ags?.scope ?? []).join(" "),
          },
          update: {
            ...(set ? { problemSetId: set.id } : {}),
            ...(ags?.lineitem ? { lineItemUrl: ags.lineitem } : {}),
            ...(ags?.lineitems ? { lineItemsUrl: ags.lineitems } : {}),
            ...(ags ? { agsScopes: ags.scope.join(" ") } : {}),
          },
        });
        // A link placed in another course keeps its own class: the context is the course.
        if (link.classroomId !== classroomId)
          throw new LtiLaunchError("resource_link", "this link belongs to another course.", "forbidden");
        resourceLinkId = link.id;
        problemSetId = link.problemSetId;
        if (problemSetId)
          await tx.problemSetAssignment.upsert({
            where: { problemSetId_classroomId: { problemSetId, classroomId } },
            create: { problemSetId, classroomId },
            update: {},
          });
      }
    } else {
      if (user.role === "student")
        throw new LtiLaunchError("roles", "only instructors can add Stepwise content to a course.", "forbidden");
      const s = (c as DeepLinkingClaims)[CLAIM.deepLinkingSettings];
      deepLinkId = randomBytes(18).toString("base64url");
      await tx.ltiDeepLinkRequest.create({
        data: {
          id: deepLinkId,
          platformId: platform.id,
          userId: user.id,
          deploymentId: c[CLAIM.deploymentId],
          returnUrl: s.deep_link_return_url,
          data: s.data ?? null,
          withLineItem: Boolean(c[CLAIM.ags]),
          expiresAt: new Date(now.getTime() + 60 * 60 * 1000),
        },
      });
    }

    const sessionToken = newSessionToken();
    const sessionExpiresAt = new Date(now.getTime() + SESSION_DAYS * 24 * 3600 * 1000);
    await tx.authSession.create({
      data: { id: hashToken(sessionToken), userId: user.id, expiresAt: sessionExpiresAt },
    });

    const destination = deepLinkId
      ? `/lti/deep-link/${deepLinkId}`
      : user.role === "student"
        ? "/practice"
        : classroomId
          ? `/teach/classes/${classroomId}`
          : "/teach";
    return {
      userId: user.id,
      role: user.role as AcceptedLaunch["role"],
      classroomId,
      problemSetId,
      resourceLinkId,
      deepLinkId,
      sessionToken,
      sessionExpiresAt,
      destination,
      frameOrigins: frameOriginsOf(platform),
      hasRoster: Boolean(c[CLAIM.nrps]),
    };
  });
}
