import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type MasteryCell, masteryTable } from "@/lib/mastery/mastery-table";
import type { ClassHeader } from "./access";
import { cellKey, type HeatmapSkill, type MasteryGrid } from "./sort-heatmap";

export interface ClassStudent {
  id: string;
  name: string;
  email: string;
  enrolledAt: Date;
}

export interface ClassMastery {
  students: ClassStudent[];
  skills: HeatmapSkill[];
  grid: MasteryGrid;
  /** Every student x skill of the class (students outer), from the one mastery table. */
  cells: MasteryCell[];
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
 * first step appears (set title, problem position, step position), with prerequisite names and
 * the set they first appear in (the heatmap's column groups).
 */
export async function loadClassSkills(prisma: PrismaClient, cls: ClassHeader): Promise<HeatmapSkill[]> {
  const rows = await prisma.$queryRaw<
    { id: string; key: string; name: string; ord: number; setTitle: string; prereqs: string | null }[]
  >`
    WITH tagged AS (
      SELECT ss."skillId", ps."title" AS "setTitle",
             ROW_NUMBER() OVER (ORDER BY ps."title", ps."id", p."position", st."position") AS ord
      FROM "ProblemSetAssignment" a
      JOIN "ProblemSet" ps ON ps."id" = a."problemSetId"
      JOIN "Problem" p ON p."problemSetId" = ps."id"
      JOIN "Step" st ON st."versionId" = p."publishedVersionId"
      JOIN "StepSkill" ss ON ss."stepId" = st."id"
      WHERE a."classroomId" = ${cls.id}
    ), firsts AS (
      SELECT DISTINCT ON ("skillId") "skillId", ord::int AS ord, "setTitle" FROM tagged ORDER BY "skillId", ord
    )
    SELECT k."id", k."key", k."name", f.ord, f."setTitle",
           (SELECT string_agg(pk."name", E'\\x1f' ORDER BY pk."name")
              FROM "SkillPrerequisite" sp JOIN "Skill" pk ON pk."id" = sp."prerequisiteId"
             WHERE sp."skillId" = k."id") AS prereqs
    FROM firsts f JOIN "Skill" k ON k."id" = f."skillId"
    ORDER BY f.ord`;
  // Groups: the problem set where each skill first appears, in the sets' order.
  const groupOrder = new Map<string, number>();
  for (const r of rows) if (!groupOrder.has(r.setTitle)) groupOrder.set(r.setTitle, groupOrder.size);
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    name: r.name,
    order: Number(r.ord),
    prerequisites: r.prereqs ? r.prereqs.split("\x1f") : [],
    group: r.setTitle,
    groupOrder: groupOrder.get(r.setTitle) ?? 0,
  }));
}

/**
 * The class's students x skills from lib/mastery/mastery-table.ts (the number the student sees
 * too; unpractised skills are the model's prior, "not started").
 */
export async function loadClassMastery(prisma: PrismaClient, cls: ClassHeader): Promise<ClassMastery> {
  const [students, skills] = await Promise.all([loadClassStudents(prisma, cls), loadClassSkills(prisma, cls)]);
  const table = await masteryTable(
    prisma,
    students.map((s) => s.id),
    skills.map((s) => s.id),
  );
  const grid: MasteryGrid = new Map(
    table.cells.map((c) => [
      cellKey(c.studentId, c.skillId),
      { mastery: c.value, status: c.status, opportunities: c.opportunities },
    ]),
  );
  return { students, skills, grid, cells: table.cells };
}
