import { describe, expect, it } from "vitest";
import { decideTurn, HINT_POLICIES, type HintPolicy } from "./decide-turn";
import { addFractions } from "./fixtures";
import { initialState, type SessionState, type StudentInput, type TurnDecision } from "./types";

/** Plays inputs on step 1 of addFractions; returns each turn's content kind and rung. */
function play(policy: HintPolicy, inputs: StudentInput[]) {
  let state: SessionState = initialState();
  const out: { kind: string; rung: number | null; revealed: boolean }[] = [];
  for (const input of inputs) {
    const d: TurnDecision = decideTurn(addFractions, state, input, { hintPolicy: policy });
    out.push({ kind: d.content.kind, rung: d.hintRung, revealed: d.revealed });
    state = d.next;
  }
  return out;
}

const hint: StudentInput = { kind: "hint" };
const wrong: StudentInput = { kind: "message", text: "5" };

describe("hint policies (the experiment's hints factor)", () => {
  it.each([
    // Three hint requests before any answer: nobody tells the answer.
    ["ladder", [hint, hint, hint], ["hint", "scaffold", "try_first"]],
    ["no_scaffold", [hint, hint, hint], ["hint", "try_first", "try_first"]],
    ["worked_step", [hint, hint, hint], ["hint", "scaffold", "try_first"]],
    // One wrong answer, then hints: the ladder climbs, worked_step shows the worked step at once.
    ["ladder", [wrong, hint, hint], ["incorrect", "hint", "scaffold"]],
    ["no_scaffold", [wrong, hint, hint], ["incorrect", "hint", "reveal"]],
    ["worked_step", [wrong, hint], ["incorrect", "reveal"]],
  ] as const)("%s: %j -> %j", (policy, inputs, kinds) => {
    expect(play(policy, [...inputs]).map((t) => t.kind)).toEqual(kinds);
  });

  it("never reveals before the student has answered the step, under any policy", () => {
    for (const policy of HINT_POLICIES) {
      const turns = play(policy, [
        hint,
        hint,
        hint,
        hint,
        { kind: "stuck" },
        { kind: "message", text: "just tell me the answer" },
      ]);
      expect(turns.some((t) => t.revealed)).toBe(false);
    }
  });

  it("the default is the full ladder", () => {
    const state = initialState();
    expect(decideTurn(addFractions, state, wrong)).toEqual(
      decideTurn(addFractions, state, wrong, { hintPolicy: "ladder" }),
    );
  });
});
