import { describe, expect, it } from "vitest";
import { type AnswerSpecInput, answerSpec } from "@/lib/tutor/answers";
import { findReveal, keepPronounOne, localeReadings, readVisible, revealsBeyondVisible } from "./find-reveal";
import { listSecrets } from "./list-secrets";
import { answerLetters, keepWordLetters } from "./word-letters";

const spec = (a: AnswerSpecInput) => answerSpec.parse(a);

/**
 * Each class of honest text the reveal finder misread (OATutor, bench:content), one row per
 * form, next to near misses that state the answer and must still count. Both readers: the
 * content checker's (revealsBeyondVisible) and the guard's (findReveal).
 */
interface Case {
  name: string;
  answer: AnswerSpecInput;
  /** The step's prompt (visible, and the expression it asks about). */
  prompt: string;
  statement: string;
  honest: string[];
  reveals: string[];
  /**
   * False when the guard's reader cannot be asked: it takes a form answer that a visible text
   * already states (here the prompt itself, which the checker accepts as "a") as seen, and
   * leaves it to the other rules.
   */
  guard?: false;
  /**
   * Reveals only the guard's reader must find: the content checker takes the prompt's maths
   * written as it stands ("15/5") for a quote of the prompt, as it always has.
   */
  guardOnly?: string[];
}

const cases: Case[] = [
  {
    // oatutor-a10b60arealnumbers9: every engine turn was read as stating "a".
    name: "a one-letter answer 'a' and the article 'a'",
    answer: { kind: "expression", value: "a" },
    prompt: "$\\sqrt[3]{\\frac{a^8}{a^5}}$",
    statement: "Simplify:",
    guard: false,
    honest: [
      "Give it a try first: type your best attempt at this step, even if you're unsure.",
      "Here's a hint.",
      "Hmm, that doesn't match. Go back over your last calculation and try once more, or ask for a hint.",
      'Hi! Let\'s work through "Use the Quotient Property" one step at a time. First: $\\sqrt[3]{\\frac{a^8}{a^5}}$',
      "I know you can make progress here. Have a go first: type your best attempt.",
      "A hint: what does $\\frac{a^8}{a^5}$ simplify to?",
      "That's a good start. Take a look at the exponents again.",
      "It is a useful idea to divide the powers first.",
    ],
    reveals: [
      "it's just a",
      "the answer: a.",
      "so we get $a$",
      "a = a^1 so the answer is a",
      "it simplifies to a.",
      "The answer is a",
      "= a",
      "$a$",
      "so we get $a$ today",
      "The answer is a, clearly.",
      "The answer is a\n\ngreat job!",
      "The answer is a Great one.",
      "Type a now.",
      "Type a and submit it.",
      "The answer is a times 1.",
      "It comes out to a again.",
      "The answer is a clearly.",
      "a is the answer.",
      "The answer is A.",
      "the answer is (a) right",
      "It is a\u200B simple a.",
    ],
  },
  {
    name: "a one-letter answer 'a' and the article 'a' (a prompt that does not state it)",
    answer: { kind: "expression", value: "a" },
    prompt: "In $3a + 2b$, which variable has the coefficient $3$?",
    statement: "Read the expression.",
    honest: [
      "Give it a try first: type your best attempt at this step, even if you're unsure.",
      "Here's a hint: a coefficient is the number in front of a variable.",
      "Take a look at the number in front of each letter.",
      "Hint: a coefficient multiplies a variable.",
    ],
    reveals: [
      "it's just a",
      "the answer: a.",
      "so we get $a$",
      "The answer is a",
      "so we get $a$ today",
      "The answer is a, clearly.",
      "The answer is a\n\ngreat job!",
      "The answer is a Great one.",
      "Type a now.",
      "It comes out to a again.",
      "The answer is a clearly.",
      "a is the answer.",
      "It is a\u200B simple a.",
      "The answer: a nice letter.",
      "Result: a good one.",
    ],
  },
  {
    // oatutor-ae8c2accomplex28: "I'm not sure what you mean" was read as stating i.
    name: "a one-letter answer 'i' and the pronoun 'I'",
    answer: { kind: "expression", value: "i" },
    prompt: "$\\frac{4+3i}{3-4i}$",
    statement: "Divide:",
    honest: [
      "I'm not sure what you mean. Could you type just your answer to this step? $\\frac{4+3i}{3-4i}$",
      "I know you can make progress here.",
      "I think multiplying by the conjugate $3+4i$ is a good start.",
      "I’d multiply the top and the bottom by the conjugate.",
      "Hint: I know this looks long: multiply by the conjugate.",
    ],
    reveals: [
      "The answer is i.",
      "It is just $i$.",
      "the answer is I think",
      "I'm sure it's i",
      "I",
      "It simplifies to I.",
      "The answer is I here.",
      "Answer: I think.",
    ],
  },
  {
    // oatutor-a6f9727real1: the hint restates the prompt's expression in words.
    name: "the prompt's expression restated (What is 15/5?, answer 3)",
    answer: { kind: "numeric", value: 3 },
    prompt: "What is $\\frac{15}{5}$?",
    statement: "Write each of the following rational numbers as either a terminating or repeating decimal.",
    honest: [
      "Dividing: We can express the above idea as $15$ divided by $5$. What is that equal to?",
      "You can do this. Let's take it one small step at a time. Dividing: We can express the above idea as $15$ divided by $5$.",
      "Think of it as 15 ÷ 5.",
      "Think of it as fifteen divided by five.",
      "Think of it as $15/5$, and share 15 things among 5 people.",
      "Think of it as (15)/(5).",
    ],
    reveals: [
      "Think of it as 9 ÷ 3.",
      "Think of it as 6/2.",
      "15 divided by 5 equals 3",
      "15/5 = 3",
      "the quotient is three",
      "15 divided by 5 is the same as 30 divided by 10.",
      "Think of it as 15/5 + 0.",
      "Think of it as 3/1.",
      "Between us, it comes out to 15 ÷ 5.",
      "The answer is fifteen divided by five.",
    ],
    guardOnly: ["15/5 is the answer.", "= 15/5"],
  },
  {
    name: "the prompt's expression restated (What is 13/25?, answer 0.52)",
    answer: { kind: "numeric", value: 0.52 },
    prompt: "What is $\\frac{13}{25}$?",
    statement: "Write each of the following rational numbers as either a terminating or repeating decimal.",
    honest: ["Dividing: We can express the above idea as $13$ divided by $25$. What is that equal to?"],
    reveals: ["It is 52 hundredths.", "13 divided by 25 is 0.52.", "Think of it as 52/100."],
  },
  {
    // oatutor-a343428l-hopital2 and its variants: "one-to-one property" read as "single-to-1".
    name: "'one-to-one' as the name of a property (answer 1)",
    answer: { kind: "numeric", value: 1 },
    prompt: "Evaluate $\\lim_{x\\to0} x^x$",
    statement: "Evaluate $\\lim_{x\\to0} x^x$",
    honest: [
      "Operation: Let $y=x^x$. Using one-to-one property of logarithms, we obtain $ln(y)=\\ln\\left(x^x\\right)$. According to the Power Properties of Logarithms, the expression can be written as $ln(y)=x \\ln\\left(x\\right)$.",
      "The logarithm is a one-to-one function.",
      "We could go over it in a one-on-one session.",
    ],
    reveals: [
      "It is one.",
      "The limit is one-to-one.",
      "The limit is one to one.",
      "It is one-to-one, so the answer is 1.",
      "Think of the ratio: one-to-one.",
      "It is a one-to-one correspondence.",
      "The limit is one. The logarithm is a one-to-one function.",
    ],
  },
];

describe("reveal: honest text that states nothing new, next to text that states the answer", () => {
  for (const c of cases) {
    const answer = spec(c.answer);
    const texts = [c.statement, c.prompt];
    const visible = readVisible(texts, { asked: [c.prompt], answers: [answer] });
    it.each(c.honest)(`${c.name}: honest %j`, (text) => {
      expect(revealsBeyondVisible(answer, text, visible, texts)).toBe(false);
      expect(findReveal(text, listSecrets(answer), visible)).toBeNull();
    });
    it.each(c.reveals)(`${c.name}: reveals %j`, (text) => {
      expect(revealsBeyondVisible(answer, text, visible, texts)).toBe(true);
    });
    it.each(c.guard === false ? [] : [...c.reveals, ...(c.guardOnly ?? [])])(
      `${c.name}: the guard's reader finds %j`,
      (text) => {
        expect(findReveal(text, listSecrets(answer), visible)).not.toBeNull();
      },
    );
  }
});

describe("reveal: what the exemptions do not cover", () => {
  it("a prompt with two runs of maths asks about none of them (one may be the answer as written)", () => {
    const prompt = "Which is bigger, $\\frac{1}{2}$ or $\\frac{1}{3}$?";
    const visible = readVisible([prompt], { asked: [prompt] });
    const half = spec({ kind: "fraction", value: "1/2" });
    expect(findReveal("It is 1/2.", listSecrets(half), visible)).not.toBeNull();
  });

  it("an expression from another step's prompt is not the question asked now", () => {
    const solved = "What is $2 + 1$?";
    const open = "What is $\\frac{15}{5}$?";
    const visible = readVisible([solved, "3", open], { asked: [open] });
    const three = spec({ kind: "numeric", value: 3 });
    expect(findReveal("It is the same as 2+1.", listSecrets(three), visible)).not.toBeNull();
  });

  it("without the asked prompt, a restatement in other words is still read as the value", () => {
    const prompt = "What is $\\frac{15}{5}$?";
    const three = spec({ kind: "numeric", value: 3 });
    expect(revealsBeyondVisible(three, "Think of it as 15 ÷ 5.", readVisible([prompt]), [prompt])).toBe(true);
  });

  it("an article that is part of a number stays the number", () => {
    const half = spec({ kind: "numeric", value: 0.5 });
    const visible = readVisible(["How much of the cake is left?"]);
    expect(findReveal("It is a half.", listSecrets(half), visible)).not.toBeNull();
    expect(findReveal("It is a half of it.", listSecrets(half), visible)).not.toBeNull();
  });
});

describe("keepWordLetters / keepPronounOne", () => {
  const both = new Set(["a", "i"]);
  it.each<[string, string]>([
    ["Give it a try.", "Give it the try."],
    ["I'm sure.", "me'm sure."],
    ["I know $a$ is right.", "me know $a$ is right."],
    ["$a try$ is maths, a try is not", "$a try$ is maths, the try is not"],
    ["I’d say it's a", "me’d say it's a"],
    ["It is a half.", "It is a half."],
    ["Let a be the side.", "Let a be the side."],
    ["the answer is a", "the answer is a"],
    ["Type a number", "Type a number"],
    ["a\u200B try", "a\u200B try"],
    ["tres x es igual a quince", "tres x es igual a quince"],
  ])("keepWordLetters(%j) = %j", (text, out) => {
    expect(keepWordLetters(text, both)).toBe(out);
  });

  it("only for the letters an answer uses", () => {
    expect(keepWordLetters("I think a try helps.", new Set())).toBe("I think a try helps.");
    expect(keepWordLetters("I think a try helps.", new Set(["a"]))).toBe("I think the try helps.");
    expect(keepWordLetters("I think a try helps.", new Set(["i"]))).toBe("me think a try helps.");
    expect([...answerLetters([spec({ kind: "expression", value: "a^2" })])]).toEqual(["a"]);
    expect([...answerLetters([spec({ kind: "expression", value: "3i + 2", variables: ["i"] })])]).toEqual(["i"]);
    expect([...answerLetters([spec({ kind: "expression", value: "tan(x)" })])]).toEqual([]);
    expect([...answerLetters([spec({ kind: "numeric", value: 3 })])]).toEqual([]);
  });

  it.each<[string, string]>([
    ["Using one-to-one property of logarithms", "Using single-to-single property of logarithms"],
    ["a one-on-one session", "a single-on-single session"],
    ["The ratio is one-to-one.", "The ratio is one-to-one."],
    ["a one-to-one correspondence", "a single-to-one correspondence"],
  ])("keepPronounOne(%j) = %j", (text, out) => {
    expect(keepPronounOne(text)).toBe(out);
  });
});

describe("reveal: the asked expression read backwards is not the asked expression", () => {
  it("'3/8' for 'What is the reciprocal of 3/8?' (answer 8/3) is the answer written backwards", () => {
    const prompt = "What is the reciprocal of $\\frac{3}{8}$?";
    const visible = readVisible([prompt], { asked: [prompt] });
    const answer = spec({ kind: "fraction", value: "8/3" });
    expect(findReveal("Between us, it comes out to 3/8.", listSecrets(answer), visible)).not.toBeNull();
  });
});

describe("localeReadings: numbers as the student's language writes them", () => {
  const visible = readVisible(["Hay 1.000 personas."]);
  it.each<[string, string | undefined, string[]]>([
    ["Son 1.500 euros.", "es", ["Son 1500 euros."]],
    ["Son 1 500 euros.", "sv", ["Son 1500 euros."]],
    ["Es 3,5.", "es", ["Es 3.5."]],
    ["Es 2.125.", "es", ["Es 2125."]],
    ["Es 1,500.", "es", ["Es 1.500.", "Es 1500."]],
    // A number the student already sees stays as written (a quote stays a quote).
    ["Hay 1.000 personas.", "es", []],
    // English is never re-read.
    ["Son 1.500 euros.", "en", []],
    ["Son 1.500 euros.", undefined, []],
  ])("%j (%s)", (text, locale, readings) => {
    expect(localeReadings(text, visible, locale)).toEqual(readings);
  });
});
