import { MockLanguageModelV3 } from "ai/test";
import { describe, expect, it } from "vitest";
import { draftProblem } from "./draft-problem";

function model(json: unknown) {
  return new MockLanguageModelV3({
    doGenerate: async () => ({
      content: [{ type: "text", text: JSON.stringify(json) }],
      finishReason: { unified: "stop", raw: "stop" },
      usage: {
        inputTokens: { total: 100, noCache: 100, cacheRead: 0, cacheWrite: 0 },
        outputTokens: { total: 50, text: 50, reasoning: 0 },
      },
      warnings: [],
    }),
  });
}

const goodStep = {
  prompt: "What is 6 times 7?",
  answer: { kind: "numeric", value: 42 },
  hints: ["Think of 6 groups of 7."],
  scaffold: { text: "What is 6 times 5?", answer: { kind: "numeric", value: 30 } },
  bottomOut: "The answer is 42, because 6 x 7 = 42.",
  wrongAnswers: [
    { match: "36", feedback: "Did you multiply 6 by 6? Check the second factor.", misconception: "wrong factor" },
  ],
};

describe("authoring assistant", () => {
  it("turns the model's draft into content-format steps and runs the content checker", async () => {
    const r = await draftProblem(model({ steps: [goodStep] }), {
      title: "Times",
      statement: "Work out 6 x 7.",
      answer: "42",
      skills: ["mult"],
    });
    expect(r.steps).toHaveLength(1);
    expect(r.steps[0]?.hints.map((h) => h.kind)).toEqual(["hint", "scaffold", "bottom_out"]);
    expect(r.problems).toEqual([]);
    expect(r.inputTokens).toBe(100);
  });

  it("reports problems the checker finds, e.g. a hint that gives the answer away or a 'wrong' answer that is right", async () => {
    const leaky = {
      ...goodStep,
      hints: ["It is 42."],
      wrongAnswers: [{ match: "42", feedback: "Check.", misconception: "none" }],
    };
    const r = await draftProblem(model({ steps: [leaky] }), {
      title: "Times",
      statement: "Work out 6 x 7.",
      answer: "42",
      skills: ["mult"],
    });
    expect(r.problems.join("\n")).toMatch(/wrong answer "42" is accepted/);
    expect(r.problems.join("\n")).toMatch(/early/);
  });
});
