import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from "jose";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The tool's signing keys (Security Framework 1.0 section 6: the tool publishes its public keys as
 * a JWK Set). RS256 key pairs made by jose (no hand-written crypto). One key is active and signs
 * client assertions and deep-linking responses; a rotated-out key stays in the JWK Set for
 * GRACE_MS so tokens it signed moments ago still verify at the platform.
 */
export const ALG = "RS256";
export const GRACE_MS = 24 * 60 * 60 * 1000;

async function newKey(prisma: PrismaClient | Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0]) {
  const { publicKey, privateKey } = await generateKeyPair(ALG, { extractable: true, modulusLength: 2048 });
  const kid = randomUUID();
  const pub = { ...(await exportJWK(publicKey)), kid, alg: ALG, use: "sig" };
  const priv = { ...(await exportJWK(privateKey)), kid, alg: ALG };
  await prisma.ltiToolKey.create({ data: { kid, publicJwk: pub, privateJwk: priv, active: true } });
  return { kid, privateJwk: priv as JWK };
}

/** The active key; the first one is made on demand (two racing callers: one wins, both use it). */
export async function activeKey(prisma: PrismaClient): Promise<{ kid: string; privateJwk: JWK }> {
  const found = await prisma.ltiToolKey.findFirst({ where: { active: true }, orderBy: { createdAt: "desc" } });
  if (found) return { kid: found.kid, privateJwk: found.privateJwk as JWK };
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(1843)`;
    const again = await tx.ltiToolKey.findFirst({ where: { active: true } });
    if (again) return { kid: again.kid, privateJwk: again.privateJwk as JWK };
    return newKey(tx);
  });
}

/** Admin "rotate key": a new active key; the old one is retired (still published for GRACE_MS). */
export async function rotateKey(prisma: PrismaClient, now = new Date(), actorId?: string): Promise<string> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(1843)`;
    await tx.ltiToolKey.updateMany({ where: { active: true }, data: { active: false, retiredAt: now } });
    const { kid } = await newKey(tx);
    if (actorId)
      await tx.auditLog.create({
        data: { actorId, action: "lti.key.rotate", entityType: "LtiToolKey", entityId: kid, details: { kid } },
      });
    return kid;
  });
}

/**
 * GET /api/lti/jwks: public halves of the active key and of keys retired less than GRACE_MS ago.
 * Reads only (a GET writes nothing): the server makes the first key when it starts
 * (instrumentation.ts), and signing makes it on demand, so every key that signed is published.
 */
export async function publicJwks(prisma: PrismaClient, now = new Date()): Promise<{ keys: JWK[] }> {
  const rows = await prisma.ltiToolKey.findMany({
    where: { OR: [{ active: true }, { retiredAt: { gt: new Date(now.getTime() - GRACE_MS) } }] },
    orderBy: { createdAt: "desc" },
    select: { publicJwk: true },
  });
  return { keys: rows.map((r) => r.publicJwk as JWK) };
}

/** Signs a JWT with the active key (kid in the header). */
export async function signWithToolKey(
  prisma: PrismaClient,
  payload: Record<string, unknown>,
  opts: { issuer: string; audience: string; subject?: string; expiresIn?: string },
): Promise<string> {
  const { kid, privateJwk } = await activeKey(prisma);
  const key = await importJWK(privateJwk, ALG);
  let jwt = new SignJWT(payload)
    .setProtectedHeader({ alg: ALG, kid, typ: "JWT" })
    .setIssuer(opts.issuer)
    .setAudience(opts.audience)
    .setIssuedAt()
    .setJti(randomUUID())
    .setExpirationTime(opts.expiresIn ?? "5m");
  if (opts.subject) jwt = jwt.setSubject(opts.subject);
  return jwt.sign(key);
}
