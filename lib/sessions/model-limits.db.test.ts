import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { mockTurnModel, turnJson } from "@/lib/ai/testing/mock-turn-model";
import { importBundle } from "@/lib/content/import-bundle";
import { resetEnvForTests } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fixtureBundle } from "@/tests/fixture-bundle";
import { testDatabase } from "@/tests/test-db";
import { checkModelLimits, classModelTurns, deploymentModelTurns } from "./model-limits";
import { startTutoringSession } from "./start-session";
import { submitTurn } from "./submit-turn";

let prisma: PrismaClient;
let versionId: string;
let teacherId: string;

const LIMIT_FALLBACK = /^fallback:(rate_limited|budget|class_budget|deployment_budget)$/;
const saved = { ...process.env };

function setEnv(vars: Record<string, string>) {
  Object.assign(process.env, vars);
  resetEnvForTests();
}

afterEach(() => {
  for (const k of ["AI_MAX_TURNS_PER_MINUTE", "AI_CLASS_TURNS_PER_HOUR", "AI_DEPLOYMENT_TURNS_PER_DAY"]) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  resetEnvForTests();
});

beforeAll(async () => {
  prisma = await testDatabase();
  await importBundle(prisma, fixtureBundle());
  teacherId = (await prisma.user.create({ data: { email: "t@x.test", name: "T", role: "teacher", passwordHash: "x" } }))
    .id;
  const problem = await prisma.problem.findUniqueOrThrow({ where: { key: "fixture-set-p1" } });
  versionId = problem.publishedVersionId as string;
});

let n = 0;
async function student(classIds: string[]): Promise<string> {
  n++;
  const id = (
    await prisma.user.create({ data: { email: `s${n}@x.test`, name: `S${n}`, role: "student", passwordHash: "x" } })
  ).id;
  for (const classroomId of classIds) await prisma.enrollment.create({ data: { classroomId, studentId: id } });
  return id;
}

async function classroom(name: string): Promise<string> {
  return (await prisma.classroom.create({ data: { name, teacherId, joinCode: `J${name}`.slice(0, 8) } })).id;
}

/** Earlier model turns of a student, `secondsAgo` each: a session of theirs with turns in the past. */
async function history(studentId: string, secondsAgo: number[], engine = "llm:mock/tutor"): Promise<void> {
  const sessionId = await startTutoringSession(prisma, { studentId, problemVersionId: versionId });
  const now = Date.now();
  await prisma.turn.createMany({
    data: secondsAgo.flatMap((s, i) => [
      { sessionId, seq: 2 * i + 1, role: "student" as const, text: "12", createdAt: new Date(now - s * 1000 - 500) },
      { sessionId, seq: 2 * i + 2, role: "tutor" as const, text: "ok", engine, createdAt: new Date(now - s * 1000) },
    ]),
  });
}

/** One real submit with a model backend: the engine that worded it, and whether the model was asked. */
async function modelTurn(studentId: string): Promise<{ engine: string; called: boolean }> {
  const sessionId = await startTutoringSession(prisma, { studentId, problemVersionId: versionId });
  const model = mockTurnModel(
    turnJson(
      { evaluation: "f", action: 8, stepState: "x", move: "focus", subMove: "seek_strategy" },
      "Look for the smallest number that both 3 and 4 divide into.",
    ),
  );
  await submitTurn(
    prisma,
    { sessionId, studentId, request: { kind: "hint", idempotencyKey: `hint-${sessionId}` } },
    { backend: { kind: "llm", model, label: "mock/tutor" } },
  );
  const reply = await prisma.turn.findUniqueOrThrow({ where: { sessionId_seq: { sessionId, seq: 2 } } });
  return { engine: reply.engine ?? "", called: model.doStreamCalls.length > 0 };
}

describe("model turn limits", () => {
  it("a student typing steadily keeps the model: 30 turns, one every 8 s", async () => {
    const cls = await classroom("steady");
    const s = await student([cls]);
    // 29 earlier turns over the last four minutes (7 in the last minute), then the 30th for real.
    await history(
      s,
      Array.from({ length: 29 }, (_, i) => 8 * (i + 1)),
    );
    const r = await modelTurn(s);
    expect(r.called).toBe(true);
    expect(r.engine).not.toMatch(LIMIT_FALLBACK);
  });

  it("even a fast clicker (a model turn every 2 s for a minute) stays under the burst limit", async () => {
    const s = await student([await classroom("clicker")]);
    await history(
      s,
      Array.from({ length: 29 }, (_, i) => 2 * (i + 1)),
    );
    expect(await checkModelLimits(prisma, { sessionId: "none", studentId: s })).toBeNull();
  });

  it("a script beyond the burst limit gets the embedded engine (rate_limited)", async () => {
    const s = await student([await classroom("script")]);
    await history(
      s,
      Array.from({ length: 40 }, (_, i) => 1 + i),
    );
    const r = await modelTurn(s);
    expect(r.engine).toBe("fallback:rate_limited");
    expect(r.called).toBe(false);
  });

  it("a class over its hourly budget falls back with the class reason, for each of its students", async () => {
    setEnv({ AI_CLASS_TURNS_PER_HOUR: "50" });
    const busy = await classroom("busy");
    const quiet = await classroom("quiet");
    const a = await student([busy]);
    const b = await student([busy]);
    const both = await student([quiet, busy]);
    const other = await student([quiet]);
    // 50 model turns by two students of the busy class over the last hour (none in the last
    // minute: no one is over the burst limit), and older ones that no longer count.
    await history(
      a,
      Array.from({ length: 30 }, (_, i) => 100 + i * 100),
    );
    await history(
      b,
      Array.from({ length: 20 }, (_, i) => 150 + i * 100),
    );
    await history(
      b,
      Array.from({ length: 30 }, (_, i) => 3700 + i * 60),
    );
    // Fallbacks caused by a limit never reached the model and do not count.
    await history(
      a,
      Array.from({ length: 10 }, (_, i) => 200 + i),
      "fallback:class_budget",
    );
    const counts = await classModelTurns(prisma, b, new Date(Date.now() - 3600_000));
    expect(counts).toEqual([{ classroomId: busy, turns: 50 }]);

    expect((await modelTurn(b)).engine).toBe("fallback:class_budget");
    // A student in the busy class and another one: any class over its cap stops the model.
    expect((await modelTurn(both)).engine).toBe("fallback:class_budget");
    // The quiet class's other student keeps the model.
    const r = await modelTurn(other);
    expect(r.called).toBe(true);
    expect(r.engine).not.toMatch(LIMIT_FALLBACK);

    // An archived class's cap no longer applies.
    await prisma.classroom.update({ where: { id: busy }, data: { archivedAt: new Date() } });
    expect(await checkModelLimits(prisma, { sessionId: "none", studentId: b })).toBeNull();
    // 0 is no cap.
    await prisma.classroom.update({ where: { id: busy }, data: { archivedAt: null } });
    setEnv({ AI_CLASS_TURNS_PER_HOUR: "0" });
    expect(await checkModelLimits(prisma, { sessionId: "none", studentId: b })).toBeNull();
  });

  it("the deployment's daily cap (0 = none) stops the model for everyone", async () => {
    const s = await student([]);
    const today = await deploymentModelTurns(prisma, new Date(Date.now() - 24 * 3600_000));
    expect(today).toBeGreaterThan(0);
    expect(await checkModelLimits(prisma, { sessionId: "none", studentId: s })).toBeNull();
    setEnv({ AI_DEPLOYMENT_TURNS_PER_DAY: String(today + 1) });
    expect(await checkModelLimits(prisma, { sessionId: "none", studentId: s })).toBeNull();
    setEnv({ AI_DEPLOYMENT_TURNS_PER_DAY: String(today) });
    expect((await modelTurn(s)).engine).toBe("fallback:deployment_budget");
  });
});
