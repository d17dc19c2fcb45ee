import { describe, expect, it } from "vitest";
import { decideTurn } from "./decide-turn";
import { addFractions, everyKind } from "./fixtures";
import { takeTurn } from "./take-turn";
import { initialState } from "./types";

// Venting is never an answer, on a step of any answer kind (a choice, free text, a number...):
// the reading (classify-message.ts) calls it frustration and the policy answers with empathy and
// an offer. Before both were joined, "I hate maths" on a choice or text step was graded wrong.
const VENTING: [string, string][] = [
  ["I give up", "en"],
  ["this is stupid", "en"],
  ["I hate maths", "en"],
  ["ugh I'm so stuck, this is impossible", "en"],
  ["me rindo", "es"],
  ["esto es imposible", "es"],
];

describe("frustration", () => {
  const steps = everyKind.steps.map((s, i) => [s.answer.kind, i] as const);
  it.each(steps)("on a %s step: empathy and an offer, never graded", (_kind, stepIndex) => {
    for (const [text, locale] of VENTING) {
      const state = { ...initialState(), stepIndex };
      const d = decideTurn(everyKind, state, { kind: "message", text }, { locale });
      expect(d.content, text).toEqual({ kind: "frustration", pending: null });
      expect(d, text).toMatchObject({ evaluation: "g", action: 7, move: "generic", revealed: false, attempt: null });
      expect(d.next, text).toEqual(state);
    }
  });

  it("names the two buttons", () => {
    const words = takeTurn(addFractions, initialState(), { kind: "message", text: "I give up" }, 0).turn.text;
    expect(words).toMatch(/Hint/);
    expect(words).toMatch(/I'm stuck/);
  });

  it("keeps a pending scaffold question", () => {
    const state = { ...initialState(), attempts: 1, rung: 2, pendingScaffold: 1 };
    const d = decideTurn(addFractions, state, { kind: "message", text: "I give up" });
    expect(d.content.kind).toBe("frustration");
    expect(d.next.pendingScaffold).toBe(1);
    expect(takeTurn(addFractions, state, { kind: "message", text: "I give up" }, 0).turn.text).toContain(
      "what is 4 times 2?",
    );
  });
});
