import { beforeAll, describe, expect, it } from "vitest";
import { mockTurnModel } from "@/lib/ai/testing/mock-turn-model";
import { importBundle } from "@/lib/content/import-bundle";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { answerForms } from "@/lib/tutor/answers";
import { addFractions } from "@/lib/tutor/fixtures";
import { turnTextFor } from "@/lib/tutor/tutor-message";
import { fixtureBundle } from "@/tests/fixture-bundle";
import { testDatabase } from "@/tests/test-db";
import { openPractice } from "./open-practice";
import { startTutoringSession } from "./start-session";
import { submitTurn } from "./submit-turn";

let prisma: PrismaClient;
let studentId: string;
let otherId: string;
let versionId: string;

beforeAll(async () => {
  prisma = await testDatabase();
  await importBundle(prisma, fixtureBundle());
  const teacher = await prisma.user.create({
    data: { email: "t@x.test", name: "T", role: "teacher", passwordHash: "x" },
  });
  const cls = await prisma.classroom.create({ data: { name: "C", teacherId: teacher.id, joinCode: "FIXT23" } });
  const set = await prisma.problemSet.findUniqueOrThrow({ where: { key: "fixture-set" } });
  await prisma.problemSetAssignment.create({ data: { classroomId: cls.id, problemSetId: set.id } });
  studentId = (await prisma.user.create({ data: { email: "s@x.test", name: "S", role: "student", passwordHash: "x" } }))
    .id;
  otherId = (await prisma.user.create({ data: { email: "o@x.test", name: "O", role: "student", passwordHash: "x" } }))
    .id;
  await prisma.enrollment.create({ data: { classroomId: cls.id, studentId } });
  const problem = await prisma.problem.findUniqueOrThrow({ where: { key: "fixture-set-p1" } });
  versionId = problem.publishedVersionId as string;
});

const msg = (text: string, key: string) => ({ kind: "message" as const, text, idempotencyKey: key });

describe("a tutoring session in the database", () => {
  it("opens practice on the assigned problem with a greeting and the pick reason", async () => {
    const id = await openPractice(prisma, studentId);
    expect(id).toBeTruthy();
    const session = await prisma.tutoringSession.findUniqueOrThrow({
      where: { id: id as string },
      include: { turns: true },
    });
    expect(session.problemVersionId).toBe(versionId);
    expect(session.pickReason?.length ?? 0).toBeGreaterThan(10);
    expect(session.turns).toHaveLength(1);
    expect(session.turns[0]).toMatchObject({
      role: "tutor",
      evaluation: "g",
      move: "generic",
      subMove: "greeting",
      engine: "embedded",
    });
    // Practice again: the same open session, not a new one.
    expect(await openPractice(prisma, studentId)).toBe(id);
    expect(await prisma.problemPick.count({ where: { studentId } })).toBe(1);
  });

  it("stores both turns and the first attempt before answering; a retried submit counts once", async () => {
    const sessionId = (await openPractice(prisma, studentId)) as string;
    const first = await submitTurn(prisma, { sessionId, studentId, request: msg("7", "key-aaaaaaaa") });
    expect(first.replayed).toBe(false);
    expect(first.tutorTurn.text).toMatch(/multiple of both/);
    const again = await submitTurn(prisma, { sessionId, studentId, request: msg("7", "key-aaaaaaaa") });
    expect(again.replayed).toBe(true);
    expect(again.tutorTurn).toEqual(first.tutorTurn);
    expect(await prisma.turn.count({ where: { sessionId } })).toBe(3);
    const attempts = await prisma.attempt.findMany({ where: { sessionId } });
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ correct: false, firstAttempt: true, hintsUsed: 0, answer: "7" });
  });

  it("resumes exactly where it was with a new database client (server restart)", async () => {
    const sessionId = (await openPractice(prisma, studentId)) as string;
    await submitTurn(prisma, { sessionId, studentId, request: { kind: "hint", idempotencyKey: "key-hint-0001" } });
    const s = await prisma.tutoringSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(s.state).toMatchObject({ stepIndex: 0, rung: 1, attempts: 1 });
    const next = await submitTurn(prisma, { sessionId, studentId, request: msg("12", "key-bbbbbbbb") });
    expect(next.view.stepIndex).toBe(1);
    expect(next.view.steps[1]?.status).toBe("current");
    const attempts = await prisma.attempt.findMany({ where: { sessionId }, orderBy: { createdAt: "asc" } });
    expect(attempts.map((a) => [a.correct, a.firstAttempt, a.hintsUsed])).toEqual([
      [false, true, 0],
      [true, false, 1],
    ]);
  });

  it("serialises racing submits: one is stored, the others answer a state that moved on (409), none twice", async () => {
    const sessionId = (await openPractice(prisma, studentId)) as string;
    const before = await prisma.turn.count({ where: { sessionId } });
    const results = await Promise.allSettled(
      ["x1", "x2", "x3", "x4"].map((k) =>
        submitTurn(prisma, { sessionId, studentId, request: msg("banana split", `race-${k}-key`) }),
      ),
    );
    const done = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(done.length).toBeGreaterThanOrEqual(1);
    for (const e of refused) expect(e).toMatchObject({ code: "conflict" });
    const turns = await prisma.turn.findMany({ where: { sessionId }, orderBy: { seq: "asc" } });
    expect(turns).toHaveLength(before + 2 * done.length);
    expect(turns.map((t) => t.seq)).toEqual(turns.map((_, i) => i));
    for (const r of done)
      expect(turns.some((t) => t.seq === r.tutorTurn.seq && t.text === r.tutorTurn.text)).toBe(true);
  });

  it("finishes the problem: session completed, the view marks it finished", async () => {
    const sessionId = (await openPractice(prisma, studentId)) as string;
    const done = await submitTurn(prisma, { sessionId, studentId, request: msg("11/12", "key-finish-1") });
    expect(done.view.finished).toBe(true);
    const s = await prisma.tutoringSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(s.status).toBe("completed");
    expect(s.completedAt).not.toBeNull();
  });

  it("another student cannot read or write the session", async () => {
    const sessionId = await startTutoringSession(prisma, { studentId, problemVersionId: versionId });
    await expect(
      submitTurn(prisma, { sessionId, studentId: otherId, request: msg("12", "key-other-1") }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await prisma.turn.count({ where: { sessionId } })).toBe(1);
  });

  it("never sends an unrevealed answer, bottom-out or wrong-answer list to the browser", async () => {
    const sessionId = await startTutoringSession(prisma, { studentId, problemVersionId: versionId });
    const r = await submitTurn(prisma, { sessionId, studentId, request: msg("hmm", "key-payload-1") });
    const payload = JSON.stringify(r);
    const step0 = addFractions.steps[0];
    const step1 = addFractions.steps[1];
    if (!step0 || !step1) throw new Error("fixture");
    for (const s of [step0, step1]) {
      for (const h of s.hints.filter((x) => x.kind === "bottom_out")) expect(payload).not.toContain(h.text);
      for (const w of s.wrongAnswers) expect(payload).not.toContain(w.feedback);
    }
    expect(payload).not.toContain("answerSpec");
    expect(payload).not.toContain(step1.prompt); // a later step's prompt holds an earlier answer
    for (const form of answerForms(step0.answer))
      expect(payload).not.toMatch(new RegExp(`(^|[^0-9])${form}([^0-9]|$)`));
  });

  it("records no attempts for a preview session", async () => {
    const sessionId = await startTutoringSession(prisma, {
      studentId: otherId,
      problemVersionId: versionId,
      preview: true,
    });
    await submitTurn(prisma, { sessionId, studentId: otherId, request: msg("12", "key-preview-1") });
    expect(await prisma.attempt.count({ where: { sessionId } })).toBe(0);
    expect(await prisma.turn.count({ where: { sessionId } })).toBe(3);
  });
});

describe("a session in Spanish", () => {
  async function spanishSession(): Promise<string> {
    const sessionId = await startTutoringSession(prisma, { studentId, problemVersionId: versionId });
    await prisma.tutoringSession.update({ where: { id: sessionId }, data: { locale: "es" } });
    return sessionId;
  }
  const hint = addFractions.steps[0]?.hints[0]?.text as string;

  it("stores the tutor's Spanish words with their key, values and language; an English reader reads them in English", async () => {
    const sessionId = await spanishSession();
    const r = await submitTurn(prisma, {
      sessionId,
      studentId,
      request: { kind: "hint", idempotencyKey: "key-es-hint" },
    });
    expect(r.tutorTurn.text).toBe(`Pista: ${hint}`);
    expect(r.studentTurn.text).toBe("Una pista, por favor.");
    const [student, tutor] = await prisma.turn.findMany({
      where: { sessionId, seq: { in: [1, 2] } },
      orderBy: { seq: "asc" },
    });
    expect(student).toMatchObject({
      text: "Una pista, por favor.",
      messageKey: "student.chat.hintRequest",
      locale: "es",
    });
    expect(tutor).toMatchObject({
      text: `Pista: ${hint}`,
      messageKey: "tutor.help.plain",
      messageParams: { variant: 1, text: hint },
      locale: "es",
      engine: "embedded",
    });
    if (!tutor || !student) throw new Error("turns");
    expect(turnTextFor(tutor, "en")).toBe(`Hint: ${hint}`);
    expect(turnTextFor(tutor, "es")).toBe(tutor.text);
    expect(turnTextFor(student, "en")).toBe("Hint, please.");
  });

  it("follows a language the student switches to mid-problem: the next turns are in it, read in it (a browser walk got Spanish replies under an Arabic page)", async () => {
    const sessionId = await spanishSession();
    const es = await submitTurn(prisma, {
      sessionId,
      studentId,
      request: { kind: "hint", idempotencyKey: "key-sw-1" },
    });
    expect(es.studentTurn.text).toBe("Una pista, por favor.");
    // The student chooses English on their account: the session began in Spanish.
    const r = await submitTurn(
      prisma,
      { sessionId, studentId, request: { kind: "hint", idempotencyKey: "key-sw-2" } },
      { readerLocale: "en" },
    );
    expect(r.studentTurn.text).toBe("Hint, please.");
    expect(r.tutorTurn.text).not.toMatch(/Pista/);
    const stored = await prisma.turn.findUniqueOrThrow({
      where: { sessionId_seq: { sessionId, seq: r.tutorTurn.seq } },
    });
    expect(stored.locale).toBe("en");
    // Read in the new language: a session begun in English, a student now in Spanish: "no sé"
    // is a request for help (read in English it is not), answered in Spanish.
    const english = await startTutoringSession(prisma, { studentId, problemVersionId: versionId });
    const asEnglish = await submitTurn(prisma, { sessionId: english, studentId, request: msg("no sé", "key-sw-3a") });
    const asEnglishTurn = await prisma.turn.findUniqueOrThrow({
      where: { sessionId_seq: { sessionId: english, seq: asEnglish.tutorTurn.seq } },
    });
    expect(asEnglishTurn.hintRung).toBeNull();
    const english2 = await startTutoringSession(prisma, { studentId, problemVersionId: versionId });
    const nose = await submitTurn(
      prisma,
      { sessionId: english2, studentId, request: msg("no sé", "key-sw-3b") },
      { readerLocale: "es" },
    );
    const noseTurn = await prisma.turn.findUniqueOrThrow({
      where: { sessionId_seq: { sessionId: english2, seq: nose.tutorTurn.seq } },
    });
    expect(noseTurn).toMatchObject({ locale: "es", hintRung: 1 });
    expect(nose.tutorTurn.text).toMatch(/Pista/);
    // An unknown language changes nothing.
    const kept = await submitTurn(
      prisma,
      { sessionId, studentId, request: { kind: "hint", idempotencyKey: "key-sw-4" } },
      { readerLocale: "xx" },
    );
    expect(kept.studentTurn.text).toBe("Una pista, por favor.");
  });

  it('reads the student in Spanish: "no sé" asks for a hint, answered in Spanish', async () => {
    const sessionId = await spanishSession();
    await submitTurn(prisma, { sessionId, studentId, request: msg("12", "key-es-step1") });
    const r = await submitTurn(prisma, { sessionId, studentId, request: msg("no sé", "key-es-nose") });
    const stored = await prisma.turn.findUniqueOrThrow({
      where: { sessionId_seq: { sessionId, seq: r.tutorTurn.seq } },
    });
    expect(stored).toMatchObject({ locale: "es", hintRung: 1, messageKey: "tutor.help.plain" });
    expect(turnTextFor(stored, "en")).not.toBe(stored.text);
  });

  it("falls back to the embedded turn in Spanish, with its key, when the model fails", async () => {
    const sessionId = await spanishSession();
    const r = await submitTurn(
      prisma,
      { sessionId, studentId, request: { kind: "hint", idempotencyKey: "key-es-model" } },
      { backend: { kind: "llm", label: "mock/broken", model: mockTurnModel("", { fail: "throw" }) } },
    );
    expect(r.tutorTurn.text).toBe(`Pista: ${hint}`);
    const stored = await prisma.turn.findUniqueOrThrow({ where: { sessionId_seq: { sessionId, seq: 2 } } });
    expect(stored).toMatchObject({
      engine: "fallback:error",
      text: `Pista: ${hint}`,
      messageKey: "tutor.help.plain",
      locale: "es",
    });
  });

  it("stores a model's Spanish words as shown, with no key", async () => {
    const sessionId = await spanishSession();
    const text = "Piensa en los múltiplos de 3 y de 4. ¿Cuál es el más pequeño que comparten?";
    const model = mockTurnModel((prompt) => {
      expect(prompt).toContain("Write in Spanish (es)");
      return JSON.stringify({
        evaluation: "f",
        action: 8,
        stepState: "x",
        move: "focus",
        subMove: "seek_strategy",
        text,
      });
    });
    await submitTurn(
      prisma,
      { sessionId, studentId, request: { kind: "hint", idempotencyKey: "key-es-llm" } },
      { backend: { kind: "llm", label: "mock/es", model } },
    );
    const stored = await prisma.turn.findUniqueOrThrow({ where: { sessionId_seq: { sessionId, seq: 2 } } });
    expect(stored).toMatchObject({ engine: "llm:mock/es", text, messageKey: null, messageParams: null, locale: "es" });
    expect(turnTextFor(stored, "en")).toBe(text);
  });
});

describe("the tutor that listens (decision 020)", () => {
  it("after a reveal the student types the told answer in: recorded as told, no attempt, no knowledge update", async () => {
    const sessionId = await startTutoringSession(prisma, { studentId: otherId, problemVersionId: versionId });
    const send = (text: string, key: string) =>
      submitTurn(prisma, { sessionId, studentId: otherId, request: msg(text, key) });
    const hint = (key: string) =>
      submitTurn(prisma, { sessionId, studentId: otherId, request: { kind: "hint", idempotencyKey: key } });
    await send("15", "told-1-answer");
    await hint("told-2-hint");
    await send("8", "told-3-wrong-again");
    const reveal = await hint("told-4-reveal");
    expect(reveal.tutorTurn.text).toContain("12");
    expect(reveal.view.stepIndex).toBe(0);
    const knowledgeBefore = await prisma.knowledgeState.findMany({ where: { studentId: otherId } });
    const wrong = await send("13", "told-5-wrong");
    expect(wrong.tutorTurn.text).toContain("12");
    expect(wrong.view.stepIndex).toBe(0);
    const typed = await send("12", "told-6-typed");
    expect(typed.view.stepIndex).toBe(1);
    const s = await prisma.tutoringSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(s.state).toMatchObject({ stepIndex: 1, revealedSteps: [0], typeIn: false });
    const turns = await prisma.turn.findMany({ where: { sessionId, role: "tutor" }, orderBy: { seq: "asc" } });
    expect(turns.map((t) => [t.revealed, t.evaluation, t.stepState])).toEqual([
      [false, "g", "x"], // greeting
      [false, "a", "x"], // 15: incorrect
      [false, "f", "x"], // hint
      [false, "a", "x"], // 8: wrong again, the ladder climbs to the scaffold question
      [true, "f", "x"], // the reveal: the step stays open
      [true, "a", "x"], // a wrong entry: the told answer again
      [false, "b", "y"], // typed in: confirmed, next step
    ]);
    // Only the real attempts are attempts: the wrong entry and the typed-in answer during the
    // type-in are no evidence of the skill.
    const attempts = await prisma.attempt.findMany({ where: { sessionId }, orderBy: { createdAt: "asc" } });
    expect(attempts.map((a) => [a.answer, a.correct, a.firstAttempt])).toEqual([
      ["15", false, true],
      ["8", false, false],
    ]);
    expect(await prisma.knowledgeState.findMany({ where: { studentId: otherId } })).toEqual(knowledgeBefore);
  });

  it("off-topic chat is labelled off-topic, worded differently each time, and keeps the step", async () => {
    const sessionId = await startTutoringSession(prisma, { studentId: otherId, problemVersionId: versionId });
    const texts: string[] = [];
    for (const k of [1, 2, 3]) {
      const r = await submitTurn(prisma, {
        sessionId,
        studentId: otherId,
        request: msg("what's the best football team in the world?", `offtopic-${k}-key`),
      });
      texts.push(r.tutorTurn.text);
    }
    expect(new Set(texts).size).toBe(3);
    for (const t of texts) expect(t).not.toMatch(/good question/i);
    const tutor = await prisma.turn.findMany({ where: { sessionId, role: "tutor", seq: { gt: 0 } } });
    expect(tutor.map((t) => [t.evaluation, t.action])).toEqual([
      ["e", 7],
      ["e", 7],
      ["e", 7],
    ]);
    expect(await prisma.attempt.count({ where: { sessionId } })).toBe(0);
  });
});
