import { beforeAll, describe, expect, it } from "vitest";
import { importBundle, parseBundle } from "@/lib/content/import-bundle";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadSimpleBkt } from "@/lib/kt/model/simple-bkt";
import { chooseNext } from "@/lib/kt/pick/choose-next";
import { chooseNextProblem, loadPickInput, pickByPolicy } from "@/lib/sessions/choose-next-problem";
import { openPractice } from "@/lib/sessions/open-practice";
import { startTutoringSession } from "@/lib/sessions/start-session";
import { submitTurn } from "@/lib/sessions/submit-turn";
import { addFractions } from "@/lib/tutor/fixtures";
import { countCalls } from "@/tests/count-calls";
import { testDatabase } from "@/tests/test-db";
import { currentModel, forgetCurrentModel } from "./current-model";
import { fitFromAttempts } from "./fit-from-attempts";
import { roundMastery } from "./format-mastery";
import { listModelVersions, makeCurrent } from "./model-versions";
import { studentSkillMeters } from "./skill-mastery";
import { loadObservations, loadStudentState } from "./student-state";

let prisma: PrismaClient;
let classroomId: string;
let teacherId: string;

const problem = (key: string, title: string, skills: [string, string]) => ({
  key,
  title,
  statement: addFractions.statement,
  steps: addFractions.steps.map((s, i) => ({ ...s, skills: [skills[i] as string] })),
});

beforeAll(async () => {
  prisma = await testDatabase();
  forgetCurrentModel();
  await importBundle(
    prisma,
    parseBundle({
      format: "stepwise",
      version: 1,
      skills: [
        { key: "lcd", name: "Least common denominator" },
        { key: "add-like", name: "Add like fractions", prerequisites: ["lcd"] },
      ],
      problemSets: [
        {
          key: "kt-set",
          title: "KT set",
          problems: [
            problem("kt-p1", "First", ["lcd", "add-like"]),
            problem("kt-p2", "Second", ["lcd", "add-like"]),
            problem("kt-p3", "Third", ["lcd", "add-like"]),
          ],
        },
      ],
    }),
  );
  teacherId = (
    await prisma.user.create({ data: { email: "t@kt.test", name: "T", role: "teacher", passwordHash: "x" } })
  ).id;
  classroomId = (await prisma.classroom.create({ data: { name: "C", teacherId, joinCode: "KTKT23" } })).id;
  const set = await prisma.problemSet.findUniqueOrThrow({ where: { key: "kt-set" } });
  await prisma.problemSetAssignment.create({ data: { classroomId, problemSetId: set.id } });
});

async function student(email: string) {
  const s = await prisma.user.create({ data: { email, name: email, role: "student", passwordHash: "x" } });
  await prisma.enrollment.create({ data: { classroomId, studentId: s.id } });
  return s.id;
}

const skillId = async (key: string) => (await prisma.skill.findUniqueOrThrow({ where: { key } })).id;

describe("knowledge tracing in the product", () => {
  it("a correct first attempt raises the step's skill mastery; the meter shows it", async () => {
    const id = await student("a@kt.test");
    const lcd = await skillId("lcd");
    const first = (await studentSkillMeters(prisma, id)).find((m) => m.skillId === lcd);
    expect(first).toMatchObject({ status: "not started", opportunities: 0, lastEvidenceAt: null });
    const before = first?.value ?? -1;
    const sessionId = (await openPractice(prisma, id)) as string;
    await submitTurn(prisma, {
      sessionId,
      studentId: id,
      request: { kind: "message", text: "12", idempotencyKey: "kt-a-1-key" },
    });
    const row = await prisma.knowledgeState.findUniqueOrThrow({
      where: { studentId_skillId: { studentId: id, skillId: lcd } },
    });
    expect(row.mastery).toBeGreaterThan(before);
    expect(row.opportunities).toBe(1);
    const after = (await studentSkillMeters(prisma, id)).find((m) => m.skillId === lcd);
    expect(after?.value).toBe(roundMastery(row.mastery));
    expect(after?.status).toBe("in progress");
    expect(after?.lastEvidenceAt).toEqual(row.lastEvidenceAt);
    expect((await prisma.learnerModelState.findUniqueOrThrow({ where: { studentId: id } })).observations).toBe(1);
  });

  it("a wrong first attempt raises it less than a right one; later attempts are not observations", async () => {
    const right = await student("r@kt.test");
    const wrong = await student("w@kt.test");
    const lcd = await skillId("lcd");
    for (const [id, answer] of [
      [right, "12"],
      [wrong, "7"],
    ] as const) {
      const sessionId = (await openPractice(prisma, id)) as string;
      await submitTurn(prisma, {
        sessionId,
        studentId: id,
        request: { kind: "message", text: answer, idempotencyKey: `kt-${id}-1` },
      });
      await submitTurn(prisma, {
        sessionId,
        studentId: id,
        request: { kind: "message", text: "12", idempotencyKey: `kt-${id}-2` },
      });
    }
    const m = async (id: string) =>
      (await prisma.knowledgeState.findUniqueOrThrow({ where: { studentId_skillId: { studentId: id, skillId: lcd } } }))
        .mastery;
    expect(await m(right)).toBeGreaterThan(await m(wrong));
    expect((await prisma.learnerModelState.findUniqueOrThrow({ where: { studentId: wrong } })).observations).toBe(1);
  });

  it("racing first attempts: the knowledge update is stored with the one turn that is, once", async () => {
    // Issue 16: the update is now part of the turn's own statement (decision 022).
    const id = await student("race@kt.test");
    const sessionId = (await openPractice(prisma, id)) as string;
    for (const [i, text] of ["7", "12"].entries())
      await submitTurn(prisma, {
        sessionId,
        studentId: id,
        request: { kind: "message", text, idempotencyKey: `kt-race-${i}` },
      });
    const learner = async () => prisma.learnerModelState.findUniqueOrThrow({ where: { studentId: id } });
    const before = await learner();
    expect(before.observations).toBe(1);
    // Each racer answers the same state (as the browser does, naming it): one that reads after
    // the winner stored its turn gets a conflict instead of becoming the next turn.
    const { turnCount } = await prisma.tutoringSession.findUniqueOrThrow({ where: { id: sessionId } });
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map((k) =>
        submitTurn(prisma, {
          sessionId,
          studentId: id,
          request: { kind: "message", text: "11/24", idempotencyKey: `kt-race-x${k}`, seq: turnCount },
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await learner()).observations).toBe(2);
    const attempts = await prisma.attempt.count({ where: { studentId: id, firstAttempt: true } });
    expect(attempts).toBe(2);
    const opportunities = await prisma.knowledgeState.aggregate({
      where: { studentId: id },
      _sum: { opportunities: true },
    });
    const skillsPerAttempt = await prisma.attempt.findMany({
      where: { studentId: id, firstAttempt: true },
      select: { step: { select: { skills: { select: { skillId: true } } } } },
    });
    expect(opportunities._sum.opportunities).toBe(skillsPerAttempt.reduce((n, a) => n + a.step.skills.length, 0));
  });

  it("replaying the attempts gives the same state as the incremental updates (self-healing)", async () => {
    const id = await student("heal@kt.test");
    const sessionId = (await openPractice(prisma, id)) as string;
    for (const [i, text] of ["7", "12", "11/24", "11/12"].entries()) {
      await submitTurn(prisma, {
        sessionId,
        studentId: id,
        request: { kind: "message", text, idempotencyKey: `kt-heal-${i}` },
      });
    }
    // Stored mastery is each skill's value right after its own last first attempt, in the
    // incremental update and the replay alike: the whole row must be identical.
    const incremental = await prisma.knowledgeState.findMany({ where: { studentId: id }, orderBy: { skillId: "asc" } });
    const global = (await prisma.learnerModelState.findUniqueOrThrow({ where: { studentId: id } })).global;
    await prisma.learnerModelState.delete({ where: { studentId: id } });
    await loadStudentState(prisma, id);
    const replayed = await prisma.knowledgeState.findMany({ where: { studentId: id }, orderBy: { skillId: "asc" } });
    const row = (r: (typeof replayed)[number]) => [r.skillId, r.state, r.opportunities, r.mastery, r.lastEvidenceAt];
    expect(replayed.map(row)).toEqual(incremental.map(row));
    expect((await prisma.learnerModelState.findUniqueOrThrow({ where: { studentId: id } })).global).toEqual(global);
  });

  it("a first attempt ever (no learner row, no attempt) is stored by the turn itself; with attempts it is replayed", async () => {
    // A client that counts reads of the attempts (a replay reads them all back).
    const { client: counted, calls: attemptReads } = countCalls(prisma, "attempt", "findMany");
    const p1 = await prisma.problem.findUniqueOrThrow({ where: { key: "kt-p1" } });
    // A session started without the picker (which would store an empty learner row first).
    const fresh = async (email: string) => {
      const id = await student(email);
      const sessionId = await startTutoringSession(prisma, {
        studentId: id,
        problemVersionId: p1.publishedVersionId ?? "",
      });
      return { id, sessionId };
    };
    const a = await fresh("first-ever@kt.test");
    expect(await prisma.learnerModelState.findUnique({ where: { studentId: a.id } })).toBeNull();
    await submitTurn(counted, {
      sessionId: a.sessionId,
      studentId: a.id,
      request: { kind: "message", text: "12", idempotencyKey: "kt-first-ever" },
    });
    expect(attemptReads()).toBe(0);
    expect((await prisma.learnerModelState.findUniqueOrThrow({ where: { studentId: a.id } })).observations).toBe(1);
    const folded = await prisma.knowledgeState.findMany({ where: { studentId: a.id } });
    expect(folded.map((r) => r.opportunities)).toEqual([1]);
    // The same as replaying that one attempt.
    await prisma.learnerModelState.delete({ where: { studentId: a.id } });
    await loadStudentState(prisma, a.id);
    const replayed = await prisma.knowledgeState.findMany({ where: { studentId: a.id } });
    const row = (r: (typeof replayed)[number]) => [r.skillId, r.state, r.opportunities, r.mastery, r.lastEvidenceAt];
    expect(replayed.map(row)).toEqual(folded.map(row));

    // Attempts stored but no learner row (a lost update): the turn replays them all.
    const b = await fresh("lost-row@kt.test");
    await submitTurn(prisma, {
      sessionId: b.sessionId,
      studentId: b.id,
      request: { kind: "message", text: "7", idempotencyKey: "kt-lost-1" },
    });
    await prisma.learnerModelState.delete({ where: { studentId: b.id } });
    const other = await startTutoringSession(prisma, {
      studentId: b.id,
      problemVersionId: p1.publishedVersionId ?? "",
    });
    await submitTurn(counted, {
      sessionId: other,
      studentId: b.id,
      request: { kind: "message", text: "12", idempotencyKey: "kt-lost-2" },
    });
    expect(attemptReads()).toBeGreaterThan(0);
    expect((await prisma.learnerModelState.findUniqueOrThrow({ where: { studentId: b.id } })).observations).toBe(2);
  });

  it("kt:fit stores a candidate; once made current, students' states move to it", async () => {
    const id = (await prisma.user.findUniqueOrThrow({ where: { email: "a@kt.test" } })).id;
    // Few students and attempts here: the detector is fitted only when asked to below the minimums.
    const s = await fitFromAttempts(prisma, null, { detectorMinStudents: 1, detectorMinAttempts: 1 });
    expect(s.detector).toBe(true);
    expect((await listModelVersions(prisma)).find((r) => r.version === s.version)?.detector).toBe(true);
    expect(s.version).toBe(1);
    expect(s.attempts).toBeGreaterThan(0);
    const v = await prisma.ktModelVersion.findUniqueOrThrow({ where: { version: 1 } });
    expect(v.status).toBe("candidate");
    await loadStudentState(prisma, id);
    expect((await prisma.learnerModelState.findUniqueOrThrow({ where: { studentId: id } })).modelVersionId).toBeNull();
    await makeCurrent(prisma, v.id, null, "kt.activate");
    await loadStudentState(prisma, id);
    expect((await prisma.learnerModelState.findUniqueOrThrow({ where: { studentId: id } })).modelVersionId).toBe(v.id);
    expect(await prisma.auditLog.count({ where: { action: "kt.fit" } })).toBe(1);
  });

  it("a fit stores the picker's detector with the version; the pick reads it over the student's own attempts", async () => {
    const id = (await prisma.user.findUniqueOrThrow({ where: { email: "a@kt.test" } })).id;
    const v = await prisma.ktModelVersion.findUniqueOrThrow({ where: { version: 1 } });
    const params = v.params as Record<string, unknown>;
    const detector = loadSimpleBkt(params.detector);
    const [lcd, addLike] = [await skillId("lcd"), await skillId("add-like")];
    expect(Object.keys(detector.config.skills)).toContain(lcd);
    const cm = await currentModel(prisma);
    expect(cm.versionId).toBe(v.id);
    expect(cm.detector).not.toBeNull();
    const loaded = await loadPickInput(prisma, id);
    const input = loaded?.input;
    if (!input?.learnt) throw new Error("the pick input has no detector reading");
    // The same numbers as the stored detector replayed here over the student's first attempts.
    const history = await loadObservations(prisma, id);
    expect(history.length).toBeGreaterThan(0);
    const state = detector.initialState();
    for (const h of history) detector.update(state, h.item, h.obs);
    for (const s of [lcd, addLike]) expect(input.learnt[s]).toBeCloseTo(detector.mastery(state, s, input.now), 3);
    // "adaptive" is then the gain rule on them; "adaptive_score" keeps the score rule.
    expect(pickByPolicy(input, "adaptive")).toEqual(chooseNext({ ...input, rule: "gain" }));
    expect(pickByPolicy(input, "adaptive_score")).toEqual(chooseNext({ ...input, rule: "score" }));

    // A version stored before fits had a detector loads without one: the score rule, as before.
    const { detector: _dropped, ...older } = params;
    const old = await prisma.ktModelVersion.create({
      data: {
        version: 2,
        kind: v.kind,
        params: older as never,
        metrics: {},
        attempts: v.attempts,
        status: "candidate",
      },
    });
    await makeCurrent(prisma, old.id, null, "kt.activate");
    expect((await currentModel(prisma)).detector).toBeNull();
    const plain = (await loadPickInput(prisma, id))?.input;
    expect(plain?.learnt).toBeUndefined();
    // A detector that does not load (here: not a SimpleBkt) leaves the model and mastery working.
    const broken = await prisma.ktModelVersion.create({
      data: {
        version: 3,
        kind: v.kind,
        params: { ...older, detector: { kind: "simple-bkt", skills: {}, fallback: { prior: 7 } } } as never,
        metrics: {},
        attempts: v.attempts,
        status: "candidate",
      },
    });
    await makeCurrent(prisma, broken.id, null, "kt.activate");
    const withBroken = await currentModel(prisma);
    expect(withBroken.versionId).toBe(broken.id);
    expect(withBroken.detector).toBeNull();
    expect((await loadPickInput(prisma, id))?.input.learnt).toBeUndefined();
    expect((await studentSkillMeters(prisma, id)).length).toBeGreaterThan(0);
    await makeCurrent(prisma, v.id, null, "kt.rollback");
    expect((await currentModel(prisma)).detector).not.toBeNull();
    // Experiment arms other than "adaptive" do not read the detector.
    expect((await loadPickInput(prisma, id, { detector: false }))?.input.learnt).toBeUndefined();
  });

  it("the pick respects a teacher's pin and skip and explains itself", async () => {
    const id = await student("pin@kt.test");
    const [p1, p2, p3] = await Promise.all(
      ["kt-p1", "kt-p2", "kt-p3"].map((k) => prisma.problem.findUniqueOrThrow({ where: { key: k } })),
    );
    if (!p1 || !p2 || !p3) throw new Error("problems");
    const free = await chooseNextProblem(prisma, id);
    expect(free?.problemId).toBe(p1.id);
    expect(free?.reason.length).toBeGreaterThan(10);
    await prisma.studentOverride.create({ data: { studentId: id, problemId: p3.id, kind: "pin", teacherId } });
    await prisma.studentOverride.create({ data: { studentId: id, problemId: p1.id, kind: "skip", teacherId } });
    const pinned = await chooseNextProblem(prisma, id);
    expect(pinned).toMatchObject({ problemId: p3.id, kind: "pinned" });
    await prisma.studentOverride.deleteMany({ where: { studentId: id, kind: "pin" } });
    const next = await chooseNextProblem(prisma, id);
    expect(next?.problemId).not.toBe(p1.id);
    const sessionId = (await openPractice(prisma, id)) as string;
    const session = await prisma.tutoringSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.pickReason).toBe(next?.reason);
  });
});
