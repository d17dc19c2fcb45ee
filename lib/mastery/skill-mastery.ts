import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type MasteryCell, masteryTable } from "./mastery-table";

export interface SkillMeter extends MasteryCell {
  name: string;
}

/** The skills practised by the published sets assigned to the student's (active) classes, by name. */
export async function studentSkills(prisma: PrismaClient, studentId: string) {
  return prisma.skill.findMany({
    where: {
      steps: {
        some: {
          step: {
            version: {
              publishedFor: {
                problemSet: {
                  status: "published",
                  assignments: { some: { classroom: { archivedAt: null, enrollments: { some: { studentId } } } } },
                },
              },
            },
          },
        },
      },
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** The student's page: mastery of each skill of their assigned sets, from the one mastery table. */
export async function studentSkillMeters(prisma: PrismaClient, studentId: string): Promise<SkillMeter[]> {
  const skills = await studentSkills(prisma, studentId);
  const table = await masteryTable(
    prisma,
    [studentId],
    skills.map((s) => s.id),
  );
  return skills.map((s) => ({ ...table.cell(studentId, s.id), name: s.name }));
}
