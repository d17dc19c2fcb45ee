import { createLocalJWKSet, jwtVerify } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDatabase } from "@/tests/test-db";
import { activeKey, GRACE_MS, publicJwks, rotateKey, signWithToolKey } from "./keys";

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await testDatabase();
});

describe("tool keys", () => {
  it("reading the JWK Set writes nothing; the first key is made on demand (once, even when asked twice at once) and published without its private part", async () => {
    expect((await publicJwks(prisma)).keys).toEqual([]);
    expect(await prisma.ltiToolKey.count()).toBe(0);
    const [a, b] = await Promise.all([activeKey(prisma), activeKey(prisma)]);
    expect(b.kid).toBe(a.kid);
    expect(await prisma.ltiToolKey.count()).toBe(1);
    const { keys } = await publicJwks(prisma);
    expect(keys.map((k) => k.kid)).toEqual([a.kid]);
    for (const field of ["d", "p", "q", "dp", "dq", "qi"]) expect(keys[0]).not.toHaveProperty(field);
  });

  it("rotation: the new key signs, the old one stays published for the grace period, then goes", async () => {
    const before = (await publicJwks(prisma)).keys[0]?.kid;
    const oldToken = await signWithToolKey(prisma, { x: 1 }, { issuer: "c", audience: "p" });
    const now = new Date();
    const kid = await rotateKey(prisma, now);
    const jwks = await publicJwks(prisma, now);
    expect(jwks.keys.map((k) => k.kid)).toEqual([kid, before]);
    // A token signed by the old key still verifies against the published set; a new one by the new key.
    await expect(jwtVerify(oldToken, createLocalJWKSet(jwks))).resolves.toBeTruthy();
    const newToken = await signWithToolKey(prisma, { x: 2 }, { issuer: "c", audience: "p" });
    const { protectedHeader } = await jwtVerify(newToken, createLocalJWKSet(jwks));
    expect(protectedHeader.kid).toBe(kid);
    const later = await publicJwks(prisma, new Date(now.getTime() + GRACE_MS + 1000));
    expect(later.keys.map((k) => k.kid)).toEqual([kid]);
  });
});
