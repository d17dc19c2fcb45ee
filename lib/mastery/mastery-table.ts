import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { KtModel } from "@/lib/kt/types";
import { type CurrentModel, currentModel } from "./current-model";
import { type MasteryStatus, masteryStatus, roundMastery } from "./format-mastery";
import { replayStudentState } from "./student-state";

/** One student's mastery of one skill: the number every view shows (decision 014). */
export interface MasteryCell {
  studentId: string;
  skillId: string;
  /** In [0, 1], rounded to 2 decimals: exactly the number shown (formatMastery prints it). */
  value: number;
  status: MasteryStatus;
  /** First attempts on the skill (0 = not started). */
  opportunities: number;
  /** When the last first attempt on the skill was made; null when not started. */
  lastEvidenceAt: Date | null;
}

export interface MasteryTable {
  /** The model version the values come from (null: the built-in prior). */
  modelVersionId: string | null;
  /** The cell of any student and skill; a pair without evidence is the prior, "not started". */
  cell(studentId: string, skillId: string): MasteryCell;
  /** Every requested pair, students outer, skills inner, in the order given. */
  cells: MasteryCell[];
}

const key = (studentId: string, skillId: string) => `${studentId}|${skillId}`;

// The prior per skill depends only on the (immutable) model: computed once per model.
const priors = new WeakMap<KtModel, Map<string, number>>();

/** The model's mastery of a new student on the skill (no evidence at all): "not started". */
export function priorMastery(model: KtModel, skillId: string): number {
  let byModel = priors.get(model);
  if (!byModel) {
    byModel = new Map();
    priors.set(model, byModel);
  }
  let value = byModel.get(skillId);
  if (value === undefined) {
    value = roundMastery(model.mastery(model.initialState(), skillId, 0));
    byModel.set(skillId, value);
  }
  return value;
}

/**
 * THE mastery of students on skills, for every view: the student's meters, the heatmap, the
 * teacher's student and class pages, the needs-help list, the CSV export and the picker.
 *
 * One stored state: KnowledgeState.mastery, the model's value taken right after the skill's
 * last first attempt (written with the state by lib/mastery/student-state.ts). A skill therefore
 * moves only when evidence about it arrives, never with the clock or with practice on other
 * skills. A skill without a first attempt is the model's prior for a new student, "not started".
 *
 * Students whose stored state is behind (a new model version, an update lost after its attempt
 * was stored) are replayed first, so every caller reads the same numbers. Cost: three queries
 * plus one replay per stale student.
 */
export async function masteryTable(
  prisma: PrismaClient,
  studentIds: readonly string[],
  skillIds: readonly string[],
  current?: CurrentModel,
): Promise<MasteryTable> {
  const cm = current ?? (await currentModel(prisma));
  const students = [...new Set(studentIds)];
  const skills = [...new Set(skillIds)];
  const stored = new Map<string, MasteryCell>();
  if (students.length && skills.length) {
    await bringUpToDate(prisma, students, cm);
    for (const c of await readCells(prisma, students, skills)) stored.set(key(c.studentId, c.skillId), c);
  }
  const cell = (studentId: string, skillId: string): MasteryCell =>
    stored.get(key(studentId, skillId)) ?? {
      studentId,
      skillId,
      value: priorMastery(cm.model, skillId),
      status: "not started",
      opportunities: 0,
      lastEvidenceAt: null,
    };
  return {
    modelVersionId: cm.versionId,
    cell,
    cells: students.flatMap((s) => skills.map((k) => cell(s, k))),
  };
}

/** Replays the students whose stored state is not this model's over all their first attempts. */
async function bringUpToDate(prisma: PrismaClient, students: string[], cm: CurrentModel): Promise<void> {
  const rows = await prisma.$queryRaw<
    { studentId: string; modelVersionId: string | null; observations: number | null; observed: number }[]
  >`
    SELECT u."id" AS "studentId", l."modelVersionId", l."observations",
           (SELECT count(*)::int FROM "Attempt" a
              JOIN "TutoringSession" s ON s."id" = a."sessionId" AND NOT s."preview"
             WHERE a."studentId" = u."id" AND a."firstAttempt") AS "observed"
    FROM "User" u
    LEFT JOIN "LearnerModelState" l ON l."studentId" = u."id"
    WHERE u."id" IN (${Prisma.join(students)})`;
  for (const r of rows) {
    const observed = Number(r.observed);
    const missing = r.observations === null;
    if (missing && observed === 0) continue; // never practised: every skill is the prior
    if (!missing && r.modelVersionId === cm.versionId && Number(r.observations) === observed) continue;
    await replayStudentState(prisma, r.studentId, cm);
  }
}

/**
 * The stored cells (skills with evidence). Aggregated to one JSON value in SQL: decoding
 * thousands of rows one by one through the driver adapter costs several times the query.
 */
async function readCells(prisma: PrismaClient, students: string[], skills: string[]): Promise<MasteryCell[]> {
  const [row] = await prisma.$queryRaw<{ cells: string | null }[]>`
    SELECT json_agg(json_build_array(k."studentId", k."skillId", k."mastery", k."opportunities",
                                     floor(extract(epoch FROM k."lastEvidenceAt") * 1000)))::text AS "cells"
    FROM "KnowledgeState" k
    WHERE k."studentId" IN (${Prisma.join(students)}) AND k."skillId" IN (${Prisma.join(skills)})
      AND k."opportunities" > 0`;
  const cells = JSON.parse(row?.cells ?? "[]") as [string, string, number, number, number | null][];
  return cells.map(([studentId, skillId, mastery, opportunities, at]) => {
    const value = roundMastery(Number(mastery));
    return {
      studentId,
      skillId,
      value,
      status: masteryStatus(Number(opportunities), value),
      opportunities: Number(opportunities),
      lastEvidenceAt: at === null ? null : new Date(Number(at)),
    };
  });
}
