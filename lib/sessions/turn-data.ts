import type { TutorTurn } from "@/lib/tutor/types";

/** The columns of a stored tutor turn. */
export function tutorTurnData(turn: TutorTurn, engine: string) {
  return {
    role: "tutor" as const,
    text: turn.text,
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
