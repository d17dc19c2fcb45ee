import { beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { startTutoringSession } from "@/lib/sessions/start-session";
import { fixtureBundle } from "@/tests/fixture-bundle";
import { testDatabase } from "@/tests/test-db";
import { actAs, type Cast, seedCast, useDatabase } from "./route-harness";

vi.mock("@/lib/db/client", async () => (await import("./route-harness")).dbModule());
vi.mock("next/headers", async () => (await import("./route-harness")).headersModule());
vi.mock("next/cache", async () => (await import("./route-harness")).cacheModule());

// next.config.ts enables authInterrupts (forbidden()); Next passes it to the server this way.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

// Every server action module the app has except sign-in/sign-up (owned by the auth work).
const modules = {
  "app/actions": await import("@/app/actions"),
  "app/practice/actions": await import("@/app/practice/actions"),
  "app/account/actions": await import("@/app/account/actions"),
  "app/teach/actions": await import("@/app/teach/actions"),
  "app/admin/actions": await import("@/app/admin/actions"),
  "app/admin/sets/actions": await import("@/app/admin/sets/actions"),
  "app/admin/skills/actions": await import("@/app/admin/skills/actions"),
  "app/admin/problems/actions": await import("@/app/admin/problems/actions"),
  "app/admin/sets/[setId]/problems/draft/actions": await import("@/app/admin/sets/[setId]/problems/draft/actions"),
  "app/admin/lti/actions": await import("@/app/admin/lti/actions"),
  "app/admin/preview/[sessionId]/actions": await import("@/app/admin/preview/[sessionId]/actions"),
  "app/teach/classes/[classId]/lti/actions": await import("@/app/teach/classes/[classId]/lti/actions"),
};
const { startPracticeAction } = modules["app/practice/actions"];
const { createClassAction, flagTurnAction } = modules["app/teach/actions"];
const { createStaffAction } = modules["app/admin/actions"];
const { createSetAction, updateSetAction } = modules["app/admin/sets/actions"];
const { createSkillAction, updateSkillAction } = modules["app/admin/skills/actions"];
const { saveProblemAction } = modules["app/admin/problems/actions"];

let prisma: PrismaClient;
let cast: Cast;

beforeAll(async () => {
  prisma = await testDatabase();
  useDatabase(prisma);
  cast = await seedCast(prisma);
});

/** Next's control flow (redirect, notFound, forbidden): not an error, Next answers it itself. */
function controlFlow(e: unknown): string | null {
  const digest = (e as { digest?: unknown })?.digest;
  if (typeof digest !== "string") return null;
  if (digest.startsWith("NEXT_REDIRECT")) return "redirect";
  if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;")) return digest.slice("NEXT_HTTP_ERROR_FALLBACK;".length);
  return null;
}

/** What the caller sees: the returned state, or the control flow thrown, or "THROWN" (a 500). */
async function outcome(run: () => Promise<unknown>): Promise<{ kind: string; value?: unknown; error?: unknown }> {
  try {
    return { kind: "returned", value: await run() };
  } catch (e) {
    const flow = controlFlow(e);
    return flow ? { kind: flow } : { kind: "THROWN", error: e };
  }
}

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

const MASKED = /something went wrong/i;

describe("finding 5: a non-student starting practice gets a clear refusal, not a 500", () => {
  it("teacher and admin: 403 (forbidden page); anonymous: sent to sign in", async () => {
    for (const who of [cast.teacher, cast.admin]) {
      actAs(who.token);
      expect((await outcome(() => startPracticeAction())).kind).toBe("403");
    }
    actAs(null);
    expect((await outcome(() => startPracticeAction())).kind).toBe("redirect");
    actAs(cast.student.token);
    expect((await outcome(() => startPracticeAction())).kind).toBe("redirect"); // to the session
  });
});

describe("finding 5: NUL in names, notes and titles is stripped or refused clearly", () => {
  const nul = "\u0000";
  const cases: [string, string, () => Promise<unknown>, () => Promise<unknown>][] = [
    [
      "class name",
      "teacher",
      () => createClassAction({}, form({ name: `Algebra${nul} 1` })),
      async () => prisma.classroom.findFirst({ where: { name: "Algebra 1" } }),
    ],
    [
      "problem set title",
      "admin",
      () => createSetAction({}, form({ key: "nul-set", title: `Set${nul} one`, description: `d${nul}` })),
      async () => prisma.problemSet.findFirst({ where: { title: "Set one" } }),
    ],
    [
      "problem set title (edit)",
      "admin",
      () => updateSetAction(cast.setId, {}, form({ title: `Fixture${nul} set`, description: nul })),
      async () => prisma.problemSet.findFirst({ where: { title: "Fixture set" } }),
    ],
    [
      "skill name",
      "admin",
      () => createSkillAction({}, form({ key: "nul-skill", name: `Skill${nul} name`, description: "" })),
      async () => prisma.skill.findFirst({ where: { name: "Skill name" } }),
    ],
    [
      "skill name (edit)",
      "admin",
      async () => {
        const skill = await prisma.skill.findUniqueOrThrow({ where: { key: "lcd" } });
        return updateSkillAction(skill.id, {}, form({ name: `LCD${nul}`, description: `x${nul}y` }));
      },
      async () => prisma.skill.findFirst({ where: { name: "LCD" } }),
    ],
    [
      "staff name",
      "admin",
      () =>
        createStaffAction(
          {},
          form({ name: `New${nul} Teacher`, email: "newt@x.test", password: "long-enough-pw", role: "teacher" }),
        ),
      async () => prisma.user.findFirst({ where: { name: "New Teacher" } }),
    ],
    [
      "problem title",
      "admin",
      () => {
        const p = fixtureBundle().problemSets[0]?.problems[0];
        return saveProblemAction(cast.setId, null, { ...p, key: "nul-problem", title: `Nul${nul} title` });
      },
      async () => prisma.problemVersion.findFirst({ where: { title: "Nul title" } }),
    ],
    [
      "flag note",
      "teacher",
      async () => {
        const sessionId = await startTutoringSession(prisma, {
          studentId: cast.student.id,
          problemVersionId: cast.versionId,
        });
        const turn = await prisma.turn.findFirstOrThrow({ where: { sessionId } });
        return flagTurnAction({}, form({ classId: cast.classId, turnId: turn.id, note: `Wrong${nul} hint` }));
      },
      async () => prisma.turnFlag.findFirst({ where: { note: "Wrong hint" } }),
    ],
  ];
  for (const [what, role, run, find] of cases) {
    it(`${what}: stored without the NUL (never "Something went wrong")`, async () => {
      actAs(role === "admin" ? cast.admin.token : cast.teacher.token);
      const r = await outcome(run);
      expect(r.kind, String(r.error)).not.toBe("THROWN");
      const error = (r.value as { error?: string } | undefined)?.error;
      expect(error ?? "").not.toMatch(MASKED);
      expect(error, "stripped, so it is stored").toBeUndefined();
      expect(await find()).not.toBeNull();
    });
  }
});

describe("finding 5: malformed server-action payloads are handled, never a 500", () => {
  // What a handcrafted action request can decode to: wrong types, missing arguments, junk.
  const junk: unknown[][] = [
    [],
    [undefined, undefined, undefined],
    [null, null, null, null, null],
    ["\u0000", "\u0000", "\u0000"],
    [{}, "not a form"],
    [123, [], { get: 1 }],
    ["x".repeat(10_000), {}, new FormData()],
    [true, false, form({ name: "\u0000", title: "\u0000", key: "\u0000", note: "\u0000", classId: "\u0000" })],
    ["\u0000", true, {}, form({ title: "T", description: "", name: "N", keep: "\u0000", prerequisite: "\u0000" })],
    ["\u0000", "\u0000", true, {}, new FormData()],
    ["ok-looking-id", "\u0000", {}, form({ classId: "\u0000", problemSetId: "x", archived: "true" })],
  ];
  for (const who of ["anonymous", "student", "teacher", "admin"] as const) {
    it(`as ${who}: every action returns a handled state or Next's control flow`, async () => {
      const token = who === "anonymous" ? null : cast[who].token;
      const failures: string[] = [];
      let calls = 0;
      for (const [file, mod] of Object.entries(modules)) {
        for (const [name, fn] of Object.entries(mod)) {
          // Signing out takes no input (and would end the test users' sessions).
          if (typeof fn !== "function" || name === "signOutAction") continue;
          for (const args of junk) {
            actAs(token);
            calls++;
            const r = await outcome(() => (fn as (...a: unknown[]) => Promise<unknown>)(...args));
            const error = (r.value as { error?: unknown } | undefined)?.error;
            if (r.kind === "THROWN") failures.push(`${file}#${name}: threw ${String(r.error).slice(0, 120)}`);
            else if (typeof error === "string" && MASKED.test(error)) failures.push(`${file}#${name}: masked error`);
          }
        }
      }
      expect(calls).toBeGreaterThan(100);
      if (failures.length) console.log([...new Set(failures)].join("\n"));
      expect(failures).toEqual([]);
    });
  }
});
