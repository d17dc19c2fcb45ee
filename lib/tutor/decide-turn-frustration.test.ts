import { describe, expect, it, vi } from "vitest";

// The intent reading (classify-message.ts) is another helper's: here it is made to return
// "frustration" for two messages, so the policy's answer to that intent is tested on its own.
vi.mock("./classify-message", async (importOriginal) => {
  const real = await importOriginal<typeof import("./classify-message")>();
  return {
    ...real,
    classifyMessage: (text: string, locale?: string) =>
      /give up|stupid/i.test(text) ? "frustration" : real.classifyMessage(text, locale),
  };
});

const { decideTurn } = await import("./decide-turn");
const { addFractions } = await import("./fixtures");
const { takeTurn } = await import("./take-turn");
const { initialState } = await import("./types");

describe("frustration", () => {
  it.each(["I give up", "this is stupid"])("%s: empathy and an offer, never graded", (text) => {
    const d = decideTurn(addFractions, initialState(), { kind: "message", text });
    expect(d.content).toEqual({ kind: "frustration", pending: null });
    expect(d).toMatchObject({ evaluation: "g", action: 7, move: "generic", revealed: false, attempt: null });
    expect(d.next).toEqual(initialState());
    const words = takeTurn(addFractions, initialState(), { kind: "message", text }, 0).turn.text;
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
