import { describe, expect, it } from "vitest";
import type { TutorProblem } from "@/lib/tutor/types";
import {
  applyTranslation,
  carryTranslations,
  formTexts,
  needsLanguageNotice,
  pickContentLanguage,
  type Translation,
  textsOf,
  translationSchema,
  translationSchemaFor,
} from "./translation";

const problem: TutorProblem = {
  title: "Half of a number",
  statement: "What is half of 3?",
  steps: [
    {
      prompt: "Write half of 3 as a decimal.",
      answer: { kind: "numeric", value: 1.5, tolerance: 0 } as TutorProblem["steps"][number]["answer"],
      hints: [
        { kind: "hint", text: "Half means divide by 2." },
        { kind: "scaffold", text: "What is 3 / 2?", answer: { kind: "fraction", value: "3/2" } as never },
        { kind: "bottom_out", text: "3 / 2 = 1.5" },
      ],
      wrongAnswers: [{ match: "6", feedback: "You doubled it.", misconception: "doubled" }],
    },
  ],
};

const spanish: Translation = {
  title: "La mitad de un número",
  statement: "¿Cuál es la mitad de 3?",
  steps: [
    {
      prompt: "Escribe la mitad de 3 como número decimal.",
      hints: ["La mitad es dividir entre 2.", "¿Cuánto es 3 / 2?", "3 / 2 = 1,5"],
      wrongAnswers: ["Lo has multiplicado por 2."],
    },
  ],
};

describe("translation schema", () => {
  it("accepts a translation with the version's counts", () => {
    expect(translationSchemaFor(problem).safeParse(spanish).success).toBe(true);
  });

  it.each<[string, (t: Translation) => unknown, string]>([
    ["an empty title", (t) => ({ ...t, title: "  " }), "title"],
    ["an empty prompt", (t) => ({ ...t, steps: [{ ...t.steps[0], prompt: "" }] }), "steps.0.prompt"],
    ["an empty hint", (t) => ({ ...t, steps: [{ ...t.steps[0], hints: ["a", "", "c"] }] }), "steps.0.hints.1"],
    ["a control character", (t) => ({ ...t, statement: "¿Cuál\u0007 es?" }), "statement"],
    [
      "a NUL in feedback",
      (t) => ({ ...t, steps: [{ ...t.steps[0], wrongAnswers: ["a\u0000b"] }] }),
      "steps.0.wrongAnswers.0",
    ],
    ["a missing hint", (t) => ({ ...t, steps: [{ ...t.steps[0], hints: ["a", "b"] }] }), "steps.0.hints"],
    ["an extra hint", (t) => ({ ...t, steps: [{ ...t.steps[0], hints: ["a", "b", "c", "d"] }] }), "steps.0.hints"],
    ["a missing wrong answer", (t) => ({ ...t, steps: [{ ...t.steps[0], wrongAnswers: [] }] }), "steps.0.wrongAnswers"],
    ["an extra step", (t) => ({ ...t, steps: [t.steps[0], t.steps[0]] }), "steps"],
    ["an unknown field", (t) => ({ ...t, answer: "1.5" }), ""],
  ])("refuses %s", (_name, edit, path) => {
    const r = translationSchemaFor(problem).safeParse(edit(spanish));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toContain(path);
  });

  it("keeps line breaks and tabs in the statement", () => {
    expect(translationSchema.safeParse({ ...spanish, statement: "Uno\n\tdos" }).success).toBe(true);
  });
});

describe("applyTranslation", () => {
  it("replaces the texts and keeps answers, scaffold answers and wrong-answer matches", () => {
    const t = applyTranslation(problem, spanish);
    expect(t.title).toBe(spanish.title);
    expect(t.statement).toBe(spanish.statement);
    const step = t.steps[0]!;
    expect(step.prompt).toBe(spanish.steps[0]!.prompt);
    expect(step.hints.map((h) => h.text)).toEqual(spanish.steps[0]!.hints);
    expect(step.hints.map((h) => h.kind)).toEqual(["hint", "scaffold", "bottom_out"]);
    expect(step.hints[1]!.answer).toEqual(problem.steps[0]!.hints[1]!.answer);
    expect(step.answer).toEqual(problem.steps[0]!.answer);
    expect(step.wrongAnswers).toEqual([
      { match: "6", feedback: "Lo has multiplicado por 2.", misconception: "doubled" },
    ]);
  });

  it("is pure: the original is unchanged", () => {
    const before = JSON.stringify(problem);
    applyTranslation(problem, spanish);
    expect(JSON.stringify(problem)).toBe(before);
  });

  it("keeps extra fields of a loaded problem (ids, skills)", () => {
    const loaded = { ...problem, versionId: "v1", stepIds: ["s1"] };
    expect(applyTranslation(loaded, spanish)).toMatchObject({ versionId: "v1", stepIds: ["s1"] });
  });

  it("throws on a translation that does not line up", () => {
    expect(() => applyTranslation(problem, { ...spanish, steps: [] })).toThrow(/0 steps/);
  });
});

describe("pickContentLanguage", () => {
  it.each<[string, string[], string, string, boolean]>([
    // version language, translations, student's locale -> shown, notice
    ["en", [], "en", "en", false],
    ["en", ["es"], "es", "es", false],
    ["en", ["es", "sv"], "sv", "sv", false],
    ["en", [], "es", "en", true],
    ["en", ["sv"], "es", "en", true],
    ["sv", [], "sv", "sv", false],
    ["sv", ["en"], "en", "en", false],
    ["sv", [], "en", "sv", true],
    ["es", ["en"], "es", "es", false],
    ["en", ["es"], "es-MX", "es", false],
    ["en", ["es-MX", "es"], "es-MX", "es-MX", false],
    ["en", ["pt-BR"], "pt", "pt-BR", false],
    ["en", ["es"], "ar", "en", true],
  ])("version %s with %j, student %s -> %s (notice %s)", (version, available, locale, language, notice) => {
    expect(pickContentLanguage(version, available, locale)).toEqual({ language, notice });
  });

  it("needsLanguageNotice compares base languages", () => {
    expect(needsLanguageNotice({ locale: "es", contentLanguage: "en" })).toBe(true);
    expect(needsLanguageNotice({ locale: "es", contentLanguage: "es" })).toBe(false);
    expect(needsLanguageNotice({ locale: "es-MX", contentLanguage: "es" })).toBe(false);
  });
});

describe("translated options of a choice step", () => {
  const choice: TutorProblem = {
    title: "Best buy",
    statement: "Which pack?",
    steps: [
      {
        prompt: "Which pack is the better buy?",
        answer: { kind: "choice", options: ["The 12-pack", "The 20-pack"], correct: 1 } as never,
        hints: [{ kind: "bottom_out", text: "The 20-pack." }],
        wrongAnswers: [{ match: "The 12-pack", feedback: "Compare per box.", misconception: "total price" }],
      },
    ],
  };
  const t: Translation = {
    title: "La mejor compra",
    statement: "¿Qué paquete?",
    steps: [
      {
        prompt: "¿Qué paquete sale más a cuenta?",
        hints: ["El paquete de 20."],
        wrongAnswers: ["Compara el precio por caja."],
        options: ["El paquete de 12", "El paquete de 20"],
      },
    ],
  };

  it("replaces the options in order (the right one stays at its position) and the wrong answers authored as options", () => {
    const out = applyTranslation(choice, t);
    expect(out.steps[0]?.answer).toEqual({
      kind: "choice",
      options: ["El paquete de 12", "El paquete de 20"],
      correct: 1,
    });
    expect(out.steps[0]?.wrongAnswers[0]).toMatchObject({ match: "El paquete de 12", misconception: "total price" });
  });

  it.each<[string, Translation["steps"][number]["options"], TutorProblem, RegExp]>([
    ["a missing option", ["El paquete de 12"], choice, /has 1 options/],
    ["two options that read the same", ["El paquete", "el paquete"], choice, /read the same/],
    ["options on a step that is not a choice", ["a", "b"], problem, /not a choice/],
  ])("refuses %s", (_name, options, base, message) => {
    const step = { ...(base === choice ? t.steps[0]! : spanish.steps[0]!), options };
    const r = translationSchemaFor(base).safeParse({ ...(base === choice ? t : spanish), steps: [step] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message).join()).toMatch(message);
  });

  it("formTexts starts the form from the saved translation as the database returns it (a browser walk found the original shown, and a second save wrote English over the translation)", () => {
    const row = { language: "es", createdAt: new Date(), updatedAt: new Date(), ...spanish };
    expect(formTexts(row, problem)).toEqual(spanish);
    expect(formTexts(undefined, problem)).toEqual(textsOf(problem));
    // A stored row that no longer reads as a translation: the original, not a crash.
    expect(formTexts({ title: "", statement: 3, steps: [] }, problem)).toEqual(textsOf(problem));
  });

  it("textsOf gives a choice step's options", () => {
    expect(textsOf(choice).steps[0]?.options).toEqual(["The 12-pack", "The 20-pack"]);
    expect(textsOf(problem).steps[0]?.options).toBeUndefined();
  });
});

describe("carryTranslations (a new version keeps the translations that still fit)", () => {
  const shape = { language: "en", steps: problem.steps };
  const row = (language: string, t: Translation = spanish) => ({ language, ...t });
  const s0 = spanish.steps[0] as Translation["steps"][number];
  it.each<[string, ReturnType<typeof row>, string[], RegExp | null]>([
    ["same counts", row("es"), [], null],
    [
      "one hint fewer",
      row("es", { ...spanish, steps: [{ ...s0, hints: s0.hints.slice(1) }] }),
      [],
      /^step 1 has \d+ hints/,
    ],
    [
      "an extra wrong answer",
      row("es", { ...spanish, steps: [{ ...s0, wrongAnswers: [...s0.wrongAnswers, "x"] }] }),
      [],
      /wrong-answer/,
    ],
    [
      "options on a step that is not a choice",
      row("es", { ...spanish, steps: [{ ...s0, options: ["a", "b"] }] }),
      [],
      /not a choice/,
    ],
    ["another number of steps", row("es", { ...spanish, steps: [s0, s0] }), [], /^has 2 steps/],
    ["the version's own language", row("en"), [], /now written in this language/],
    [
      "stored texts that are not a translation",
      { language: "es", title: "", statement: "x", steps: [] },
      [],
      /not a valid/,
    ],
  ])("%s", (_name, t, except, reason) => {
    const { carried, left } = carryTranslations(shape, [t], except);
    expect(carried).toEqual(reason ? [] : [t]);
    expect(left).toEqual(reason ? [{ language: t.language, reason: expect.stringMatching(reason) }] : []);
  });
  it("leaves out a language the import brings itself, silently", () => {
    expect(carryTranslations(shape, [row("es")], ["es"])).toEqual({ carried: [], left: [] });
  });
});
