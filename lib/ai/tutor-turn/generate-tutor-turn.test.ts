import { afterEach, describe, expect, it, vi } from "vitest";
import { mockTurnModel, turnJson } from "@/lib/ai/testing/mock-turn-model";
import { resetEnvForTests } from "@/lib/env";
import { addFractions as problem } from "@/lib/tutor/fixtures";
import { takeTurn } from "@/lib/tutor/take-turn";
import { initialState, type StudentInput } from "@/lib/tutor/types";
import { generateTutorTurn } from "./generate-tutor-turn";

function setup(input: StudentInput = { kind: "message", text: "15" }) {
  const { turn, decision } = takeTurn(problem, initialState(), input, 1);
  const codes = {
    evaluation: decision.evaluation,
    action: decision.action,
    stepState: decision.stepState,
    move: decision.move,
    subMove: decision.subMove,
  };
  return { turn, decision, codes };
}

const embeddedText = () => setup().turn.text;

async function run(model: ReturnType<typeof mockTurnModel>, input?: StudentInput, timeoutMs = 500) {
  const { turn, decision } = setup(input);
  const shown: string[] = [];
  const result = await generateTutorTurn({
    model,
    label: "mock/mock-tutor",
    problem,
    decision,
    embedded: turn,
    transcript: [],
    studentText: input?.kind === "message" ? input.text : "hint",
    timeoutMs,
    onDelta: (t) => shown.push(t),
    onReset: () => shown.push("<reset>"),
  });
  return { result, shown, embedded: turn };
}

describe("generateTutorTurn", () => {
  it("streams a checked model turn sentence by sentence, with tokens and latency", async () => {
    const { codes } = setup();
    const text =
      "Not quite yet. What is the smallest number that both 3 and 4 divide into? Try listing a few multiples.";
    const { result, shown } = await run(mockTurnModel(turnJson(codes, text), { chunk: 5 }));
    expect(result.engine).toBe("llm:mock/mock-tutor");
    expect(result.turn.text).toBe(text);
    expect(result.turn.evaluation).toBe(codes.evaluation);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.join("")).toBe(text);
    expect(result.inputTokens).toBeGreaterThan(0);
    expect(result.outputTokens).toBeGreaterThan(0);
  });

  it("regenerates once after a leak, then serves the embedded turn; the leak never reaches the screen", async () => {
    const { codes } = setup();
    const model = mockTurnModel(turnJson(codes, "Close! The common denominator is 12. Now rewrite both fractions."));
    const { result, shown, embedded } = await run(model);
    expect(result.engine).toBe("fallback:leak");
    expect(result.turn).toEqual(embedded);
    expect(model.doStreamCalls).toHaveLength(2);
    expect(shown.join("")).not.toContain("12");
    expect(shown.at(-1)).toBe(embedded.text);
  });

  describe("AI_GUARD_LOG", () => {
    afterEach(() => {
      vi.unstubAllEnvs();
      vi.restoreAllMocks();
      resetEnvForTests();
    });
    const leak = () => mockTurnModel(turnJson(setup().codes, "Close! The common denominator is 12. Now rewrite both."));

    it("logs each refusal's reason, finding and text when it is 1", async () => {
      vi.stubEnv("AI_GUARD_LOG", "1");
      resetEnvForTests();
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      const { result } = await run(leak());
      expect(result.engine).toBe("fallback:leak");
      expect(warn).toHaveBeenCalledTimes(2);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/^guard refused \(leak\): states 12 .*common denominator is 12/);
    });

    it("logs nothing by default", async () => {
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      const { result } = await run(leak());
      expect(result.engine).toBe("fallback:leak");
      expect(warn).not.toHaveBeenCalled();
    });
  });

  it("withdraws already shown sentences when a later one leaks", async () => {
    const { codes } = setup();
    const model = mockTurnModel(turnJson(codes, "Good effort. Think about multiples. It is twelve."), { chunk: 3 });
    const { result, shown } = await run(model);
    expect(result.engine).toBe("fallback:leak");
    expect(shown).toContain("<reset>");
    expect(shown.slice(shown.lastIndexOf("<reset>") + 1).join("")).not.toMatch(/twelve|12/);
  });

  it("refuses a model that echoes its instructions before any of them is shown", async () => {
    const { codes } = setup();
    const model = mockTurnModel((prompt) => {
      const system = (JSON.parse(prompt) as { role: string; content: string }[])[0]?.content ?? "";
      return turnJson(codes, system.replace(/\s+/g, " ").slice(0, 500));
    });
    const { result, shown } = await run(model);
    expect(result.engine).toBe("fallback:prompt");
    expect(shown).toEqual([embeddedText()]);
  });

  it("reads a retry together with what the first try already showed", async () => {
    const { codes } = setup();
    let call = 0;
    const model = mockTurnModel(() =>
      turnJson(codes, call++ === 0 ? "The first digit is 1. The answer is 12." : "The second digit is 2."),
    );
    const { result, shown } = await run(model);
    expect(result.engine).toBe("fallback:leak");
    expect(shown).toEqual(["The first digit is 1.", "<reset>", embeddedText()]);
  });

  it("stops a runaway reply on the stream, before it is shown", async () => {
    const { codes } = setup();
    const long = `${"Think about multiples of 3 and 4 and keep listing them carefully ".repeat(12)}.`;
    const { result, shown } = await run(mockTurnModel(turnJson(codes, long), { chunk: 20 }));
    expect(result.engine).toBe("fallback:length");
    expect(shown.join("")).not.toContain("Think about multiples");
  });

  it("does not send the answer, the unrevealed rungs or the wrong-answer list to the model", async () => {
    const { codes } = setup({ kind: "hint" });
    const prompts: string[] = [];
    const model = mockTurnModel((prompt) => {
      prompts.push(prompt);
      return turnJson(codes, "Look for the smallest number that both 3 and 4 divide into.");
    });
    const { result } = await run(model, { kind: "hint" });
    expect(result.engine).toBe("llm:mock/mock-tutor");
    const sent = prompts.join("\n");
    expect(sent).toContain("smallest number that both 3 and 4 divide into");
    for (const hidden of ["12", "List the multiples of 4", "Did you add 3 and 4", "least common denominator is"]) {
      expect(sent).not.toContain(hidden);
    }
  });

  it("refuses codes that contradict the facts", async () => {
    const { codes } = setup();
    const model = mockTurnModel(turnJson({ ...codes, evaluation: "b", action: 3 }, "Correct! Well done."));
    const { result, shown } = await run(model);
    expect(result.engine).toBe("fallback:codes");
    expect(shown.join("")).not.toContain("Correct!");
  });

  it.each([
    ["a provider error", mockTurnModel("", { fail: "throw" }), "fallback:error"],
    ["a hang past the timeout", mockTurnModel("", { fail: "hang" }), "fallback:timeout"],
    ["invalid JSON", mockTurnModel('{"evaluation": "a", "text": "oops'), "fallback:malformed"],
    ["an empty object", mockTurnModel("{}"), "fallback:malformed"],
  ])("falls back on %s without regenerating", async (_name, model, engine) => {
    const { result, embedded } = await run(model, undefined, 200);
    expect(result.engine).toBe(engine);
    expect(result.turn).toEqual(embedded);
    expect(model.doStreamCalls.length).toBeLessThanOrEqual(1);
  });

  it("lets the model state the answer when the policy reveals it", async () => {
    // attempted, hint, scaffold answered, hint again -> bottom-out
    let state = initialState();
    for (const input of [
      { kind: "message", text: "15" },
      { kind: "hint" },
      { kind: "hint" },
      { kind: "message", text: "8" },
    ] as StudentInput[]) {
      state = takeTurn(problem, state, input).decision.next;
    }
    const { turn, decision } = takeTurn(problem, state, { kind: "hint" });
    expect(decision.revealed).toBe(true);
    const codes = {
      evaluation: decision.evaluation,
      action: decision.action,
      stepState: decision.stepState,
      move: decision.move,
      subMove: decision.subMove,
    };
    const text = "The least common denominator is 12, because 12 is the first multiple of 4 that 3 divides.";
    const result = await generateTutorTurn({
      model: mockTurnModel(turnJson(codes, text)),
      label: "mock/m",
      problem,
      decision,
      embedded: turn,
      transcript: [],
      studentText: "hint",
      timeoutMs: 500,
      onDelta: () => {},
      onReset: () => {},
    });
    expect(result.engine).toBe("llm:mock/m");
    expect(result.turn.revealed).toBe(true);
  });
});

describe("a session in Spanish", () => {
  function spanish(input: StudentInput = { kind: "message", text: "15" }) {
    const { turn, decision } = takeTurn(problem, initialState(), input, 1, { locale: "es" });
    const codes = {
      evaluation: decision.evaluation,
      action: decision.action,
      stepState: decision.stepState,
      move: decision.move,
      subMove: decision.subMove,
    };
    return { turn, decision, codes };
  }

  async function runEs(model: ReturnType<typeof mockTurnModel>) {
    const { turn, decision } = spanish();
    const shown: string[] = [];
    const result = await generateTutorTurn({
      model,
      label: "mock/mock-tutor",
      problem,
      decision,
      embedded: turn,
      locale: "es",
      transcript: [],
      studentText: "15",
      timeoutMs: 200,
      onDelta: (t) => shown.push(t),
      onReset: () => shown.push("<reset>"),
    });
    return { result, shown, embedded: turn };
  }

  it("tells the model the student's language by name", async () => {
    const prompts: string[] = [];
    const model = mockTurnModel((prompt) => {
      prompts.push(prompt);
      return turnJson(spanish().codes, "Casi. ¿Cuál es el número más pequeño que dividen 3 y 4?");
    });
    const { result } = await runEs(model);
    expect(prompts.join("\n")).toContain("Write in Spanish (es)");
    expect(result.engine).toBe("llm:mock/mock-tutor");
    // The model's own words: stored as shown, in Spanish, with no message key.
    expect(result.turn).toMatchObject({ locale: "es", messageKey: null, messageParams: null });
  });

  it.each([
    ["a provider error", () => mockTurnModel("", { fail: "throw" }), "fallback:error"],
    ["a leak, twice", () => mockTurnModel(turnJson(spanish().codes, "El denominador común es 12.")), "fallback:leak"],
    [
      "a leak in Spanish words",
      () => mockTurnModel(turnJson(spanish().codes, "Casi. Piensa en doce.")),
      "fallback:leak",
    ],
  ])("falls back after %s to the embedded turn in Spanish, with its key", async (_name, model, engine) => {
    const { result, shown, embedded } = await runEs(model());
    expect(result.engine).toBe(engine);
    expect(result.turn).toEqual(embedded);
    expect(result.turn.locale).toBe("es");
    expect(result.turn.messageKey).toMatch(/^tutor\./);
    expect(result.turn.text).not.toBe(setup().turn.text);
    expect(result.turn.text).toMatch(/Todavía|Mmm|pista/);
    expect(shown.at(-1)).toBe(embedded.text);
  });
});
