import type { LanguageModel } from "ai";
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { translate } from "@/lib/i18n/translator";
import { type Cast, seedCast } from "@/lib/security/route-harness";
import { openPractice } from "@/lib/sessions/open-practice";
import { submitTurn } from "@/lib/sessions/submit-turn";
import { testDatabase } from "@/tests/test-db";
import { experimentReport } from "./experiment-report";
import { conditionsForStudent, createExperiment, startExperiment, stopExperiment } from "./experiments";

let prisma: PrismaClient;
let cast: Cast;

beforeAll(async () => {
  prisma = await testDatabase();
  cast = await seedCast(prisma);
});

let n = 0;
async function newStudent(classId = cast.classId): Promise<string> {
  n++;
  const u = await prisma.user.create({
    data: { email: `s${n}@x.test`, name: `S${n}`, role: "student", passwordHash: "x" },
    select: { id: true },
  });
  await prisma.enrollment.create({ data: { classroomId: classId, studentId: u.id } });
  return u.id;
}

let keyN = 0;
async function say(
  sessionId: string,
  studentId: string,
  request: { kind: "hint" } | { kind: "message"; text: string },
) {
  keyN++;
  return submitTurn(prisma, { sessionId, studentId, request: { ...request, idempotencyKey: `key-${keyN}` } });
}

async function hintsExperiment(name: string, classIds: string[] = []) {
  const id = await createExperiment(prisma, cast.admin.id, {
    name,
    factor: "hints",
    classIds,
    conditions: [
      { name: "Full ladder", variant: "ladder", weight: 1 },
      { name: "Worked step", variant: "worked_step", weight: 1 },
    ],
  });
  const conditions = await prisma.experimentCondition.findMany({
    where: { experimentId: id },
    orderBy: { position: "asc" },
  });
  return { id, ladder: conditions[0]?.id as string, worked: conditions[1]?.id as string };
}

/** Pins a student's condition as a first exposure would have stored it. */
async function assign(experimentId: string, studentId: string, conditionId: string) {
  await prisma.experimentAssignment.create({ data: { experimentId, studentId, conditionId, baseline: {} } });
}

describe("experiments", () => {
  let exp: Awaited<ReturnType<typeof hintsExperiment>>;
  beforeAll(async () => {
    exp = await hintsExperiment("Ladder vs worked step", [cast.classId]);
    await startExperiment(prisma, cast.admin.id, exp.id);
  });

  it("records the session's condition on every turn, the greeting included", async () => {
    const student = await newStudent();
    const sessionId = (await openPractice(prisma, student)) as string;
    await say(sessionId, student, { kind: "message", text: "5" });
    await say(sessionId, student, { kind: "hint" });
    await say(sessionId, student, { kind: "message", text: "12" });
    const { conditionId } = await prisma.experimentAssignment.findUniqueOrThrow({
      where: { experimentId_studentId: { experimentId: exp.id, studentId: student } },
    });
    const session = await prisma.tutoringSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.conditionIds).toEqual([conditionId]);
    const turns = await prisma.turn.findMany({ where: { sessionId }, orderBy: { seq: "asc" } });
    expect(turns).toHaveLength(7);
    for (const t of turns) expect(t.conditionIds).toEqual([conditionId]);
  });

  it("keeps a student's condition across sessions, even after the weights change", async () => {
    const student = await newStudent();
    const first = (await openPractice(prisma, student)) as string;
    const { conditionId } = await prisma.experimentAssignment.findUniqueOrThrow({
      where: { experimentId_studentId: { experimentId: exp.id, studentId: student } },
    });
    // Make the other condition all but certain for new students.
    const other = conditionId === exp.ladder ? exp.worked : exp.ladder;
    await prisma.experimentCondition.update({ where: { id: other }, data: { weight: 1000 } });
    await prisma.experimentCondition.update({ where: { id: conditionId }, data: { weight: 1 } });
    try {
      const second = (await openPractice(prisma, student, { forceNew: true })) as string;
      expect(second).not.toBe(first);
      const s = await prisma.tutoringSession.findUniqueOrThrow({ where: { id: second } });
      expect(s.conditionIds).toEqual([conditionId]);
      expect(await prisma.experimentAssignment.count({ where: { studentId: student } })).toBe(1);
    } finally {
      await prisma.experimentCondition.updateMany({ where: { experimentId: exp.id }, data: { weight: 1 } });
    }
  });

  it("the hint policy really changes what the tutor says: after one wrong answer, a hint vs the worked step", async () => {
    const onLadder = await newStudent();
    const worked = await newStudent();
    await assign(exp.id, onLadder, exp.ladder);
    await assign(exp.id, worked, exp.worked);
    const replies = [];
    for (const student of [onLadder, worked]) {
      const sessionId = (await openPractice(prisma, student)) as string;
      await say(sessionId, student, { kind: "message", text: "5" });
      await say(sessionId, student, { kind: "hint" });
      replies.push(await prisma.turn.findFirstOrThrow({ where: { sessionId, seq: 4 } }));
    }
    const [ladder, step] = replies;
    expect(ladder).toMatchObject({ hintRung: 1, revealed: false });
    expect(ladder?.text).toContain("Look for the smallest number that both 3 and 4 divide into.");
    expect(step).toMatchObject({ revealed: true });
    expect(step?.text).toContain("The least common denominator is 12");
  });

  it("leaves students outside its classes alone", async () => {
    const elsewhere = await prisma.classroom.create({
      data: { name: "Elsewhere", teacherId: cast.teacher.id, joinCode: "ELSE23" },
    });
    await prisma.problemSetAssignment.create({ data: { classroomId: elsewhere.id, problemSetId: cast.setId } });
    const student = await newStudent(elsewhere.id);
    const sessionId = (await openPractice(prisma, student)) as string;
    expect((await prisma.tutoringSession.findUniqueOrThrow({ where: { id: sessionId } })).conditionIds).toEqual([]);
    expect(await prisma.experimentAssignment.count({ where: { studentId: student } })).toBe(0);
  });

  it("refuses a second running experiment on the same factor for the same students, and changes nothing", async () => {
    const clash = await hintsExperiment("Clash");
    await expect(startExperiment(prisma, cast.admin.id, clash.id)).rejects.toMatchObject({ code: "conflict" });
    expect((await prisma.experiment.findUniqueOrThrow({ where: { id: clash.id } })).status).toBe("draft");
  });

  it("refuses to start a model arm without a model provider", async () => {
    const id = await createExperiment(prisma, cast.admin.id, {
      name: "Model vs embedded",
      factor: "engine",
      conditions: [
        { name: "Embedded", variant: "embedded", weight: 1 },
        { name: "Model", variant: "model", weight: 1 },
      ],
    });
    await expect(startExperiment(prisma, cast.admin.id, id)).rejects.toThrow(/no model provider is configured/);
    expect((await prisma.experiment.findUniqueOrThrow({ where: { id } })).status).toBe("draft");
  });

  it.each([
    ["one condition", { name: "x", factor: "hints", conditions: [{ name: "a", variant: "ladder", weight: 1 }] }],
    [
      "a level the factor does not have",
      {
        name: "x",
        factor: "hints",
        conditions: [
          { name: "a", variant: "ladder", weight: 1 },
          { name: "b", variant: "telling", weight: 1 },
        ],
      },
    ],
    [
      "a zero weight",
      {
        name: "x",
        factor: "picker",
        conditions: [
          { name: "a", variant: "adaptive", weight: 0 },
          { name: "b", variant: "easier", weight: 1 },
        ],
      },
    ],
    [
      "an unknown class",
      {
        name: "x",
        factor: "picker",
        classIds: ["nosuchclass"],
        conditions: [
          { name: "a", variant: "adaptive", weight: 1 },
          { name: "b", variant: "easier", weight: 1 },
        ],
      },
    ],
  ])("refuses %s and stores nothing", async (_, input) => {
    const before = await prisma.experiment.count();
    const error = await createExperiment(prisma, cast.admin.id, input as never).catch((e) => e);
    expect(error).toMatchObject({ code: "bad_request", text: { key: expect.stringMatching(/^admin\.research\./) } });
    // Worded in the reader's language (a Spanish admin reads it in Spanish).
    expect(translate("es")(error.text.key)).not.toBe(error.message);
    expect(await prisma.experiment.count()).toBe(before);
  });

  it("the engine condition keeps the embedded arm on the embedded engine even with a model configured", async () => {
    const id = (
      await prisma.experiment.create({
        data: {
          name: "Engine",
          factor: "engine",
          status: "running",
          startedAt: new Date(),
          conditions: { create: [{ position: 0, name: "Embedded", variant: "embedded", weight: 1 }] },
        },
        include: { conditions: true },
      })
    ).id;
    try {
      const student = await newStudent();
      const sessionId = (await openPractice(prisma, student)) as string;
      // A model that fails if it is ever asked.
      const model = { specificationVersion: "v3", provider: "x", modelId: "x" } as unknown as LanguageModel;
      await submitTurn(
        prisma,
        { sessionId, studentId: student, request: { kind: "message", text: "5", idempotencyKey: "engine-1" } },
        { backend: { kind: "llm", model, label: "x/x" } },
      );
      expect(await prisma.turn.findFirstOrThrow({ where: { sessionId, seq: 2 } })).toMatchObject({
        engine: "embedded",
      });
    } finally {
      await prisma.experiment.update({ where: { id }, data: { status: "stopped" } });
    }
  });

  it("the report's numbers match the turns and attempts counted by hand, with intervals", async () => {
    const e = await hintsExperiment("Report check", []);
    // Stop the class-scoped one so this everyone-experiment may run.
    await stopExperiment(prisma, cast.admin.id, exp.id);
    await startExperiment(prisma, cast.admin.id, e.id);
    const a = [await newStudent(), await newStudent()];
    const b = [await newStudent()];
    for (const s of a) await assign(e.id, s, e.ladder);
    for (const s of b) await assign(e.id, s, e.worked);
    // Ladder: s0 right first time; s1 wrong, hint, right. Worked step: wrong, hint (worked step), types it in.
    const s0 = (await openPractice(prisma, a[0] as string)) as string;
    await say(s0, a[0] as string, { kind: "message", text: "12" });
    const s1 = (await openPractice(prisma, a[1] as string)) as string;
    await say(s1, a[1] as string, { kind: "message", text: "5" });
    await say(s1, a[1] as string, { kind: "hint" });
    await say(s1, a[1] as string, { kind: "message", text: "12" });
    const s2 = (await openPractice(prisma, b[0] as string)) as string;
    await say(s2, b[0] as string, { kind: "message", text: "5" });
    await say(s2, b[0] as string, { kind: "hint" });
    await say(s2, b[0] as string, { kind: "message", text: "12" });

    const report = await experimentReport(prisma, e.id);
    if (!report) throw new Error("no report");
    const [ladder, worked] = report.conditions;
    // Turns: greeting + 2 per submit.
    expect(ladder).toMatchObject({ students: 2, sessions: 2, turns: 1 + 2 + 1 + 6 });
    expect(worked).toMatchObject({ students: 1, sessions: 1, turns: 1 + 6 });
    // First attempts: s0 correct, s1 wrong (its later right answer is no first attempt); s2 wrong.
    expect(ladder?.firstAttemptSuccess).toMatchObject({ correct: 1, n: 2, estimate: 0.5 });
    expect(ladder?.firstAttemptSuccess.low).toBeCloseTo(0.0945, 3);
    expect(ladder?.firstAttemptSuccess.high).toBeCloseTo(0.9055, 3);
    expect(worked?.firstAttemptSuccess).toMatchObject({ correct: 0, n: 1, estimate: 0 });
    // Hints per problem: ladder 0 and 1 rung, worked step 1 (the worked step is rung 3).
    expect(ladder?.hintsPerProblem).toMatchObject({ estimate: 0.5, n: 2 });
    expect(worked?.hintsPerProblem).toMatchObject({ estimate: 1, n: 1 });
    // Mastery gain: each student practised one skill (lcd) from the prior; the one who was right first time gained most.
    expect(ladder?.masteryGain.n).toBe(2);
    expect(worked?.masteryGain.n).toBe(1);
    const hand = await prisma.turn.count({ where: { conditionIds: { has: e.ladder } } });
    expect(ladder?.turns).toBe(hand);
    expect(report.differences).toHaveLength(1);
    expect(report.differences[0]?.firstAttemptSuccess.estimate).toBeCloseTo(-0.5, 10);
    expect(report.differences[0]?.hintsPerProblem.estimate).toBeCloseTo(0.5, 10);
  });

  it("a stopped experiment assigns nobody new", async () => {
    await prisma.experiment.updateMany({ where: { status: "running" }, data: { status: "stopped" } });
    const student = await newStudent();
    expect(await conditionsForStudent(prisma, student)).toEqual({ conditionIds: [] });
    expect(await prisma.experimentAssignment.count({ where: { studentId: student } })).toBe(0);
  });
});
