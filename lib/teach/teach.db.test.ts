import { beforeAll, describe, expect, it } from "vitest";
import { importBundle } from "@/lib/content/import-bundle";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openPractice } from "@/lib/sessions/open-practice";
import { startTutoringSession } from "@/lib/sessions/start-session";
import { submitTurn } from "@/lib/sessions/submit-turn";
import { fixtureBundle } from "@/tests/fixture-bundle";
import { testDatabase } from "@/tests/test-db";
import { type ClassHeader, findClass, findStudentInClass, requireClass, type Viewer } from "./access";
import { summariseMoves, summariseSteps } from "./compute-dialogue-metrics";
import { attemptsCsv, masteryCsv } from "./export-class-data";
import { findStudentsNeedingHelp } from "./find-students-needing-help";
import { listTranscripts } from "./list-transcripts";
import { listClasses, loadClassOverview, loadStudentOverview } from "./load-class-overview";
import { loadClassReport } from "./load-class-report";
import { loadHelpSignals } from "./load-help-signals";
import { loadClassMastery } from "./load-mastery";
import { loadTranscript } from "./load-transcript";
import {
  assignProblemSet,
  createClass,
  flagTurn,
  regenerateJoinCode,
  setClassArchived,
  setClassLocale,
  setStudentOverride,
  unassignProblemSet,
} from "./manage-class";
import { parseCsv } from "./to-csv";
import { parseTranscriptFilters } from "./transcript-filters";

let prisma: PrismaClient;
let A: Viewer; // teacher of class A
let B: Viewer; // teacher of class B
let admin: Viewer;
let student: Viewer;
let clsA: ClassHeader;
let clsB: ClassHeader;
let maya: string; // in A
let leo: string; // in B
let setId: string;
let draftSetId: string;
let problemId: string;
let sessionId: string;
let previewId: string;
let lcdSkill: string;

const f = (p: Record<string, string | string[]> = {}) => parseTranscriptFilters(p);
const msg = (text: string, key: string) => ({ kind: "message" as const, text, idempotencyKey: key });

beforeAll(async () => {
  prisma = await testDatabase();
  await importBundle(prisma, fixtureBundle());
  const draft = fixtureBundle("draft-set");
  draft.problemSets[0]!.published = false;
  draft.skills = [];
  await importBundle(prisma, draft);
  const user = async (email: string, role: "teacher" | "admin" | "student") =>
    prisma.user.create({
      data: { email, name: email.split("@")[0]!, role, passwordHash: "x" },
      select: { id: true, role: true },
    });
  A = await user("a@x.test", "teacher");
  B = await user("b@x.test", "teacher");
  admin = await user("admin@x.test", "admin");
  maya = (await user("maya@x.test", "student")).id;
  leo = (await user("leo@x.test", "student")).id;
  student = { id: maya, role: "student" };
  setId = (await prisma.problemSet.findUniqueOrThrow({ where: { key: "fixture-set" } })).id;
  draftSetId = (await prisma.problemSet.findUniqueOrThrow({ where: { key: "draft-set" } })).id;
  problemId = (await prisma.problem.findUniqueOrThrow({ where: { key: "fixture-set-p1" } })).id;
  lcdSkill = (await prisma.skill.findUniqueOrThrow({ where: { key: "lcd" } })).id;

  const a = await createClass(prisma, A, { name: "Class A" });
  const b = await createClass(prisma, B, { name: "Class B" });
  await assignProblemSet(prisma, A, { classId: a.id, problemSetId: setId });
  await assignProblemSet(prisma, B, { classId: b.id, problemSetId: setId });
  await prisma.enrollment.create({ data: { classroomId: a.id, studentId: maya } });
  await prisma.enrollment.create({ data: { classroomId: b.id, studentId: leo } });
  clsA = await requireClass(prisma, A, a.id);
  clsB = await requireClass(prisma, B, b.id);

  // Maya: a wrong authored answer, then right; then a hint on step 2.
  sessionId = (await openPractice(prisma, maya)) as string;
  await submitTurn(prisma, { sessionId, studentId: maya, request: msg("7", "k-1-aaaaaa") });
  await submitTurn(prisma, { sessionId, studentId: maya, request: msg("12", "k-2-aaaaaa") });
  await submitTurn(prisma, { sessionId, studentId: maya, request: { kind: "hint", idempotencyKey: "k-3-aaaaaa" } });
  // Leo (class B) answers too: his data must never show in class A.
  const leoSession = (await openPractice(prisma, leo)) as string;
  await submitTurn(prisma, { sessionId: leoSession, studentId: leo, request: msg("11", "k-4-aaaaaa") });
  // A preview session of Maya's: hidden everywhere.
  const versionId = (await prisma.problem.findUniqueOrThrow({ where: { id: problemId } })).publishedVersionId!;
  previewId = await startTutoringSession(prisma, { studentId: maya, problemVersionId: versionId, preview: true });
  await submitTurn(prisma, { sessionId: previewId, studentId: maya, request: msg("preview-answer", "k-5-aaaaaa") });
  // Knowledge tracing writes these rows as attempts arrive; pin one to a known value.
  await prisma.knowledgeState.upsert({
    where: { studentId_skillId: { studentId: maya, skillId: lcdSkill } },
    create: { studentId: maya, skillId: lcdSkill, mastery: 0.42, opportunities: 1, state: {} },
    update: { mastery: 0.42, opportunities: 1 },
  });
});

describe("a teacher sees only their own classes", () => {
  it("finds their class; another teacher's is not found; an admin sees all; a student is refused", async () => {
    expect((await findClass(prisma, A, clsA.id))?.name).toBe("Class A");
    expect(await findClass(prisma, B, clsA.id)).toBeNull();
    await expect(requireClass(prisma, B, clsA.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await findClass(prisma, admin, clsA.id))?.name).toBe("Class A");
    await expect(findClass(prisma, student, clsA.id)).rejects.toMatchObject({ code: "forbidden" });
    expect((await listClasses(prisma, A)).map((c) => c.name)).toEqual(["Class A"]);
    expect((await listClasses(prisma, B)).map((c) => c.name)).toEqual(["Class B"]);
    expect((await listClasses(prisma, admin)).map((c) => c.name).sort()).toEqual(["Class A", "Class B"]);
  });

  it("students are found only through the viewer's class", async () => {
    expect((await findStudentInClass(prisma, A, clsA.id, maya))?.name).toBe("maya");
    expect(await findStudentInClass(prisma, B, clsA.id, maya)).toBeNull();
    expect(await findStudentInClass(prisma, B, clsB.id, maya)).toBeNull();
    expect(await findStudentInClass(prisma, A, clsA.id, leo)).toBeNull();
  });

  it("B cannot list, open or export A's transcripts, even through B's own class", async () => {
    expect((await listTranscripts(prisma, B, clsB, f({ student: maya }))).total).toBe(0);
    expect(await loadTranscript(prisma, B, clsB, sessionId)).toBeNull();
    const csv = await attemptsCsv(prisma, clsB);
    expect(csv).not.toContain("maya");
    expect(csv).toContain("leo@x.test");
    expect(await attemptsCsv(prisma, clsB, maya)).not.toContain("maya");
    expect(await masteryCsv(prisma, clsB)).not.toContain("0.42");
    const report = await loadClassReport(prisma, clsB, null);
    expect(JSON.stringify(report)).not.toContain(sessionId);
  });

  it("B's mutations on A's class, student or turns are not found and change nothing", async () => {
    const turn = await prisma.turn.findFirstOrThrow({ where: { sessionId, role: "tutor", seq: 2 } });
    for (const [fn, input] of [
      [setClassArchived, { classId: clsA.id, archived: "true" }],
      [setClassLocale, { classId: clsA.id, locale: "es" }],
      [regenerateJoinCode, { classId: clsA.id }],
      [unassignProblemSet, { classId: clsA.id, problemSetId: setId }],
      [assignProblemSet, { classId: clsA.id, problemSetId: setId }],
      [setStudentOverride, { classId: clsA.id, studentId: maya, problemId, kind: "pin" }],
      [setStudentOverride, { classId: clsB.id, studentId: maya, problemId, kind: "skip" }],
      [flagTurn, { classId: clsA.id, turnId: turn.id, note: "mine now" }],
      [flagTurn, { classId: clsB.id, turnId: turn.id, note: "mine now" }],
    ] as const) {
      await expect(fn(prisma, B, input)).rejects.toMatchObject({ code: "not_found" });
    }
    const after = await prisma.classroom.findUniqueOrThrow({ where: { id: clsA.id } });
    expect(after.archivedAt).toBeNull();
    expect(after.locale).toBeNull();
    expect(after.joinCode).toBe(clsA.joinCode);
    expect(await prisma.problemSetAssignment.count({ where: { classroomId: clsA.id } })).toBe(1);
    expect(await prisma.studentOverride.count()).toBe(0);
    expect(await prisma.turnFlag.count()).toBe(0);
  });

  it("a student can do none of it", async () => {
    await expect(createClass(prisma, student, { name: "Mine" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(regenerateJoinCode(prisma, student, { classId: clsA.id })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

describe("the teacher's own class", () => {
  it("heatmap: the assigned sets' skills in authored order, prerequisites, mastery where a row exists", async () => {
    const m = await loadClassMastery(prisma, clsA);
    expect(m.students.map((s) => s.name)).toEqual(["maya"]);
    expect(m.skills.map((s) => [s.key, s.prerequisites])).toEqual([
      ["lcd", []],
      ["add-like", ["Least common denominator"]],
    ]);
    expect(m.grid.get(`${maya}|${lcdSkill}`)).toEqual({ mastery: 0.42, status: "in progress", opportunities: 1 });
    const csv = parseCsv(await masteryCsv(prisma, clsA));
    expect(csv.slice(1).map((r) => r[4])).toEqual(["Least common denominator", "Add like fractions"]);
    expect(csv[1]?.[5]).toBe("0.42");
  });

  it("transcripts: preview sessions are never listed or opened; labels in words; filters", async () => {
    const page = await listTranscripts(prisma, A, clsA, f());
    expect(page.rows.map((r) => r.id)).toEqual([sessionId]);
    expect(await loadTranscript(prisma, A, clsA, previewId)).toBeNull();
    const t = await loadTranscript(prisma, A, clsA, sessionId);
    expect(t?.turns.map((x) => x.role)).toEqual(["tutor", "student", "tutor", "student", "tutor", "student", "tutor"]);
    const wrong = t?.turns[2];
    expect(wrong?.labels.map((l) => `${l.term}: ${l.value}`)).toContain("Evaluation: incorrect");
    // The turn's message key and language come along, for the reader's language (turnTextFor).
    expect(wrong).toHaveProperty("messageKey");
    expect(wrong).toHaveProperty("locale");
    const es = await loadTranscript(prisma, A, clsA, sessionId, "es");
    expect(es?.turns[2]?.labels.map((l) => `${l.term}: ${l.value}`)).toContain("Evaluación: incorrecta");
    expect(es?.turns[2]?.text).toBe(wrong?.text);
    expect(t?.steps.map((s) => s.timeline.outcome)).toEqual(["solved", "in progress"]);
    expect(t?.steps[1]?.timeline.hintsUsed).toBe(1);
    expect(t?.attempts.map((a) => [a.stepIndex, a.answer, a.correct, a.firstAttempt])).toEqual([
      [0, "7", false, true],
      [0, "12", true, false],
    ]);
    expect((await listTranscripts(prisma, A, clsA, f({ flag: "revealed" }))).total).toBe(0);
    expect((await listTranscripts(prisma, A, clsA, f({ problem: problemId, move: "focus" }))).total).toBe(1);
    const stepId = (await prisma.attempt.findFirstOrThrow({ where: { sessionId } })).stepId;
    expect((await listTranscripts(prisma, A, clsA, f({ step: stepId, answer: "7" }))).total).toBe(1);
    expect((await listTranscripts(prisma, A, clsA, f({ step: stepId, answer: "8" }))).total).toBe(0);
    expect((await listTranscripts(prisma, A, clsA, f({ from: "2000-01-01", to: "2000-01-02" }))).total).toBe(0);
  });

  it("flags a turn with a note; the flagged filter finds the session", async () => {
    const turn = await prisma.turn.findFirstOrThrow({ where: { sessionId, seq: 2 } });
    await expect(flagTurn(prisma, A, { classId: clsA.id, turnId: turn.id, note: "   " })).rejects.toMatchObject({
      code: "bad_request",
    });
    await flagTurn(prisma, A, { classId: clsA.id, turnId: turn.id, note: "Too vague a hint" });
    const page = await listTranscripts(prisma, A, clsA, f({ flag: "flagged" }));
    expect(page.rows.map((r) => [r.id, r.flagged])).toEqual([[sessionId, 1]]);
    const t = await loadTranscript(prisma, A, clsA, sessionId);
    expect(t?.turns[2]?.flags.map((x) => x.note)).toEqual(["Too vague a hint"]);
    expect(await prisma.auditLog.count({ where: { action: "turn.flag", actorId: A.id } })).toBe(1);
  });

  it("report: moves, success@k, hints and the misconception behind '7'", async () => {
    const r = await loadClassReport(prisma, clsA, null);
    expect(r.problems.map((p) => p.sessions)).toEqual([1]);
    const moves = summariseMoves(r.moves);
    expect(moves.total).toBe(4);
    expect(moves.tellingRate).toBe(0);
    const steps = summariseSteps(r.runs, 2);
    expect(steps.map((s) => [s.stepIndex, s.atK.success, s.avgHints])).toEqual([
      [0, 1, 0],
      [1, 0, 1],
    ]);
    expect(r.wrongAnswers.map((w) => w.answers.map((a) => [a.answer, a.count, a.misconception]))).toEqual([
      [["7", 1, "added denominators"]],
    ]);
    expect(JSON.stringify(r)).not.toContain("preview-answer");
    expect((await loadClassReport(prisma, clsA, "no-such-problem")).runs).toEqual([]);
  });

  it("needs-help signals aggregate without preview data", async () => {
    const m = await loadClassMastery(prisma, clsA);
    const signals = await loadHelpSignals(prisma, clsA, m, new Date());
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ recentFirstAttempts: 1, recentFailedFirstAttempts: 1, recentReveals: 0 });
    expect(signals[0]?.activeSteps).toMatchObject([{ sessionId, stepIndex: 1, turnsOnStep: 2 }]);
    expect(signals[0]?.lastActivityAt).toBeInstanceOf(Date);
    // Two hours later the same session reads as stuck once it has enough turns.
    const later = new Date(Date.now() + 2 * 3600_000);
    const stuck = signals.map((s) => ({ ...s, activeSteps: s.activeSteps.map((a) => ({ ...a, turnsOnStep: 9 })) }));
    expect(findStudentsNeedingHelp(stuck, later)[0]?.reasons.map((x) => x.kind)).toEqual(["stuck"]);
  });

  it("attempts CSV rows match the student page", async () => {
    const overview = await loadStudentOverview(prisma, clsA, maya);
    const rows = parseCsv(await attemptsCsv(prisma, clsA, maya)).slice(1);
    expect(rows).toHaveLength(overview.attemptCount);
    expect(rows.map((r) => r[7])).toEqual([...overview.attempts].reverse().map((a) => a.answer));
    expect(rows.map((r) => r[7])).not.toContain("preview-answer");
  });

  it("roster, assignment, archive, join code and overrides", async () => {
    const o = await loadClassOverview(prisma, clsA);
    expect(o.roster.map((s) => [s.name, s.sessions])).toEqual([["maya", 1]]);
    expect(o.assigned.map((s) => s.id)).toEqual([setId]);
    // Counts are of problems students can get: a draft added to the set is not one (a browser
    // walk saw "Fractions (19 problems)" where students could practise 18).
    const live = await prisma.problem.count({ where: { problemSetId: setId, status: "published" } });
    const draft = await prisma.problem.create({
      data: { key: "fixture-set-draft", problemSetId: setId, position: 99, status: "draft" },
    });
    const withDraft = await loadClassOverview(prisma, clsA);
    expect(withDraft.assigned[0]?._count.problems).toBe(live);
    await prisma.problem.delete({ where: { id: draft.id } });
    await expect(assignProblemSet(prisma, A, { classId: clsA.id, problemSetId: draftSetId })).rejects.toMatchObject({
      code: "not_found",
    });
    const code = await regenerateJoinCode(prisma, A, { classId: clsA.id });
    expect(code).not.toBe(clsA.joinCode);
    await setStudentOverride(prisma, A, { classId: clsA.id, studentId: maya, problemId, kind: "pin" });
    expect(await prisma.studentOverride.findFirst({ where: { studentId: maya } })).toMatchObject({
      kind: "pin",
      teacherId: A.id,
    });
    await setStudentOverride(prisma, A, { classId: clsA.id, studentId: maya, problemId, kind: "skip" });
    expect((await loadStudentOverview(prisma, clsA, maya)).overrides.map((x) => x.kind)).toEqual(["skip"]);
    await setStudentOverride(prisma, A, { classId: clsA.id, studentId: maya, problemId, kind: "none" });
    expect(await prisma.studentOverride.count()).toBe(0);
    await setClassArchived(prisma, A, { classId: clsA.id, archived: "true" });
    expect((await findClass(prisma, A, clsA.id))?.archivedAt).toBeInstanceOf(Date);
    await setClassArchived(prisma, A, { classId: clsA.id, archived: "false" });
    await unassignProblemSet(prisma, A, { classId: clsA.id, problemSetId: setId });
    expect((await loadClassMastery(prisma, clsA)).skills).toEqual([]);
    await assignProblemSet(prisma, A, { classId: clsA.id, problemSetId: setId });
    expect(await prisma.auditLog.count({ where: { actorId: A.id } })).toBeGreaterThanOrEqual(9);
  });
});

describe("the class's language", () => {
  const localeOf = async (id: string) =>
    (await prisma.classroom.findUniqueOrThrow({ where: { id }, select: { locale: true } })).locale;

  it("the owner sets it and clears it; findClass carries it", async () => {
    expect(await setClassLocale(prisma, A, { classId: clsA.id, locale: "es" })).toBe("es");
    expect(await localeOf(clsA.id)).toBe("es");
    expect((await findClass(prisma, A, clsA.id))?.locale).toBe("es");
    expect(await prisma.auditLog.count({ where: { action: "class.locale", actorId: A.id } })).toBe(1);
    for (const none of ["none", ""]) {
      await setClassLocale(prisma, A, { classId: clsA.id, locale: "sv" });
      expect(await setClassLocale(prisma, A, { classId: clsA.id, locale: none })).toBeNull();
      expect(await localeOf(clsA.id)).toBeNull();
    }
  });

  it("another teacher cannot change it (not found), a student is refused; nothing changes", async () => {
    await setClassLocale(prisma, A, { classId: clsA.id, locale: "es" });
    await expect(setClassLocale(prisma, B, { classId: clsA.id, locale: "sv" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(setClassLocale(prisma, student, { classId: clsA.id, locale: "sv" })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await localeOf(clsA.id)).toBe("es");
    expect(await setClassLocale(prisma, admin, { classId: clsA.id, locale: "sv" })).toBe("sv");
    await setClassLocale(prisma, A, { classId: clsA.id, locale: "none" });
  });

  it.each([["xx"], ["ES"], ["es-MX"], ["english"], [" es"]])("a bad value (%j) changes nothing", async (locale) => {
    await setClassLocale(prisma, A, { classId: clsA.id, locale: "es" });
    const err = await setClassLocale(prisma, A, { classId: clsA.id, locale }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "bad_request", text: { key: "teach.errors.classLocale" } });
    expect(await localeOf(clsA.id)).toBe("es");
    await setClassLocale(prisma, A, { classId: clsA.id, locale: "none" });
  });

  it("a missing value or a bad class id is refused before any query", async () => {
    await expect(setClassLocale(prisma, A, { classId: clsA.id })).rejects.toMatchObject({ code: "bad_request" });
    await expect(setClassLocale(prisma, A, { classId: "../x", locale: "es" })).rejects.toMatchObject({
      code: "bad_request",
      text: { key: "teach.errors.badLink" },
    });
  });
});
