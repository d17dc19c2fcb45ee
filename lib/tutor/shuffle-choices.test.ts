import { describe, expect, it } from "vitest";
import { type ChoiceSpec, checkAnswer, matchesWrongAnswer } from "./answers";
import { decideTurn } from "./decide-turn";
import { addFractions, everyKind } from "./fixtures";
import { permutation, shuffleChoices } from "./shuffle-choices";
import { initialState, type TutorProblem } from "./types";

const CHOICE_STEP = 1; // everyKind's four-option step; the right option is authored first.
const authored = everyKind.steps[CHOICE_STEP]!.answer as ChoiceSpec;
const shuffled = (seed: string) => shuffleChoices(everyKind, seed).steps[CHOICE_STEP]!.answer as ChoiceSpec;

describe("shuffleChoices", () => {
  it("is stable for a seed", () => {
    expect(shuffled("session-1")).toEqual(shuffled("session-1"));
    expect(shuffleChoices(everyKind, "abc")).toEqual(shuffleChoices(everyKind, "abc"));
  });

  it("gives different orders for different seeds", () => {
    const orders = new Set(Array.from({ length: 50 }, (_, i) => shuffled(`seed-${i}`).options.join("|")));
    // 24 orders of four options: 50 seeds show most of them, never only one.
    expect(orders.size).toBeGreaterThanOrEqual(12);
  });

  it("puts the right option first about 1/n of the time", () => {
    const n = authored.options.length;
    const counts = Array.from({ length: n }, () => 0);
    for (let i = 0; i < 1000; i++) {
      const s = shuffled(`cm${i.toString(36)}x${(i * 7919).toString(36)}`);
      counts[s.correct]! += 1;
    }
    for (const c of counts) {
      expect(c / 1000).toBeGreaterThan(1 / n - 0.06);
      expect(c / 1000).toBeLessThan(1 / n + 0.06);
    }
  });

  it("remaps the right index: the checker accepts the right option and rejects the others", () => {
    for (let i = 0; i < 30; i++) {
      const s = shuffled(`s${i}`);
      expect([...s.options].sort()).toEqual([...authored.options].sort());
      expect(s.options[s.correct]).toBe(authored.options[authored.correct]);
      for (const [k, option] of s.options.entries()) {
        expect(checkAnswer(s, option).verdict).toBe(k === s.correct ? "correct" : "incorrect");
        // A letter names the option at that position on screen.
        expect(checkAnswer(s, "abcd"[k]!).verdict).toBe(k === s.correct ? "correct" : "incorrect");
      }
    }
  });

  it("keeps the policy's decisions about the same words", () => {
    for (let i = 0; i < 10; i++) {
      const p = shuffleChoices(everyKind, `policy-${i}`);
      const at = decideTurn(p, initialState(), { kind: "message", text: "denominator" }).next;
      expect(decideTurn(p, at, { kind: "message", text: "More than half" }).content.kind).toBe("confirm_step");
      expect(decideTurn(p, at, { kind: "message", text: "Less than half" }).content.kind).toBe("wrong_answer");
    }
  });

  it("rewrites a wrong answer authored by letter to its option's text", () => {
    const p: TutorProblem = {
      ...everyKind,
      steps: [
        {
          ...everyKind.steps[CHOICE_STEP]!,
          wrongAnswers: [{ match: "b", feedback: "Count what is left.", misconception: "eaten vs left" }],
        },
      ],
    };
    for (let i = 0; i < 10; i++) {
      const step = shuffleChoices(p, `w${i}`).steps[0]!;
      expect(step.wrongAnswers[0]?.match).toBe("Less than half");
      expect(matchesWrongAnswer(step.answer, "less than half", step.wrongAnswers[0]!.match)).toBe(true);
    }
  });

  it("leaves problems without choices as they are", () => {
    expect(shuffleChoices(addFractions, "x")).toBe(addFractions);
    const p = shuffleChoices(everyKind, "y");
    for (const [i, s] of p.steps.entries()) if (s.answer.kind !== "choice") expect(s).toBe(everyKind.steps[i]);
  });

  it("permutation is a permutation", () => {
    for (const n of [1, 2, 3, 5, 9])
      expect([...permutation(n, `p${n}`)].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
  });
});
