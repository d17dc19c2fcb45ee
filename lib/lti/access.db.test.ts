import { beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { actAs, type Cast, seedCast, useDatabase } from "@/lib/security/route-harness";
import { testDatabase } from "@/tests/test-db";

vi.mock("@/lib/db/client", async () => (await import("@/lib/security/route-harness")).dbModule());
vi.mock("next/headers", async () => (await import("@/lib/security/route-harness")).headersModule());
vi.mock("next/cache", async () => (await import("@/lib/security/route-harness")).cacheModule());
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const admin = await import("@/app/admin/lti/actions");
const teach = await import("@/app/teach/classes/[classId]/lti/actions");
const { loadLtiStatus } = await import("./class-status");
const { syncRoster } = await import("./nrps");

let prisma: PrismaClient;
let cast: Cast;
let otherTeacher: { id: string };

beforeAll(async () => {
  prisma = await testDatabase();
  useDatabase(prisma);
  cast = await seedCast(prisma);
  otherTeacher = await prisma.user.create({
    data: { email: "t2@x.test", name: "T2", role: "teacher", passwordHash: "x" },
  });
});

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

const platform = {
  name: "LMS",
  issuer: "https://lms.test",
  clientId: "c1",
  authEndpoint: "https://lms.test/auth",
  tokenEndpoint: "https://lms.test/token",
  jwksUrl: "https://lms.test/jwks",
  deploymentIds: "d1",
  frameOrigins: "",
};

describe("who may manage LTI", () => {
  it.each(["student", "teacher"] as const)(
    "a %s cannot register a platform, make a registration link or rotate keys",
    async (who) => {
      actAs(cast[who].token);
      expect((await admin.savePlatformAction({}, form(platform))).error).toBeTruthy();
      expect((await admin.rotateKeyAction({}, form({}))).error).toBeTruthy();
      expect((await admin.registrationLinkAction({}, form({}))).error).toBeTruthy();
      expect(await prisma.ltiPlatform.count()).toBe(0);
      expect(await prisma.ltiRegistrationToken.count()).toBe(0);
      expect(await prisma.ltiToolKey.count()).toBe(0);
    },
  );

  it("anonymous cannot either; an admin can", async () => {
    actAs(null);
    expect((await admin.savePlatformAction({}, form(platform))).error).toBeTruthy();
    actAs(cast.admin.token);
    expect((await admin.savePlatformAction({}, form(platform))).ok).toBeTruthy();
    expect(await prisma.ltiPlatform.count()).toBe(1);
  });

  it("a student cannot read a class's LTI status or use its actions", async () => {
    await expect(loadLtiStatus(prisma, { id: cast.student.id, role: "student" }, cast.classId)).rejects.toThrow(
      /access/,
    );
    actAs(cast.student.token);
    expect((await teach.resendAction({}, form({ classId: cast.classId }))).error).toBeTruthy();
    expect((await teach.syncRosterAction({}, form({ classId: cast.classId }))).error).toBeTruthy();
  });

  it("another teacher's class is not found: status, send again, grade mode, roster", async () => {
    const b = { id: otherTeacher.id, role: "teacher" as const };
    await expect(loadLtiStatus(prisma, b, cast.classId)).rejects.toThrow(/doesn't exist/);
    await expect(syncRoster(prisma, b, cast.classId)).rejects.toThrow(/doesn't exist/);
    const own = await loadLtiStatus(prisma, { id: cast.teacher.id, role: "teacher" }, cast.classId);
    expect(own.cls.id).toBe(cast.classId);
  });
});
