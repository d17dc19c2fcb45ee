import { describe, expect, it } from "vitest";
import { describeTurn, engineWords, moveWords, subMoveWords, type TurnCodes } from "./describe-turn";

const base: TurnCodes = {
  evaluation: "a",
  action: 1,
  stepState: "x",
  move: "probing",
  subMove: "seek_self_correction",
  engine: "embedded",
  hintRung: null,
  revealed: false,
};

describe("describeTurn", () => {
  it("puts every code in words", () => {
    expect(describeTurn(base)).toEqual([
      { term: "Evaluation", value: "incorrect", notable: false },
      { term: "Action", value: "feedback on the mistake" },
      { term: "Step state", value: "step in progress" },
      { term: "Move", value: "probing: seek self-correction", notable: false },
      { term: "Engine", value: "embedded engine", notable: false },
    ]);
  });

  it("shows the rung, the reveal and telling", () => {
    const labels = describeTurn({
      ...base,
      action: 2,
      stepState: "y",
      move: "telling",
      subMove: "reveal_answer",
      hintRung: 4,
      revealed: true,
    });
    expect(labels.map((l) => `${l.term}: ${l.value}${l.notable ? " !" : ""}`)).toEqual([
      "Evaluation: incorrect",
      "Action: solution after repeated failures",
      "Step state: step done, moving on",
      "Move: telling: reveal answer !",
      "Engine: embedded engine",
      "Hint rung: 4",
      "Revealed: answer told !",
    ]);
  });

  it("marks off-topic turns and fallbacks", () => {
    const labels = describeTurn({ ...base, evaluation: "e", action: 7, engine: "fallback:timeout" });
    expect(labels.find((l) => l.term === "Evaluation")).toEqual({
      term: "Evaluation",
      value: "off-topic",
      notable: true,
    });
    expect(labels.find((l) => l.term === "Engine")?.notable).toBe(true);
  });

  it("shows unknown codes as they are instead of failing", () => {
    const labels = describeTurn({ ...base, evaluation: "q", action: 99, stepState: "k", move: "dance" });
    expect(labels.slice(0, 4).map((l) => l.value)).toEqual([
      "unknown (q)",
      "unknown (99)",
      "unknown (k)",
      "unknown (dance): seek self-correction",
    ]);
  });

  it("a student turn (no codes) has no labels", () => {
    expect(
      describeTurn({
        evaluation: null,
        action: null,
        stepState: null,
        move: null,
        subMove: null,
        engine: null,
        hintRung: null,
        revealed: false,
      }),
    ).toEqual([]);
  });
});

describe("engineWords", () => {
  it.each([
    ["embedded", "embedded engine"],
    ["llm:openai/gpt-4o-mini", "model (openai/gpt-4o-mini)"],
    ["fallback:rate_limited", "fell back to the embedded engine (rate limited)"],
    ["something-else", "something-else"],
  ])("%s", (engine, words) => {
    expect(engineWords(engine)).toBe(words);
  });
});

describe("in Spanish", () => {
  it("puts every code in the reader's words", () => {
    expect(
      describeTurn({ ...base, move: "telling", subMove: "reveal_answer", hintRung: 3, revealed: true }, "es").map(
        (l) => `${l.term}: ${l.value}`,
      ),
    ).toEqual([
      "Evaluación: incorrecta",
      "Acción: comentario sobre el error",
      "Estado del paso: paso en curso",
      "Movimiento: decir: revelar la respuesta",
      "Motor: motor integrado",
      "Peldaño de pista: 3",
      "Revelada: respuesta dada",
    ]);
  });
  it.each([
    ["probing", "sondear"],
    ["none", "ninguno"],
    ["dance", "desconocido (dance)"],
  ])("move %s", (move, words) => {
    expect(moveWords(move, "es")).toBe(words);
  });
  it("sub-moves, and unknown codes spelled out", () => {
    expect(subMoveWords("seek_self_correction", "es")).toBe("buscar la autocorrección");
    expect(subMoveWords("seek_self_correction")).toBe("seek self-correction");
    expect(subMoveWords("some_new_thing", "es")).toBe("some new thing");
  });
  it("engines", () => {
    expect(engineWords("fallback:timeout", "es")).toBe("volvió al motor integrado (timeout)");
    expect(engineWords("llm:openai/gpt-4o-mini", "es")).toBe("modelo (openai/gpt-4o-mini)");
  });
});
