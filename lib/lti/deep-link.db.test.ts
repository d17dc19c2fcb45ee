import { createLocalJWKSet, jwtVerify } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDatabase } from "@/tests/test-db";
import { buildDeepLinkResponse, DL } from "./deep-link";
import { publicJwks } from "./keys";

let prisma: PrismaClient;
let teacher: { id: string };
let stranger: { id: string };
let setId: string;

beforeAll(async () => {
  prisma = await testDatabase();
  const platform = await prisma.ltiPlatform.create({
    data: {
      name: "LMS",
      issuer: "https://lms.test",
      clientId: "c",
      authEndpoint: "https://lms.test/auth",
      tokenEndpoint: "https://lms.test/token",
      jwksUrl: "https://lms.test/jwks",
    },
  });
  teacher = await prisma.user.create({ data: { email: "t@x.test", name: "T", role: "teacher", passwordHash: "x" } });
  stranger = await prisma.user.create({ data: { email: "u@x.test", name: "U", role: "teacher", passwordHash: "x" } });
  setId = (await prisma.problemSet.create({ data: { key: "ratios", title: "Ratios", status: "published" } })).id;
  await prisma.ltiDeepLinkRequest.create({
    data: {
      id: "request-0001",
      platformId: platform.id,
      userId: teacher.id,
      deploymentId: "d1",
      returnUrl: "https://lms.test/dl-return",
      data: "opaque",
      withLineItem: true,
      expiresAt: new Date(Date.now() + 60_000),
    },
  });
});

describe("deep linking response", () => {
  it("another teacher cannot answer someone's request", async () => {
    await expect(
      buildDeepLinkResponse(
        prisma,
        stranger.id,
        { requestId: "request-0001", problemSetId: setId },
        "https://tool.test",
      ),
    ).rejects.toThrow(/expired or was already answered/);
  });

  it("signs a response with one ltiResourceLink naming the set, with a line item; single use", async () => {
    const r = await buildDeepLinkResponse(
      prisma,
      teacher.id,
      { requestId: "request-0001", problemSetId: setId },
      "https://tool.test",
    );
    expect(r.returnUrl).toBe("https://lms.test/dl-return");
    const { payload, protectedHeader } = await jwtVerify(r.jwt, createLocalJWKSet(await publicJwks(prisma)), {
      issuer: "c",
      audience: "https://lms.test",
    });
    expect(protectedHeader.kid).toBeTruthy();
    expect(payload["https://purl.imsglobal.org/spec/lti/claim/message_type"]).toBe("LtiDeepLinkingResponse");
    expect(payload["https://purl.imsglobal.org/spec/lti/claim/deployment_id"]).toBe("d1");
    expect(payload[`${DL}data`]).toBe("opaque");
    expect(payload[`${DL}content_items`]).toEqual([
      {
        type: "ltiResourceLink",
        title: "Ratios",
        url: "https://tool.test/api/lti/launch",
        custom: { stepwise_set: "ratios" },
        lineItem: { scoreMaximum: 1, label: "Ratios", resourceId: "ratios" },
      },
    ]);
    await expect(
      buildDeepLinkResponse(
        prisma,
        teacher.id,
        { requestId: "request-0001", problemSetId: setId },
        "https://tool.test",
      ),
    ).rejects.toThrow(/already answered/);
  });
});
