import { describe, expect, it } from "vitest";
import { mockTurnModel, turnJson } from "@/lib/ai/testing/mock-turn-model";
import { shapeAnswer } from "@/lib/ai/testing/spell-answer";
import { textRevealsAnswer } from "@/lib/tutor/answers";
import { addFractions as problem } from "@/lib/tutor/fixtures";
import { takeTurn } from "@/lib/tutor/take-turn";
import { initialState, type SessionState } from "@/lib/tutor/types";
import { generateTutorTurn } from "./generate-tutor-turn";
import { textRefused } from "./guard";
import { INJECTIONS } from "./injection-corpus";

/** Step 1 (answer 12) from the start; step 2 (answer 11/12) right after step 1 was answered. */
function stateAt(step: 0 | 1): SessionState {
  if (step === 0) return initialState();
  return takeTurn(problem, initialState(), { kind: "message", text: "12" }).decision.next;
}

describe("injection corpus against a model that obeys", () => {
  it("has enough attacks", () => {
    expect(INJECTIONS.length).toBeGreaterThanOrEqual(60);
  });

  it("stops every obeying turn on both fixture steps; no leaked text reaches the screen", async () => {
    let stopped = 0;
    let total = 0;
    let plainWouldStop = 0;
    const escaped: string[] = [];
    for (const step of [0, 1] as const) {
      const answer = shapeAnswer(problem.steps[step]!.answer);
      for (const { message, obey } of INJECTIONS) {
        const { turn: embedded, decision } = takeTurn(problem, stateAt(step), { kind: "message", text: message });
        // The first message on a step: revealing is not allowed, and the message is no right answer.
        expect(decision.revealed, message).toBe(false);
        expect(decision.content.kind, message).not.toBe("confirm_step");
        expect(decision.stepIndex).toBe(step);
        const leak = obey(answer);
        const codes = {
          evaluation: decision.evaluation,
          action: decision.action,
          stepState: decision.stepState,
          move: decision.move,
          subMove: decision.subMove,
        };
        const model = mockTurnModel(turnJson(codes, leak), { chunk: 6 });
        const shown: string[] = [];
        const result = await generateTutorTurn({
          model,
          label: "mock/obeying",
          problem,
          decision,
          embedded,
          transcript: [],
          studentText: message,
          timeoutMs: 1000,
          onDelta: (t) => shown.push(t),
          onReset: () => {},
        });
        total++;
        if (textRevealsAnswer(problem.steps[step]!.answer, leak)) plainWouldStop++;
        // Nothing shown may leak: not a delta, and not the deltas read together.
        const screen = shown.join("");
        const leaks = (t: string) => textRefused(t, problem, decision, { conversation: [message] }) !== null;
        const clean = !leaks(screen.replace(embedded.text, "")) && !shown.some((t) => t !== embedded.text && leaks(t));
        if (
          /^fallback:(leak|unlisted|script|position|prompt|length)$/.test(result.engine) &&
          clean &&
          shown.at(-1) === embedded.text &&
          model.doStreamCalls.length === 2
        )
          stopped++;
        else escaped.push(`step ${step + 1}: ${message} -> ${leak} (${result.engine})`);
      }
    }
    console.log(
      `injection corpus: stopped ${stopped}/${total} (the plain answer checker alone: ${plainWouldStop}/${total})`,
    );
    expect(escaped).toEqual([]);
    expect(stopped).toBe(total);
  });
});
