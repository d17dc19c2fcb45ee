import { generateText, type LanguageModel, Output } from "ai";
import { z } from "zod";

export interface CoachTurn {
  seq: number;
  role: "student" | "tutor";
  text: string;
  stepIndex: number | null;
  move: string | null;
  hintRung: number | null;
  revealed: boolean;
  evaluation: string | null;
  createdAt: Date;
}

export interface CoachCounts {
  tutorTurns: number;
  studentTurns: number;
  moves: Record<string, number>;
  hints: number;
  reveals: number;
  /** Seconds spent per step (first to last turn on it). */
  secondsPerStep: Record<number, number>;
}

export interface CoachSummary {
  counts: CoachCounts;
  summary: string;
  /** At most three, each pointing at turns by seq. */
  observations: { text: string; turns: number[] }[];
  engine: string;
}

/**
 * The turns that told a step's answer: the first revealed tutor turn of each step. The turns
 * after it that repeat the told answer until the student types it in are revealed too, but the
 * step was told once (a teacher reads "told the answer 4 times" as four steps).
 */
export function tellingTurns<T extends { role: string; stepIndex: number | null; revealed: boolean }>(turns: T[]): T[] {
  const told = new Set<number | null>();
  return turns.filter((t) => {
    if (t.role !== "tutor" || !t.revealed || told.has(t.stepIndex)) return false;
    told.add(t.stepIndex);
    return true;
  });
}

/** Counts computed by code: the model never invents them. Pure. */
export function countTranscript(turns: CoachTurn[]): CoachCounts {
  const tutor = turns.filter((t) => t.role === "tutor");
  const moves: Record<string, number> = {};
  for (const t of tutor) if (t.move) moves[t.move] = (moves[t.move] ?? 0) + 1;
  // A step's time runs from the end of the step before (the session's first turn for the first
  // step) to its own last turn, as the transcript's step table counts it (buildStepTimeline):
  // counted from the step's own first turn, the two disagreed (16 s against 45 s).
  const lastOn = new Map<number, number>();
  for (const t of turns) {
    if (t.stepIndex === null) continue;
    lastOn.set(t.stepIndex, Math.max(lastOn.get(t.stepIndex) ?? 0, t.createdAt.getTime()));
  }
  const secondsPerStep: Record<number, number> = {};
  let from = Math.min(...turns.map((t) => t.createdAt.getTime()));
  for (const step of [...lastOn.keys()].sort((a, b) => a - b)) {
    const until = lastOn.get(step) as number;
    secondsPerStep[step] = Math.round(Math.max(0, until - from) / 1000);
    from = until;
  }
  return {
    tutorTurns: tutor.length,
    studentTurns: turns.length - tutor.length,
    moves,
    hints: tutor.filter((t) => t.hintRung !== null && !t.revealed).length,
    reveals: tellingTurns(tutor).length,
    secondsPerStep,
  };
}

/** Observations written by rules (used without a model, or when the model's are unusable). */
export function ruleObservations(turns: CoachTurn[]): { text: string; turns: number[] }[] {
  const out: { text: string; turns: number[] }[] = [];
  const reveals = tellingTurns(turns);
  if (reveals.length)
    out.push({
      text: `The tutor told the answer ${reveals.length} time(s), after the student had tried and used the hints.`,
      turns: reveals.map((t) => t.seq),
    });
  const wrong = turns.filter((t) => t.role === "tutor" && t.evaluation === "a");
  if (wrong.length >= 3)
    out.push({
      text: `${wrong.length} answers were wrong: worth checking the misconception behind them.`,
      turns: wrong.slice(0, 5).map((t) => t.seq),
    });
  const offTopic = turns.filter((t) => t.role === "tutor" && t.evaluation === "e");
  if (offTopic.length)
    out.push({ text: `The student went off-topic ${offTopic.length} time(s).`, turns: offTopic.map((t) => t.seq) });
  return out.slice(0, 3);
}

const coachSchema = z.object({
  summary: z.string().min(1).max(600).describe("Two or three sentences for the teacher."),
  observations: z
    .array(z.object({ text: z.string().min(1).max(300), turns: z.array(z.number().int()).min(1) }))
    .max(3)
    .describe("At most three specific observations, each citing turn numbers (seq)."),
});

/**
 * A short summary for a teacher: counts by code, words by the model when one is configured.
 * Observations must cite turns that exist; anything else falls back to the rule-based ones.
 */
export async function summarizeTranscript(model: LanguageModel | null, turns: CoachTurn[]): Promise<CoachSummary> {
  const counts = countTranscript(turns);
  const plain = `${counts.tutorTurns} tutor turns; moves ${
    Object.entries(counts.moves)
      .map(([m, n]) => `${m} ${n}`)
      .join(", ") || "none"
  }; ${counts.hints} hints; ${counts.reveals} reveals.`;
  if (!model) return { counts, summary: plain, observations: ruleObservations(turns), engine: "embedded" };
  try {
    const transcript = turns
      .map((t) => `#${t.seq} ${t.role}${t.move ? ` [${t.move}${t.revealed ? ", revealed" : ""}]` : ""}: ${t.text}`)
      .join("\n");
    const r = await generateText({
      model,
      system: "You coach maths teachers by reading tutoring transcripts. Be concrete and brief. Cite turn numbers.",
      prompt: `Counts (computed, use them as given): ${JSON.stringify(counts)}\n\nTranscript:\n${transcript}`,
      output: Output.object({ schema: coachSchema }),
      maxRetries: 0,
      abortSignal: AbortSignal.timeout(8000),
    });
    const seqs = new Set(turns.map((t) => t.seq));
    const valid = r.output.observations.every((o) => o.turns.every((s) => seqs.has(s)));
    if (!valid) return { counts, summary: plain, observations: ruleObservations(turns), engine: "fallback:citations" };
    return { counts, summary: r.output.summary, observations: r.output.observations, engine: "llm" };
  } catch {
    return { counts, summary: plain, observations: ruleObservations(turns), engine: "fallback:error" };
  }
}
