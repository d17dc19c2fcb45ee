import type { Prisma } from "@/lib/generated/prisma/client";
import type { TutorTurn } from "@/lib/tutor/types";

/**
 * The columns of a stored tutor turn: the text as shown, and for an embedded turn its message
 * key and values (lib/tutor/tutor-message.ts re-renders it in a reader's language).
 */
export function tutorTurnData(turn: TutorTurn, engine: string) {
  return {
    role: "tutor" as const,
    text: turn.text,
    messageKey: turn.messageKey,
    ...(turn.messageParams ? { messageParams: turn.messageParams as Prisma.InputJsonObject } : {}),
    locale: turn.locale,
    stepIndex: turn.stepIndex,
    evaluation: turn.evaluation,
    action: turn.action,
    stepState: turn.stepState,
    move: turn.move,
    subMove: turn.subMove,
    engine,
    hintRung: turn.hintRung,
    revealed: turn.revealed,
  };
}
