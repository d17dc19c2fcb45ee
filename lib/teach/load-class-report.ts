import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ClassHeader } from "./access";
import type { MoveCount, StepRun } from "./compute-dialogue-metrics";
import {
  type LabelledWrongAnswer,
  labelWrongAnswers,
  NORMALISED_ANSWER_SQL,
  type StepForLabels,
  type WrongAnswerGroup,
} from "./label-wrong-answers";

export interface ReportProblem {
  id: string;
  title: string;
  setTitle: string;
  sessions: number;
}

export interface ClassReportData {
  problems: ReportProblem[];
  moves: MoveCount[];
  runs: StepRun[];
  /** Per step id: its problem and position, and the top wrong answers. */
  wrongAnswers: {
    stepId: string;
    problemId: string;
    problemTitle: string;
    stepIndex: number;
    prompt: string;
    answers: LabelledWrongAnswer[];
  }[];
}

/**
 * Everything the reports page aggregates for a class (optionally one problem), grouped in SQL:
 * move counts, one row per (session, step) with the k of the first solve and the first reveal,
 * and incorrect attempts grouped by normalised text. Sessions of the class's students only,
 * never previews.
 */
export async function loadClassReport(
  prisma: PrismaClient,
  cls: ClassHeader,
  problemId: string | null,
): Promise<ClassReportData> {
  const problemFilter = problemId ? Prisma.sql`AND v."problemId" = ${problemId}` : Prisma.empty;
  const sessions = Prisma.sql`
    SELECT s."id", v."problemId" FROM "TutoringSession" s
    JOIN "Enrollment" e ON e."studentId" = s."studentId" AND e."classroomId" = ${cls.id}
    JOIN "ProblemVersion" v ON v."id" = s."problemVersionId"
    WHERE NOT s."preview" ${problemFilter}`;

  const [problems, moves, runs, groups] = await Promise.all([
    prisma.$queryRaw<ReportProblem[]>`
      WITH cs AS (${sessions})
      SELECT p."id", pv."title", ps."title" AS "setTitle", count(cs."id")::int AS "sessions"
      FROM cs JOIN "Problem" p ON p."id" = cs."problemId"
      JOIN "ProblemSet" ps ON ps."id" = p."problemSetId"
      LEFT JOIN "ProblemVersion" pv ON pv."id" = p."publishedVersionId"
      GROUP BY p."id", pv."title", ps."title", p."position"
      ORDER BY ps."title", p."position"`,
    prisma.$queryRaw<MoveCount[]>`
      WITH cs AS (${sessions})
      SELECT cs."problemId", t."move", t."subMove", count(*)::int AS "n"
      FROM cs JOIN "Turn" t ON t."sessionId" = cs."id" AND t."role" = 'tutor'
      GROUP BY cs."problemId", t."move", t."subMove"`,
    prisma.$queryRaw<StepRun[]>`
      WITH cs AS (${sessions}),
      tt AS (
        SELECT t."sessionId", cs."problemId", t."stepIndex", t."revealed", t."hintRung",
               (t."evaluation" = 'b' AND t."stepState" IN ('y', 'z') AND NOT t."revealed") AS "solved",
               ROW_NUMBER() OVER (PARTITION BY t."sessionId", t."stepIndex" ORDER BY t."seq")::int AS "k"
        FROM cs JOIN "Turn" t ON t."sessionId" = cs."id"
        WHERE t."role" = 'tutor' AND t."seq" > 0 AND t."stepIndex" IS NOT NULL
      )
      SELECT "sessionId", "problemId", "stepIndex",
             min("k") FILTER (WHERE "solved") AS "solveK",
             min("k") FILTER (WHERE "revealed") AS "tellK",
             count(*) FILTER (WHERE "hintRung" IS NOT NULL AND NOT "revealed")::int AS "hints"
      FROM tt GROUP BY "sessionId", "problemId", "stepIndex"`,
    prisma.$queryRaw<WrongAnswerGroup[]>`
      WITH cs AS (${sessions})
      SELECT a."stepId", ${Prisma.raw(NORMALISED_ANSWER_SQL)} AS "answer", min(a."answer") AS "sample",
             count(*)::int AS "count"
      FROM cs JOIN "Attempt" a ON a."sessionId" = cs."id" AND NOT a."correct"
      GROUP BY a."stepId", 2`,
  ]);

  const stepIds = [...new Set(groups.map((g) => g.stepId))];
  const steps = stepIds.length
    ? await prisma.step.findMany({
        where: { id: { in: stepIds } },
        select: {
          id: true,
          position: true,
          prompt: true,
          answerSpec: true,
          wrongAnswers: { orderBy: { position: "asc" }, select: { match: true, misconception: true } },
          version: { select: { problemId: true, title: true } },
        },
      })
    : [];
  const forLabels = new Map<string, StepForLabels>(steps.map((s) => [s.id, s]));
  const labelled = labelWrongAnswers(groups, forLabels);
  const position = new Map(steps.map((s) => [s.id, s]));
  const wrongAnswers = [...labelled.entries()]
    .map(([stepId, answers]) => {
      const st = position.get(stepId);
      return {
        stepId,
        problemId: st?.version.problemId ?? "",
        problemTitle: st?.version.title ?? "",
        stepIndex: st ? st.position : 0,
        prompt: st?.prompt ?? "",
        answers,
      };
    })
    .sort(
      (a, b) =>
        (b.answers[0]?.count ?? 0) - (a.answers[0]?.count ?? 0) ||
        a.problemTitle.localeCompare(b.problemTitle) ||
        a.stepIndex - b.stepIndex,
    );

  return {
    problems,
    moves,
    runs: runs.map((r) => ({
      ...r,
      stepIndex: Number(r.stepIndex),
      solveK: r.solveK === null ? null : Number(r.solveK),
      tellK: r.tellK === null ? null : Number(r.tellK),
      hints: Number(r.hints),
    })),
    wrongAnswers,
  };
}
