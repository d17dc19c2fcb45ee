import { beforeAll, describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDatabase } from "@/tests/test-db";
import {
  authenticate,
  createSession,
  createStaffUser,
  deleteSession,
  registerStudent,
  signedInForTokenHash,
  userForSessionToken,
} from "./accounts";
import { hashPassword } from "./password";
import { hashToken } from "./tokens";

let prisma: PrismaClient;
let classroomId: string;

beforeAll(async () => {
  prisma = await testDatabase();
  const teacher = await prisma.user.create({
    data: { email: "t@example.test", name: "T", role: "teacher", passwordHash: await hashPassword("teacher-pass") },
  });
  classroomId = (await prisma.classroom.create({ data: { name: "7A", teacherId: teacher.id, joinCode: "ABC234" } })).id;
  await prisma.classroom.create({
    data: { name: "Old", teacherId: teacher.id, joinCode: "OLD234", archivedAt: new Date() },
  });
});

describe("registerStudent", () => {
  it("creates a student enrolled in the class of the join code (code typed loosely)", async () => {
    const user = await registerStudent(prisma, {
      name: "Ana",
      email: " Ana@Example.test ",
      password: "long-enough",
      joinCode: "abc-234",
    });
    expect(user).toMatchObject({ email: "ana@example.test", role: "student" });
    const enrolled = await prisma.enrollment.findMany({ where: { studentId: user?.id } });
    expect(enrolled.map((e) => e.classroomId)).toEqual([classroomId]);
  });

  it.each([
    [{ name: "B", email: "b@example.test", password: "long-enough", joinCode: "NOPE99" }, /join code/],
    [{ name: "B", email: "b@example.test", password: "long-enough", joinCode: "OLD234" }, /join code/],
    [{ name: "B", email: "not-an-email", password: "long-enough", joinCode: "ABC234" }, /valid email/],
    [{ name: "B", email: "b@example.test", password: "short", joinCode: "ABC234" }, /8 characters/],
    [{ name: "", email: "b@example.test", password: "long-enough", joinCode: "ABC234" }, /name/],
    // Password policy (NIST 800-63B): common and breached passwords, blanks, the email itself.
    [{ name: "B", email: "b@example.test", password: "12345678", joinCode: "ABC234" }, /too common/],
    [{ name: "B", email: "b@example.test", password: "password", joinCode: "ABC234" }, /too common/],
    [{ name: "B", email: "b@example.test", password: "        ", joinCode: "ABC234" }, /only spaces/],
    [{ name: "B", email: "b@example.test", password: "B@Example.test", joinCode: "ABC234" }, /email address/],
    // Everything empty: the first field of the form (the join code) is named first, not the name.
    [{ name: "", email: "", password: "", joinCode: "" }, /join code/],
  ])("refuses %o with a clear message and writes nothing", async (input, message) => {
    const before = await prisma.user.count();
    await expect(registerStudent(prisma, input)).rejects.toThrow(message);
    expect(await prisma.user.count()).toBe(before);
  });
});

describe("authenticate", () => {
  beforeAll(async () => {
    await prisma.user.create({
      data: {
        email: "sam@example.test",
        name: "Sam",
        role: "student",
        passwordHash: await hashPassword("right-password"),
      },
    });
  });

  it("signs in with the right password, whatever the email's case", async () => {
    const user = await authenticate(prisma, { email: "SAM@example.test", password: "right-password" }, "1.1.1.1");
    expect(user.name).toBe("Sam");
  });

  it("refuses a wrong password and an unknown email with the same message", async () => {
    await expect(authenticate(prisma, { email: "sam@example.test", password: "nope" }, "1.1.1.2")).rejects.toThrow(
      "That email and password don't match an account.",
    );
    await expect(authenticate(prisma, { email: "who@example.test", password: "nope" }, "1.1.1.2")).rejects.toThrow(
      "That email and password don't match an account.",
    );
  });

  it("rate limits an email after 5 failures, even with the right password then", async () => {
    const user = await prisma.user.create({
      data: {
        email: "rl@example.test",
        name: "R",
        role: "student",
        passwordHash: await hashPassword("right-password"),
      },
    });
    for (let i = 0; i < 5; i++) {
      await expect(authenticate(prisma, { email: user.email, password: `wrong-${i}` }, "9.9.9.9")).rejects.toThrow(
        /don't match/,
      );
    }
    await expect(
      authenticate(prisma, { email: user.email, password: "right-password" }, "9.9.9.9"),
    ).rejects.toMatchObject({
      code: "rate_limited",
    });
    // Another account is not affected by this one's failures.
    await expect(
      authenticate(prisma, { email: "sam@example.test", password: "right-password" }, "8.8.8.8"),
    ).resolves.toBeTruthy();
  });
});

describe("authenticate under parallel guessing", () => {
  async function guessAll(email: string, passwords: string[], address: string | null) {
    const results = await Promise.allSettled(
      passwords.map((password) => authenticate(prisma, { email, password }, address)),
    );
    const codes = results.map((r) => (r.status === "fulfilled" ? "signed-in" : (r.reason as { code?: string }).code));
    return {
      checked: codes.filter((c) => c !== "rate_limited").length,
      signedIn: codes.filter((c) => c === "signed-in").length,
    };
  }

  it("checks at most 5 of 100 parallel wrong guesses, and refuses the right password as guess 40", async () => {
    const user = await prisma.user.create({
      data: {
        email: "par@example.test",
        name: "P",
        role: "student",
        passwordHash: await hashPassword("right-password"),
      },
    });
    const guesses = Array.from({ length: 100 }, (_, i) => (i === 39 ? "right-password" : `wrong-${i}`));
    // A new forged address per request makes no difference: the per-email count is shared.
    const { checked, signedIn } = await guessAll(user.email, guesses, null);
    expect(checked).toBeLessThanOrEqual(5);
    expect(signedIn).toBe(0);
    await expect(
      authenticate(prisma, { email: user.email, password: "right-password" }, "4.4.4.4"),
    ).rejects.toMatchObject({ code: "rate_limited" });
  });

  it("limits one address across many emails (10x the email limit) when the address is known", async () => {
    const emails = Array.from({ length: 80 }, (_, i) => `spray-${i}@example.test`);
    const results = await Promise.allSettled(
      emails.map((email) => authenticate(prisma, { email, password: "Winter2026!" }, "6.6.6.6")),
    );
    const checked = results.filter((r) => r.status === "rejected" && (r.reason as AppError).code !== "rate_limited");
    expect(checked.length).toBeLessThanOrEqual(50);
    // Another address is not affected.
    await expect(
      authenticate(prisma, { email: "sam@example.test", password: "right-password" }, "6.6.6.7"),
    ).resolves.toBeTruthy();
  });

  it("a successful sign-in clears the email's count and does not use up the address's", async () => {
    const user = await prisma.user.create({
      data: {
        email: "ok@example.test",
        name: "O",
        role: "student",
        passwordHash: await hashPassword("right-password"),
      },
    });
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) {
        await expect(authenticate(prisma, { email: user.email, password: "typo" }, "3.3.3.3")).rejects.toThrow(
          /don't match/,
        );
      }
      await expect(
        authenticate(prisma, { email: user.email, password: "right-password" }, "3.3.3.3"),
      ).resolves.toBeTruthy();
    }
    // A classroom behind one address: 45 students signing in at the same moment are all let in
    // (attempts in flight count until they succeed), and leave the address's count at zero.
    const passwordHash = await hashPassword("class-password");
    const emails = Array.from({ length: 45 }, (_, i) => `pupil-${i}@example.test`);
    await prisma.user.createMany({
      data: emails.map((email) => ({ email, name: email, role: "student" as const, passwordHash })),
    });
    const many = await Promise.allSettled(
      emails.map((email) => authenticate(prisma, { email, password: "class-password" }, "2.2.2.2")),
    );
    expect(many.filter((r) => r.status === "rejected")).toHaveLength(0);
    const address = await prisma.authRateLimit.findMany({ where: { key: "signin:addr:2.2.2.2" } });
    expect(address.reduce((sum, r) => sum + r.count, 0)).toBe(0);
  });
});

describe("sessions", () => {
  it("finds the user by the cookie token, not by its stored hash, and forgets it on sign-out", async () => {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "sam@example.test" } });
    const { token } = await createSession(prisma, user.id);
    expect((await userForSessionToken(prisma, token))?.id).toBe(user.id);
    const stored = await prisma.authSession.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.id).not.toBe(token);
    expect(await userForSessionToken(prisma, stored.id)).toBeNull();
    await deleteSession(prisma, token);
    expect(await userForSessionToken(prisma, token)).toBeNull();
  });

  it("ignores an expired session", async () => {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "sam@example.test" } });
    const { token } = await createSession(prisma, user.id);
    await prisma.authSession.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await userForSessionToken(prisma, token)).toBeNull();
  });

  it("reads the user, the session's end and whether the user came from an LMS in one statement", async () => {
    const plain = await prisma.user.create({
      data: { email: "plain@example.test", name: "Plain", role: "student", passwordHash: "x", locale: "sv" },
    });
    const fromLms = await prisma.user.create({
      data: { email: "lms@example.test", name: "Lms", role: "student", passwordHash: "x" },
    });
    const platform = await prisma.ltiPlatform.create({
      data: {
        name: "P",
        issuer: "https://lms.example",
        clientId: "c",
        authEndpoint: "https://lms.example/auth",
        tokenEndpoint: "https://lms.example/token",
        jwksUrl: "https://lms.example/jwks",
      },
    });
    await prisma.ltiUserLink.create({ data: { platformId: platform.id, sub: "s-1", userId: fromLms.id } });
    const a = await createSession(prisma, plain.id);
    const b = await createSession(prisma, fromLms.id);
    const statements: string[] = [];
    const counted = prisma.$extends({
      query: {
        $allOperations: async ({ args, query, operation }) => {
          statements.push(operation);
          return query(args);
        },
      },
    }) as unknown as PrismaClient;
    const found = await signedInForTokenHash(counted, hashToken(a.token));
    expect(statements).toEqual(["$queryRaw"]);
    expect(found).toEqual({
      user: {
        id: plain.id,
        email: "plain@example.test",
        name: "Plain",
        role: "student",
        locale: "sv",
        mustChangePassword: false,
      },
      expiresAt: a.expiresAt,
      ltiLinked: false,
    });
    expect((await signedInForTokenHash(prisma, hashToken(b.token)))?.ltiLinked).toBe(true);
    expect(await signedInForTokenHash(prisma, hashToken("no-such-token"))).toBeNull();
  });
});

describe("createStaffUser", () => {
  it("lets an admin create a teacher, recorded in the audit log", async () => {
    const admin = await prisma.user.create({
      data: { email: "admin@example.test", name: "Ad", role: "admin", passwordHash: "x" },
    });
    const t = await createStaffUser(prisma, admin, {
      name: "New T",
      email: "newt@example.test",
      password: "long-enough",
      role: "teacher",
    });
    expect(t.role).toBe("teacher");
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: t.id } });
    expect(audit).toMatchObject({ actorId: admin.id, action: "user.create" });
  });

  it("refuses anyone but an admin, and a student role", async () => {
    const teacher = await prisma.user.findUniqueOrThrow({ where: { email: "t@example.test" } });
    await expect(
      createStaffUser(prisma, teacher, { name: "X", email: "x@example.test", password: "long-enough", role: "admin" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.test" } });
    await expect(
      createStaffUser(prisma, admin, { name: "X", email: "x@example.test", password: "long-enough", role: "student" }),
    ).rejects.toMatchObject({ code: "bad_request" });
    expect(await prisma.user.count({ where: { email: "x@example.test" } })).toBe(0);
  });
});
