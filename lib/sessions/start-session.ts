import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { takeTurn } from "@/lib/tutor/take-turn";
import { initialState } from "@/lib/tutor/types";
import { loadProblemVersion } from "./load-problem";
import { tutorTurnData } from "./turn-data";

/** Opens a tutoring session on a problem version with the tutor's greeting as turn 0. */
export async function startTutoringSession(
  prisma: PrismaClient,
  args: { studentId: string; problemVersionId: string; pickReason?: string | null; preview?: boolean },
): Promise<string> {
  const problem = await loadProblemVersion(prisma, args.problemVersionId);
  const state = initialState();
  const { turn } = takeTurn(problem, state, null);
  return prisma.$transaction(async (tx) => {
    const session = await tx.tutoringSession.create({
      data: {
        studentId: args.studentId,
        problemVersionId: args.problemVersionId,
        state: state as unknown as Prisma.InputJsonValue,
        pickReason: args.pickReason ?? null,
        preview: args.preview ?? false,
        turnCount: 1,
      },
      select: { id: true },
    });
    await tx.turn.create({ data: { sessionId: session.id, seq: 0, ...tutorTurnData(turn, "embedded") } });
    return session.id;
  });
}
