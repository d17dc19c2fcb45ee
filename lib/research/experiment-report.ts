import type { PrismaClient } from "@/lib/generated/prisma/client";
import { currentModel } from "@/lib/mastery/current-model";
import { masteryTable, priorMastery } from "@/lib/mastery/mastery-table";
import { experimentFields } from "./experiments";
import { type Interval, meanDifference, meanInterval, proportionDifference, wilson } from "./stats";

export interface ConditionReport {
  id: string;
  name: string;
  variant: string;
  weight: number;
  /** Students assigned (first exposure stored). */
  students: number;
  sessions: number;
  turns: number;
  /** First attempts answered correctly / first attempts (Wilson). */
  firstAttemptSuccess: Interval & { correct: number };
  /** Hint-ladder rungs given per problem (session), mean and t interval over sessions. */
  hintsPerProblem: Interval;
  /**
   * Mastery gain per student: the mean, over the skills the student practised in this
   * condition, of mastery now minus mastery at first exposure (the prior where there was no
   * evidence then); mean and t interval over students who practised.
   */
  masteryGain: Interval;
}

export interface DifferenceReport {
  /** The condition compared with the first (the reference). */
  conditionId: string;
  firstAttemptSuccess: Interval;
  hintsPerProblem: Interval;
  masteryGain: Interval;
}

export interface ExperimentReport {
  id: string;
  name: string;
  factor: string;
  status: string;
  classIds: string[];
  startedAt: Date | null;
  stoppedAt: Date | null;
  conditions: ConditionReport[];
  /** Each condition after the first minus the first. */
  differences: DifferenceReport[];
}

/**
 * The experiment's report. Everything is counted from the rows the condition is recorded on:
 * sessions and turns carrying the condition id (never previews), first attempts in those
 * sessions, the assignments and their mastery baselines. Null for an unknown experiment.
 */
export async function experimentReport(prisma: PrismaClient, id: string): Promise<ExperimentReport | null> {
  const e = await prisma.experiment.findUnique({
    where: { id },
    select: experimentFields,
  });
  if (!e) return null;
  const current = await currentModel(prisma);
  const raw = [];
  for (const c of e.conditions) {
    const inCondition = { preview: false, conditionIds: { has: c.id } };
    const [assignments, sessions, turns, attempts] = await Promise.all([
      prisma.experimentAssignment.findMany({
        where: { conditionId: c.id },
        select: { studentId: true, baseline: true },
      }),
      prisma.tutoringSession.findMany({
        where: inCondition,
        select: { _count: { select: { turns: { where: { role: "tutor", hintRung: { not: null } } } } } },
      }),
      prisma.turn.count({ where: { conditionIds: { has: c.id }, session: { preview: false } } }),
      prisma.attempt.findMany({
        where: { firstAttempt: true, session: inCondition },
        select: { studentId: true, correct: true, step: { select: { skills: { select: { skillId: true } } } } },
      }),
    ]);
    // Mastery gain: per student, over the skills they practised in this condition.
    const practised = new Map<string, Set<string>>();
    for (const a of attempts) {
      const set = practised.get(a.studentId) ?? new Set<string>();
      for (const s of a.step.skills) set.add(s.skillId);
      practised.set(a.studentId, set);
    }
    const skillIds = [...new Set([...practised.values()].flatMap((s) => [...s]))];
    const table = await masteryTable(prisma, [...practised.keys()], skillIds, current);
    const gains: number[] = [];
    for (const a of assignments) {
      const skills = practised.get(a.studentId);
      if (!skills?.size) continue;
      const base = (a.baseline ?? {}) as Record<string, number>;
      let sum = 0;
      for (const s of skills) sum += table.cell(a.studentId, s).value - (base[s] ?? priorMastery(current.model, s));
      gains.push(sum / skills.size);
    }
    const correct = attempts.filter((a) => a.correct).length;
    const hints = sessions.map((s) => s._count.turns);
    raw.push({
      c,
      students: assignments.length,
      sessions: sessions.length,
      turns,
      correct,
      n: attempts.length,
      hints,
      gains,
    });
  }
  const conditions: ConditionReport[] = raw.map((r) => ({
    ...r.c,
    students: r.students,
    sessions: r.sessions,
    turns: r.turns,
    firstAttemptSuccess: { ...wilson(r.correct, r.n), correct: r.correct },
    hintsPerProblem: meanInterval(r.hints),
    masteryGain: meanInterval(r.gains),
  }));
  const ref = raw[0];
  const differences: DifferenceReport[] = ref
    ? raw.slice(1).map((r) => ({
        conditionId: r.c.id,
        firstAttemptSuccess: proportionDifference(r.correct, r.n, ref.correct, ref.n),
        hintsPerProblem: meanDifference(r.hints, ref.hints),
        masteryGain: meanDifference(r.gains, ref.gains),
      }))
    : [];
  return { ...e, conditions, differences };
}
