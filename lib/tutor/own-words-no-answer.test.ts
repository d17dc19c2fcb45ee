import { describe, expect, it } from "vitest";
import { formatAnswer } from "./answers";
import { everyKind } from "./fixtures";
import { takeTurn } from "./take-turn";
import { initialState, type StudentInput, type TutorProblem } from "./types";
import { ownSentences } from "./write-embedded-text";

// Issue 15 leftover, found by the content checker on the OATutor library: "Have a go first. Any
// attempt helps me see where you are." stated a short text answer ("see") of the step still open.
// The rule covers the class: the tutor's OWN words (content taken out) never contain the open
// step's answer as a word when another wording of the same message does not.

/** The first step's answer replaced by a text answer `word`. */
function withAnswer(word: string): TutorProblem {
  const [first, ...rest] = everyKind.steps;
  return {
    ...everyKind,
    steps: [{ ...(first as TutorProblem["steps"][number]), answer: { kind: "text", accepted: [word] } }, ...rest],
  };
}

const wordsOf = (s: string) => s.toLowerCase().match(/\p{L}+/gu) ?? [];
const INPUTS: StudentInput[] = [
  { kind: "stuck" },
  { kind: "hint" },
  { kind: "message", text: "?" },
  { kind: "message", text: "what's the best football team in the world?" },
  { kind: "message", text: "hi" },
  { kind: "message", text: "I give up" },
  { kind: "message", text: "why do we need this?" },
];

describe("the tutor's own words never state the open step's answer", () => {
  it("for every word of its own wordings used as an answer, in every message kind and starting wording", () => {
    // Every word the tutor's own sentences use for these inputs, each tried as the answer.
    const vocabulary = new Set<string>();
    for (const input of INPUTS)
      for (let variant = 0; variant < 3; variant++) {
        const t = takeTurn(everyKind, initialState(), input, variant * 2, { locale: "en" });
        for (const s of ownSentences(t.turn.text, t.turn.messageParams)) for (const w of wordsOf(s)) vocabulary.add(w);
      }
    expect(vocabulary.size).toBeGreaterThan(50);
    const leaks: string[] = [];
    for (const word of vocabulary) {
      if (word.length < 2) continue; // "a" / "I" are no answer (as the content checker reads them)
      const problem = withAnswer(word);
      expect(formatAnswer(problem.steps[0]!.answer)).toBe(word);
      for (const input of INPUTS) {
        // Is there a wording of this message without the word? Then it must be the one used.
        const wordings = [0, 1, 2].map((v) => takeTurn(problem, initialState(), input, v * 2, { locale: "en" }));
        const own = wordings.map((t) => [...ownSentences(t.turn.text, t.turn.messageParams)].flatMap(wordsOf));
        const avoidable = own.some((ws) => !ws.includes(word));
        if (!avoidable) continue;
        own.forEach((ws, v) => {
          if (ws.includes(word))
            leaks.push(`"${word}" (${JSON.stringify(input)}, start ${v}): ${wordings[v]?.turn.text}`);
        });
      }
    }
    expect(leaks).toEqual([]);
  });
});
