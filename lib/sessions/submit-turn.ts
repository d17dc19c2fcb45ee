import { AppError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { takeTurn } from "@/lib/tutor/take-turn";
import { type StudentInput, sessionStateSchema } from "@/lib/tutor/types";
import { loadProblemVersion } from "./load-problem";
import type { TurnRequest } from "./schemas";
import { buildSessionView, type SessionView, type TurnView } from "./session-view";
import { tutorTurnData } from "./turn-data";

export interface SubmittedTurn {
  studentTurn: TurnView;
  tutorTurn: TurnView;
  /** The session after the turn, without its transcript (the client appends the two turns). */
  view: SessionView;
  /** True when this was a retried submit answered from what was already stored. */
  replayed: boolean;
}

const BUTTON_TEXT = { hint: "Hint, please.", stuck: "I'm stuck." } as const;

class ConcurrentTurn extends Error {}

/**
 * One student turn: decide the tutor's reply and store both turns, any attempt and the new
 * state in one transaction before answering. A retried submit with the same idempotency key
 * gets the stored reply. Two submits racing on one session: the session's turnCount only moves
 * from the value read (and (session, seq) is unique), so the loser retries on the new state.
 */
export async function submitTurn(
  prisma: PrismaClient,
  args: { sessionId: string; studentId: string; request: TurnRequest },
): Promise<SubmittedTurn> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await submitOnce(prisma, args);
    } catch (e) {
      const retry = e instanceof ConcurrentTurn || (e as { code?: string }).code === "P2002";
      if (retry && attempt < 5) continue;
      throw e;
    }
  }
}

async function submitOnce(
  prisma: PrismaClient,
  { sessionId, studentId, request }: { sessionId: string; studentId: string; request: TurnRequest },
): Promise<SubmittedTurn> {
  const session = await prisma.tutoringSession.findFirst({
    where: { id: sessionId, studentId },
    select: {
      id: true,
      preview: true,
      status: true,
      state: true,
      turnCount: true,
      problemVersionId: true,
      turns: { where: { idempotencyKey: request.idempotencyKey }, select: { seq: true, text: true, stepIndex: true } },
    },
  });
  if (!session) throw new AppError("not_found", "That practice session doesn't exist.");
  const problem = await loadProblemVersion(prisma, session.problemVersionId);
  const state = sessionStateSchema.parse(session.state);

  const prior = session.turns[0];
  if (prior) {
    const reply = await prisma.turn.findUnique({
      where: { sessionId_seq: { sessionId, seq: prior.seq + 1 } },
      select: { seq: true, role: true, text: true, stepIndex: true },
    });
    if (!reply) throw new AppError("conflict", "That message is still being answered. Try again in a moment.");
    return {
      studentTurn: { seq: prior.seq, role: "student", text: prior.text, stepIndex: prior.stepIndex },
      tutorTurn: reply,
      view: buildSessionView(session, problem, state, []),
      replayed: true,
    };
  }

  const input: StudentInput =
    request.kind === "message" ? { kind: "message", text: request.text } : { kind: request.kind };
  const seq = session.turnCount;
  const { turn, decision } = takeTurn(problem, state, input, seq);
  const studentText = request.kind === "message" ? request.text : BUTTON_TEXT[request.kind];
  const now = new Date();
  const attempt = decision.attempt && !session.preview ? decision.attempt : null;

  await prisma.$transaction(async (tx) => {
    const moved = await tx.tutoringSession.updateMany({
      where: { id: sessionId, turnCount: seq },
      data: {
        turnCount: seq + 2,
        state: decision.next as unknown as Prisma.InputJsonValue,
        lastActivityAt: now,
        ...(decision.next.finished && session.status === "active" ? { status: "completed", completedAt: now } : {}),
      },
    });
    if (moved.count !== 1) throw new ConcurrentTurn();
    await tx.turn.createMany({
      data: [
        {
          sessionId,
          seq,
          role: "student",
          text: studentText,
          stepIndex: state.stepIndex,
          idempotencyKey: request.idempotencyKey,
          createdAt: now,
        },
        { sessionId, seq: seq + 1, ...tutorTurnData(turn, "embedded"), createdAt: now },
      ],
    });
    if (attempt) {
      await tx.attempt.create({
        data: {
          studentId,
          sessionId,
          stepId: problem.stepIds[attempt.stepIndex] as string,
          answer: attempt.answer,
          correct: attempt.correct,
          firstAttempt: attempt.firstAttempt,
          hintsUsed: attempt.hintsUsed,
          idempotencyKey: request.idempotencyKey,
          createdAt: now,
        },
      });
    }
  });

  return {
    studentTurn: { seq, role: "student", text: studentText, stepIndex: state.stepIndex },
    tutorTurn: { seq: seq + 1, role: "tutor", text: turn.text, stepIndex: turn.stepIndex },
    view: buildSessionView(session, problem, decision.next, []),
    replayed: false,
  };
}
