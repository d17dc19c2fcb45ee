import { MockLanguageModelV3 } from "ai/test";
import { describe, expect, it } from "vitest";
import { type CoachTurn, countTranscript, summarizeTranscript } from "./summarize-transcript";

const t0 = new Date("2026-01-01T10:00:00Z").getTime();
const turn = (seq: number, role: "student" | "tutor", extra: Partial<CoachTurn> = {}): CoachTurn => ({
  seq,
  role,
  text: `turn ${seq}`,
  stepIndex: 0,
  move: role === "tutor" ? "focus" : null,
  hintRung: null,
  revealed: false,
  evaluation: null,
  createdAt: new Date(t0 + seq * 10_000),
  ...extra,
});
const turns: CoachTurn[] = [
  turn(0, "tutor", { move: "generic" }),
  turn(1, "student"),
  turn(2, "tutor", { move: "probing", evaluation: "a" }),
  turn(3, "student"),
  turn(4, "tutor", { hintRung: 1 }),
  turn(5, "student"),
  turn(6, "tutor", { move: "telling", revealed: true, hintRung: 3, stepIndex: 0 }),
  turn(7, "student", { stepIndex: 1 }),
  turn(8, "tutor", { stepIndex: 1, evaluation: "b" }),
];

function model(json: unknown) {
  return new MockLanguageModelV3({
    doGenerate: async () => ({
      content: [{ type: "text", text: JSON.stringify(json) }],
      finishReason: { unified: "stop", raw: "stop" },
      usage: {
        inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
        outputTokens: { total: 5, text: 5, reasoning: 0 },
      },
      warnings: [],
    }),
  });
}

describe("teacher coach", () => {
  it("counts moves, hints, reveals and time per step by code", () => {
    const c = countTranscript(turns);
    expect(c).toMatchObject({ tutorTurns: 5, studentTurns: 4, hints: 1, reveals: 1 });
    expect(c.moves).toEqual({ generic: 1, probing: 1, focus: 2, telling: 1 });
    expect(c.secondsPerStep[0]).toBe(60);
  });

  it("uses the model's words when its observations cite real turns (at most three)", async () => {
    const s = await summarizeTranscript(
      model({ summary: "Good persistence.", observations: [{ text: "Turn 6 told the answer.", turns: [6] }] }),
      turns,
    );
    expect(s.engine).toBe("llm");
    expect(s.observations).toEqual([{ text: "Turn 6 told the answer.", turns: [6] }]);
    expect(s.counts.reveals).toBe(1);
  });

  it("falls back to rules when the model cites turns that do not exist, or fails", async () => {
    const s = await summarizeTranscript(
      model({ summary: "x", observations: [{ text: "Turn 99", turns: [99] }] }),
      turns,
    );
    expect(s.engine).toBe("fallback:citations");
    expect(s.observations[0]?.turns).toEqual([6]);
    const broken = new MockLanguageModelV3({
      doGenerate: async () => {
        throw new Error("500");
      },
    });
    expect((await summarizeTranscript(broken, turns)).engine).toBe("fallback:error");
    const none = await summarizeTranscript(null, turns);
    expect(none.engine).toBe("embedded");
    expect(none.observations.length).toBeLessThanOrEqual(3);
  });
});
