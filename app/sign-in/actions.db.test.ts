import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { request, submit } from "@/lib/auth/testing/fake-request";
import { resetEnvForTests } from "@/lib/env";
import { testDatabase } from "@/tests/test-db";

vi.mock("@/lib/db/client", async () => (await import("@/lib/auth/testing/fake-request")).dbModule());
vi.mock("next/headers", async () => (await import("@/lib/auth/testing/fake-request")).headersModule());
vi.mock("next/navigation", async () => (await import("@/lib/auth/testing/fake-request")).navigationModule());

const { signInAction } = await import("./actions");

beforeAll(async () => {
  const prisma = await testDatabase();
  request.db = prisma;
  await prisma.user.create({
    data: {
      email: "kim@example.test",
      name: "Kim",
      role: "student",
      passwordHash: await hashPassword("right-password"),
    },
  });
});

afterEach(() => {
  delete process.env.TRUSTED_PROXY_HOPS;
  resetEnvForTests();
});

const error = (pattern: RegExp) => ({ state: expect.objectContaining({ error: expect.stringMatching(pattern) }) });

describe("signInAction", () => {
  it("signs in and redirects home", async () => {
    const r = await submit(signInAction, { email: "kim@example.test", password: "right-password" });
    expect(r).toEqual({ outcome: { redirect: "/practice" }, signedIn: true });
  });

  it("behind one proxy, the address is the one the proxy appended, not the client's first value", async () => {
    process.env.TRUSTED_PROXY_HOPS = "1";
    resetEnvForTests();
    // 50 wrong passwords for 50 emails, each with a new forged first value: one address to us.
    for (let i = 0; i < 50; i++) {
      const r = await submit(
        signInAction,
        { email: `spray-${i}@example.test`, password: "Winter2026!" },
        { "x-forwarded-for": `10.9.${i}.1, 203.0.113.5` },
      );
      expect(r.outcome).toEqual(error(/don't match/));
    }
    const blocked = await submit(
      signInAction,
      { email: "kim@example.test", password: "right-password" },
      { "x-forwarded-for": "10.9.99.1, 203.0.113.5" },
    );
    expect(blocked).toEqual({ outcome: error(/Too many failed sign-in attempts/), signedIn: false });
    // Another client behind the same proxy is not affected.
    const other = await submit(
      signInAction,
      { email: "kim@example.test", password: "right-password" },
      { "x-forwarded-for": "203.0.113.6" },
    );
    expect(other.signedIn).toBe(true);
  });

  it("without a trusted proxy a new X-Forwarded-For value per request does not get past the email's limit", async () => {
    for (let i = 0; i < 5; i++) {
      const r = await submit(
        signInAction,
        { email: "kim@example.test", password: `wrong-${i}` },
        { "x-forwarded-for": `198.51.100.${i}` },
      );
      expect(r.outcome).toEqual(error(/don't match/));
    }
    const r = await submit(
      signInAction,
      { email: "kim@example.test", password: "right-password" },
      { "x-forwarded-for": "198.51.100.77" },
    );
    expect(r).toEqual({ outcome: error(/Too many failed sign-in attempts/), signedIn: false });
  });

  it.each([
    [{ email: "nobody@example.test", password: "wrong" }, "es", /^Ese correo y esa contraseña no coinciden/],
    [{ email: "", password: "x" }, "es", /^Escribe un correo electrónico válido\.$/],
    [{ email: "nobody2@example.test", password: "wrong" }, "sv", /^E-postadressen och lösenordet stämmer inte/],
    [{ email: "nobody3@example.test", password: "wrong" }, "en", /^That email and password don't match/],
  ])("answers %o in the browser's language (%s)", async (fields, language, pattern) => {
    const r = await submit(signInAction, fields, { "accept-language": language });
    expect(r).toEqual({ outcome: error(pattern), signedIn: false });
  });
});
