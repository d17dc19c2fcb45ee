import { beforeAll, describe, expect, it } from "vitest";
import { importBundle } from "@/lib/content/import-bundle";
import { type AppError, isAppError, publicError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { translate } from "@/lib/i18n/translator";
import { type IssueLike, zodIssueInWords } from "@/lib/i18n/zod-errors";
import { submitTurn } from "@/lib/sessions/submit-turn";
import { fixtureBundle } from "@/tests/fixture-bundle";
import { testDatabase } from "@/tests/test-db";
import type { Actor } from "./actor";
import { listAuditLog } from "./list-audit-log";
import { createProblemSet, setProblemSetAssignment, setProblemSetPublished } from "./problem-sets";
import { setProblemPublished } from "./publish-problem";
import { saveProblem } from "./save-problem";
import { createSkill, mergeSkills, setPrerequisites, updateSkill } from "./skills";
import { nextProblemInSet, startPreview } from "./start-preview";

let prisma: PrismaClient;
let admin: Actor;
let teacher: Actor;

beforeAll(async () => {
  prisma = await testDatabase();
  await importBundle(prisma, fixtureBundle());
  const mk = async (role: "admin" | "teacher") =>
    prisma.user.create({
      data: { email: `${role}@x.test`, name: role, role, passwordHash: "x" },
      select: { id: true, role: true },
    });
  admin = await mk("admin");
  teacher = await mk("teacher");
});

const skillId = async (key: string) => (await prisma.skill.findUniqueOrThrow({ where: { key } })).id;

function draft(key: string, answer = 6, skills = ["halving"]) {
  return {
    key,
    title: "Half of twelve",
    statement: "Sam has 12 marbles and gives half of them to Ana.",
    steps: [
      {
        prompt: "How many marbles does Ana get?",
        answer: { kind: "numeric", value: answer },
        skills,
        hints: [
          { kind: "hint", text: "Half means two equal groups." },
          { kind: "bottom_out", text: `The answer is ${answer}.` },
        ],
        wrongAnswers: [{ match: "24", feedback: "Did you double instead of halving?", misconception: "doubled" }],
      },
    ],
  };
}

describe("skills", () => {
  it.each([
    ["an empty name", () => createSkill(prisma, admin, { key: "empty-name", name: "" }), "The name can't be empty."],
    [
      "a key with capitals",
      () => createSkill(prisma, admin, { key: "Bad Key", name: "N" }),
      "The key is not written only with lowercase letters, digits, '.', '_' or '-' (starting with a letter or digit).",
    ],
    [
      "an empty set title",
      () => createProblemSet(prisma, admin, { key: "empty-title", title: "" }),
      "The title can't be empty.",
    ],
  ])("refuses %s with an issue the admin pages put in words", async (_name, run, sentence) => {
    const e = await run().then(
      () => null,
      (x: unknown) => x,
    );
    expect(isAppError(e)).toBe(true);
    const issue = ((e as AppError).details as { zodIssue?: IssueLike }).zodIssue;
    expect(issue && zodIssueInWords(issue, translate("en"))).toBe(sentence);
  });

  it("creates and renames a skill, refusing duplicates and non-admins", async () => {
    const s = await createSkill(prisma, admin, { key: "halving", name: "Halving" });
    await expect(createSkill(prisma, admin, { key: "halving", name: "Again" })).rejects.toThrow(/already exists/);
    await expect(createSkill(prisma, teacher, { key: "t-skill", name: "No" })).rejects.toThrow(/Only admins/);
    await updateSkill(prisma, admin, s.id, { name: "Halving numbers", description: "Split into two equal parts." });
    expect((await prisma.skill.findUniqueOrThrow({ where: { id: s.id } })).name).toBe("Halving numbers");
    expect(await prisma.auditLog.count({ where: { entityId: s.id } })).toBe(2);
  });

  it("edits prerequisites and rejects a cycle with a message naming it", async () => {
    const a = await createSkill(prisma, admin, { key: "cyc-a", name: "Alpha" });
    const b = await createSkill(prisma, admin, { key: "cyc-b", name: "Beta" });
    const c = await createSkill(prisma, admin, { key: "cyc-c", name: "Gamma" });
    await setPrerequisites(prisma, admin, b.id, [a.id]);
    await setPrerequisites(prisma, admin, c.id, [b.id]);
    await expect(setPrerequisites(prisma, admin, a.id, [c.id])).rejects.toThrow(
      /cycle of prerequisites: (Alpha → Gamma → Beta → Alpha|Gamma → Beta → Alpha → Gamma|Beta → Alpha → Gamma → Beta)\./,
    );
    await expect(setPrerequisites(prisma, admin, a.id, [a.id])).rejects.toThrow(
      /cycle of prerequisites: Alpha → Alpha/,
    );
    // The same refusal in the reader's language (the admin pages pass their translator).
    const refusal = await setPrerequisites(prisma, admin, a.id, [a.id]).catch((e: unknown) => e);
    expect(publicError(refusal, translate("es")).message).toBe(
      "Eso crearía un ciclo de prerrequisitos: Alpha → Alpha.",
    );
    expect(await prisma.skillPrerequisite.count({ where: { skillId: a.id } })).toBe(0);
  });

  it("merges a skill: step tags, prerequisite edges and knowledge states move, in one transaction", async () => {
    const keep = await skillId("lcd");
    const merge = await skillId("add-like"); // add-like needs lcd; merging drops that self-edge
    const extra = await createSkill(prisma, admin, { key: "extension", name: "Extension" });
    await setPrerequisites(prisma, admin, extra.id, [merge]);
    const student = await prisma.user.create({
      data: { email: "s@x.test", name: "S", role: "student", passwordHash: "x" },
    });
    await prisma.knowledgeState.create({
      data: { studentId: student.id, skillId: merge, mastery: 0.7, opportunities: 5, state: {} },
    });
    await prisma.knowledgeState.create({
      data: { studentId: student.id, skillId: keep, mastery: 0.2, opportunities: 1, state: {} },
    });
    const taggedBefore = await prisma.stepSkill.count({ where: { skillId: { in: [keep, merge] } } });
    const r = await mergeSkills(prisma, admin, { keepId: keep, mergeId: merge });
    expect(r).toEqual({ stepTags: 1, prerequisiteEdges: 1, knowledgeStates: 1 });
    expect(await prisma.skill.findUnique({ where: { id: merge } })).toBeNull();
    expect(await prisma.stepSkill.count({ where: { skillId: keep } })).toBe(taggedBefore);
    expect(await prisma.skillPrerequisite.findMany({ where: { skillId: extra.id } })).toEqual([
      { skillId: extra.id, prerequisiteId: keep },
    ]);
    const ks = await prisma.knowledgeState.findMany({ where: { studentId: student.id } });
    expect(ks).toHaveLength(1);
    expect(ks[0]).toMatchObject({ skillId: keep, mastery: 0.7, opportunities: 5 });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "skill.merge" } });
    expect(audit.details).toMatchObject({ kept: "lcd", merged: "add-like" });
  });

  it("refuses a merge that would make a cycle, and changes nothing", async () => {
    const x = await createSkill(prisma, admin, { key: "m-x", name: "X" });
    const y = await createSkill(prisma, admin, { key: "m-y", name: "Y" });
    const z = await createSkill(prisma, admin, { key: "m-z", name: "Z" });
    await setPrerequisites(prisma, admin, y.id, [x.id]); // y needs x
    await setPrerequisites(prisma, admin, z.id, [y.id]); // z needs y
    // Merging x into z: y would need z and z needs y.
    await expect(mergeSkills(prisma, admin, { keepId: z.id, mergeId: x.id })).rejects.toThrow(/cycle of prerequisites/);
    expect(await prisma.skill.findUnique({ where: { id: x.id } })).not.toBeNull();
    expect(await prisma.skillPrerequisite.count({ where: { skillId: y.id, prerequisiteId: x.id } })).toBe(1);
    await expect(mergeSkills(prisma, teacher, { keepId: z.id, mergeId: x.id })).rejects.toThrow(/Only admins/);
  });
});

describe("problems: save, version, publish, preview", () => {
  let setId: string;
  let problemId: string;

  it("creates a set and a problem as drafts", async () => {
    setId = (await createProblemSet(prisma, admin, { key: "authoring-set", title: "Authoring set" })).id;
    const r = await saveProblem(prisma, admin, { setId, draft: draft("half-12") });
    expect(r).toMatchObject({ ok: true, version: 1, changed: true });
    if (!r.ok) return;
    problemId = r.problemId;
    const p = await prisma.problem.findUniqueOrThrow({ where: { id: problemId } });
    expect(p).toMatchObject({ status: "draft", publishedVersionId: null, position: 0 });
  });

  it("returns issues naming the step and field, and writes nothing", async () => {
    const bad = draft("half-12");
    bad.steps[0]!.wrongAnswers[0]!.match = "6";
    bad.steps[0]!.hints.reverse();
    const r = await saveProblem(prisma, admin, { setId, problemId, draft: bad });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        step: 1,
        field: 'wrongAnswers[1] "6"',
        message: "is accepted as correct by the answer specification",
      }),
    );
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        step: 1,
        field: "hints[1]",
        message: "the bottom-out must be the last rung of the ladder",
      }),
    );
    const unknown = await saveProblem(prisma, admin, { setId, problemId, draft: draft("half-12", 6, ["nope"]) });
    expect(unknown).toEqual({
      ok: false,
      issues: [
        {
          step: 1,
          field: "skills",
          message: 'unknown skill "nope"',
          text: { key: "admin.errors.issues.unknownSkill", values: { key: "nope" } },
        },
      ],
    });
    expect(await prisma.problemVersion.count({ where: { problemId } })).toBe(1);
  });

  it("writes no new version when nothing changed; a key cannot be reused", async () => {
    expect(await saveProblem(prisma, admin, { setId, problemId, draft: draft("half-12") })).toMatchObject({
      ok: true,
      version: 1,
      changed: false,
    });
    const dup = await saveProblem(prisma, admin, { setId, draft: draft("half-12") });
    expect(dup).toMatchObject({ ok: false, issues: [{ field: "key" }] });
  });

  it("publishing makes the latest version live; an edit is a draft until published again; sessions keep theirs", async () => {
    await setProblemPublished(prisma, admin, problemId, true);
    const v1 = (await prisma.problem.findUniqueOrThrow({ where: { id: problemId } })).publishedVersionId as string;
    const student = await prisma.user.create({
      data: { email: "s2@x.test", name: "S2", role: "student", passwordHash: "x" },
    });
    const { startTutoringSession } = await import("@/lib/sessions/start-session");
    const sessionId = await startTutoringSession(prisma, { studentId: student.id, problemVersionId: v1 });

    const edited = draft("half-12");
    edited.statement = "Sam has 12 red marbles and gives half of them to Ana.";
    expect(await saveProblem(prisma, admin, { setId, problemId, draft: edited })).toMatchObject({
      version: 2,
      changed: true,
    });
    expect((await prisma.problem.findUniqueOrThrow({ where: { id: problemId } })).publishedVersionId).toBe(v1);
    await setProblemPublished(prisma, admin, problemId, true);
    const live = await prisma.problem.findUniqueOrThrow({
      where: { id: problemId },
      include: { publishedVersion: true },
    });
    expect(live.publishedVersion?.version).toBe(2);
    expect((await prisma.tutoringSession.findUniqueOrThrow({ where: { id: sessionId } })).problemVersionId).toBe(v1);

    await setProblemPublished(prisma, admin, problemId, false);
    expect(await prisma.problem.findUniqueOrThrow({ where: { id: problemId } })).toMatchObject({
      status: "draft",
      publishedVersionId: null,
    });
    await expect(setProblemPublished(prisma, teacher, problemId, true)).rejects.toThrow(/Only admins/);
  });

  it("preview: the admin plays the latest version; no attempts are recorded", async () => {
    const sessionId = await startPreview(prisma, admin, problemId);
    const s = await prisma.tutoringSession.findUniqueOrThrow({
      where: { id: sessionId },
      include: { problemVersion: true },
    });
    expect(s).toMatchObject({ preview: true, studentId: admin.id });
    expect(s.problemVersion.version).toBe(2);
    const r = await submitTurn(prisma, {
      sessionId,
      studentId: admin.id,
      request: { kind: "message", text: "24", idempotencyKey: "preview-key-1" },
    });
    expect(r.tutorTurn.text).toContain("Did you double instead of halving?");
    expect(await prisma.attempt.count({ where: { sessionId } })).toBe(0);
  });

  it("preview's next problem: the set's next by position, the last wraps to the first; admins only", async () => {
    const second = await saveProblem(prisma, admin, { setId, problemId: null, draft: draft("half-of-twelve-next") });
    expect(second.ok).toBe(true);
    const ids = (
      await prisma.problem.findMany({
        where: { problemSetId: setId },
        orderBy: { position: "asc" },
        select: { id: true },
      })
    ).map((p) => p.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const [i, id] of ids.entries())
      expect(await nextProblemInSet(prisma, admin, id)).toBe(ids[(i + 1) % ids.length]);
    await expect(nextProblemInSet(prisma, teacher, ids[0] as string)).rejects.toThrow(/Only admins/);
  });

  it("sets: publish and assign to a class; every change is in the audit log, paginated", async () => {
    const cls = await prisma.classroom.create({ data: { name: "7A", teacherId: teacher.id, joinCode: "AUTH7A" } });
    await setProblemSetPublished(prisma, admin, setId, true);
    await setProblemSetAssignment(prisma, admin, { setId, classroomId: cls.id, assigned: true });
    await setProblemSetAssignment(prisma, admin, { setId, classroomId: cls.id, assigned: true });
    expect(await prisma.problemSetAssignment.count({ where: { problemSetId: setId } })).toBe(1);
    await expect(
      setProblemSetAssignment(prisma, teacher, { setId, classroomId: cls.id, assigned: false }),
    ).rejects.toThrow(/Only admins/);
    const actions = (await prisma.auditLog.findMany({ where: { actorId: admin.id }, select: { action: true } })).map(
      (a) => a.action,
    );
    for (const a of [
      "set.create",
      "problem.create",
      "problem.edit",
      "problem.publish",
      "problem.unpublish",
      "set.publish",
      "set.assign",
    ])
      expect(actions).toContain(a);
    const page1 = await listAuditLog(prisma, 1);
    expect(page1.total).toBeGreaterThan(20);
    expect(page1.rows[0]?.action).toBe("set.assign");
    expect(page1.rows[0]?.actor?.email).toBe("admin@x.test");
    const last = await listAuditLog(prisma, 999);
    expect(last.page).toBe(last.pages);
  });
});
