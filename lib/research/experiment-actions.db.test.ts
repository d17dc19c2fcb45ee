import { beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { actAs, type Cast, seedCast, useDatabase } from "@/lib/security/route-harness";
import { testDatabase } from "@/tests/test-db";

vi.mock("@/lib/db/client", async () => (await import("@/lib/security/route-harness")).dbModule());
vi.mock("next/headers", async () => (await import("@/lib/security/route-harness")).headersModule());
vi.mock("next/cache", async () => (await import("@/lib/security/route-harness")).cacheModule());

const { createExperimentAction, startExperimentAction, stopExperimentAction } = await import(
  "@/app/admin/experiments/actions"
);

let prisma: PrismaClient;
let cast: Cast;

beforeAll(async () => {
  prisma = await testDatabase();
  useDatabase(prisma);
  cast = await seedCast(prisma);
});

const form = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) f.append(k, x);
  return f;
};

const valid = () =>
  form({
    name: "Ladder test",
    factor: "hints",
    classIds: [cast.classId],
    condition0Name: "Ladder",
    condition0Variant: "ladder",
    condition0Weight: "1",
    condition1Name: "No scaffold",
    condition1Variant: "no_scaffold",
    condition1Weight: "3",
  });

/** A redirect thrown by the action (success), or what it returned. */
async function run(action: () => Promise<unknown>): Promise<{ redirect?: string; state?: unknown }> {
  try {
    return { state: await action() };
  } catch (e) {
    const digest = (e as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] };
    throw e;
  }
}

describe("experiment actions", () => {
  it.each([
    ["a teacher", () => cast.teacher.token],
    ["a student", () => cast.student.token],
    ["nobody signed in", () => null],
  ])("%s cannot create, start or stop an experiment", async (_, token) => {
    const draft = await prisma.experiment.create({
      data: {
        name: "Guarded",
        factor: "picker",
        conditions: {
          create: [
            { position: 0, name: "A", variant: "adaptive", weight: 1 },
            { position: 1, name: "B", variant: "easier", weight: 1 },
          ],
        },
      },
    });
    actAs(token());
    const before = await prisma.experiment.count();
    expect((await run(() => createExperimentAction({}, valid()))).state).toMatchObject({ error: expect.any(String) });
    expect((await run(() => startExperimentAction({}, form({ id: draft.id })))).state).toMatchObject({
      error: expect.any(String),
    });
    expect(await prisma.experiment.count()).toBe(before);
    expect((await prisma.experiment.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("draft");
  });

  it("an admin creates (and is taken to its report), starts and stops an experiment", async () => {
    actAs(cast.admin.token);
    const { redirect } = await run(() => createExperimentAction({}, valid()));
    const id = redirect?.match(/^\/admin\/experiments\/([\w-]+)$/)?.[1];
    expect(id).toBeTruthy();
    const e = await prisma.experiment.findUniqueOrThrow({
      where: { id },
      include: { conditions: { orderBy: { position: "asc" } } },
    });
    expect(e).toMatchObject({ name: "Ladder test", factor: "hints", status: "draft", classIds: [cast.classId] });
    expect(e.conditions.map((c) => [c.name, c.variant, c.weight])).toEqual([
      ["Ladder", "ladder", 1],
      ["No scaffold", "no_scaffold", 3],
    ]);
    expect((await run(() => startExperimentAction({}, form({ id: id as string })))).state).toEqual({
      ok: "The experiment is running.",
    });
    expect((await run(() => stopExperimentAction({}, form({ id: id as string })))).state).toEqual({
      ok: "The experiment is stopped. Its data stays.",
    });
    expect((await run(() => startExperimentAction({}, form({ id: id as string })))).state).toEqual({
      error: "Only a draft experiment can be started.",
    });
  });

  it("bad input gets a clear error and stores nothing", async () => {
    actAs(cast.admin.token);
    const before = await prisma.experiment.count();
    const bad = valid();
    bad.set("condition1Variant", "ladder");
    expect((await run(() => createExperimentAction({}, bad))).state).toEqual({
      error: "Each condition must use a different level.",
    });
    const one = valid();
    one.delete("condition1Name");
    one.delete("condition1Variant");
    expect((await run(() => createExperimentAction({}, one))).state).toEqual({
      error: "An experiment needs at least two conditions.",
    });
    expect((await run(() => startExperimentAction({}, form({ id: "no such\u0000id" })))).state).toEqual({
      error: "That experiment doesn't exist.",
    });
    expect(await prisma.experiment.count()).toBe(before);
  });
});
