import { beforeAll, describe, expect, it } from "vitest";
import { mockTurnModel, turnJson } from "@/lib/ai/testing/mock-turn-model";
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

const isTurnWrite = (sql: unknown) =>
  Array.isArray(sql) && sql.join("").includes('INSERT INTO "Turn"') && sql.join("").includes("WITH upd AS");

/**
 * The database client with its turn write instrumented: `stored()` says whether the turn pair
 * has been written (at the moment it is asked), and `fail` makes that write throw.
 */
function instrumented(opts: { fail?: boolean } = {}) {
  let written = false;
  const client = new Proxy(prisma, {
    get(target, key) {
      const value = Reflect.get(target, key, target);
      if (key !== "$queryRaw") return typeof value === "function" ? value.bind(target) : value;
      return async (sql: TemplateStringsArray, ...values: unknown[]) => {
        if (isTurnWrite(sql) && opts.fail) throw new Error("simulated write failure");
        const rows = await (value as (...a: unknown[]) => Promise<unknown>).call(target, sql, ...values);
        if (isTurnWrite(sql)) written = true;
        return rows;
      };
    },
  });
  return { client, stored: () => written };
}

const correct = (key: string) => ({ kind: "message" as const, text: "12", idempotencyKey: key });

const modelBackend = () => ({
  kind: "llm" as const,
  label: "mock/tutor",
  model: mockTurnModel(
    turnJson(
      { evaluation: "b", action: 3, stepState: "y", move: "focus", subMove: "guide_focus" },
      "Correct, well reasoned. On to the next step.",
    ),
  ),
});

describe("finding 1: store first, then speak", () => {
  it("embedded engine: a failed write sends no words (no verdict without a record)", async () => {
    const sessionId = await startTutoringSession(prisma, { studentId, problemVersionId: versionId });
    const { client } = instrumented({ fail: true });
    const said: string[] = [];
    await expect(
      submitTurn(
        client,
        { sessionId, studentId, request: correct("fail-embedded-1") },
        { onDelta: (d) => said.push(d) },
      ),
    ).rejects.toThrow();
    expect(said).toEqual([]);
    expect(await prisma.turn.count({ where: { sessionId } })).toBe(1);
  });

  it("embedded engine: the first word is sent only after the pair is stored", async () => {
    const sessionId = await startTutoringSession(prisma, { studentId, problemVersionId: versionId });
    const { client, stored } = instrumented();
    const storedAtFirstWord: boolean[] = [];
    await submitTurn(
      client,
      { sessionId, studentId, request: correct("order-embedded-1") },
      { onDelta: () => storedAtFirstWord.push(stored()) },
    );
    expect(storedAtFirstWord[0]).toBe(true);
  });

  it("model: a failed write sends no words", async () => {
    const sessionId = await startTutoringSession(prisma, { studentId, problemVersionId: versionId });
    const { client } = instrumented({ fail: true });
    const said: string[] = [];
    await expect(
      submitTurn(
        client,
        { sessionId, studentId, request: correct("fail-model-1") },
        { backend: modelBackend(), onDelta: (d) => said.push(d) },
      ),
    ).rejects.toThrow();
    expect(said).toEqual([]);
    expect(await prisma.turn.count({ where: { sessionId } })).toBe(1);
  });

  it("model: words stream only after the pair is stored; the stored turn ends up as shown", async () => {
    const sessionId = await startTutoringSession(prisma, { studentId, problemVersionId: versionId });
    const { client, stored } = instrumented();
    const storedAtWord: boolean[] = [];
    let shown = "";
    const r = await submitTurn(
      client,
      { sessionId, studentId, request: correct("order-model-1") },
      {
        backend: modelBackend(),
        onDelta: (d) => {
          storedAtWord.push(stored());
          shown += d;
        },
        onReset: () => {
          shown = "";
        },
      },
    );
    expect(storedAtWord.length).toBeGreaterThan(0);
    expect(storedAtWord.every(Boolean)).toBe(true);
    expect(r.tutorTurn.text).toBe("Correct, well reasoned. On to the next step.");
    const tutor = await prisma.turn.findFirstOrThrow({ where: { sessionId, seq: r.tutorTurn.seq } });
    expect(tutor.text).toBe(shown);
    expect(tutor.engine).toBe("llm:mock/tutor");
    expect(tutor.outputTokens).toBeGreaterThan(0);
    expect(await prisma.attempt.count({ where: { sessionId } })).toBe(1);
  });
});

describe("store then speak: when the model's words cannot be stored", () => {
  it("the shown text is withdrawn and the stored (embedded) words are sent: screen and record agree", async () => {
    const sessionId = await startTutoringSession(prisma, { studentId, problemVersionId: versionId });
    const client = new Proxy(prisma, {
      get(target, key) {
        const value = Reflect.get(target, key, target);
        if (key !== "turn") return typeof value === "function" ? value.bind(target) : value;
        return new Proxy(value as object, {
          get(t, k) {
            if (k === "update") return async () => Promise.reject(new Error("simulated update failure"));
            const v = Reflect.get(t, k, t);
            return typeof v === "function" ? v.bind(t) : v;
          },
        });
      },
    });
    let shown = "";
    const r = await submitTurn(
      client,
      { sessionId, studentId, request: correct("update-fails-1") },
      {
        backend: modelBackend(),
        onDelta: (d) => {
          shown += d;
        },
        onReset: () => {
          shown = "";
        },
      },
    );
    const tutor = await prisma.turn.findFirstOrThrow({ where: { sessionId, seq: r.tutorTurn.seq } });
    expect(tutor.engine).toBe("fallback:interrupted");
    expect(shown).toBe(tutor.text);
    expect(r.tutorTurn.text).toBe(tutor.text);
    expect(await prisma.attempt.count({ where: { sessionId } })).toBe(1);
  });
});
