import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDatabase } from "@/tests/test-db";
import { deletePlatform, listPlatforms, type PlatformInput, savePlatform } from "./platforms";

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await testDatabase();
});

const good: PlatformInput = {
  name: "Canvas",
  issuer: "https://canvas.test",
  clientId: "1000001",
  authEndpoint: "https://canvas.test/api/lti/authorize_redirect",
  tokenEndpoint: "https://canvas.test/login/oauth2/token",
  jwksUrl: "https://canvas.test/api/lti/security/jwks",
  deploymentIds: "1:abc\n2:def, 2:def",
  frameOrigins: "",
};

describe("savePlatform", () => {
  it("creates, edits (deployments replaced) and deletes", async () => {
    const id = await savePlatform(prisma, good);
    let [p] = await listPlatforms(prisma);
    expect(p?.deployments.map((d) => d.deploymentId)).toEqual(["1:abc", "2:def"]);
    await savePlatform(prisma, { ...good, id, name: "Canvas 2", deploymentIds: "2:def 3:ghi" });
    [p] = await listPlatforms(prisma);
    expect(p?.name).toBe("Canvas 2");
    expect(p?.deployments.map((d) => d.deploymentId).sort()).toEqual(["2:def", "3:ghi"]);
    await deletePlatform(prisma, id);
    expect(await prisma.ltiDeployment.count()).toBe(0);
  });

  it.each([
    ["no deployment", { deploymentIds: "  " }, /deployment/],
    ["not a URL", { jwksUrl: "canvas/jwks" }, /jwksUrl/],
    ["javascript URL", { authEndpoint: "javascript:alert(1)" }, /authEndpoint/],
    ["empty name", { name: " " }, /name/],
    ["bad frame origin", { frameOrigins: "https://a.test/path" }, /frameOrigins/],
  ])("refuses %s and writes nothing", async (_, change, message) => {
    await expect(savePlatform(prisma, { ...good, ...change })).rejects.toThrow(message);
    expect(await prisma.ltiPlatform.count()).toBe(0);
  });

  it("refuses a second registration of the same issuer + client id", async () => {
    await savePlatform(prisma, good);
    await expect(savePlatform(prisma, { ...good, name: "Again" })).rejects.toThrow(/already registered/);
    expect(await prisma.ltiPlatform.count()).toBe(1);
  });
});
