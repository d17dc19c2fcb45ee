import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { request, submit } from "@/lib/auth/testing/fake-request";
import { resetEnvForTests } from "@/lib/env";
import { testDatabase } from "@/tests/test-db";

vi.mock("@/lib/db/client", async () => (await import("@/lib/auth/testing/fake-request")).dbModule());
vi.mock("next/headers", async () => (await import("@/lib/auth/testing/fake-request")).headersModule());
vi.mock("next/navigation", async () => (await import("@/lib/auth/testing/fake-request")).navigationModule());

const { signUpAction } = await import("./actions");

beforeAll(async () => {
  const prisma = await testDatabase();
  request.db = prisma;
  const teacher = await prisma.user.create({
    data: { email: "t@example.test", name: "T", role: "teacher", passwordHash: "x" },
  });
  await prisma.classroom.create({ data: { name: "7A", teacherId: teacher.id, joinCode: "JOIN23" } });
});

afterEach(() => {
  delete process.env.TRUSTED_PROXY_HOPS;
  resetEnvForTests();
});

describe("signUpAction", () => {
  it("answers a taken email exactly as a new one: same redirect, no message, nobody signed in", async () => {
    const fields = { name: "Ana", joinCode: "JOIN23", password: "maple-river-stone" };
    const fresh = await submit(signUpAction, { ...fields, email: "ana@example.test" });
    const taken = await submit(signUpAction, { ...fields, email: "ana@example.test", password: "another-long-phrase" });
    expect(fresh.outcome).toEqual({ redirect: "/sign-in?joined=1" });
    expect(taken.outcome).toEqual(fresh.outcome);
    // No session for either: a cookie would tell a new email from a taken one.
    expect(fresh.signedIn).toBe(false);
    expect(taken.signedIn).toBe(false);
  });

  it("stores a name sent with a NUL byte without it (was: 'Something went wrong')", async () => {
    const { outcome } = await submit(signUpAction, {
      name: "Nu\u0000ll",
      email: "nul@example.test",
      joinCode: "JOIN23",
      password: "maple-river-stone",
    });
    expect(outcome).toEqual({ redirect: "/sign-in?joined=1" });
    const user = await request.db?.user.findUniqueOrThrow({ where: { email: "nul@example.test" } });
    expect(user?.name).toBe("Null");
  });

  it("answers junk arguments (not a form) with a clear error, not a 500", async () => {
    request.cookies.clear();
    const state = await signUpAction({}, "junk" as unknown as FormData);
    // The form's first field is named first (the join code).
    expect(state.error).toMatch(/Enter the join code/);
  });

  it("shows the password policy's message", async () => {
    const { outcome } = await submit(signUpAction, {
      name: "Cy",
      email: "cy@example.test",
      joinCode: "JOIN23",
      password: "12345678",
    });
    expect(outcome).toEqual({ state: expect.objectContaining({ error: expect.stringMatching(/too common/) }) });
  });

  it("ignores a forged X-Forwarded-For without a trusted proxy: new values don't reset the count", async () => {
    process.env.TRUSTED_PROXY_HOPS = "0";
    resetEnvForTests();
    let last: unknown;
    for (let i = 0; i < 12; i++) {
      const fields = { name: "Bo", email: "bo@example.test", joinCode: `WR${i}NG`, password: "x-long-pass" };
      last = (await submit(signUpAction, fields, { "x-forwarded-for": `198.51.100.${i}` })).outcome;
    }
    expect(last).toEqual({
      state: expect.objectContaining({ error: expect.stringMatching(/Too many sign-up attempts/) }),
    });
  });

  it("keeps the language the form was shown in (its hidden field) as the new student's", async () => {
    const fields = { name: "Lu", joinCode: "JOIN23", password: "maple-river-stone" };
    await submit(signUpAction, { ...fields, email: "lu@example.test", locale: "es" });
    const lu = await request.db?.user.findUniqueOrThrow({ where: { email: "lu@example.test" } });
    expect(lu?.locale).toBe("es");
    // No hidden field (a scripted post): the request's language, here the browser's.
    await submit(signUpAction, { ...fields, email: "sol@example.test" }, { "accept-language": "sv-SE,sv;q=0.9" });
    const sol = await request.db?.user.findUniqueOrThrow({ where: { email: "sol@example.test" } });
    expect(sol?.locale).toBe("sv");
  });

  it("answers in the form's language", async () => {
    const { outcome } = await submit(signUpAction, {
      name: "",
      email: "es@example.test",
      joinCode: "JOIN23",
      password: "maple-river-stone",
      locale: "es",
    });
    expect(outcome).toEqual({ state: expect.objectContaining({ error: "Escribe tu nombre." }) });
  });

  it("names every field's problem at once, in the form's order and language (a browser walk found one at a time)", async () => {
    const { outcome } = await submit(signUpAction, { name: "", email: "not-an-email", joinCode: "J", password: "x" });
    const state = (outcome as { state: { error: string; issues: string[] } }).state;
    expect(state.issues).toHaveLength(4);
    expect(state.error).toBe(state.issues[0]);
    expect(state.issues[0]).toMatch(/join code/i);
    expect(state.issues[1]).toMatch(/name/i);
    expect(state.issues[2]).toMatch(/email/i);
    expect(state.issues[3]).toMatch(/password/i);
    const es = await submit(signUpAction, { name: "", email: "x", joinCode: "J", password: "x", locale: "es" });
    const esIssues = (es.outcome as { state: { issues: string[] } }).state.issues;
    expect(esIssues).toHaveLength(4);
    expect(esIssues).toContain("Escribe tu nombre.");
  });

  it("a single problem stays one message, not a list", async () => {
    const { outcome } = await submit(signUpAction, {
      name: "",
      email: "one@example.test",
      joinCode: "JOIN23",
      password: "maple-river-stone",
    });
    expect((outcome as { state: { issues?: string[] } }).state.issues).toBeUndefined();
  });
});
