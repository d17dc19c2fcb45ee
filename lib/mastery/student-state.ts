import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
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

/** One skill's stored row besides its model state: the shown value and its evidence. */
export interface SkillSnapshot {
  /** The model's mastery right after the skill's last first attempt (what every view shows). */
  mastery: number;
  /** First attempts on the skill so far. */
  opportunities: number;
  /** Time of the last first attempt on the skill (ms; 0 when unknown). */
  lastEvidenceAt: number;
}

/**
 * Folds one first attempt into `state` and takes the snapshot of each of its skills right
 * after it: the stored mastery of a skill is the model's value at its own last evidence, so
 * attempts on other skills (which move student-level terms such as θ) never change it
 * (decision 014). The same function serves the incremental update and the replay, so both
 * store the same numbers.
 */
export function foldAttempt(
  model: KtModel,
  state: StudentState,
  item: KtItem,
  obs: KtObservation,
  snapshots: Record<string, SkillSnapshot>,
): void {
  model.update(state, item, obs);
  for (const skill of new Set(item.skills)) {
    snapshots[skill] = {
      mastery: model.mastery(state, skill, obs.t),
      opportunities: (snapshots[skill]?.opportunities ?? 0) + 1,
      lastEvidenceAt: obs.t,
    };
  }
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
  return replayStudentState(prisma, studentId, cm);
}

/** Rebuilds the student's state from every first attempt under `cm` and stores it. */
export async function replayStudentState(
  prisma: PrismaClient,
  studentId: string,
  cm: CurrentModel,
): Promise<{ state: StudentState; current: CurrentModel; observations: number }> {
  const history = await loadObservations(prisma, studentId);
  const state = cm.model.initialState();
  const snapshots: Record<string, SkillSnapshot> = {};
  for (const h of history) foldAttempt(cm.model, state, h.item, h.obs, snapshots);
  await saveState(prisma, studentId, cm, state, snapshots, history.length);
  return { state, current: cm, observations: history.length };
}

/** What a knowledge update writes: the given skills' rows and the learner row. */
export interface KnowledgeWrite {
  studentId: string;
  versionId: string | null;
  rows: {
    skillId: string;
    mastery: number;
    state: Record<string, number>;
    opportunities: number;
    lastEvidenceAt: string | null;
  }[];
  global: Record<string, number>;
  observations: number;
}

export function knowledgeWrite(
  studentId: string,
  cm: CurrentModel,
  state: StudentState,
  snapshots: Record<string, SkillSnapshot>,
  observations: number,
): KnowledgeWrite {
  const rows = Object.entries(snapshots).map(([skillId, snap]) => ({
    skillId,
    mastery: snap.mastery,
    state: state.skills[skillId] ?? {},
    opportunities: snap.opportunities,
    // An ISO string cast to timestamp keeps the UTC wall time, as Prisma stores DateTime.
    lastEvidenceAt: snap.lastEvidenceAt > 0 ? new Date(snap.lastEvidenceAt).toISOString() : null,
  }));
  return { studentId, versionId: cm.versionId, rows, global: state.global, observations };
}

/**
 * The upserts of a knowledge update as three CTEs (kt_input, kt_skills, kt_learner), for a WITH
 * clause. `from` joins a guard into both inserts: `, upd` writes only if the turn's own update
 * matched (lib/sessions/write-turn-pair.ts); empty writes unconditionally.
 */
export function knowledgeUpsertCtes(w: KnowledgeWrite, from: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`
    kt_input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(w.rows)}::jsonb)
        AS r("skillId" text, "mastery" double precision, "state" jsonb, "opportunities" int, "lastEvidenceAt" timestamp(3))
    ),
    kt_skills AS (
      INSERT INTO "KnowledgeState" ("studentId", "skillId", "mastery", "state", "opportunities", "lastEvidenceAt",
                                    "modelVersionId", "updatedAt")
      SELECT ${w.studentId}, kt_input."skillId", kt_input."mastery", kt_input."state", kt_input."opportunities",
             kt_input."lastEvidenceAt", ${w.versionId}::text, now()
      FROM kt_input${from}
      ON CONFLICT ("studentId", "skillId") DO UPDATE
        SET "mastery" = EXCLUDED."mastery", "state" = EXCLUDED."state", "opportunities" = EXCLUDED."opportunities",
            "lastEvidenceAt" = EXCLUDED."lastEvidenceAt", "modelVersionId" = EXCLUDED."modelVersionId",
            "updatedAt" = now()
      RETURNING 1
    ),
    kt_learner AS (
      INSERT INTO "LearnerModelState" ("studentId", "modelVersionId", "global", "observations", "updatedAt")
      SELECT ${w.studentId}, ${w.versionId}::text, ${JSON.stringify(w.global)}::jsonb, ${w.observations}, now()
      FROM (SELECT 1) AS one${from}
      ON CONFLICT ("studentId") DO UPDATE
        SET "modelVersionId" = EXCLUDED."modelVersionId", "global" = EXCLUDED."global",
            "observations" = EXCLUDED."observations", "updatedAt" = now()
      RETURNING 1
    )`;
}

/**
 * Writes the given skills' rows (model state, snapshot) and the learner row in one statement
 * (one round trip, atomic, no interactive transaction holding the embedded database).
 */
export async function saveState(
  prisma: PrismaClient,
  studentId: string,
  cm: CurrentModel,
  state: StudentState,
  /** The skills to write, with their snapshots. */
  snapshots: Record<string, SkillSnapshot>,
  observations: number,
): Promise<void> {
  const w = knowledgeWrite(studentId, cm, state, snapshots, observations);
  await prisma.$executeRaw`WITH ${knowledgeUpsertCtes(w)} SELECT 1`;
}

/** The learner row and the stored rows of some skills, as one read returns them. */
export interface StoredLearner {
  modelVersionId: string | null;
  global: Record<string, number>;
  observations: number;
  skills: {
    skillId: string;
    state: Record<string, number>;
    opportunities: number;
    mastery: number;
    /** ms since the epoch (the stored UTC time), or null. */
    lastEvidenceAt: number | null;
  }[];
}

/**
 * One first attempt folded into the stored learner (rows for at least the item's skills): the
 * write to store, or null when the stored state is not this model's (then replay instead).
 */
export function foldIntoStored(
  cm: CurrentModel,
  studentId: string,
  learner: StoredLearner | null | undefined,
  item: KtItem,
  obs: KtObservation,
): KnowledgeWrite | null {
  if (!learner || learner.modelVersionId !== cm.versionId) return null;
  const state: StudentState = { skills: {}, global: learner.global };
  const snapshots: Record<string, SkillSnapshot> = {};
  const wanted = new Set(item.skills);
  for (const r of learner.skills) {
    if (!wanted.has(r.skillId)) continue;
    state.skills[r.skillId] = r.state;
    snapshots[r.skillId] = {
      mastery: r.mastery,
      opportunities: r.opportunities,
      lastEvidenceAt: r.lastEvidenceAt ?? 0,
    };
  }
  foldAttempt(cm.model, state, item, obs, snapshots);
  const written: Record<string, SkillSnapshot> = {};
  for (const k of wanted) if (snapshots[k]) written[k] = snapshots[k];
  return knowledgeWrite(studentId, cm, state, written, learner.observations + 1);
}

/**
 * A student's first attempt ever (no learner row and no attempt stored before it): the model's
 * initial state with this attempt folded in, which is exactly what replaying their one attempt
 * gives, so the turn's own statement can store it instead of a replay after the write (a new
 * class's first turns all took this path at once: issue 16).
 */
export function foldFirstEver(cm: CurrentModel, studentId: string, item: KtItem, obs: KtObservation): KnowledgeWrite {
  const state = cm.model.initialState();
  const snapshots: Record<string, SkillSnapshot> = {};
  foldAttempt(cm.model, state, item, obs, snapshots);
  return knowledgeWrite(studentId, cm, state, snapshots, 1);
}

/** SQL selecting a student's learner row and skill rows as one JSON value (see StoredLearner). */
export function storedLearnerSql(studentId: Prisma.Sql, skillFilter: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT json_build_object(
      'modelVersionId', l."modelVersionId", 'global', l."global", 'observations', l."observations",
      'skills', COALESCE((SELECT json_agg(json_build_object(
                  'skillId', k."skillId", 'state', k."state", 'opportunities', k."opportunities",
                  'mastery', k."mastery",
                  'lastEvidenceAt', floor(extract(epoch FROM k."lastEvidenceAt") * 1000)))
                FROM "KnowledgeState" k WHERE k."studentId" = l."studentId" AND k."skillId" IN (${skillFilter})),
               '[]'::json))
    FROM "LearnerModelState" l WHERE l."studentId" = ${studentId})`;
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
  // The learner row and the step's skill rows in one statement (two before: decision 022).
  const [row] = await prisma.$queryRaw<{ learner: StoredLearner | null }[]>`
    SELECT ${storedLearnerSql(Prisma.sql`${studentId}`, Prisma.sql`SELECT unnest(${item.skills}::text[])`)} AS "learner"`;
  // If an earlier update was lost, the stored count lags the attempts and the next full read
  // (practice page, heatmap, next pick: lib/mastery/mastery-table.ts) replays; here we only
  // fold in this attempt.
  const write = foldIntoStored(cm, studentId, row?.learner, item, obs);
  if (!write) {
    await replayStudentState(prisma, studentId, cm); // every attempt, this one included
    return;
  }
  await prisma.$executeRaw`WITH ${knowledgeUpsertCtes(write)} SELECT 1`;
}
