import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { KtItem, KtModel, KtObservation, StudentState } from "@/lib/kt/types";
import { type CurrentModel, currentModel } from "./current-model";

type Db = PrismaClient | Prisma.TransactionClient;

/** A student's first attempts as model observations, oldest first (preview sessions excluded). */
export async function loadObservations(prisma: Db, studentId: string) {
  const rows = await prisma.attempt.findMany({
    where: { studentId, firstAttempt: true, session: { preview: false } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      stepId: true,
      correct: true,
      hintsUsed: true,
      createdAt: true,
      step: { select: { skills: { select: { skillId: true } } } },
    },
  });
  return rows.map((r) => ({
    item: { itemId: r.stepId, skills: r.step.skills.map((s) => s.skillId) } satisfies KtItem,
    obs: { correct: r.correct, hintsUsed: r.hintsUsed, t: r.createdAt.getTime() } satisfies KtObservation,
  }));
}

/**
 * The student's state under the current model. Stored rows are used when they were built by
 * this model version from every first attempt; otherwise (a new fit, or an update that failed
 * after its turn was stored) the state is replayed from the attempts and stored again.
 */
export async function loadStudentState(
  prisma: PrismaClient,
  studentId: string,
  current?: CurrentModel,
): Promise<{ state: StudentState; current: CurrentModel; observations: number }> {
  const cm = current ?? (await currentModel(prisma));
  const [learner, observed] = await Promise.all([
    prisma.learnerModelState.findUnique({ where: { studentId } }),
    prisma.attempt.count({ where: { studentId, firstAttempt: true, session: { preview: false } } }),
  ]);
  if (learner && learner.modelVersionId === cm.versionId && learner.observations === observed) {
    const rows = await prisma.knowledgeState.findMany({ where: { studentId }, select: { skillId: true, state: true } });
    const state: StudentState = { skills: {}, global: learner.global as Record<string, number> };
    for (const r of rows) state.skills[r.skillId] = r.state as Record<string, number>;
    return { state, current: cm, observations: observed };
  }
  const history = await loadObservations(prisma, studentId);
  const state = cm.model.initialState();
  const opportunities: Record<string, number> = {};
  for (const h of history) {
    cm.model.update(state, h.item, h.obs);
    for (const s of h.item.skills) opportunities[s] = (opportunities[s] ?? 0) + 1;
  }
  await saveState(prisma, studentId, cm, state, Object.keys(opportunities), history.length, opportunities);
  return { state, current: cm, observations: history.length };
}

/**
 * Writes the given skills' rows (state and mastery now) and the learner row in one statement
 * (one round trip, atomic, no interactive transaction holding the embedded database).
 */
export async function saveState(
  prisma: PrismaClient,
  studentId: string,
  cm: CurrentModel,
  state: StudentState,
  skillIds: string[],
  observations: number,
  /** First attempts per skill so far (for the rows being written). */
  opportunities: Record<string, number>,
): Promise<void> {
  const now = Date.now();
  const model: KtModel = cm.model;
  const rows = skillIds.map((skillId) => ({
    skillId,
    mastery: model.mastery(state, skillId, now),
    state: state.skills[skillId] ?? {},
    opportunities: opportunities[skillId] ?? 0,
  }));
  await prisma.$executeRaw`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS r("skillId" text, "mastery" double precision, "state" jsonb, "opportunities" int)
    ),
    skills AS (
      INSERT INTO "KnowledgeState" ("studentId", "skillId", "mastery", "state", "opportunities", "modelVersionId", "updatedAt")
      SELECT ${studentId}, "skillId", "mastery", "state", "opportunities", ${cm.versionId}, now() FROM input
      ON CONFLICT ("studentId", "skillId") DO UPDATE
        SET "mastery" = EXCLUDED."mastery", "state" = EXCLUDED."state", "opportunities" = EXCLUDED."opportunities",
            "modelVersionId" = EXCLUDED."modelVersionId", "updatedAt" = now()
      RETURNING 1
    )
    INSERT INTO "LearnerModelState" ("studentId", "modelVersionId", "global", "observations", "updatedAt")
    VALUES (${studentId}, ${cm.versionId}, ${JSON.stringify(state.global)}::jsonb, ${observations}, now())
    ON CONFLICT ("studentId") DO UPDATE
      SET "modelVersionId" = EXCLUDED."modelVersionId", "global" = EXCLUDED."global",
          "observations" = EXCLUDED."observations", "updatedAt" = now()`;
}

/**
 * Folds one new first attempt (already stored) into the student's state: reads and writes only
 * the step's skills, so it costs O(skills of the step). A stale state is replayed instead.
 */
export async function recordFirstAttempt(
  prisma: PrismaClient,
  studentId: string,
  item: KtItem,
  obs: KtObservation,
): Promise<void> {
  const cm = await currentModel(prisma);
  const learner = await prisma.learnerModelState.findUnique({ where: { studentId } });
  if (!learner || learner.modelVersionId !== cm.versionId) {
    await loadStudentState(prisma, studentId, cm); // replays every attempt, this one included
    return;
  }
  // If an earlier update was lost, the stored count lags the attempts and the next full read
  // (practice page, next pick) replays; here we only fold in this attempt.
  const rows = await prisma.knowledgeState.findMany({
    where: { studentId, skillId: { in: item.skills } },
    select: { skillId: true, state: true, opportunities: true },
  });
  const state: StudentState = { skills: {}, global: learner.global as Record<string, number> };
  const opportunities: Record<string, number> = {};
  for (const s of item.skills) opportunities[s] = 1;
  for (const r of rows) {
    state.skills[r.skillId] = r.state as Record<string, number>;
    opportunities[r.skillId] = r.opportunities + 1;
  }
  cm.model.update(state, item, obs);
  await saveState(prisma, studentId, cm, state, item.skills, learner.observations + 1, opportunities);
}
