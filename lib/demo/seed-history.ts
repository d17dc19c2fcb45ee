import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Deterministic PRNG (mulberry32) so that every demo database gets the same history. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Gives each demo student a few finished problems (sessions, turns and first-attempt records),
 * with different success rates, so that teachers' pages have something to show. Students that
 * already have sessions are left alone (idempotent).
 */
export async function seedPracticeHistory(prisma: PrismaClient, studentIds: string[]): Promise<number> {
  const problems = await prisma.problem.findMany({
    where: { status: "published", publishedVersionId: { not: null } },
    orderBy: [{ problemSet: { key: "asc" } }, { position: "asc" }],
    select: {
      publishedVersion: {
        select: { id: true, title: true, steps: { orderBy: { position: "asc" }, select: { id: true, prompt: true } } },
      },
    },
  });
  let created = 0;
  for (const [i, studentId] of studentIds.entries()) {
    if (await prisma.tutoringSession.count({ where: { studentId } })) continue;
    const rand = mulberry32(1000 + i);
    const skill = 0.45 + 0.1 * i; // students differ
    const count = 3 + i;
    const start = Date.now() - (7 - i) * 24 * 3600_000;
    for (let p = 0; p < count && p < problems.length; p++) {
      const version = problems[(i * 3 + p) % problems.length]?.publishedVersion;
      if (!version) continue;
      const at = (m: number) => new Date(start + p * 3600_000 + m * 60_000);
      await prisma.$transaction(async (tx) => {
        const session = await tx.tutoringSession.create({
          data: {
            studentId,
            problemVersionId: version.id,
            status: "completed",
            state: { stepIndex: version.steps.length, seeded: true },
            pickReason: "Demo history",
            startedAt: at(0),
            lastActivityAt: at(version.steps.length * 2),
            completedAt: at(version.steps.length * 2),
          },
        });
        let seq = 0;
        for (const [s, step] of version.steps.entries()) {
          const correct = rand() < skill;
          const hintsUsed = correct ? 0 : 1 + Math.floor(rand() * 2);
          await tx.attempt.create({
            data: {
              studentId,
              sessionId: session.id,
              stepId: step.id,
              answer: correct ? "(correct answer)" : "(wrong answer)",
              correct,
              firstAttempt: true,
              hintsUsed: 0,
              idempotencyKey: `seed-${session.id}-${s}-1`,
              createdAt: at(s * 2),
            },
          });
          if (!correct) {
            await tx.attempt.create({
              data: {
                studentId,
                sessionId: session.id,
                stepId: step.id,
                answer: "(correct answer)",
                correct: true,
                firstAttempt: false,
                hintsUsed,
                idempotencyKey: `seed-${session.id}-${s}-2`,
                createdAt: at(s * 2 + 1),
              },
            });
          }
          await tx.turn.create({
            data: {
              sessionId: session.id,
              seq: seq++,
              role: "tutor",
              text: step.prompt,
              stepIndex: s,
              evaluation: "g",
              action: 12,
              stepState: "x",
              move: "focus",
              subMove: "guide_focus",
              engine: "embedded",
              createdAt: at(s * 2),
            },
          });
        }
        created++;
      });
    }
  }
  return created;
}
