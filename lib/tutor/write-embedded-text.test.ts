import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentBundle } from "@/lib/content/format";
import { translate } from "@/lib/i18n/translator";
import { decideTurn } from "./decide-turn";
import { addFractions, everyKind } from "./fixtures";
import { correctStudent, hintSeekerStudent, nonsenseStudent, playProblem, wrongFirstStudent } from "./play-problem";
import { takeTurn } from "./take-turn";
import { turnTextFor } from "./tutor-message";
import { initialState, type SessionState, type TurnContent, type TurnDecision, type TutorProblem } from "./types";
import { embeddedMessage, writeEmbeddedText } from "./write-embedded-text";

const problem = addFractions;
const [step0, step1] = problem.steps.map((s) => s.prompt) as [string, string];

function decision(content: TurnContent, next: Partial<SessionState> = {}): TurnDecision {
  return {
    evaluation: "g",
    action: 12,
    stepState: "x",
    move: "generic",
    subMove: "greeting",
    hintRung: null,
    revealed: false,
    stepIndex: 0,
    content,
    attempt: null,
    next: { ...initialState(), ...next },
  };
}

const scaffold = { scaffoldText: "What is 4 times 2?" };
const help = { rung: 1, text: "Look for the smallest number that both 3 and 4 divide into." };

/** Every kind of turn content, each wording of it (the compiler insists on every kind). */
const contents: Record<TurnContent["kind"], [TurnContent, Partial<SessionState>?][]> = {
  greeting: [[{ kind: "greeting" }]],
  confirm_step: [
    [{ kind: "confirm_step", nextStep: 1 }, { stepIndex: 1 }],
    [
      { kind: "confirm_step", nextStep: null },
      { stepIndex: 2, finished: true },
    ],
  ],
  confirm_scaffold: [[{ kind: "confirm_scaffold", ...scaffold }]],
  scaffold_incorrect: [[{ kind: "scaffold_incorrect", ...scaffold }]],
  scaffold_told: [[{ kind: "scaffold_told", ...scaffold, scaffoldAnswer: "8" }]],
  wrong_answer: [[{ kind: "wrong_answer", feedback: "Did you add 3 and 4?", misconception: "added" }]],
  incorrect: [[{ kind: "incorrect", offerHint: true }]],
  partial: [
    [{ kind: "partial", reason: "part of that is right", reasonKey: "tutor.partialReason" }],
    [{ kind: "partial", reason: "right value, but simplify the fraction", reasonKey: "answers.simplifyFraction" }],
  ],
  hint: [
    [{ kind: "hint", ...help, afterWrong: true, encourage: false }],
    [{ kind: "hint", ...help, afterWrong: false, encourage: true }],
    [{ kind: "hint", ...help, afterWrong: false, encourage: false }],
  ],
  scaffold: [[{ kind: "scaffold", rung: 2, text: scaffold.scaffoldText, afterWrong: false, encourage: false }]],
  reveal: [
    [{ kind: "reveal", text: "The least common denominator is 12.", nextStep: 1, reason: "request" }, { stepIndex: 1 }],
    [
      { kind: "reveal", text: "It is 11/12.", nextStep: null, reason: "failures" },
      { stepIndex: 2, finished: true },
    ],
    [
      {
        kind: "reveal",
        text: "The answer to this step is 12.",
        textKey: "tutor.reveal.answerIs",
        textValues: { answer: "12" },
        nextStep: 1,
        reason: "request",
      },
      { stepIndex: 1 },
    ],
  ],
  try_first: [[{ kind: "try_first", encourage: true }], [{ kind: "try_first", encourage: false }]],
  clarify: [[{ kind: "clarify" }]],
  redirect: [[{ kind: "redirect" }]],
  question: [[{ kind: "question" }]],
  already_finished: [[{ kind: "already_finished" }, { stepIndex: 2, finished: true }]],
};
const table = Object.values(contents).flatMap((rows) => rows.map(([c, next]) => decision(c, next)));

describe("the embedded tutor's words as message keys", () => {
  it("covers every kind of turn", () => {
    expect(table.length).toBeGreaterThanOrEqual(Object.keys(contents).length);
  });

  for (const d of table) {
    for (const variant of [0, 1, 2]) {
      const { key } = embeddedMessage(problem, d, variant);
      it(`${d.content.kind} (${key}, variant ${variant}) reads in en, es and sv`, () => {
        expect(key).toMatch(/^tutor\./);
        const text = Object.fromEntries(
          (["en", "es", "sv"] as const).map((l) => [l, writeEmbeddedText(problem, d, variant, l)]),
        );
        for (const t of Object.values(text)) {
          expect(t).not.toContain(key);
          expect(t).not.toMatch(/\{(?:variant|title|step|question|answer|feedback|reason|text)\b|tutor\.|answers\./);
          expect(t.trim().length).toBeGreaterThan(0);
        }
        if (d.content.kind === "wrong_answer") {
          // The authored feedback is the whole turn: content stays in the language it is shown in.
          expect(text.es).toBe(d.content.feedback);
        } else {
          expect(text.es).not.toBe(text.en);
          expect(text.sv).not.toBe(text.en);
        }
        // Content pieces are values: they appear as they are in every language.
        if (d.content.kind === "hint") for (const t of Object.values(text)) expect(t).toContain(help.text);
      });
    }
  }

  it.each<[string, TurnDecision, number, string]>([
    [
      "greeting",
      decision({ kind: "greeting" }),
      0,
      `Hi! Let's work through "Add thirds and quarters" one step at a time. First: ${step0}`,
    ],
    [
      "last step confirmed",
      decision({ kind: "confirm_step", nextStep: null }, { stepIndex: 2, finished: true }),
      1,
      `Correct! You've finished this problem: nice, steady work. Press "Next problem" when you're ready.`,
    ],
    [
      "step confirmed",
      decision({ kind: "confirm_step", nextStep: 1 }, { stepIndex: 1 }),
      5,
      `That's it. Next step: ${step1}`,
    ],
    [
      "incorrect",
      decision({ kind: "incorrect", offerHint: true }),
      2,
      "Hmm, that doesn't match. Go back over your last calculation and try once more, or ask for a hint.",
    ],
    [
      "partial",
      decision({ kind: "partial", reason: "part of that is right", reasonKey: "tutor.partialReason" }),
      0,
      "You're close: part of that is right. Try again.",
    ],
    ["hint", decision({ kind: "hint", ...help, afterWrong: false, encourage: false }), 1, `Hint: ${help.text}`],
    [
      "encouraging hint",
      decision({ kind: "hint", ...help, afterWrong: false, encourage: true }),
      3,
      `Let's work it out together. ${help.text}`,
    ],
    [
      "told scaffold",
      decision({ kind: "scaffold_told", ...scaffold, scaffoldAnswer: "8" }),
      0,
      `That one is 8. With that in mind, try the step again: ${step0}`,
    ],
    [
      "try first",
      decision({ kind: "try_first", encourage: false }),
      0,
      "Give it a try first: type your best attempt at this step, even if you're unsure.",
    ],
    [
      "question",
      decision({ kind: "question" }),
      0,
      `Good question. Re-read the step and think about what it asks for: ${step0} If you'd like, press "Hint".`,
    ],
    [
      "reveal of the last step",
      decision({ kind: "reveal", text: "It is 11/12.", nextStep: null, reason: "failures" }, { finished: true }),
      0,
      `It is 11/12. That was the last step: the problem is done. Press "Next problem" when you're ready.`,
    ],
    [
      "already finished",
      decision({ kind: "already_finished" }, { finished: true }),
      0,
      'This problem is finished. Press "Next problem" to go on.',
    ],
  ])("English stays word for word: %s", (_name, d, variant, expected) => {
    expect(writeEmbeddedText(problem, d, variant)).toBe(expected);
    expect(writeEmbeddedText(problem, d, variant, "en")).toBe(expected);
  });

  it("English is what the engine said before message keys, for every turn of the fixtures and the demo content", () => {
    let compared = 0;
    for (const p of [addFractions, everyKind, ...demoProblems()]) {
      for (const student of [correctStudent, wrongFirstStudent, hintSeekerStudent, nonsenseStudent]) {
        for (const [variant, { turn, decision }] of playProblem(p, student).entries()) {
          expect(turn.text).toBe(englishBeforeKeys(p, decision, variant));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it("renders the checker's reason in the session's language and keeps its key for a reader's", () => {
    const simplify: TutorProblem = {
      title: "Simplify",
      statement: "Simplify 6/8.",
      steps: [
        {
          prompt: "Write 6/8 in its lowest terms.",
          answer: { kind: "fraction", value: "3/4", requireSimplified: true, acceptDecimal: false },
          hints: [],
          wrongAnswers: [],
        },
      ],
    };
    const d = decideTurn(simplify, initialState(), { kind: "message", text: "6/8" }, { locale: "es" });
    expect(d.content).toMatchObject({ kind: "partial", reasonKey: "answers.simplifyFraction" });
    const { turn } = takeTurn(simplify, initialState(), { kind: "message", text: "6/8" }, 0, { locale: "es" });
    expect(turn.text).toContain(translate("es")("answers.simplifyFraction"));
    expect(turn.messageParams).toMatchObject({ reasonKey: "answers.simplifyFraction" });
    const english = turnTextFor(turn, "en");
    expect(english).toBe(`You're close: ${translate("en")("answers.simplifyFraction")}. Try again.`);
  });
});

describe("a stored turn in the reader's language", () => {
  it("re-renders a Spanish embedded turn in English and Swedish; the content stays as shown", () => {
    const { turn, decision } = takeTurn(problem, initialState(), { kind: "hint" }, 1, { locale: "es" });
    expect(turn).toMatchObject({ locale: "es", messageKey: "tutor.help.plain" });
    expect(turn.text).toBe(`Pista: ${help.text}`);
    expect(turnTextFor(turn, "es")).toBe(turn.text);
    expect(turnTextFor(turn, "en")).toBe(writeEmbeddedText(problem, decision, 1, "en"));
    expect(turnTextFor(turn, "en")).toBe(`Hint: ${help.text}`);
    expect(turnTextFor(turn, "sv")).toBe(`Ledtråd: ${help.text}`);
  });

  it("renders the tutor's own reveal words in the reader's language", () => {
    const noBottomOut: TutorProblem = {
      ...problem,
      steps: [{ ...(problem.steps[0] as TutorProblem["steps"][number]), hints: [] }],
    };
    let state = initialState();
    state = takeTurn(noBottomOut, state, { kind: "message", text: "5" }, 0, { locale: "es" }).decision.next;
    const { turn, decision } = takeTurn(noBottomOut, state, { kind: "hint" }, 1, { locale: "es" });
    expect(decision.revealed).toBe(true);
    expect(turn.text).toContain("La respuesta a este paso es 12.");
    expect(turnTextFor(turn, "en")).toContain("The answer to this step is 12.");
  });

  it("keeps a model's words, a turn in the reader's language, and an unknown key as shown", () => {
    const stored = { text: "¡Bien hecho!", messageKey: null, messageParams: null, locale: "es" };
    expect(turnTextFor(stored, "en")).toBe("¡Bien hecho!");
    expect(turnTextFor({ ...stored, messageKey: "tutor.noSuchKey" }, "en")).toBe("¡Bien hecho!");
    expect(turnTextFor({ ...stored, messageKey: "tutor.clarify", messageParams: "x" }, "en")).toBe("¡Bien hecho!");
  });
});

/** The demo content's problems, as the engine sees them. */
function demoProblems(): TutorProblem[] {
  const dir = path.resolve(__dirname, "../../content/demo");
  return ["fractions.json", "linear-equations.json", "ratios-percentages.json"].flatMap((file) =>
    contentBundle
      .parse(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")))
      .problemSets.flatMap((set) => set.problems.map((p) => p as TutorProblem)),
  );
}

/** The English writer as it was before message keys (its sentences written into code): the oracle. */
function englishBeforeKeys(problem: TutorProblem, d: TurnDecision, variant: number): string {
  const pick = (options: string[]) => options[variant % options.length] as string;
  const prompt = (i: number | null) => (i === null ? "" : (problem.steps[i]?.prompt ?? ""));
  const current = prompt(d.next.finished ? null : d.next.stepIndex);
  const c = d.content;
  switch (c.kind) {
    case "greeting":
      return `Hi! Let's work through "${problem.title}" one step at a time. First: ${current}`;
    case "confirm_step":
      if (c.nextStep === null) {
        return `${pick(["Yes, that's right!", "Correct!", "Exactly right."])} You've finished this problem: nice, steady work. Press "Next problem" when you're ready.`;
      }
      return `${pick(["Yes, that's right.", "Correct, well done.", "That's it."])} Next step: ${prompt(c.nextStep)}`;
    case "confirm_scaffold":
      return `${pick(["Right.", "Yes, exactly.", "Good."])} Now use that for the step: ${current}`;
    case "scaffold_incorrect":
      return `Not quite. Look again at the question: ${c.scaffoldText}`;
    case "scaffold_told":
      return `That one is ${c.scaffoldAnswer}. With that in mind, try the step again: ${current}`;
    case "wrong_answer":
      return c.feedback;
    case "incorrect":
      return pick([
        "That's not it yet. Check your working for this step, then try again, or ask for a hint.",
        "Not quite. Which part of your working are you least sure about? Try again, or ask for a hint.",
        "Hmm, that doesn't match. Go back over your last calculation and try once more, or ask for a hint.",
      ]);
    case "partial":
      return `You're close: ${c.reason}. Try again.`;
    case "hint":
    case "scaffold": {
      const lead = c.afterWrong
        ? "Not quite yet. Here's something to help:"
        : c.encourage
          ? pick(["You can do this. Let's take it one small step at a time.", "Let's work it out together."])
          : pick(["Here's a hint.", "Hint:", "Try this."]);
      return `${lead} ${c.text}`;
    }
    case "reveal":
      return c.nextStep === null
        ? `${c.text} That was the last step: the problem is done. Press "Next problem" when you're ready.`
        : `${c.text} Let's go on. Next step: ${prompt(c.nextStep)}`;
    case "try_first":
      return c.encourage
        ? "I know you can make progress here. Have a go first: type your best attempt, even if you're unsure, and we'll work from there."
        : "Give it a try first: type your best attempt at this step, even if you're unsure.";
    case "clarify":
      return `I'm not sure what you mean. Could you type just your answer to this step? ${current}`;
    case "redirect":
      return `Let's stay with the problem. ${current}`;
    case "question":
      return `Good question. Re-read the step and think about what it asks for: ${current} If you'd like, press "Hint".`;
    case "already_finished":
      return 'This problem is finished. Press "Next problem" to go on.';
  }
}
