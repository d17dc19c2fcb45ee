import { beforeAll, describe, expect, it, vi } from "vitest";
import { createSession } from "@/lib/auth/accounts";
import { loadDemoContent } from "@/lib/demo/load-demo-content";
import { seedDemo } from "@/lib/demo/seed-demo";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { actAs, useDatabase } from "@/lib/security/route-harness";
import { testDatabase } from "@/tests/test-db";
import { currentModel, forgetCurrentModel } from "./current-model";
import { MAX_DROP } from "./evaluate-fit";
import { DETECTOR_MIN_STUDENTS, fitFromAttempts } from "./fit-from-attempts";
import { masteryTable } from "./mastery-table";
import { listModelVersions, makeCurrent } from "./model-versions";

// The activate action is called as the app calls it, as a chosen signed-in user.
vi.mock("@/lib/db/client", async () => (await import("@/lib/security/route-harness")).dbModule());
vi.mock("next/headers", async () => (await import("@/lib/security/route-harness")).headersModule());
vi.mock("next/cache", async () => (await import("@/lib/security/route-harness")).cacheModule());
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { activateModelVersionAction } = await import("@/app/admin/actions");

let prisma: PrismaClient;
let studentIds: string[];
let skillIds: string[];
const tokens: Record<"admin" | "teacher" | "student", string> = { admin: "", teacher: "", student: "" };

beforeAll(async () => {
  prisma = await testDatabase();
  useDatabase(prisma);
  forgetCurrentModel();
  await seedDemo(prisma, loadDemoContent());
  for (const [role, email] of [
    ["admin", "admin@stepwise.test"],
    ["teacher", "teacher@stepwise.test"],
    ["student", "student@stepwise.test"],
  ] as const) {
    const u = await prisma.user.findUniqueOrThrow({ where: { email } });
    tokens[role] = (await createSession(prisma, u.id)).token;
  }
  studentIds = (await prisma.user.findMany({ where: { role: "student" }, select: { id: true } })).map((u) => u.id);
  skillIds = (await prisma.skill.findMany({ select: { id: true } })).map((s) => s.id);
});

/** Every student × skill value as shown, keyed "student|skill". */
async function shown(): Promise<Map<string, number>> {
  forgetCurrentModel();
  const t = await masteryTable(prisma, studentIds, skillIds);
  return new Map(t.cells.map((c) => [`${c.studentId}|${c.skillId}`, c.value]));
}

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

/** The action's answer, or the control flow (forbidden, redirect) it threw. */
async function callActivate(versionId: string) {
  try {
    return await activateModelVersionAction({}, form({ versionId }));
  } catch (e) {
    return { thrown: String((e as { digest?: unknown })?.digest ?? e) };
  }
}

const statuses = async () =>
  (await prisma.ktModelVersion.findMany({ orderBy: { version: "asc" }, select: { version: true, status: true } })).map(
    (v) => `${v.version}:${v.status}`,
  );

describe("a fit on the demo's attempts is a candidate, guarded before it is made current", () => {
  let candidateId = "";

  it("fitting stores a candidate and leaves the current model and every shown value unchanged", async () => {
    const before = await shown();
    const currentBefore = (await currentModel(prisma)).versionId;
    const s = await fitFromAttempts(prisma);
    const v = await prisma.ktModelVersion.findUniqueOrThrow({ where: { version: s.version } });
    candidateId = v.id;
    expect(v.status).toBe("candidate");
    // Fewer students than DETECTOR_MIN_STUDENTS: no picker detector is stored with it.
    expect(s.students).toBeLessThan(DETECTOR_MIN_STUDENTS);
    expect(s.detector).toBe(false);
    expect(v.params).not.toHaveProperty("detector");
    expect((await listModelVersions(prisma)).find((r) => r.id === v.id)?.detector).toBe(false);
    forgetCurrentModel();
    expect((await currentModel(prisma)).versionId).toBe(currentBefore);
    expect(await shown()).toEqual(before);
    const e = s.evaluation;
    console.log(
      `demo fit v${s.version}: ${s.attempts} attempts, ${s.students} students; held-out (${e.heldOut.attempts} attempts of ${e.heldOut.students} students) AUC/log-loss candidate ${e.heldOut.candidate.auc}/${e.heldOut.candidate.logLoss}, current ${e.heldOut.current.auc}/${e.heldOut.current.logLoss}, defaults ${e.heldOut.defaults.auc}/${e.heldOut.defaults.logLoss}; change: ${e.change.drops}/${e.change.cells} cells drop > ${MAX_DROP}, largest ${e.change.largestDrop}, mean ${e.change.meanChange}; guard ${e.guard.ok ? "allows" : `refuses: ${e.guard.reasons.join(" ")}`}`,
    );
    expect(e.heldOut.attempts).toBeGreaterThan(0);
    expect(e.change.cells).toBe(studentIds.length * skillIds.length);
  });

  it("a non-admin calling the activate action is refused and nothing changes", async () => {
    const before = await statuses();
    const values = await shown();
    for (const who of ["teacher", "student"] as const) {
      actAs(tokens[who]);
      const r = await callActivate(candidateId);
      expect(r).not.toHaveProperty("ok");
      actAs(null);
      expect(await callActivate(candidateId)).not.toHaveProperty("ok");
    }
    expect(await statuses()).toEqual(before);
    expect(await prisma.auditLog.count({ where: { action: { startsWith: "kt.activate" } } })).toBe(0);
    expect(await shown()).toEqual(values);
  });

  it("as admin: either no shown value falls by more than 0.05, or activation is refused with the reason", async () => {
    const before = await shown();
    const statusBefore = await statuses();
    actAs(tokens.admin);
    const r = await callActivate(candidateId);
    actAs(null);
    if ("ok" in r && r.ok) {
      expect((await currentModel(prisma)).versionId).toBe(candidateId);
      const after = await shown();
      for (const [k, v] of before) expect(v - (after.get(k) as number)).toBeLessThanOrEqual(MAX_DROP + 1e-9);
    } else {
      expect(r).toHaveProperty("error");
      const error = (r as { error: string }).error;
      expect(error).toMatch(/was not made current\. .+/);
      console.log(`activation refused: ${error}`);
      expect(await statuses()).toEqual(statusBefore);
      expect(await shown()).toEqual(before);
      expect(await prisma.auditLog.count({ where: { action: "kt.activate.refused" } })).toBe(1);
    }
  });

  it("rolling back to a previously current version restores its numbers exactly", async () => {
    // Two versions made current by the operator (no guard: the test needs both to have been current).
    const v1 = await fitFromAttempts(prisma);
    const id1 = (await prisma.ktModelVersion.findUniqueOrThrow({ where: { version: v1.version } })).id;
    await makeCurrent(prisma, id1, null, "kt.activate");
    const underV1 = await shown();
    const v2 = await fitFromAttempts(prisma);
    const id2 = (await prisma.ktModelVersion.findUniqueOrThrow({ where: { version: v2.version } })).id;
    await makeCurrent(prisma, id2, null, "kt.activate");
    expect((await currentModel(prisma)).versionId).toBe(id2);
    await shown(); // every student replayed under v2

    actAs(tokens.admin);
    const r = await callActivate(id1);
    actAs(null);
    expect(r).toEqual({ ok: expect.stringMatching(/Rolled back to model version/) });
    forgetCurrentModel();
    expect((await currentModel(prisma)).versionId).toBe(id1);
    expect(await shown()).toEqual(underV1);
    const rows = await prisma.ktModelVersion.findMany({
      where: { id: { in: [id1, id2] } },
      select: { id: true, status: true },
    });
    expect(Object.fromEntries(rows.map((x) => [x.id, x.status]))).toEqual({ [id1]: "current", [id2]: "retired" });
    expect(await prisma.auditLog.count({ where: { action: "kt.rollback" } })).toBe(1);
  });
});
