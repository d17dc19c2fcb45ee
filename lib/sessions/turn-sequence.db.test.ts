import { beforeAll, describe, expect, it } from "vitest";
import { importBundle } from "@/lib/content/import-bundle";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fixtureBundle } from "@/tests/fixture-bundle";
import { testDatabase } from "@/tests/test-db";
import { startTutoringSession } from "./start-session";
import { submitTurn } from "./submit-turn";

let prisma: PrismaClient;
let studentId: string;
let versionId: string;

beforeAll(async () => {
  prisma = await testDatabase();
  await importBundle(prisma, fixtureBundle());
  studentId = (await prisma.user.create({ data: { email: "s@x.test", name: "S", role: "student", passwordHash: "x" } }))
    .id;
  const problem = await prisma.problem.findUniqueOrThrow({ where: { key: "fixture-set-p1" } });
  versionId = problem.publishedVersionId as string;
});

const answer = (text: string, key: string, seq?: number) => ({
  kind: "message" as const,
  text,
  idempotencyKey: key,
  seq,
});

describe("finding 4: a submit answers the state it names, never the next one", () => {
  it("two concurrent right answers with different keys: one attempt, the other is a conflict", async () => {
    const sessionId = await startTutoringSession(prisma, { studentId, problemVersionId: versionId });
    const results = await Promise.allSettled(
      ["tab-one-key", "tab-two-key"].map((k) =>
        submitTurn(prisma, { sessionId, studentId, request: answer("12", k, 1) }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "conflict" });
    expect(rejected.reason.details.view.turnCount).toBe(3);
    const attempts = await prisma.attempt.findMany({ where: { sessionId } });
    // Not "step 0 correct" plus "step 1 incorrect first attempt" with the same text.
    expect(attempts.map((a) => [a.correct, a.firstAttempt])).toEqual([[true, true]]);
    expect(await prisma.turn.count({ where: { sessionId } })).toBe(3);
  });

  it("a submit for a state that has moved on is refused, not evaluated against the next step", async () => {
    const sessionId = await startTutoringSession(prisma, { studentId, problemVersionId: versionId });
    await submitTurn(prisma, { sessionId, studentId, request: answer("12", "first-key-1", 1) });
    await expect(
      submitTurn(prisma, { sessionId, studentId, request: answer("12", "late-key-01", 1) }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await prisma.attempt.count({ where: { sessionId } })).toBe(1);
  });

  it("the same key is still a replay even after the state moved", async () => {
    const sessionId = await startTutoringSession(prisma, { studentId, problemVersionId: versionId });
    const first = await submitTurn(prisma, { sessionId, studentId, request: answer("12", "same-key-01", 1) });
    const again = await submitTurn(prisma, { sessionId, studentId, request: answer("12", "same-key-01", 1) });
    expect(again.replayed).toBe(true);
    expect(again.tutorTurn).toEqual(first.tutorTurn);
    expect(again.view.turnCount).toBe(3);
  });
});
