import { describe, expect, it } from "vitest";
import { decideTurn } from "@/lib/tutor/decide-turn";
import { addFractions } from "@/lib/tutor/fixtures";
import { initialState, type SessionState, type StudentInput } from "@/lib/tutor/types";
import { textRefused } from "./guard";

const msg = (text: string): StudentInput => ({ kind: "message", text });

function stateAfter(inputs: StudentInput[]): SessionState {
  let s = initialState();
  for (const i of inputs) s = decideTurn(addFractions, s, i).next;
  return s;
}

describe("the guard during the type-in after a reveal (decision 020)", () => {
  // Step 1 told: the student is to type 12 in; step 2's answer (11/12) is still secret.
  const before = stateAfter([msg("15"), { kind: "hint" }, msg("8"), { kind: "hint" }]);
  const d = decideTurn(addFractions, before, msg("13"));

  it("lets the model repeat the told step's answer", () => {
    expect(before.typeIn).toBe(true);
    expect(d.content.kind).toBe("type_in");
    expect(
      textRefused("Not quite: the answer I showed you is 12. Type 12 and we'll go on.", addFractions, d, { before }),
    ).toBeNull();
  });

  it("but nothing else: the next step's answer stays refused", () => {
    expect(textRefused("Type 12. And the next one is 11/12.", addFractions, d, { before })).not.toBeNull();
  });

  it("lets an honest wrap-up state its counts once the problem is finished", () => {
    const last = stateAfter([msg("12"), msg("1/2"), { kind: "hint" }, { kind: "hint" }]);
    const done = decideTurn(addFractions, last, msg("11/12"));
    expect(done.next.finished).toBe(true);
    expect(
      textRefused("That's it. You solved 1 of 2 steps yourself; 1 step was shown to you.", addFractions, done, {
        before: last,
      }),
    ).toBeNull();
  });
});
