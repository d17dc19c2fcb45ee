import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/translator";
import { decideTurn } from "./decide-turn";
import { addFractions } from "./fixtures";
import { takeTurn } from "./take-turn";
import { turnTextFor } from "./tutor-message";
import { initialState, type SessionState, type TurnContent, type TurnDecision, type TutorProblem } from "./types";
import { embeddedMessage, foldSentence, hasWholeWord, ownSentences, writeEmbeddedText } from "./write-embedded-text";

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

const wrapAll = { solved: 2, told: 0, total: 2 };
const wrapPart = { solved: 1, told: 1, total: 2 };
const wrapTold = { solved: 0, told: 2, total: 2 };

/** Every kind of turn content, each wording of it (the compiler insists on every kind). */
const contents: Record<TurnContent["kind"], [TurnContent, Partial<SessionState>?][]> = {
  greeting: [[{ kind: "greeting" }]],
  confirm_step: [
    [{ kind: "confirm_step", nextStep: 1, wrap: null }, { stepIndex: 1 }],
    [
      { kind: "confirm_step", nextStep: null, wrap: wrapAll },
      { stepIndex: 2, finished: true },
    ],
    [
      { kind: "confirm_step", nextStep: null, wrap: wrapPart },
      { stepIndex: 2, finished: true, revealedSteps: [0] },
    ],
  ],
  confirm_told: [
    [
      { kind: "confirm_told", nextStep: 1, wrap: null },
      { stepIndex: 1, revealedSteps: [0] },
    ],
    [
      { kind: "confirm_told", nextStep: null, wrap: wrapPart },
      { stepIndex: 2, finished: true, revealedSteps: [1] },
    ],
    [
      { kind: "confirm_told", nextStep: null, wrap: wrapTold },
      { stepIndex: 2, finished: true, revealedSteps: [0, 1] },
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
    [
      { kind: "reveal", text: "The least common denominator is 12.", answer: "12", reason: "request" },
      { revealedSteps: [0], typeIn: true },
    ],
    [
      {
        kind: "reveal",
        text: "The answer to this step is 12.",
        textKey: "tutor.reveal.answerIs",
        textValues: { answer: "12" },
        answer: "12",
        reason: "request",
      },
      { revealedSteps: [0], typeIn: true },
    ],
  ],
  type_in: [
    [
      { kind: "type_in", answer: "12", reason: "wrong" },
      { revealedSteps: [0], typeIn: true },
    ],
    [
      { kind: "type_in", answer: "12", reason: "help" },
      { revealedSteps: [0], typeIn: true },
    ],
    [
      { kind: "type_in", answer: "12", reason: "other" },
      { revealedSteps: [0], typeIn: true },
    ],
  ],
  try_first: [
    [{ kind: "try_first", encourage: true, pending: null }],
    [{ kind: "try_first", encourage: false, pending: scaffold.scaffoldText }],
  ],
  clarify: [
    [{ kind: "clarify", pending: null, offerHint: false }],
    [{ kind: "clarify", pending: null, offerHint: true }],
  ],
  off_topic: [[{ kind: "off_topic", pending: null }], [{ kind: "off_topic", pending: scaffold.scaffoldText }]],
  greet_back: [[{ kind: "greet_back", pending: null }]],
  frustration: [[{ kind: "frustration", pending: null }]],
  question: [[{ kind: "question", pending: null }]],
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
      "last step confirmed, all solved",
      decision({ kind: "confirm_step", nextStep: null, wrap: wrapAll }, { stepIndex: 2, finished: true }),
      1,
      `Correct! You've finished this problem and solved every step yourself: nice, steady work. Press "Next problem" when you're ready.`,
    ],
    [
      "last step confirmed, one step told",
      decision({ kind: "confirm_step", nextStep: null, wrap: wrapPart }, { stepIndex: 2, finished: true }),
      0,
      `Yes, that's right! You solved 1 of 2 steps yourself; 1 step was shown to you. Try a similar problem next to practise that part. Press "Next problem" when you're ready.`,
    ],
    [
      "told answer typed on the last step, all told",
      decision({ kind: "confirm_told", nextStep: null, wrap: wrapTold }, { stepIndex: 2, finished: true }),
      0,
      `That's it: it's in. This time every step was shown to you, so try a similar problem next and see how far you get on your own. Press "Next problem" when you're ready.`,
    ],
    [
      "step confirmed",
      decision({ kind: "confirm_step", nextStep: 1, wrap: null }, { stepIndex: 1 }),
      5,
      `That's it. On to the next step: ${step1}`,
    ],
    [
      "reveal: the step stays open for the type-in",
      decision(
        { kind: "reveal", text: "The least common denominator is 12.", answer: "12", reason: "request" },
        { typeIn: true, revealedSteps: [0] },
      ),
      0,
      "The least common denominator is 12. You have it now: type 12 in to finish this step.",
    ],
    [
      "a wrong entry during the type-in",
      decision({ kind: "type_in", answer: "12", reason: "wrong" }, { typeIn: true, revealedSteps: [0] }),
      0,
      "Not quite: the answer shown was 12. Type exactly that and we'll go on.",
    ],
    [
      "off-topic keeps a pending scaffold question",
      decision({ kind: "off_topic", pending: scaffold.scaffoldText }),
      0,
      `That's a fun one, but maths is my thing. Let's get back to it. My question is still open: ${scaffold.scaffoldText}`,
    ],
    [
      "question: no boilerplate praise, the step re-stated",
      decision({ kind: "question", pending: null }),
      0,
      `Let's look at what the step asks. If the way in isn't clear, press "Hint" for a first clue. Here's the step again: ${step0}`,
    ],
    [
      "try first, no pending question: nothing dangling",
      decision({ kind: "try_first", encourage: false, pending: null }),
      0,
      "Give it a try first: type your best attempt at this step, even if you're unsure.",
    ],
    ["hint", decision({ kind: "hint", ...help, afterWrong: false, encourage: false }), 1, `Hint: ${help.text}`],
  ])("English word for word: %s", (_name, d, variant, expected) => {
    expect(writeEmbeddedText(problem, d, variant)).toBe(expected);
    expect(writeEmbeddedText(problem, d, variant, "en")).toBe(expected);
  });

  it("points at the step above instead of quoting it twice in a row", () => {
    const d = decision({ kind: "off_topic", pending: null });
    const previous = { text: `Hi! First: ${step0}` };
    const text = writeEmbeddedText(problem, d, 0, "en", previous);
    expect(text).not.toContain(step0);
    expect(text).toMatch(/step above/);
  });

  it("picks another wording when the first would repeat a sentence of the previous turn", () => {
    const d = decision({ kind: "incorrect", offerHint: true });
    const first = takeTurn(problem, initialState(), { kind: "message", text: "5" }, 0).turn;
    const again = writeEmbeddedText(problem, d, 0, "en", first);
    expect(first.text).not.toBe(again);
    expect([...ownSentences(again, {})].some((s) => ownSentences(first.text, {}).has(s))).toBe(false);
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
    expect(english).toContain(translate("en")("answers.simplifyFraction"));
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

describe("the answer check's whole-word search (issue 16: no regular expression per turn)", () => {
  it.each([
    ["the answer is 12", "12", true],
    ["112 apples", "12", false],
    ["12a", "12", false],
    ["so 12 then", "12", true],
    ["12", "12", true],
    ["x12 and 12", "12", true],
    ["élan 12é", "12", false],
    ["١٢3 12", "12", true],
    ["😀12😀", "12", true],
    ["𝑥12", "12", false], // a letter outside the basic plane, just before
    ["12𝑥", "12", false],
    ["one half", "half", true],
    ["behalf", "half", false],
    ["", "12", false],
  ])("%j contains %j as a whole word: %s", (text, needle, expected) => {
    expect(hasWholeWord(text, needle)).toBe(expected);
  });

  it("agrees with the whole-word pattern it replaced on random folded text", () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = ["1", "2", "a", "b", " ", "-", "/", "é", "٣", "😀", "𝑥", "x"];
    const pick = (len: number) => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join("");
    for (let i = 0; i < 3000; i++) {
      const needle = pick(1 + rand(3))
        .trim()
        .replace(/\s+/g, " ");
      const text = pick(rand(12)).replace(/\s+/g, " ");
      if (!needle) continue;
      const escaped = needle.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/\s+/g, "\\s+");
      const old = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "u");
      expect(hasWholeWord(text, needle), JSON.stringify([text, needle])).toBe(old.test(text));
    }
  });

  it("finds a decimal answer in a folded sentence, which the pattern of the raw answer never did", () => {
    const sentence = foldSentence("So the price is 3.5 dollars.");
    expect(sentence).toBe("so the price is 3 5 dollars");
    expect(/(^|[^\p{L}\p{N}])3\.5($|[^\p{L}\p{N}])/u.test(sentence)).toBe(false); // the old check
    expect(hasWholeWord(sentence, foldSentence("3.5"))).toBe(true);
    expect(hasWholeWord(foldSentence("It costs 1,000 in all."), foldSentence("1,000"))).toBe(true);
    expect(hasWholeWord(foldSentence("It costs 13.5 in all."), foldSentence("3.5"))).toBe(false);
  });
});
