import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ClassHeader } from "./access";
import { cellKey, type HeatmapSkill, type MasteryGrid } from "./sort-heatmap";

export interface ClassStudent {
  id: string;
  name: string;
  email: string;
  enrolledAt: Date;
}

export interface MasteryRow {
  studentId: string;
  skillId: string;
  mastery: number;
  opportunities: number;
  updatedAt: Date;
}

export interface ClassMastery {
  students: ClassStudent[];
  skills: HeatmapSkill[];
  grid: MasteryGrid;
  rows: MasteryRow[];
}

export async function loadClassStudents(prisma: PrismaClient, cls: ClassHeader): Promise<ClassStudent[]> {
  const rows = await prisma.enrollment.findMany({
    where: { classroomId: cls.id, student: { role: "student" } },
    select: { createdAt: true, student: { select: { id: true, name: true, email: true } } },
    orderBy: { student: { name: "asc" } },
  });
  return rows.map((r) => ({ ...r.student, enrolledAt: r.createdAt }));
}

/**
 * Skills of the steps (published versions) of the class's assigned sets, in the order their
 * first step appears (set title, problem position, step position), with prerequisite names.
 */
export async function loadClassSkills(prisma: PrismaClient, cls: ClassHeader): Promise<HeatmapSkill[]> {
  const rows = await prisma.$queryRaw<{ id: string; key: string; name: string; ord: number; prereqs: string | null }[]>`
    WITH tagged AS (
      SELECT ss."skillId", ROW_NUMBER() OVER (ORDER BY ps."title", ps."id", p."position", st."position") AS ord
      FROM "ProblemSetAssignment" a
      JOIN "ProblemSet" ps ON ps."id" = a."problemSetId"
      JOIN "Problem" p ON p."problemSetId" = ps."id"
      JOIN "Step" st ON st."versionId" = p."publishedVersionId"
      JOIN "StepSkill" ss ON ss."stepId" = st."id"
      WHERE a."classroomId" = ${cls.id}
    ), firsts AS (
      SELECT "skillId", MIN(ord)::int AS ord FROM tagged GROUP BY "skillId"
    )
    SELECT k."id", k."key", k."name", f.ord,
           (SELECT string_agg(pk."name", E'\\x1f' ORDER BY pk."name")
              FROM "SkillPrerequisite" sp JOIN "Skill" pk ON pk."id" = sp."prerequisiteId"
             WHERE sp."skillId" = k."id") AS prereqs
    FROM firsts f JOIN "Skill" k ON k."id" = f."skillId"
    ORDER BY f.ord`;
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    name: r.name,
    order: Number(r.ord),
    prerequisites: r.prereqs ? r.prereqs.split("\x1f") : [],
  }));
}

/**
 * KnowledgeState rows of the class's students for these skills (missing rows are "no data").
 * Aggregated to one JSON value in SQL: decoding thousands of rows one by one through the driver
 * adapter cost several times more than the query (bench/dashboard.ts).
 */
export async function loadMasteryRows(
  prisma: PrismaClient,
  cls: ClassHeader,
  skillIds: string[],
): Promise<MasteryRow[]> {
  if (skillIds.length === 0) return [];
  const [row] = await prisma.$queryRaw<{ cells: string | null }[]>`
    SELECT json_agg(json_build_array(k."studentId", k."skillId", k."mastery", k."opportunities",
                                     floor(extract(epoch FROM k."updatedAt") * 1000)))::text AS "cells"
    FROM "KnowledgeState" k
    JOIN "Enrollment" e ON e."studentId" = k."studentId" AND e."classroomId" = ${cls.id}
    WHERE k."skillId" IN (${Prisma.join(skillIds)})`;
  const cells = JSON.parse(row?.cells ?? "[]") as [string, string, number, number, number][];
  return cells.map(([studentId, skillId, mastery, opportunities, updatedAt]) => ({
    studentId,
    skillId,
    mastery: Number(mastery),
    opportunities: Number(opportunities),
    updatedAt: new Date(Number(updatedAt)),
  }));
}

export async function loadClassMastery(prisma: PrismaClient, cls: ClassHeader): Promise<ClassMastery> {
  const [students, skills] = await Promise.all([loadClassStudents(prisma, cls), loadClassSkills(prisma, cls)]);
  const rows = await loadMasteryRows(
    prisma,
    cls,
    skills.map((s) => s.id),
  );
  const grid: MasteryGrid = new Map(
    rows.map((r) => [cellKey(r.studentId, r.skillId), { mastery: r.mastery, opportunities: r.opportunities }]),
  );
  return { students, skills, grid, rows };
}
