import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoContent } from "@/lib/demo/load-demo-content";
import { seedDemo } from "@/lib/demo/seed-demo";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadProblemVersion } from "@/lib/sessions/load-problem";
import { openPractice } from "@/lib/sessions/open-practice";
import { submitTurn } from "@/lib/sessions/submit-turn";
import { formatAnswer } from "@/lib/tutor/answers";
import { testDatabase } from "@/tests/test-db";
import { currentModel, forgetCurrentModel } from "./current-model";
import { fitFromAttempts } from "./fit-from-attempts";
import { type HistoryPoint, loadMasteryHistory } from "./mastery-history";
import { masteryTable } from "./mastery-table";
import { makeCurrent } from "./model-versions";

let prisma: PrismaClient;
let studentIds: string[];
let skillIds: string[];

beforeAll(async () => {
  prisma = await testDatabase();
  forgetCurrentModel();
  await seedDemo(prisma, loadDemoContent());
  studentIds = (await prisma.user.findMany({ where: { role: "student" }, select: { id: true } })).map((u) => u.id);
  skillIds = (await prisma.skill.findMany({ select: { id: true } })).map((s) => s.id);
});

/**
 * For every demo student and skill: the history's last point is masteryTable's cell (value,
 * opportunities, evidence time); a skill without attempts has no history. Returns the histories.
 */
async function expectHistoriesEndAtTheTable(): Promise<Map<string, Map<string, HistoryPoint[]>>> {
  const all = new Map<string, Map<string, HistoryPoint[]>>();
  let practised = 0;
  for (const id of studentIds) {
    // The table first: it replays a stale student, as the pages' reads do.
    const table = await masteryTable(prisma, [id], skillIds);
    const history = await loadMasteryHistory(prisma, id, skillIds);
    all.set(id, history);
    for (const cell of table.cells) {
      const points = history.get(cell.skillId);
      if (cell.opportunities === 0) {
        expect(points, `${id} ${cell.skillId}`).toBeUndefined();
        continue;
      }
      practised++;
      expect(points?.length, `${id} ${cell.skillId}`).toBe(cell.opportunities);
      const last = points?.at(-1);
      expect(last?.value, `${id} ${cell.skillId}`).toBe(cell.value);
      expect(last?.attempt).toBe(cell.opportunities);
      expect(last?.at).toBe(cell.lastEvidenceAt?.getTime());
    }
    // Every skill with a history is in the table (no history of an unknown skill).
    for (const skill of history.keys()) expect(skillIds).toContain(skill);
  }
  expect(practised).toBeGreaterThan(0);
  return all;
}

describe("loadMasteryHistory", () => {
  it("ends, for every demo student and practised skill, at the value masteryTable shows", async () => {
    expect(studentIds.length).toBeGreaterThan(1);
    await expectHistoriesEndAtTheTable();
  });

  it("restricted to some skills, gives those skills' histories unchanged; none for no skills", async () => {
    let checked = 0;
    for (const id of studentIds) {
      const all = await loadMasteryHistory(prisma, id);
      for (const skill of all.keys()) {
        expect((await loadMasteryHistory(prisma, id, [skill])).get(skill)).toEqual(all.get(skill));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    const id = studentIds[0] as string;
    expect((await loadMasteryHistory(prisma, id, [])).size).toBe(0);
  });

  it("after a first attempt (the incremental update), gains one point on the step's skills only, still ending at the table", async () => {
    const before = await expectHistoriesEndAtTheTable();
    const id = studentIds[0] as string;
    const sessionId = (await openPractice(prisma, id, { forceNew: true })) as string;
    const session = await prisma.tutoringSession.findUniqueOrThrow({ where: { id: sessionId } });
    const problem = await loadProblemVersion(prisma, session.problemVersionId);
    const practised = new Set(problem.stepSkills[0]);
    expect(practised.size).toBeGreaterThan(0);
    await submitTurn(prisma, {
      sessionId,
      studentId: id,
      request: { kind: "message", text: formatAnswer(problem.steps[0]!.answer), idempotencyKey: "history-1" },
    });
    // The knowledge update ran incrementally (no replay pending).
    const learner = await prisma.learnerModelState.findUniqueOrThrow({ where: { studentId: id } });
    const observed = await prisma.attempt.count({
      where: { studentId: id, firstAttempt: true, session: { preview: false } },
    });
    expect(learner.observations).toBe(observed);

    const after = await expectHistoriesEndAtTheTable();
    const old = before.get(id) ?? new Map<string, HistoryPoint[]>();
    for (const [skill, points] of after.get(id) ?? []) {
      const was = old.get(skill) ?? [];
      if (practised.has(skill)) {
        expect(points.length, skill).toBe(was.length + 1);
        expect(points.slice(0, was.length), skill).toEqual(was);
      } else {
        expect(points, skill).toEqual(was);
      }
    }
  });

  it("follows a new current model: every student's histories end at the table's new values", async () => {
    const s = await fitFromAttempts(prisma);
    const v = await prisma.ktModelVersion.findUniqueOrThrow({ where: { version: s.version } });
    await makeCurrent(prisma, v.id, null, "kt.activate");
    expect((await currentModel(prisma)).versionId).toBe(v.id);
    await expectHistoriesEndAtTheTable();
  });
});
