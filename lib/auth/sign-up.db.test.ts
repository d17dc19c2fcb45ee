import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { type AppError, publicError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { translate } from "@/lib/i18n/translator";
import { testDatabase } from "@/tests/test-db";
import { registerStudent } from "./accounts";
import * as password from "./password";

// Wraps the real hashing so that the tests can see it ran on every path.
vi.mock("./password", async (importOriginal) => {
  const real = await importOriginal<typeof import("./password")>();
  return { ...real, hashPassword: vi.fn(real.hashPassword) };
});

let prisma: PrismaClient;

beforeAll(async () => {
  prisma = await testDatabase();
  const teacher = await prisma.user.create({
    data: { email: "t@example.test", name: "T", role: "teacher", passwordHash: "x" },
  });
  for (const joinCode of ["GOOD23", "FULL23", "OPEN23", "LANG23"]) {
    await prisma.classroom.create({ data: { name: joinCode, teacherId: teacher.id, joinCode } });
  }
});

afterEach(() => {
  for (const k of ["SIGNUP_MAX_JOIN_CODE_FAILURES", "SIGNUP_MAX_PER_JOIN_CODE"]) delete process.env[k];
  resetEnvForTests();
});

const student = (email: string, joinCode = "GOOD23", pw = "maple-river-stone") => ({
  name: "Kim",
  email,
  password: pw,
  joinCode,
});

function tally(results: PromiseSettledResult<unknown>[]) {
  const codes = results.map((r) => (r.status === "fulfilled" ? "ok" : (r.reason as AppError).code));
  return {
    limited: codes.filter((c) => c === "rate_limited").length,
    checked: codes.filter((c) => c !== "rate_limited").length,
  };
}

describe("sign-up with a taken email", () => {
  it("answers exactly as for a new email, hashes in both cases, and changes nothing", async () => {
    const hash = vi.mocked(password.hashPassword);
    hash.mockClear();
    const fresh = await registerStudent(prisma, student("fresh@example.test"), null);
    expect(fresh?.email).toBe("fresh@example.test");
    const before = await prisma.user.findUniqueOrThrow({ where: { email: "fresh@example.test" } });

    // The same email again (another password, another case): no error, no session user.
    const again = await registerStudent(prisma, student(" FRESH@example.test ", "OPEN23", "other-long-phrase"), null);
    expect(again).toBeNull();
    expect(hash).toHaveBeenCalledTimes(2);
    const after = await prisma.user.findUniqueOrThrow({ where: { email: "fresh@example.test" } });
    expect(after.passwordHash).toBe(before.passwordHash);
    const classes = await prisma.enrollment.findMany({ where: { studentId: after.id }, include: { classroom: true } });
    expect(classes.map((e) => e.classroom.joinCode)).toEqual(["GOOD23"]);
  });

  it("refuses the same weak password with the same message whether or not the email is taken", async () => {
    const taken = registerStudent(prisma, student("fresh@example.test", "GOOD23", "password1"), null);
    const unused = registerStudent(prisma, student("unused@example.test", "GOOD23", "password1"), null);
    const [a, b] = await Promise.allSettled([taken, unused]);
    expect(a.status).toBe("rejected");
    expect(b.status).toBe("rejected");
    expect((a as PromiseRejectedResult).reason.message).toBe((b as PromiseRejectedResult).reason.message);
  });
});

describe("sign-up limits", () => {
  it("checks at most 100 of 300 parallel wrong join codes from one address", async () => {
    const guesses = Array.from({ length: 300 }, (_, i) =>
      registerStudent(prisma, student(`g${i}@example.test`, `Z${String(i).padStart(5, "0")}`), "5.5.5.5"),
    );
    const { checked } = tally(await Promise.allSettled(guesses));
    expect(checked).toBeLessThanOrEqual(100);
    // Another address still signs up; a right code does not use up the address's allowance.
    await expect(registerStudent(prisma, student("other-addr@example.test"), "5.5.5.6")).resolves.toBeTruthy();
  });

  it("without a known address, all requests share one count of wrong join codes", async () => {
    process.env.SIGNUP_MAX_JOIN_CODE_FAILURES = "20";
    resetEnvForTests();
    const guesses = Array.from({ length: 100 }, (_, i) =>
      registerStudent(prisma, student(`h${i}@example.test`, `Y${String(i).padStart(5, "0")}`), null),
    );
    const { checked } = tally(await Promise.allSettled(guesses));
    expect(checked).toBeLessThanOrEqual(20);
  });

  it("limits attempts per email", async () => {
    const tries = Array.from({ length: 30 }, (_, i) =>
      registerStudent(prisma, student("same@example.test", `X${String(i).padStart(5, "0")}`), `7.7.7.${i}`),
    );
    const { checked } = tally(await Promise.allSettled(tries));
    expect(checked).toBeLessThanOrEqual(10);
  });

  it("limits sign-ups per join code", async () => {
    process.env.SIGNUP_MAX_PER_JOIN_CODE = "3";
    resetEnvForTests();
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        registerStudent(prisma, student(`full${i}@example.test`, "FULL23"), `8.8.8.${i}`),
      ),
    );
    expect(tally(results).checked).toBeLessThanOrEqual(3);
    const full = await prisma.classroom.findUniqueOrThrow({
      where: { joinCode: "FULL23" },
      include: { enrollments: true },
    });
    expect(full.enrollments.length).toBeLessThanOrEqual(3);
  });
});

describe("sign-up language", () => {
  // Each call from its own address: the tests above used up the shared unknown-address allowance.
  let n = 0;
  const address = () => `192.0.2.${++n}`;
  const as = (email: string, locale: unknown, over: Record<string, unknown> = {}) => ({
    ...student(email, "LANG23"),
    locale,
    ...over,
  });

  it.each([
    ["es", "es"],
    ["sv-SE", "sv"],
    ["ar", "ar"],
    ["en", "en"],
    ["de", null],
    ["", null],
    [undefined, null],
    [42, null],
  ])("a new student signing up from a page in %o keeps %o as their language", async (locale, stored) => {
    const email = `lang-${String(locale).toLowerCase()}-${Math.random().toString(36).slice(2)}@example.test`;
    const user = await registerStudent(prisma, as(email, locale), address());
    expect(user?.locale).toBe(stored);
    const row = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(row.locale).toBe(stored);
  });

  it("a taken email keeps its account's language (decision 011: the account is left as it was)", async () => {
    await registerStudent(prisma, as("kept@example.test", "sv"), address());
    expect(await registerStudent(prisma, as("kept@example.test", "es"), address())).toBeNull();
    const row = await prisma.user.findUniqueOrThrow({ where: { email: "kept@example.test" } });
    expect(row.locale).toBe("sv");
  });

  it.each([
    [{ name: "" }, "auth.errors.validation.name", /^Escribe tu nombre\.$/],
    [{ email: "not-an-email" }, "auth.errors.validation.email", /^Escribe un correo electrónico válido\.$/],
    [{ password: "short" }, "auth.errors.password.tooShort", /al menos 8 caracteres/],
    [{ password: "password" }, "auth.errors.password.common", /demasiado común/],
    [{ joinCode: "NOPE99" }, "auth.errors.badJoinCode", /ninguna clase abierta/],
    // zod's own message (no key of ours): in the page's language from the parse's error map.
    [{ name: "n".repeat(101) }, undefined, /^Demasiado grande/],
  ])("refuses %o in the page's language (key %s)", async (over, key, spanish) => {
    const email = `refused-${Math.random().toString(36).slice(2)}@example.test`;
    const e = (await registerStudent(prisma, as(email, "es", over), address()).catch((x) => x)) as AppError;
    expect(e.code).toBe("bad_request");
    expect(e.text?.key).toBe(key);
    expect(publicError(e, translate("es")).message).toMatch(spanish);
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });
});
