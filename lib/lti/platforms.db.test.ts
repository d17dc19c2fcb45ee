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

  it("writes who registered, edited and removed a platform to the audit log, with the change", async () => {
    const admin = await prisma.user.create({
      data: { email: "audit-admin@test.example", name: "Ada", role: "admin", passwordHash: "x" },
    });
    const id = await savePlatform(prisma, { ...good, issuer: "https://audit.test" }, admin.id);
    await savePlatform(prisma, { ...good, issuer: "https://audit.test", id, name: "Renamed" }, admin.id);
    await deletePlatform(prisma, id, admin.id);
    const log = await prisma.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(log.map((e) => [e.action, e.actorId, (e.details as { name: string }).name])).toEqual([
      ["lti.platform.create", admin.id, "Canvas"],
      ["lti.platform.update", admin.id, "Renamed"],
      ["lti.platform.delete", admin.id, "Renamed"],
    ]);
    // A refused save writes no audit entry either (one transaction).
    await expect(savePlatform(prisma, { ...good, jwksUrl: "nope" }, admin.id)).rejects.toThrow(/jwksUrl/);
    expect(await prisma.auditLog.count({ where: { entityType: "LtiPlatform" } })).toBe(3);
  });

  it("refuses a second registration of the same issuer + client id", async () => {
    await savePlatform(prisma, good);
    await expect(savePlatform(prisma, { ...good, name: "Again" })).rejects.toThrow(/already registered/);
    expect(await prisma.ltiPlatform.count()).toBe(1);
  });
});
