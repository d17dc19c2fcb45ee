import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ClassHeader } from "./access";
import { findStudentsNeedingHelp, type StudentNeedingHelp } from "./find-students-needing-help";
import { loadHelpSignals } from "./load-help-signals";
import type { ClassMastery } from "./load-mastery";
import { type HelpAction, orderByUrgency, suggestActions } from "./suggest-help";

/** Who needs help first in a class (most urgent first), with a suggested step for each reason. */
export async function loadNeedsHelp(
  prisma: PrismaClient,
  cls: ClassHeader,
  mastery: ClassMastery,
  now: Date,
  locale: string,
): Promise<{ students: StudentNeedingHelp[]; actions: Map<string, HelpAction[]> }> {
  const signals = await loadHelpSignals(prisma, cls, mastery, now);
  const students = orderByUrgency(findStudentsNeedingHelp(signals, now, locale), locale);
  const prerequisites = new Map(mastery.skills.map((s) => [s.name, s.prerequisites]));
  const bySignals = new Map(signals.map((s) => [s.studentId, s]));
  const classBase = `/teach/classes/${cls.id}`;
  const actions = new Map(
    students.map((s) => [s.studentId, suggestActions(s, bySignals.get(s.studentId), prerequisites, classBase)]),
  );
  return { students, actions };
}
