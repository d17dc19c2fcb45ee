import { randomUUID } from "node:crypto";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { type KnowledgeWrite, knowledgeUpsertCtes } from "@/lib/mastery/student-state";
import type { AttemptRecord, SessionState, TutorTurn } from "@/lib/tutor/types";

export interface TurnPair {
  sessionId: string;
  studentId: string;
  /** The seq the student turn gets; the session's turnCount must still equal it. */
  seq: number;
  studentText: string;
  /** A button's request ("Hint, please."): its message key, so that it reads in any language. */
  studentMessageKey?: string | null;
  studentStep: number;
  idempotencyKey: string;
  tutor: TutorTurn;
  engine: string;
  next: SessionState;
  /** Attempt to record, with the step's database id. */
  attempt: (AttemptRecord & { stepId: string }) | null;
  usage?: { inputTokens: number | null; outputTokens: number | null; latencyMs: number | null };
  /** The time stored on the turns and the attempt (default: now). */
  at?: Date;
  /** A first attempt's knowledge update, written with the turn (only if the turn is). */
  knowledge?: KnowledgeWrite | null;
}

/**
 * Stores a student turn, the tutor's reply (its text as shown, with its message key, values and
 * language when the embedded engine worded it), the attempt, a first attempt's knowledge update
 * and the new session state as ONE
 * statement (a data-modifying CTE): atomic without an interactive transaction, and one round
 * trip, which matters on the embedded database where a transaction holds the only connection.
 * Both turns carry the session's experiment conditions (read by the UPDATE itself, decision 025).
 * Returns false when the session's turnCount moved (another submit won the race): nothing is
 * written then.
 */
export async function writeTurnPair(prisma: PrismaClient, p: TurnPair): Promise<boolean> {
  const now = p.at ?? new Date();
  const t = p.tutor;
  const a = p.attempt;
  const state = JSON.stringify(p.next);
  const params = t.messageParams ? JSON.stringify(t.messageParams) : null;
  const finished = p.next.finished;
  const rows = await prisma.$queryRaw<{ updated: number }[]>`
    WITH upd AS (
      UPDATE "TutoringSession"
      SET "turnCount" = ${p.seq + 2}, "state" = ${state}::jsonb, "lastActivityAt" = ${now},
          "status" = CASE WHEN ${finished} AND "status" = 'active' THEN 'completed'::"SessionStatus" ELSE "status" END,
          "completedAt" = CASE WHEN ${finished} AND "status" = 'active' THEN ${now} ELSE "completedAt" END
      WHERE "id" = ${p.sessionId} AND "turnCount" = ${p.seq}
      RETURNING "id", "conditionIds"
    ),
    turns AS (
      INSERT INTO "Turn" ("id", "sessionId", "seq", "role", "text", "messageKey", "locale", "stepIndex", "idempotencyKey",
                          "revealed", "conditionIds", "createdAt")
      SELECT ${randomUUID()}, "id", ${p.seq}, 'student'::"TurnRole", ${p.studentText}, ${p.studentMessageKey ?? null}::text,
             ${t.locale}::text, ${p.studentStep}, ${p.idempotencyKey}, false, "conditionIds", ${now} FROM upd
      RETURNING 1
    ),
    reply AS (
      INSERT INTO "Turn" ("id", "sessionId", "seq", "role", "text", "messageKey", "messageParams", "locale", "stepIndex",
                          "evaluation", "action", "stepState", "move", "subMove", "engine", "hintRung", "revealed",
                          "inputTokens", "outputTokens", "latencyMs", "conditionIds", "createdAt")
      SELECT ${randomUUID()}, "id", ${p.seq + 1}, 'tutor'::"TurnRole", ${t.text}, ${t.messageKey}::text, ${params}::jsonb,
             ${t.locale}::text, ${t.stepIndex}, ${t.evaluation}, ${t.action},
             ${t.stepState}, ${t.move}, ${t.subMove}, ${p.engine}, ${t.hintRung}::int, ${t.revealed},
             ${p.usage?.inputTokens ?? null}::int, ${p.usage?.outputTokens ?? null}::int, ${p.usage?.latencyMs ?? null}::int, "conditionIds", ${now} FROM upd
      RETURNING 1
    ),
    attempt AS (
      INSERT INTO "Attempt" ("id", "studentId", "sessionId", "stepId", "answer", "correct", "firstAttempt", "hintsUsed",
                             "idempotencyKey", "createdAt")
      SELECT ${randomUUID()}, ${p.studentId}, "id", ${a?.stepId ?? ""}, ${a?.answer ?? ""}, ${a?.correct ?? false},
             ${a?.firstAttempt ?? false}, ${a?.hintsUsed ?? 0}, ${p.idempotencyKey}, ${now}
      FROM upd WHERE ${a !== null}
      RETURNING 1
    )${p.knowledge ? Prisma.sql`, ${knowledgeUpsertCtes(p.knowledge, Prisma.sql`, upd`)}` : Prisma.empty}
    SELECT (SELECT count(*) FROM upd)::int AS "updated",
           (SELECT count(*) FROM turns)::int + (SELECT count(*) FROM reply)::int + (SELECT count(*) FROM attempt)::int AS "rows"`;
  return rows[0]?.updated === 1;
}
