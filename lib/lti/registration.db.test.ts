import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDatabase } from "@/tests/test-db";
import type { Fetch } from "./ags";
import { createRegistrationLink, dynamicRegister } from "./registration";

let prisma: PrismaClient;
let adminId: string;
const posted: { auth: string | null; body: Record<string, unknown> }[] = [];

/** A platform's openid-configuration and registration endpoints (Dynamic Registration 1.0 section 3). */
const lms: Fetch = async (input, init) => {
  const url = String(input);
  if (url === "https://moodle.test/openid-configuration")
    return Response.json({
      issuer: "https://moodle.test",
      authorization_endpoint: "https://moodle.test/auth",
      token_endpoint: "https://moodle.test/token",
      jwks_uri: "https://moodle.test/certs",
      registration_endpoint: "https://moodle.test/register",
      "https://purl.imsglobal.org/spec/lti-platform-configuration": { product_family_code: "moodle" },
    });
  if (url === "https://moodle.test/register") {
    posted.push({ auth: new Headers(init?.headers).get("authorization"), body: JSON.parse(String(init?.body)) });
    return Response.json({
      client_id: "moodle-client-9",
      "https://purl.imsglobal.org/spec/lti-tool-configuration": { deployment_id: "7" },
    });
  }
  return new Response("no", { status: 404 });
};

beforeAll(async () => {
  prisma = await testDatabase();
  adminId = (await prisma.user.create({ data: { email: "a@x.test", name: "A", role: "admin", passwordHash: "x" } })).id;
});

const tokenOf = (link: string) => new URL(link).searchParams.get("t") ?? "";
const params = (t: string) => ({
  t,
  openid_configuration: "https://moodle.test/openid-configuration",
  registration_token: "reg-token-1",
});

describe("dynamic registration", () => {
  it("without an admin-issued link nobody registers, and nothing is fetched or stored", async () => {
    await expect(dynamicRegister(prisma, params("x".repeat(32)), "https://tool.test", { fetch: lms })).rejects.toThrow(
      /unknown, used or expired/,
    );
    await expect(
      dynamicRegister(
        prisma,
        { openid_configuration: "https://moodle.test/openid-configuration" },
        "https://tool.test",
        {
          fetch: lms,
        },
      ),
    ).rejects.toThrow(/registration link/);
    expect(posted).toHaveLength(0);
    expect(await prisma.ltiPlatform.count()).toBe(0);
  });

  it("registers the platform with client and deployment id; the link works once", async () => {
    const link = await createRegistrationLink(prisma, adminId, "https://tool.test");
    const r = await dynamicRegister(prisma, params(tokenOf(link)), "https://tool.test", { fetch: lms });
    expect(r.deploymentId).toBe("7");
    const p = await prisma.ltiPlatform.findUniqueOrThrow({
      where: { id: r.platformId },
      include: { deployments: true },
    });
    expect(p).toMatchObject({
      issuer: "https://moodle.test",
      clientId: "moodle-client-9",
      authEndpoint: "https://moodle.test/auth",
      tokenEndpoint: "https://moodle.test/token",
      jwksUrl: "https://moodle.test/certs",
    });
    expect(p.deployments.map((d) => d.deploymentId)).toEqual(["7"]);
    expect(posted[0]?.auth).toBe("Bearer reg-token-1");
    expect(posted[0]?.body).toMatchObject({
      initiate_login_uri: "https://tool.test/api/lti/login",
      redirect_uris: ["https://tool.test/api/lti/launch"],
      jwks_uri: "https://tool.test/api/lti/jwks",
      token_endpoint_auth_method: "private_key_jwt",
    });
    await expect(dynamicRegister(prisma, params(tokenOf(link)), "https://tool.test", { fetch: lms })).rejects.toThrow(
      /unknown, used or expired/,
    );
    expect(await prisma.ltiPlatform.count()).toBe(1);
  });

  it("an expired link is refused", async () => {
    const link = await createRegistrationLink(
      prisma,
      adminId,
      "https://tool.test",
      new Date(Date.now() - 2 * 86_400_000),
    );
    await expect(dynamicRegister(prisma, params(tokenOf(link)), "https://tool.test", { fetch: lms })).rejects.toThrow(
      /expired/,
    );
  });
});
