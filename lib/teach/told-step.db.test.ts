import { beforeAll, describe, expect, it } from "vitest";
import { countTranscript, tellingTurns } from "@/lib/ai/teacher-coach/summarize-transcript";
import { importBundle } from "@/lib/content/import-bundle";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openPractice } from "@/lib/sessions/open-practice";
import { submitTurn } from "@/lib/sessions/submit-turn";
import { fixtureBundle } from "@/tests/fixture-bundle";
import { testDatabase } from "@/tests/test-db";
import { type ClassHeader, requireClass } from "./access";
import { listTranscripts } from "./list-transcripts";
import { loadHelpSignals } from "./load-help-signals";
import { loadClassMastery } from "./load-mastery";
import { loadTranscript } from "./load-transcript";
import { assignProblemSet, createClass } from "./manage-class";
import { parseTranscriptFilters } from "./transcript-filters";

/**
 * Found in a browser walk: a step the tutor told, whose answer it then repeated while the student
 * typed it in, read "solved by the student" on the transcript and counted as four reveals in the
 * transcript list, the needs-help signals and the coach. A step is told once.
 */
let prisma: PrismaClient;
let cls: ClassHeader;
let sessionId: string;
const teacher = { id: "", role: "teacher" as const };

beforeAll(async () => {
  prisma = await testDatabase();
  await importBundle(prisma, fixtureBundle());
  teacher.id = (
    await prisma.user.create({ data: { email: "t@x.test", name: "t", role: "teacher", passwordHash: "x" } })
  ).id;
  const student = (
    await prisma.user.create({ data: { email: "s@x.test", name: "s", role: "student", passwordHash: "x" } })
  ).id;
  const setId = (await prisma.problemSet.findUniqueOrThrow({ where: { key: "fixture-set" } })).id;
  const c = await createClass(prisma, teacher, { name: "Class" });
  await assignProblemSet(prisma, teacher, { classId: c.id, problemSetId: setId });
  await prisma.enrollment.create({ data: { classroomId: c.id, studentId: student } });
  cls = await requireClass(prisma, teacher, c.id);

  sessionId = (await openPractice(prisma, student)) as string;
  let n = 0;
  const send = async (request: { kind: "message"; text: string } | { kind: "hint" }) =>
    submitTurn(prisma, { sessionId, studentId: student, request: { ...request, idempotencyKey: `k-${n++}-aaaaaa` } });
  const revealedSoFar = () => prisma.turn.count({ where: { sessionId, revealed: true } });
  await send({ kind: "message", text: "15" });
  for (let i = 0; i < 8 && (await revealedSoFar()) === 0; i++) await send({ kind: "hint" });
  await send({ kind: "message", text: "7/12" });
  await send({ kind: "hint" });
  await send({ kind: "message", text: "12" });
});

describe("a told step", () => {
  it("is told once, however often the tutor repeated the told answer", async () => {
    const turns = await prisma.turn.findMany({ where: { sessionId }, orderBy: { seq: "asc" } });
    expect(turns.filter((t) => t.revealed).length).toBeGreaterThanOrEqual(3);
    const page = await listTranscripts(prisma, teacher, cls, parseTranscriptFilters({}));
    expect(page.rows.map((r) => r.revealed)).toEqual([1]);
    const signals = await loadHelpSignals(prisma, cls, await loadClassMastery(prisma, cls), new Date());
    expect(signals[0]?.recentReveals).toBe(1);
    const t = await loadTranscript(prisma, teacher, cls, sessionId);
    expect(t?.steps[0]?.timeline.outcome).toBe("told");
    expect(t?.steps[1]?.timeline.outcome).toBe("in progress");
    const coach = turns.map((x) => ({ ...x, stepIndex: x.stepIndex, role: x.role as "student" | "tutor" }));
    expect(countTranscript(coach).reveals).toBe(1);
    expect(tellingTurns(coach)).toHaveLength(1);
  });
});
