import { beforeAll, describe, expect, it } from "vitest";
import { importBundle } from "@/lib/content/import-bundle";
import { loadDemoContent } from "@/lib/demo/load-demo-content";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ChoiceSpec } from "@/lib/tutor/answers";
import { shuffleChoices } from "@/lib/tutor/shuffle-choices";
import { initialState } from "@/lib/tutor/types";
import { testDatabase } from "@/tests/test-db";
import { loadProblemVersion } from "./load-problem";
import { buildSessionView } from "./session-view";
import { startTutoringSession } from "./start-session";
import { submitTurn } from "./submit-turn";

let prisma: PrismaClient;
let studentId: string;
let versionId: string;
let authored: ChoiceSpec;

beforeAll(async () => {
  prisma = await testDatabase();
  await importBundle(prisma, loadDemoContent());
  studentId = (await prisma.user.create({ data: { email: "c@x.test", name: "C", role: "student", passwordHash: "x" } }))
    .id;
  // A demo problem whose first step is a choice (the view shows the current step's options).
  const versions = await prisma.problem.findMany({
    where: { publishedVersionId: { not: null } },
    select: { publishedVersionId: true },
  });
  for (const v of versions) {
    const p = await loadProblemVersion(prisma, v.publishedVersionId as string);
    if (p.steps[0]?.answer.kind === "choice") {
      versionId = p.versionId;
      authored = p.steps[0].answer;
      break;
    }
  }
  expect(authored?.options.length).toBeGreaterThanOrEqual(3);
});

describe("choice options in a session", () => {
  it("are in a per-session order, stable for the session, and the right option is right in any order", async () => {
    const orders: string[][] = [];
    for (let i = 0; i < 12; i++) {
      const sessionId = await startTutoringSession(prisma, { studentId, problemVersionId: versionId });
      const first = await submitTurn(prisma, {
        sessionId,
        studentId,
        request: { kind: "message", text: "hmm", idempotencyKey: `choices-${i}-a` },
      });
      const shown = first.view.steps[0]?.choices as string[];
      expect([...shown].sort()).toEqual([...authored.options].sort());
      // The page builds the same view from the same order.
      const page = buildSessionView(
        { id: sessionId, preview: false },
        shuffleChoices(await loadProblemVersion(prisma, versionId), sessionId),
        initialState(),
        [],
      );
      expect(page.steps[0]?.choices).toEqual(shown);
      // Stable: the next turn shows the same order, and the right option's text is accepted.
      const right = authored.options[authored.correct] as string;
      const done = await submitTurn(prisma, {
        sessionId,
        studentId,
        request: { kind: "message", text: right, idempotencyKey: `choices-${i}-b` },
      });
      expect(done.view.steps[0]?.choices).toEqual(shown);
      expect(done.view.stepIndex).toBe(1);
      orders.push(shown);
    }
    const authoredOrder = authored.options.join("|");
    expect(orders.some((o) => o.join("|") !== authoredOrder)).toBe(true);
    const right = authored.options[authored.correct];
    expect(orders.some((o) => o[0] !== right)).toBe(true);
    expect(new Set(orders.map((o) => o.join("|"))).size).toBeGreaterThan(1);
  });

  it("reads an option letter by the order on screen", async () => {
    const sessionId = await startTutoringSession(prisma, { studentId, problemVersionId: versionId });
    const view = (
      await submitTurn(prisma, {
        sessionId,
        studentId,
        request: { kind: "message", text: "hmm", idempotencyKey: "letter-a" },
      })
    ).view;
    const shown = view.steps[0]?.choices as string[];
    const at = shown.indexOf(authored.options[authored.correct] as string);
    const r = await submitTurn(prisma, {
      sessionId,
      studentId,
      request: { kind: "message", text: "abcdef"[at] as string, idempotencyKey: "letter-b" },
    });
    expect(r.view.stepIndex).toBe(1);
  });
});
