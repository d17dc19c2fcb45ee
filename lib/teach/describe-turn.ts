import {
  ACTIONS,
  type Action,
  EVALUATIONS,
  type Evaluation,
  MOVES,
  type Move,
  STEP_STATES,
  type StepState,
  SUB_MOVES,
} from "@/lib/tutor/types";
import { teachWords } from "./words";

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

/** The columns of TurnCodes, as a Prisma select (transcripts, research exports). */
export const TURN_CODE_FIELDS = {
  evaluation: true,
  action: true,
  stepState: true,
  move: true,
  subMove: true,
  engine: true,
  hintRung: true,
  revealed: true,
} as const satisfies Record<keyof TurnCodes, true>;

/** One label in the reader's language (the codes' words live in messages/<locale>/teach.json, turn.*). */
export interface TurnLabel {
  term: string;
  value: string;
  /** Worth a teacher's eye: telling, a reveal, a fallback, off-topic. */
  notable?: boolean;
}

const known = <T extends string | number>(list: readonly T[], v: unknown): v is T => list.includes(v as T);

const SUB_MOVE_CODES: readonly string[] = Object.values(SUB_MOVES).flat();
const camel = (code: string) => code.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** A move code in words ("telling" -> "telling" / "decir"); unknown codes as "unknown (x)". */
export function moveWords(move: string, locale = "en"): string {
  const t = teachWords(locale);
  if (known<Move>(MOVES, move)) return t(`turn.move.${move}`);
  if (move === "none") return t("turn.none");
  return t("turn.unknown", { code: move });
}

/** "seek_self_correction" -> "seek self-correction" (or the locale's words); unknown codes spelled out. */
export function subMoveWords(subMove: string, locale = "en"): string {
  if (SUB_MOVE_CODES.includes(subMove)) return teachWords(locale)(`turn.subMove.${camel(subMove)}`);
  if (subMove === "none") return teachWords(locale)("turn.none");
  return subMove.replace(/_/g, " ").replace("self correction", "self-correction");
}

/** "embedded" / "llm:openai/gpt-4o" / "fallback:timeout" in words. */
export function engineWords(engine: string, locale = "en"): string {
  const t = teachWords(locale);
  if (engine === "embedded") return t("turn.engine.embedded");
  if (engine.startsWith("llm:")) return t("turn.engine.model", { model: engine.slice(4) });
  if (engine.startsWith("fallback:")) return t("turn.engine.fallback", { reason: engine.slice(9).replace(/_/g, " ") });
  return engine;
}

/** A tutor turn's labels, in words, in a fixed order. Unknown codes are shown as they are. */
export function describeTurn(t: TurnCodes, locale = "en"): TurnLabel[] {
  const w = teachWords(locale);
  const unknown = (code: string | number) => w("turn.unknown", { code: String(code) });
  const out: TurnLabel[] = [];
  if (t.evaluation !== null)
    out.push({
      term: w("turn.term.evaluation"),
      value: known<Evaluation>(EVALUATIONS, t.evaluation)
        ? w(`turn.evaluation.${t.evaluation}`)
        : unknown(t.evaluation),
      notable: t.evaluation === "e",
    });
  if (t.action !== null)
    out.push({
      term: w("turn.term.action"),
      value: known<Action>(ACTIONS, t.action) ? w(`turn.action.${t.action}`) : unknown(t.action),
    });
  if (t.stepState !== null)
    out.push({
      term: w("turn.term.stepState"),
      value: known<StepState>(STEP_STATES, t.stepState) ? w(`turn.stepState.${t.stepState}`) : unknown(t.stepState),
    });
  if (t.move !== null) {
    const move = known<Move>(MOVES, t.move) ? w(`turn.move.${t.move}`) : unknown(t.move);
    out.push({
      term: w("turn.term.move"),
      value: t.subMove ? w("turn.moveWithSub", { move, subMove: subMoveWords(t.subMove, locale) }) : move,
      notable: t.move === "telling",
    });
  }
  if (t.engine !== null)
    out.push({
      term: w("turn.term.engine"),
      value: engineWords(t.engine, locale),
      notable: t.engine.startsWith("fallback:"),
    });
  if (t.hintRung !== null) out.push({ term: w("turn.term.hintRung"), value: String(t.hintRung) });
  if (t.revealed) out.push({ term: w("turn.term.revealed"), value: w("turn.answerTold"), notable: true });
  return out;
}
