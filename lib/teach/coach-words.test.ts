import { describe, expect, it } from "vitest";
import { type CoachTurn, countTranscript, ruleObservations } from "@/lib/ai/teacher-coach/summarize-transcript";
import { coachSummaryIn } from "./coach-words";

const at = (s: number) => new Date(Date.UTC(2026, 2, 10, 12, 0, s));
const turn = (seq: number, over: Partial<CoachTurn> = {}): CoachTurn => ({
  seq,
  role: "tutor",
  text: "…",
  stepIndex: 0,
  move: "probing",
  hintRung: null,
  revealed: false,
  evaluation: "a",
  createdAt: at(seq),
  ...over,
});

const turns = [
  turn(0, { move: "generic", evaluation: null }),
  turn(1, { role: "student", move: null, evaluation: null }),
  turn(2),
  turn(3),
  turn(4, { move: "telling", revealed: true, hintRung: 4 }),
  turn(5, { evaluation: "e" }),
];
const summary = (engine: string) => ({
  counts: countTranscript(turns),
  summary: "model words",
  observations: [{ text: "model observation", turns: [2] }],
  engine,
});

describe("coachSummaryIn", () => {
  it("rewrites the rule-based summary with the same rules and the same cited turns", () => {
    const en = coachSummaryIn(summary("embedded"), turns, "en");
    expect(en.observations.map((o) => o.turns)).toEqual(ruleObservations(turns).map((o) => o.turns));
    expect(en.summary).toBe("5 tutor turns; moves generic 1, probing 3, telling 1; 0 hints; 1 reveal.");
    const es = coachSummaryIn(summary("fallback:error"), turns, "es");
    expect(es.summary).toBe(
      "5 turnos del tutor; movimientos: genérico 1, sondear 3, decir 1; 0 pistas; 1 respuesta revelada.",
    );
    expect(es.observations.map((o) => o.text)).toEqual([
      "El tutor dio la respuesta una vez, después de que el estudiante lo intentara y usara las pistas.",
      "3 respuestas fueron incorrectas: conviene revisar el error de concepto que hay detrás.",
      "El estudiante se salió del tema una vez.",
    ]);
  });

  it("a told answer restated until the student types it counts as one reveal per step", () => {
    const restated = [
      ...turns,
      turn(6, { role: "student", move: null, evaluation: null }),
      turn(7, { move: "telling", revealed: true }),
      turn(8, { move: "telling", revealed: true }),
      turn(9, { stepIndex: 1, move: "telling", revealed: true }),
    ];
    const c = countTranscript(restated);
    expect(c.reveals).toBe(2);
    const en = coachSummaryIn({ counts: c, summary: "", observations: [], engine: "embedded" }, restated, "en");
    expect(en.observations[0]).toEqual({
      text: "The tutor told the answer 2 times, after the student had tried and used the hints.",
      turns: [4, 9],
    });
    expect(ruleObservations(restated)[0]?.turns).toEqual([4, 9]);
  });

  it("leaves a model's own words as written", () => {
    expect(coachSummaryIn(summary("llm"), turns, "es")).toEqual(summary("llm"));
  });
});
