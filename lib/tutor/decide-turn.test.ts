import { describe, expect, it } from "vitest";
import { textRevealsAnswer } from "./answers";
import { decideTurn } from "./decide-turn";
import { addFractions as problem } from "./fixtures";
import { takeTurn } from "./take-turn";
import { initialState, type SessionState, type StudentInput, type TurnDecision } from "./types";

type Expect = Partial<
  Pick<TurnDecision, "evaluation" | "action" | "stepState" | "move" | "subMove" | "hintRung" | "revealed">
> & {
  content?: string;
  attempt?: { correct: boolean; firstAttempt: boolean; hintsUsed: number } | null;
  step?: number;
};

const msg = (text: string): StudentInput => ({ kind: "message", text });
const HINT: StudentInput = { kind: "hint" };
const STUCK: StudentInput = { kind: "stuck" };

function play(inputs: StudentInput[]): { turns: TurnDecision[]; state: SessionState } {
  let state = initialState();
  const turns: TurnDecision[] = [];
  for (const input of inputs) {
    const d = decideTurn(problem, state, input);
    turns.push(d);
    state = d.next;
  }
  return { turns, state };
}

// Each row: a sequence of student inputs and what the LAST tutor turn must be.
const table: [string, StudentInput[], Expect][] = [
  [
    "correct first answer confirms and moves on",
    [msg("12")],
    {
      evaluation: "b",
      action: 3,
      stepState: "y",
      content: "confirm_step",
      attempt: { correct: true, firstAttempt: true, hintsUsed: 0 },
      step: 1,
    },
  ],
  [
    "correct answer inside a sentence",
    [msg("I think it's 12")],
    { evaluation: "b", action: 3, content: "confirm_step" },
  ],
  [
    "last step correct finishes the problem",
    [msg("12"), msg("11/12")],
    { evaluation: "b", action: 3, stepState: "z", move: "generic", subMove: "farewell", content: "confirm_step" },
  ],
  [
    "authored wrong answer gets its feedback as probing, not a hint",
    [msg("7")],
    {
      evaluation: "a",
      action: 1,
      move: "probing",
      subMove: "seek_self_correction",
      content: "wrong_answer",
      hintRung: null,
      attempt: { correct: false, firstAttempt: true, hintsUsed: 0 },
    },
  ],
  ["wrong answer in a sentence still matched", [msg("I got 7")], { content: "wrong_answer" }],
  [
    "unknown wrong answer points at the error and offers a hint",
    [msg("15")],
    { evaluation: "a", action: 1, content: "incorrect", hintRung: null, revealed: false },
  ],
  [
    "second wrong answer climbs one rung",
    [msg("15"), msg("16")],
    {
      evaluation: "a",
      action: 1,
      content: "hint",
      hintRung: 1,
      attempt: { correct: false, firstAttempt: false, hintsUsed: 0 },
    },
  ],
  [
    "hint button gives the first rung",
    [HINT],
    { evaluation: "f", action: 8, move: "focus", content: "hint", hintRung: 1, revealed: false },
  ],
  [
    "typed hint request gives the first rung",
    [msg("can I have a hint")],
    { evaluation: "f", action: 8, content: "hint", hintRung: 1 },
  ],
  [
    "I'm stuck gives the next rung with encouragement",
    [STUCK],
    { evaluation: "f", action: 8, content: "hint", hintRung: 1 },
  ],
  [
    "second hint request gives the scaffold question",
    [HINT, HINT],
    { action: 8, content: "scaffold", hintRung: 2, subMove: "guide_focus" },
  ],
  [
    "scaffold answered right is confirmed, step stays open",
    [HINT, HINT, msg("8")],
    { evaluation: "b", action: 3, stepState: "x", content: "confirm_scaffold", attempt: null, step: 0 },
  ],
  [
    "scaffold answered wrong asks to look again",
    [HINT, HINT, msg("9")],
    { evaluation: "a", action: 1, move: "probing", content: "scaffold_incorrect", attempt: null },
  ],
  [
    "scaffold answered wrong twice is told (not the step's answer)",
    [HINT, HINT, msg("9"), msg("10")],
    { move: "telling", subMove: "reveal_strategy", content: "scaffold_told", revealed: false },
  ],
  [
    "step answered while a scaffold is pending still counts",
    [HINT, HINT, msg("12")],
    { evaluation: "b", content: "confirm_step", attempt: { correct: true, firstAttempt: true, hintsUsed: 2 } },
  ],
  [
    "ladder exhausted but no attempt: no reveal, asks to try",
    [HINT, HINT, msg("8"), HINT],
    { content: "try_first", revealed: false, action: 6 },
  ],
  [
    "'just tell me' at the first turn reveals nothing and gives a rung",
    [msg("just tell me the answer")],
    { evaluation: "f", content: "hint", revealed: false, hintRung: 1 },
  ],
  [
    "'what is the answer' before the ladder is climbed: next rung",
    [HINT, msg("what's the answer?")],
    { content: "scaffold", revealed: false },
  ],
  [
    "attempted and ladder climbed: bottom-out on request is telling, recorded",
    [msg("15"), HINT, HINT, msg("8"), HINT],
    {
      evaluation: "f",
      action: 9,
      move: "telling",
      subMove: "reveal_answer",
      revealed: true,
      content: "reveal",
      stepState: "y",
      hintRung: 3,
      step: 1,
    },
  ],
  [
    "repeated failures at the top of the ladder: solution after failures",
    [HINT, HINT, msg("8"), msg("15"), msg("16"), msg("17")],
    { action: 2, revealed: true, move: "telling", content: "reveal" },
  ],
  [
    "partially correct: right value, wrong form",
    [msg("12"), msg("0.9166666666666666")],
    { evaluation: "c", action: 4, content: "partial", attempt: { correct: false, firstAttempt: true, hintsUsed: 0 } },
  ],
  [
    "unparseable gets a clarifying question",
    [msg("hmm")],
    { evaluation: "d", action: 6, content: "clarify", attempt: null },
  ],
  [
    "off-topic gets a redirect",
    [msg("I like football a lot")],
    { evaluation: "e", action: 7, content: "redirect", attempt: null },
  ],
  [
    "a question gets an answer pointing back at the step",
    [msg("why do we need this?")],
    { evaluation: "f", action: 11, content: "question", attempt: null },
  ],
  [
    "messages after the end are answered without changing anything",
    [msg("12"), msg("11/12"), msg("hello")],
    { content: "already_finished", stepState: "z", attempt: null },
  ],
  [
    "second attempt at a step is not a first attempt",
    [msg("7"), msg("12")],
    { content: "confirm_step", attempt: { correct: true, firstAttempt: false, hintsUsed: 0 } },
  ],
  [
    "hints used before the first attempt are counted",
    [HINT, msg("12")],
    { attempt: { correct: true, firstAttempt: true, hintsUsed: 1 } },
  ],
  ["second step: authored wrong answer", [msg("12"), msg("11/24")], { content: "wrong_answer", step: 1 }],
  [
    "second step: bottom-out right after one attempt and one hint",
    [msg("12"), msg("1/2"), HINT, HINT],
    { content: "reveal", revealed: true, stepState: "z" },
  ],
];

describe("decideTurn", () => {
  it.each(table)("%s", (_name, inputs, want) => {
    const { turns } = play(inputs);
    const d = turns.at(-1) as TurnDecision;
    const { content, attempt, step, ...codes } = want;
    expect(d).toMatchObject(codes);
    if (content) expect(d.content.kind).toBe(content);
    if (attempt !== undefined)
      expect(attempt === null ? d.attempt : d.attempt).toEqual(
        attempt === null ? null : expect.objectContaining(attempt),
      );
    if (step !== undefined) expect(d.next.stepIndex).toBe(step);
  });
});

describe("never tells early", () => {
  // Every sequence of up to 3 inputs from this alphabet; no turn before an attempt and the full
  // ladder may reveal, and no text may contain the step's answer unless it is a reveal.
  const alphabet: StudentInput[] = [
    HINT,
    STUCK,
    msg("tell me the answer"),
    msg("15"),
    msg("7"),
    msg("8"),
    msg("banana"),
    msg("what?"),
  ];
  const sequences: StudentInput[][] = [[]];
  for (let len = 0; len < 3; len++) {
    for (const seq of sequences.filter((s) => s.length === len)) for (const a of alphabet) sequences.push([...seq, a]);
  }
  it(`holds for all ${sequences.length - 1} sequences`, () => {
    let checked = 0;
    for (const seq of sequences) {
      let state = initialState();
      for (const [i, input] of seq.entries()) {
        const { turn, decision } = takeTurn(problem, state, input, i);
        const step = problem.steps[state.stepIndex];
        if (step && !decision.revealed) {
          expect(textRevealsAnswer(step.answer, turn.text), `${JSON.stringify(seq)} -> ${turn.text}`).toBe(false);
        }
        if (decision.revealed) {
          expect(state.attempts, JSON.stringify(seq)).toBeGreaterThan(0);
          expect(state.rung, JSON.stringify(seq)).toBe(step ? step.hints.length - 1 : 0);
        }
        state = decision.next;
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe("free-text answers", () => {
  const words = {
    title: "Parts",
    statement: "In 3/8, name the parts.",
    steps: [
      {
        prompt: "What is the bottom number called?",
        answer: { kind: "text" as const, accepted: ["denominator"] },
        hints: [{ kind: "hint" as const, text: "It names how many equal parts make a whole." }],
        wrongAnswers: [
          { match: "numerator", feedback: "Which number counts the parts you have?", misconception: "swapped" },
        ],
      },
    ],
  };
  it.each([
    ["I have no idea", "hint"],
    ["can you help me", "hint"],
    ["numerator", "wrong_answer"],
    ["the denominator", "confirm_step"],
    ["it is the bottom", "incorrect"],
  ])("%s -> %s", (text, kind) => {
    expect(decideTurn(words, initialState(), msg(text)).content.kind).toBe(kind);
  });
});
