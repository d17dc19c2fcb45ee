import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { TURN_CODE_FIELDS } from "@/lib/teach/describe-turn";
import {
  type CONDITION_FACTORS,
  classifyTransaction,
  datashopHeader,
  datashopLine,
  datashopRow,
  type Transaction,
} from "./datashop";
import { pseudonym } from "./pseudonym";

/** Sessions read per query while streaming (bounded memory however big the export). */
const PAGE = 100;

type ConditionInfo = { factor: (typeof CONDITION_FACTORS)[number]; name: string; type: string };

async function conditionNames(prisma: PrismaClient): Promise<Map<string, ConditionInfo>> {
  const rows = await prisma.experimentCondition.findMany({
    select: { id: true, name: true, variant: true, experiment: { select: { name: true, factor: true } } },
  });
  return new Map(
    rows.map((c) => [
      c.id,
      {
        factor: c.experiment.factor,
        name: `${c.experiment.name}: ${c.name}`,
        type: `${c.experiment.factor}:${c.variant}`,
      },
    ]),
  );
}

/** The sessions of the scope, a page at a time, in id order, with what a transaction row needs. */
async function* sessionPages(prisma: PrismaClient, where: Prisma.TutoringSessionWhereInput) {
  let after: string | undefined;
  for (;;) {
    const page = await prisma.tutoringSession.findMany({
      where: { ...where, preview: false, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: PAGE,
      select: {
        id: true,
        studentId: true,
        conditionIds: true,
        problemVersion: {
          select: {
            title: true,
            problem: { select: { key: true, problemSet: { select: { key: true } } } },
            steps: {
              orderBy: { position: "asc" },
              select: {
                position: true,
                prompt: true,
                _count: { select: { hints: true } },
                skills: { select: { skill: { select: { key: true } } } },
              },
            },
          },
        },
        turns: {
          orderBy: { seq: "asc" },
          select: {
            seq: true,
            role: true,
            text: true,
            stepIndex: true,
            idempotencyKey: true,
            ...TURN_CODE_FIELDS,
            messageKey: true,
            createdAt: true,
          },
        },
        attempts: { select: { idempotencyKey: true, correct: true } },
      },
    });
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1]?.id;
    if (page.length < PAGE) return;
  }
}

/**
 * Every tutor turn of the scope's sessions as a DataShop transaction, session by session: the
 * student turn it answers (if any) gives the input and, through its attempt, the outcome.
 */
export async function* transactions(
  prisma: PrismaClient,
  where: Prisma.TutoringSessionWhereInput,
  salt: string,
): AsyncGenerator<Transaction> {
  const conditions = await conditionNames(prisma);
  const students = new Map<string, string>();
  for await (const page of sessionPages(prisma, where)) {
    for (const s of page) {
      let anon = students.get(s.studentId);
      if (!anon) {
        anon = pseudonym(salt, s.studentId);
        students.set(s.studentId, anon);
      }
      const byKey = new Map(s.attempts.map((a) => [a.idempotencyKey, a]));
      const conds: Transaction["conditions"] = {};
      for (const id of s.conditionIds ?? []) {
        const c = conditions.get(id);
        if (c) conds[c.factor] = { name: c.name, type: c.type };
      }
      const steps = s.problemVersion.steps;
      let studentTurn: (typeof s.turns)[number] | null = null;
      for (const turn of s.turns) {
        if (turn.role === "student") {
          studentTurn = turn;
          continue;
        }
        const answered = studentTurn && studentTurn.seq === turn.seq - 1 ? studentTurn : null;
        const attempt = answered?.idempotencyKey ? (byKey.get(answered.idempotencyKey) ?? null) : null;
        const stepIndex = answered?.stepIndex ?? turn.stepIndex ?? 0;
        const step = steps[Math.min(stepIndex, steps.length - 1)];
        const kind = classifyTransaction({ hasStudentTurn: !!answered, attempt, hintRung: turn.hintRung });
        yield {
          student: anon,
          sessionId: s.id,
          time: turn.createdAt,
          studentResponse: kind.studentResponse,
          level: s.problemVersion.problem.problemSet.key,
          problem: s.problemVersion.problem.key,
          step: step ? `${step.position + 1}: ${step.prompt}`.slice(0, 255) : "",
          outcome: kind.outcome,
          selection: `step-${stepIndex + 1}`,
          action: kind.action,
          input: answered?.text ?? "",
          feedback: turn.text,
          helpLevel: kind.studentResponse === "HINT_REQUEST" ? turn.hintRung : null,
          totalHints: step && kind.studentResponse === "HINT_REQUEST" ? step._count.hints : null,
          kcs: step ? step.skills.map((k) => k.skill.key).sort() : [],
          conditions: conds,
          labels: {
            evaluation: turn.evaluation,
            action: turn.action,
            stepState: turn.stepState,
            move: turn.move,
            subMove: turn.subMove,
            engine: turn.engine,
            revealed: turn.revealed,
            messageKey: turn.messageKey,
          },
        };
        studentTurn = null;
      }
    }
  }
}

/** The DataShop file, line by line: the header, then one line per transaction. */
export async function* datashopLines(
  prisma: PrismaClient,
  where: Prisma.TutoringSessionWhereInput,
  salt: string,
): AsyncGenerator<string> {
  yield datashopLine(datashopHeader());
  for await (const t of transactions(prisma, where, salt)) yield datashopLine(datashopRow(t));
}
