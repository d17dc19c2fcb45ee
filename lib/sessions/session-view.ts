import type { TutorProblem } from "@/lib/tutor/types";

/**
 * What the student's browser gets: never a step's answer, a wrong-answer list, an unrevealed
 * bottom-out, or the prompt of a step not reached yet (a later prompt can contain an earlier
 * step's answer).
 */
export interface SessionView {
  id: string;
  title: string;
  statement: string;
  source: { name?: string; url?: string; licence?: string; attribution?: string } | null;
  steps: { index: number; status: "done" | "current" | "locked"; prompt: string | null; choices: string[] | null }[];
  stepIndex: number;
  totalSteps: number;
  finished: boolean;
  preview: boolean;
  turns: TurnView[];
}

export interface TurnView {
  seq: number;
  role: "student" | "tutor";
  text: string;
  stepIndex: number | null;
}

export function buildSessionView(
  session: { id: string; preview: boolean },
  problem: TutorProblem & { source?: SessionView["source"] },
  state: { stepIndex: number; finished: boolean },
  turns: TurnView[],
): SessionView {
  return {
    id: session.id,
    title: problem.title,
    statement: problem.statement,
    source: problem.source ?? null,
    steps: problem.steps.map((s, index) => {
      const status =
        state.finished || index < state.stepIndex ? "done" : index === state.stepIndex ? "current" : "locked";
      return {
        index,
        status,
        prompt: status === "locked" ? null : s.prompt,
        choices: status !== "locked" && s.answer.kind === "choice" ? s.answer.options : null,
      };
    }),
    stepIndex: Math.min(state.stepIndex, problem.steps.length - 1),
    totalSteps: problem.steps.length,
    finished: state.finished,
    preview: session.preview,
    turns: turns.map((t) => ({ seq: t.seq, role: t.role, text: t.text, stepIndex: t.stepIndex })),
  };
}
