import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createSession } from "@/lib/auth/accounts";
import { request } from "@/lib/auth/testing/fake-request";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDatabase } from "@/tests/test-db";

vi.mock("@/lib/db/client", async () => (await import("@/lib/auth/testing/fake-request")).dbModule());
vi.mock("next/headers", async () => (await import("@/lib/auth/testing/fake-request")).headersModule());
vi.mock("next/navigation", async () => (await import("@/lib/auth/testing/fake-request")).navigationModule());

const { setLocaleAction } = await import("./actions");
const { requestLocale, LOCALE_COOKIE } = await import("@/lib/i18n/resolve-locale");
const { SESSION_COOKIE } = await import("@/lib/auth/current-user");

let prisma: PrismaClient;
let studentId: string;
let classId: string;

beforeAll(async () => {
  prisma = await testDatabase();
  request.db = prisma;
  const teacher = await prisma.user.create({
    data: { email: "t@example.test", name: "T", role: "teacher", passwordHash: "x" },
  });
  const student = await prisma.user.create({
    data: { email: "s@example.test", name: "S", role: "student", passwordHash: "x" },
  });
  studentId = student.id;
  const c = await prisma.classroom.create({ data: { name: "C", teacherId: teacher.id, joinCode: "LOCALE1" } });
  classId = c.id;
  await prisma.enrollment.create({ data: { classroomId: c.id, studentId } });
});

beforeEach(async () => {
  request.cookies.clear();
  request.headers = new Headers();
  await prisma.user.update({ where: { id: studentId }, data: { locale: null } });
  await prisma.classroom.update({ where: { id: classId }, data: { locale: null } });
});

async function signInAsStudent() {
  const { token } = await createSession(prisma, studentId);
  request.cookies.set(SESSION_COOKIE, token);
}

const form = (locale: string) => {
  const f = new FormData();
  f.set("locale", locale);
  return f;
};

describe("which language a request gets", () => {
  it("the user's setting, else the class's, else the cookie, else the browser's, else English", async () => {
    expect(await requestLocale()).toBe("en");
    request.headers = new Headers({ "accept-language": "fr-FR, es;q=0.8, en;q=0.5" });
    expect(await requestLocale()).toBe("es");
    request.cookies.set(LOCALE_COOKIE, "sv");
    expect(await requestLocale()).toBe("sv");
    await signInAsStudent();
    expect(await requestLocale()).toBe("sv");
    await prisma.classroom.update({ where: { id: classId }, data: { locale: "ar" } });
    expect(await requestLocale()).toBe("ar");
    // The user's own choice, through the app's action: it also makes every server forget the
    // signed-in user it cached (lib/auth/signed-in-cache.ts), so the next request reads it.
    await setLocaleAction(form("es"));
    expect(await requestLocale()).toBe("es");
  });

  it("an unsupported or malformed browser header is English", async () => {
    for (const h of ["de-DE", "*", "", "es;q=0", ";;;", "x".repeat(5000)]) {
      request.headers = new Headers({ "accept-language": h });
      expect(await requestLocale()).toBe("en");
    }
  });
});

describe("the language switcher", () => {
  it("saves a signed-in user's choice on the account and in the cookie", async () => {
    await signInAsStudent();
    await setLocaleAction(form("es"));
    expect((await prisma.user.findUniqueOrThrow({ where: { id: studentId } })).locale).toBe("es");
    expect(request.cookies.get(LOCALE_COOKIE)).toBe("es");
  });

  it("keeps a visitor's choice in a cookie only", async () => {
    await setLocaleAction(form("sv"));
    expect(request.cookies.get(LOCALE_COOKIE)).toBe("sv");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: studentId } })).locale).toBeNull();
  });

  it("an unknown language or a malformed submission changes nothing", async () => {
    await signInAsStudent();
    for (const bad of [form("xx"), form("ES"), form(""), null, undefined, "es", { locale: "es" }]) {
      await setLocaleAction(bad as FormData);
    }
    expect((await prisma.user.findUniqueOrThrow({ where: { id: studentId } })).locale).toBeNull();
    expect(request.cookies.has(LOCALE_COOKIE)).toBe(false);
  });
});
