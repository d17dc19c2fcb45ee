import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { translate } from "@/lib/i18n/translator";
import { loadProblemVersion } from "@/lib/sessions/load-problem";
import { tutorTurnData } from "@/lib/sessions/turn-data";
import { formatAnswer } from "@/lib/tutor/answers";
import { type PlayedTurn, playProblem, type StudentStrategy } from "@/lib/tutor/play-problem";

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

/** A simulated student of a given skill: right first time with probability `p`, else a common
 * wrong answer or a hint first. */
function learner(p: number, rand: () => number): StudentStrategy {
  return (problem, state, history) => {
    const step = problem.steps[state.stepIndex];
    if (!step) return null;
    const onStep = history.filter((h) => h.before.stepIndex === state.stepIndex && h.input !== null).length;
    if (onStep === 0 && rand() > p) {
      const wrong = step.wrongAnswers[Math.floor(rand() * step.wrongAnswers.length)];
      return wrong && rand() < 0.7 ? { kind: "message", text: wrong.match } : { kind: "hint" };
    }
    if (state.pendingScaffold !== null) {
      const s = step.hints[state.pendingScaffold];
      if (s?.answer && history.at(-1)?.decision.content.kind === "scaffold")
        return { kind: "message", text: formatAnswer(s.answer) };
    }
    return { kind: "message", text: formatAnswer(step.answer) };
  };
}

/** The seeded practice spreads over this many past days (student i starts DEMO_HISTORY_DAYS - i days ago). */
export const DEMO_HISTORY_DAYS = 7;

/**
 * Gives each demo student a few problems played through the real tutor engine (sessions, turns,
 * first-attempt records), backdated over the past week, with different skill levels. Students
 * who already have sessions are left alone (idempotent).
 */
export async function seedPracticeHistory(prisma: PrismaClient, studentIds: string[]): Promise<number> {
  const problems = await prisma.problem.findMany({
    where: { status: "published", publishedVersionId: { not: null } },
    orderBy: [{ problemSet: { key: "asc" } }, { position: "asc" }],
    select: { publishedVersionId: true },
  });
  let created = 0;
  for (const [i, studentId] of studentIds.entries()) {
    if (await prisma.tutoringSession.count({ where: { studentId } })) continue;
    const rand = mulberry32(1000 + i);
    const student = learner(0.35 + 0.12 * i, rand);
    const start = Date.now() - (DEMO_HISTORY_DAYS - i) * 24 * 3600_000;
    for (let p = 0; p < 3 + i && p < problems.length; p++) {
      const versionId = problems[(i * 5 + p) % problems.length]?.publishedVersionId;
      if (!versionId) continue;
      const problem = await loadProblemVersion(prisma, versionId);
      const played = playProblem(problem, student);
      await storePlayed(prisma, studentId, versionId, played, start + p * 3600_000);
      created++;
    }
  }
  return created;
}

async function storePlayed(
  prisma: PrismaClient,
  studentId: string,
  versionId: string,
  played: PlayedTurn[],
  t0: number,
) {
  const at = (k: number) => new Date(t0 + k * 40_000);
  const last = played.at(-1);
  const finished = last?.decision.next.finished ?? false;
  await prisma.$transaction(async (tx) => {
    const session = await tx.tutoringSession.create({
      data: {
        studentId,
        problemVersionId: versionId,
        status: finished ? "completed" : "active",
        state: (last?.decision.next ?? {}) as unknown as Prisma.InputJsonValue,
        pickReason: "Demo practice history",
        turnCount: played.length + played.filter((p) => p.input).length,
        startedAt: at(0),
        lastActivityAt: at(played.length * 2),
        completedAt: finished ? at(played.length * 2) : null,
      },
    });
    const steps = await tx.step.findMany({ where: { versionId }, orderBy: { position: "asc" }, select: { id: true } });
    let seq = 0;
    for (const p of played) {
      // The attempt carries its student turn's key, as submitTurn stores them: the research
      // export joins the two on it (a different key marked seeded answers as messages and shifted outcomes).
      let studentKey: string | null = null;
      if (p.input) {
        // A button press is stored as the words it shows, with its key (as submitTurn does).
        const key =
          p.input.kind === "message"
            ? null
            : p.input.kind === "hint"
              ? "student.chat.hintRequest"
              : "student.chat.stuckRequest";
        const text = p.input.kind === "message" ? p.input.text : translate("en")(key as string);
        await tx.turn.create({
          data: {
            sessionId: session.id,
            seq,
            role: "student",
            text,
            messageKey: key,
            locale: "en",
            stepIndex: p.before.stepIndex,
            idempotencyKey: `seed-${seq}`,
            createdAt: at(seq),
          },
        });
        studentKey = `seed-${seq}`;
        seq++;
      }
      await tx.turn.create({
        data: { sessionId: session.id, seq, ...tutorTurnData(p.turn, "embedded"), createdAt: at(seq) },
      });
      const a = p.decision.attempt;
      if (a) {
        await tx.attempt.create({
          data: {
            studentId,
            sessionId: session.id,
            stepId: steps[a.stepIndex]?.id as string,
            answer: a.answer,
            correct: a.correct,
            firstAttempt: a.firstAttempt,
            hintsUsed: a.hintsUsed,
            idempotencyKey: studentKey ?? `seed-${seq}`,
            createdAt: at(seq),
          },
        });
      }
      seq++;
    }
  });
}
