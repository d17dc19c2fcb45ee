import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDatabase } from "@/tests/test-db";
import { clearTokenCache, type Fetch } from "./ags";
import { nextLink, syncRoster } from "./nrps";

let prisma: PrismaClient;
let teacher: { id: string; role: "teacher" };
let classId: string;
let members: unknown[] = [];
const L = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

/** Two pages of members through the Link header, after a token. */
const lms: Fetch = async (input) => {
  const url = String(input);
  if (url === "https://lms.test/token") return Response.json({ access_token: "t", expires_in: 60 });
  if (url === "https://lms.test/members")
    return Response.json(
      { members: members.slice(0, 2) },
      { headers: { link: '<https://lms.test/members?p=2>; rel="next", <https://lms.test/members>; rel="first"' } },
    );
  if (url === "https://lms.test/members?p=2") return Response.json({ members: members.slice(2) });
  return new Response("no", { status: 404 });
};

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
  const t = await prisma.user.create({ data: { email: "t@x.test", name: "T", role: "teacher", passwordHash: "x" } });
  teacher = { id: t.id, role: "teacher" };
  classId = (await prisma.classroom.create({ data: { name: "C", teacherId: t.id, joinCode: "NRPS01" } })).id;
  await prisma.ltiContextLink.create({
    data: {
      platformId: platform.id,
      contextId: "ctx",
      classroomId: classId,
      membershipsUrl: "https://lms.test/members",
    },
  });
  // A student who joined with a code: never touched by the sync.
  const coded = await prisma.user.create({
    data: { email: "c@x.test", name: "Coded", role: "student", passwordHash: "x" },
  });
  await prisma.enrollment.create({ data: { classroomId: classId, studentId: coded.id } });
});

describe("NRPS roster sync", () => {
  it("reads rel=next", () => {
    expect(nextLink('<https://a.test/m?p=2>; rel="next"')).toBe("https://a.test/m?p=2");
    expect(nextLink('<https://a.test/m>; rel="first"')).toBeNull();
    expect(nextLink(null)).toBeNull();
  });

  it("enrolls the learners of every page (not instructors or inactive members), then removes those who left", async () => {
    members = [
      { user_id: "u1", roles: [`${L}Learner`], name: "Ann" },
      { user_id: "i1", roles: [`${L}Instructor`], name: "Teach" },
      { user_id: "u2", roles: [`${L}Learner`], given_name: "Bo", family_name: "B" },
      { user_id: "u3", roles: [`${L}Learner`], status: "Inactive" },
      { bogus: true },
    ];
    expect(await syncRoster(prisma, teacher, classId, { fetch: lms })).toEqual({
      added: 2,
      removed: 0,
      total: 2,
      teachersRemoved: 0,
    });
    const names = async () =>
      (await prisma.enrollment.findMany({ where: { classroomId: classId }, include: { student: true } }))
        .map((e) => e.student.name)
        .sort();
    expect(await names()).toEqual(["Ann", "Bo B", "Coded"]);
    members = [{ user_id: "u2", roles: [`${L}Learner`], name: "Bo B" }];
    clearTokenCache();
    expect(await syncRoster(prisma, teacher, classId, { fetch: lms })).toEqual({
      added: 0,
      removed: 1,
      total: 1,
      teachersRemoved: 0,
    });
    expect(await names()).toEqual(["Bo B", "Coded"]);
  });

  it("co-teachers who are no longer the course's instructors lose the class; its own teacher never does", async () => {
    const platformId = (await prisma.ltiPlatform.findFirstOrThrow({ where: { issuer: "https://lms.test" } })).id;
    const other = await prisma.ltiPlatform.create({
      data: {
        name: "Other",
        issuer: "https://other.test",
        clientId: "c",
        authEndpoint: "https://other.test/auth",
        tokenEndpoint: "https://other.test/token",
        jwksUrl: "https://other.test/jwks",
      },
    });
    const coTeacher = async (sub: string, onPlatform: string) => {
      const u = await prisma.user.create({
        data: { email: `${sub}-${onPlatform}@x.test`, name: sub, role: "teacher", passwordHash: "x" },
      });
      await prisma.ltiUserLink.create({ data: { platformId: onPlatform, sub, userId: u.id } });
      await prisma.classroomCoTeacher.create({ data: { classroomId: classId, teacherId: u.id } });
      return u.id;
    };
    const stays = await coTeacher("i1", platformId);
    const ta = await coTeacher("ta1", platformId);
    const left = await coTeacher("i9", platformId);
    const elsewhere = await coTeacher("i1", other.id);
    members = [
      { user_id: "u2", roles: [`${L}Learner`], name: "Bo B" },
      { user_id: "i1", roles: [`${L}Instructor`], name: "Teach" },
      { user_id: "ta1", roles: [`${L}Instructor`, `${L.slice(0, -1)}/Instructor#TeachingAssistant`], name: "TA" },
      { user_id: "i9", roles: [`${L}Instructor`], status: "Inactive" },
    ];
    // A roster without any instructor (empty, or learners only) takes nobody's class.
    const count = () => prisma.classroomCoTeacher.count({ where: { classroomId: classId } });
    for (const roster of [[], [{ user_id: "u2", roles: [`${L}Learner`], name: "Bo B" }]]) {
      members = roster;
      clearTokenCache();
      expect((await syncRoster(prisma, teacher, classId, { fetch: lms })).teachersRemoved).toBe(0);
      expect(await count()).toBe(4);
    }
    members = [
      { user_id: "u2", roles: [`${L}Learner`], name: "Bo B" },
      { user_id: "i1", roles: [`${L}Instructor`], name: "Teach" },
      { user_id: "ta1", roles: [`${L}Instructor`, `${L.slice(0, -1)}/Instructor#TeachingAssistant`], name: "TA" },
      { user_id: "i9", roles: [`${L}Instructor`], status: "Inactive" },
    ];
    clearTokenCache();
    const r = await syncRoster(prisma, teacher, classId, { fetch: lms });
    expect(r.teachersRemoved).toBe(1);
    const rows = await prisma.classroomCoTeacher.findMany({ where: { classroomId: classId } });
    expect(rows.map((c) => c.teacherId).sort()).toEqual([stays, ta, elsewhere].sort());
    expect(rows.map((c) => c.teacherId)).not.toContain(left);
    expect((await prisma.classroom.findUniqueOrThrow({ where: { id: classId } })).teacherId).toBe(teacher.id);
  });

  it("an LMS that refuses says so and changes nothing", async () => {
    const before = await prisma.enrollment.count();
    const refusing: Fetch = async (i) =>
      String(i).endsWith("/token") ? Response.json({ access_token: "t" }) : new Response("", { status: 401 });
    clearTokenCache();
    await expect(syncRoster(prisma, teacher, classId, { fetch: refusing })).rejects.toThrow(/refused the roster: 401/);
    expect(await prisma.enrollment.count()).toBe(before);
  });
});
