import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDatabase } from "@/tests/test-db";
import { loadDemoContent } from "./load-demo-content";
import { seedDemo } from "./seed-demo";

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await testDatabase();
});

async function counts() {
  return {
    users: await prisma.user.count(),
    classes: await prisma.classroom.count(),
    skills: await prisma.skill.count(),
    versions: await prisma.problemVersion.count(),
    steps: await prisma.step.count(),
    sessions: await prisma.tutoringSession.count(),
    turns: await prisma.turn.count(),
    attempts: await prisma.attempt.count(),
    knowledge: await prisma.knowledgeState.count(),
  };
}

describe("the demo seed", () => {
  it("loads the demo (3 sets, 40+ problems, 12+ skills, 1 admin, 1 teacher with a class, 5 students with history) and changes nothing the second time", async () => {
    const content = loadDemoContent();
    const first = await seedDemo(prisma, content);
    expect(first.content.problemSets).toBeGreaterThanOrEqual(3);
    expect(first.content.problems).toBeGreaterThanOrEqual(40);
    expect(first.content.skills).toBeGreaterThanOrEqual(12);
    expect(await prisma.user.count({ where: { role: "admin" } })).toBe(1);
    expect(await prisma.user.count({ where: { role: "teacher" } })).toBe(1);
    const students = await prisma.user.findMany({ where: { role: "student" }, select: { id: true } });
    expect(students).toHaveLength(5);
    for (const s of students) {
      expect(await prisma.attempt.count({ where: { studentId: s.id, firstAttempt: true } })).toBeGreaterThan(0);
      expect(await prisma.knowledgeState.count({ where: { studentId: s.id } })).toBeGreaterThan(0);
    }
    // The roster reads sensibly: every student joined (and every account existed) before the
    // practice the seed backdates into the past week, not "joined today, last active 6 days ago".
    const firstSession = await prisma.tutoringSession.findFirstOrThrow({ orderBy: { startedAt: "asc" } });
    for (const e of await prisma.enrollment.findMany({ include: { student: true, classroom: true } })) {
      expect(e.createdAt.getTime()).toBeLessThan(firstSession.startedAt.getTime());
      expect(e.student.createdAt.getTime()).toBeLessThanOrEqual(e.createdAt.getTime());
      expect(e.classroom.createdAt.getTime()).toBeLessThanOrEqual(e.createdAt.getTime());
    }
    const before = await counts();
    const second = await seedDemo(prisma, content);
    expect(second).toMatchObject({ usersCreated: 0, historySessions: 0, content: { newVersions: 0 } });
    expect(await counts()).toEqual(before);
  });

  it("each seeded attempt carries the key of the student turn it answers (the research export joins on it)", async () => {
    // Found in a browser walk: the DataShop export read seeded answers as messages and shifted
    // their outcomes, because the seed keyed attempts by position and turns by sequence number.
    const attempts = await prisma.attempt.findMany({ select: { sessionId: true, idempotencyKey: true, answer: true } });
    expect(attempts.length).toBeGreaterThan(20);
    for (const a of attempts) {
      const turn = await prisma.turn.findFirst({
        where: { sessionId: a.sessionId, role: "student", idempotencyKey: a.idempotencyKey },
      });
      expect(turn?.text, `${a.idempotencyKey} ${a.answer}`).toBe(a.answer);
    }
  });
});
