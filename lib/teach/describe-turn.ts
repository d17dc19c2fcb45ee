import {
  ACTIONS,
  type Action,
  actionLabel,
  EVALUATIONS,
  type Evaluation,
  evaluationLabel,
  MOVES,
  type Move,
  STEP_STATES,
  type StepState,
  stepStateLabel,
} from "@/lib/tutor/types";

/** The stored codes of a tutor turn (strings as they are in the database). */
export interface TurnCodes {
  evaluation: string | null;
  action: number | null;
  stepState: string | null;
  move: string | null;
  subMove: string | null;
  engine: string | null;
  hintRung: number | null;
  revealed: boolean;
}

export interface TurnLabel {
  term: string;
  value: string;
  /** Worth a teacher's eye: telling, a reveal, a fallback, off-topic. */
  notable?: boolean;
}

const moveLabel: Record<Move, string> = {
  focus: "focus",
  probing: "probing",
  telling: "telling",
  generic: "generic",
};

/** "seek_self_correction" -> "seek self-correction". */
export function subMoveWords(subMove: string): string {
  return subMove.replace(/_/g, " ").replace("self correction", "self-correction");
}

/** "embedded" / "llm:openai/gpt-4o" / "fallback:timeout" in words. */
export function engineWords(engine: string): string {
  if (engine === "embedded") return "embedded engine";
  if (engine.startsWith("llm:")) return `model (${engine.slice(4)})`;
  if (engine.startsWith("fallback:")) return `fell back to the embedded engine (${engine.slice(9).replace(/_/g, " ")})`;
  return engine;
}

const known = <T extends string | number>(list: readonly T[], v: unknown): v is T => list.includes(v as T);

/** A tutor turn's labels, in words, in a fixed order. Unknown codes are shown as they are. */
export function describeTurn(t: TurnCodes): TurnLabel[] {
  const out: TurnLabel[] = [];
  if (t.evaluation !== null)
    out.push({
      term: "Evaluation",
      value: known<Evaluation>(EVALUATIONS, t.evaluation) ? evaluationLabel[t.evaluation] : `unknown (${t.evaluation})`,
      notable: t.evaluation === "e",
    });
  if (t.action !== null)
    out.push({
      term: "Action",
      value: known<Action>(ACTIONS, t.action) ? actionLabel[t.action] : `unknown (${t.action})`,
    });
  if (t.stepState !== null)
    out.push({
      term: "Step state",
      value: known<StepState>(STEP_STATES, t.stepState) ? stepStateLabel[t.stepState] : `unknown (${t.stepState})`,
    });
  if (t.move !== null) {
    const move = known<Move>(MOVES, t.move) ? moveLabel[t.move] : `unknown (${t.move})`;
    out.push({
      term: "Move",
      value: t.subMove ? `${move}: ${subMoveWords(t.subMove)}` : move,
      notable: t.move === "telling",
    });
  }
  if (t.engine !== null)
    out.push({ term: "Engine", value: engineWords(t.engine), notable: t.engine.startsWith("fallback:") });
  if (t.hintRung !== null) out.push({ term: "Hint rung", value: String(t.hintRung) });
  if (t.revealed) out.push({ term: "Revealed", value: "answer told", notable: true });
  return out;
}
