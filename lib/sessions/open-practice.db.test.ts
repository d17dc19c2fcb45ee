import { beforeAll, describe, expect, it } from "vitest";
import { importBundle } from "@/lib/content/import-bundle";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { pickReasonText } from "@/lib/kt/pick/pick-reason-text";
import { PICK_REASON_KEYS } from "@/lib/kt/pick/types";
import { fixtureBundle } from "@/tests/fixture-bundle";
import { testDatabase } from "@/tests/test-db";
import { loadStudentSessionView, openPractice, practiceSkillMeters, studentPickReason, upNext } from "./open-practice";
import { startTutoringSession } from "./start-session";

let prisma: PrismaClient;
let aliceId: string;
let bobId: string;
let loneId: string;

const student = async (email: string) =>
  (await prisma.user.create({ data: { email, name: email, role: "student", passwordHash: "x" } })).id;

beforeAll(async () => {
  prisma = await testDatabase();
  await importBundle(prisma, fixtureBundle());
  const teacher = await prisma.user.create({
    data: { email: "t@x.test", name: "T", role: "teacher", passwordHash: "x" },
  });
  const cls = await prisma.classroom.create({ data: { name: "C", teacherId: teacher.id, joinCode: "PICK23" } });
  const set = await prisma.problemSet.findUniqueOrThrow({ where: { key: "fixture-set" } });
  await prisma.problemSetAssignment.create({ data: { classroomId: cls.id, problemSetId: set.id } });
  aliceId = await student("alice@x.test");
  bobId = await student("bob@x.test");
  loneId = await student("lone@x.test");
  for (const id of [aliceId, bobId]) await prisma.enrollment.create({ data: { classroomId: cls.id, studentId: id } });
});

describe("pick reasons stored as key + values", () => {
  it("the page previews the next problem and its friendly reason without recording a pick", async () => {
    const next = await upNext(prisma, aliceId);
    expect(next.kind).toBe("next");
    expect(next.reason?.reasonKey).toBeTruthy();
    expect(await prisma.problemPick.count({ where: { studentId: aliceId } })).toBe(0);
    const line = next.reason ? pickReasonText(next.reason, "student", "en") : null;
    expect(line).toBeTruthy();
    expect(line).not.toMatch(/\d\.\d|predicted|success/);
  });

  it("opening practice records the pick with text, key, values and the session it started", async () => {
    const sessionId = (await openPractice(prisma, aliceId)) as string;
    const pick = await prisma.problemPick.findFirstOrThrow({ where: { studentId: aliceId } });
    expect(pick.sessionId).toBe(sessionId);
    expect(PICK_REASON_KEYS).toContain(pick.reasonKey);
    expect(pick.reasonParams).toBeTypeOf("object");
    // The English text for old readers is exactly the teacher's wording of the key.
    expect(pickReasonText(pick, "teacher", "en")).toBe(pick.reason);
    expect(pickReasonText(pick, "teacher", "es")).not.toBe(pick.reason);
    const session = await prisma.tutoringSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.pickReason).toBe(pick.reason);
    // The page now leads with "Continue" and the same reason.
    const next = await upNext(prisma, aliceId);
    expect(next).toMatchObject({ kind: "continue", reason: { reasonKey: pick.reasonKey } });
  });

  it("a student cannot read another student's pick reason or session view", async () => {
    const sessionId = (await openPractice(prisma, aliceId)) as string;
    expect(await studentPickReason(prisma, aliceId, sessionId)).not.toBeNull();
    expect(await loadStudentSessionView(prisma, aliceId, sessionId)).not.toBeNull();
    expect(await studentPickReason(prisma, bobId, sessionId)).toBeNull();
    expect(await loadStudentSessionView(prisma, bobId, sessionId)).toBeNull();
    // Bob's own page says nothing of Alice's session.
    const bobs = await upNext(prisma, bobId);
    expect(bobs.kind).toBe("next");
  });

  it("an old pick without a key still shows its text to the teacher and nothing to the student", async () => {
    const sessionId = (await openPractice(prisma, aliceId)) as string;
    await prisma.problemPick.updateMany({ where: { sessionId }, data: { reasonKey: null, reasonParams: undefined } });
    const pick = await studentPickReason(prisma, aliceId, sessionId);
    expect(pick?.reasonKey).toBeNull();
    expect(pickReasonText(pick ?? {}, "teacher", "en")).toBe(pick?.reason);
    expect(pickReasonText(pick ?? {}, "student", "en")).toBeNull();
  });
});

describe("the skills the student's page shows", () => {
  it("are the assigned sets' skills, and with no sets those of the problems practised", async () => {
    const assigned = await practiceSkillMeters(prisma, bobId);
    expect(assigned.length).toBeGreaterThan(0);
    const allSkills = await prisma.skill.count();
    expect(assigned.length).toBeLessThanOrEqual(allSkills);
    // A student in no class who has practised nothing sees no skills (not the whole library).
    expect(await practiceSkillMeters(prisma, loneId)).toEqual([]);
    expect((await upNext(prisma, loneId)).kind).toBe("none");
    // Once they have practised a problem (no class), its skills are shown.
    const problem = await prisma.problem.findUniqueOrThrow({ where: { key: "fixture-set-p1" } });
    await startTutoringSession(prisma, { studentId: loneId, problemVersionId: problem.publishedVersionId as string });
    const practised = await practiceSkillMeters(prisma, loneId);
    const skills = await prisma.stepSkill.findMany({
      where: { step: { versionId: problem.publishedVersionId as string } },
      select: { skillId: true },
    });
    expect(new Set(practised.map((m) => m.skillId))).toEqual(new Set(skills.map((s) => s.skillId)));
    expect(practised.every((m) => m.status === "not started")).toBe(true);
  });
});
