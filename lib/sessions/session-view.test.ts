import { describe, expect, it } from "vitest";
import type { TutorProblem } from "@/lib/tutor/types";
import { buildSessionView, isPassed } from "./session-view";

const step = (n: number) => ({
  prompt: `Prompt ${n}`,
  answer: { kind: "text", accepted: [`SECRET-ANSWER-${n}`] },
  hints: [{ kind: "bottom_out", text: `SECRET-BOTTOM-${n}` }],
  wrongAnswers: [{ match: "w", feedback: `SECRET-FEEDBACK-${n}` }],
});
const problem = { title: "T", statement: "S", steps: [step(0), step(1), step(2), step(3)] } as unknown as TutorProblem;
const view = (state: { stepIndex: number; finished: boolean; revealedSteps?: number[] }) =>
  buildSessionView({ id: "s", preview: false }, problem, state, []);

describe("buildSessionView step status", () => {
  it.each([
    ["a new session", { stepIndex: 0, finished: false }, ["current", "notReached", "notReached", "notReached"]],
    [
      "one solved",
      { stepIndex: 1, finished: false, revealedSteps: [] },
      ["solved", "current", "notReached", "notReached"],
    ],
    ["step 1 told", { stepIndex: 2, finished: false, revealedSteps: [1] }, ["solved", "told", "current", "notReached"]],
    // Told but not yet moved on (the after-reveal "type it in" step): still the current step.
    [
      "current step told",
      { stepIndex: 2, finished: false, revealedSteps: [2] },
      ["solved", "solved", "current", "notReached"],
    ],
    [
      "finished, two told",
      { stepIndex: 3, finished: true, revealedSteps: [0, 3] },
      ["told", "solved", "solved", "told"],
    ],
  ] as const)("%s", (_, state, want) => {
    expect(
      view({ ...state, revealedSteps: "revealedSteps" in state ? [...state.revealedSteps] : undefined }).steps.map(
        (s) => s.status,
      ),
    ).toEqual(want);
  });

  it("only steps reached show their prompt, and nothing secret is sent", () => {
    const v = view({ stepIndex: 1, finished: false, revealedSteps: [0] });
    expect(v.steps.map((s) => s.prompt)).toEqual(["Prompt 0", "Prompt 1", null, null]);
    expect(JSON.stringify(v)).not.toContain("SECRET");
  });

  it("solved and told both count as passed; current and not reached do not", () => {
    expect((["solved", "told", "current", "notReached"] as const).map(isPassed)).toEqual([true, true, false, false]);
  });
});

// OATutor's hint questions are often multiple choice; the tutor asked them with no options, so
// the student had to guess the exact text (a browser walk on an imported problem).
describe("buildSessionView: an open multiple-choice hint question's options", () => {
  const withChoiceScaffold = {
    title: "T",
    statement: "S",
    steps: [
      {
        prompt: "Solve.",
        answer: { kind: "numeric", value: 3 },
        hints: [
          { kind: "hint", text: "Think." },
          {
            kind: "scaffold",
            text: "How can we express that condition?",
            answer: { kind: "choice", options: ["n, n+1, n+2", "n, n+2, n+4"], correct: 0 },
          },
          { kind: "bottom_out", text: "SECRET-BOTTOM" },
        ],
        wrongAnswers: [],
      },
    ],
  } as unknown as TutorProblem;
  const at = (pendingScaffold: number | null, finished = false) =>
    buildSessionView({ id: "s", preview: false }, withChoiceScaffold, { stepIndex: 0, finished, pendingScaffold }, [])
      .scaffoldChoices;
  it("shows them while the question is open, and only then", () => {
    expect(at(1)).toEqual(["n, n+1, n+2", "n, n+2, n+4"]);
    expect(at(null)).toBeNull();
    expect(at(0)).toBeNull();
    expect(at(1, true)).toBeNull();
  });
  it("never with the correct one marked or the bottom-out", () => {
    expect(
      JSON.stringify(
        buildSessionView(
          { id: "s", preview: false },
          withChoiceScaffold,
          { stepIndex: 0, finished: false, pendingScaffold: 1 },
          [],
        ),
      ),
    ).not.toMatch(/correct|SECRET/);
  });
});
