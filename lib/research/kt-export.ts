import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { escapeField } from "./datashop";
import { numericPseudonym } from "./pseudonym";

/**
 * The knowledge-tracing file: Gervet et al.'s tab-separated layout that `kt:eval --format gervet`
 * reads (lib/kt/data/read-gervet.ts): `user_id item_id timestamp correct skill_id`, one row per
 * first attempt at a step, by student then time. user_id: a numeric pseudonym (the held-out split
 * takes id % 5); item_id: the step's id; timestamp: seconds; skill_id: the step's skill keys
 * joined with "_" (the "combined" KC of the benchmark files), "none" for a step without skills.
 */
export const KT_HEADER = ["user_id", "item_id", "timestamp", "correct", "skill_id"] as const;

export interface KtExportRow {
  user: number;
  item: string;
  time: Date;
  correct: boolean;
  skills: string[];
}

export function ktLine(r: KtExportRow): string {
  const skill = r.skills.length ? [...r.skills].sort().join("_") : "none";
  return `${[String(r.user), r.item, String(Math.floor(r.time.getTime() / 1000)), r.correct ? "1" : "0", skill]
    .map((f) => escapeField(f).replace(/[\t,]/g, " "))
    .join("\t")}\n`;
}

/** The file, line by line: the header, then each student's first attempts in time order (one query per student). */
export async function* ktLines(
  prisma: PrismaClient,
  where: Prisma.TutoringSessionWhereInput,
  salt: string,
): AsyncGenerator<string> {
  yield `${KT_HEADER.join("\t")}\n`;
  const scope = { firstAttempt: true, session: { ...where, preview: false } };
  const students = await prisma.attempt.findMany({
    where: scope,
    distinct: ["studentId"],
    select: { studentId: true },
  });
  const order = students
    .map((s) => ({ id: s.studentId, anon: numericPseudonym(salt, s.studentId) }))
    .sort((a, b) => a.anon - b.anon);
  for (const s of order) {
    const rows = await prisma.attempt.findMany({
      where: { ...scope, studentId: s.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        stepId: true,
        correct: true,
        createdAt: true,
        step: { select: { skills: { select: { skill: { select: { key: true } } } } } },
      },
    });
    for (const r of rows)
      yield ktLine({
        user: s.anon,
        item: r.stepId,
        time: r.createdAt,
        correct: r.correct,
        skills: r.step.skills.map((k) => k.skill.key),
      });
  }
}
