import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadStudentState } from "./student-state";

export interface SkillMeter {
  skillId: string;
  name: string;
  mastery: number;
  /** First attempts at steps of this skill. */
  opportunities: number;
}

/** The student's mastery of each skill practised by the sets assigned to their classes. */
export async function studentSkillMeters(prisma: PrismaClient, studentId: string): Promise<SkillMeter[]> {
  const skills = await prisma.skill.findMany({
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
  const { state, current } = await loadStudentState(prisma, studentId);
  const rows = await prisma.knowledgeState.findMany({
    where: { studentId },
    select: { skillId: true, opportunities: true },
  });
  const seen = new Map(rows.map((r) => [r.skillId, r.opportunities]));
  const now = Date.now();
  return skills.map((s) => ({
    skillId: s.id,
    name: s.name,
    mastery: current.model.mastery(state, s.id, now),
    opportunities: seen.get(s.id) ?? 0,
  }));
}
