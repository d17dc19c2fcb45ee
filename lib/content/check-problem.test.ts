import { describe, expect, it } from "vitest";
import { type AnswerSpecInput, answerSpec, formatAnswer } from "@/lib/tutor/answers";
import type { TutorHint, TutorProblem, TutorStep } from "@/lib/tutor/types";
import { checkProblem, checkProblemSet, typedForms } from "./check-problem";
import { applyTranslation } from "./translation";

const spec = (a: AnswerSpecInput) => answerSpec.parse(a);
const num = (value: number) => spec({ kind: "numeric", value });
const frac = (value: string, more: { requireSimplified?: boolean } = {}) => spec({ kind: "fraction", value, ...more });

interface StepDraft {
  prompt: string;
  answer: ReturnType<typeof spec>;
  hints?: string[];
  scaffold?: { text: string; answer: ReturnType<typeof spec> };
  bottomOut?: string;
  wrong?: string[];
}

/** A small well-formed step: authored hints (or one neutral hint), an optional scaffold, a bottom-out. */
function step(d: StepDraft): TutorStep {
  const hints: TutorHint[] = (d.hints ?? ["Read the question again and work it out carefully."]).map((text) => ({
    kind: "hint",
    text,
  }));
  if (d.scaffold) hints.push({ kind: "scaffold", text: d.scaffold.text, answer: d.scaffold.answer });
  hints.push({ kind: "bottom_out", text: d.bottomOut ?? `The answer is ${formatAnswer(d.answer)}.` });
  return {
    prompt: d.prompt,
    answer: d.answer,
    hints,
    wrongAnswers: (d.wrong ?? []).map((match) => ({ match, feedback: "Check your working.", misconception: "slip" })),
  };
}

const problem = (statement: string, steps: StepDraft[], title = "Test problem"): TutorProblem => ({
  title,
  statement,
  steps: steps.map(step),
});

const gcfThenNumerator = (bottomOut: string) =>
  problem("Simplify $\\frac{18}{24}$ to lowest terms.", [
    { prompt: "What is the greatest common factor of 18 and 24?", answer: num(6), bottomOut, wrong: ["2"] },
    { prompt: "Divide the numerator 18 by the GCF. What is the new numerator?", answer: num(3), wrong: ["12"] },
  ]);

describe("checkProblem: a rung that states a later step's answer", () => {
  it.each<[string, TutorProblem, RegExp | null]>([
    [
      "a bottom-out that works out the next step too",
      gcfThenNumerator("The answer is 6: 18 = 6 × 3 and 24 = 6 × 4, and no larger number divides both."),
      /^step 1: its bottom-out states step 2's answer \(3\)/,
    ],
    [
      "near miss: a bottom-out that gives only this step's result",
      gcfThenNumerator("The answer is 6: it divides 18 and 24, and no larger number does."),
      null,
    ],
    [
      "a hint before the bottom-out that states a later step's answer",
      problem("Solve for $x$: $2x + 3 = 11$.", [
        {
          prompt: "Subtract 3 from both sides. What equation do you get?",
          answer: spec({ kind: "equation", value: "2x = 8" }),
          hints: ["Take 3 from both sides; in the end you will find x = 4."],
        },
        { prompt: "Solve for $x$.", answer: spec({ kind: "equation", value: "x = 4" }) },
      ]),
      /^step 1: its hint 1 states step 2's answer \(x = 4\)/,
    ],
    [
      "near miss: a hint that mentions the later answer's number without asserting it (the e2e marbles problem)",
      problem("Sam has 12 marbles. He gives half to Ana, and Ana gives $\\frac{1}{3}$ of hers to Leo.", [
        {
          prompt: "How many marbles does Ana get from Sam?",
          answer: num(6),
          hints: ["Half means two equal groups."],
          bottomOut: "The answer is 6: 12 divided by 2.",
        },
        { prompt: "How many marbles does Ana give to Leo?", answer: num(2), bottomOut: "The answer is 2." },
      ]),
      null,
    ],
    [
      "near miss: the later answer is quoted from the problem statement",
      problem("Tom has 5 apples and 3 pears.", [
        {
          prompt: "How many pears does Tom have?",
          answer: num(3),
          bottomOut: "The answer is 3: Tom has 5 apples and 3 pears.",
        },
        { prompt: "How many apples does he have?", answer: num(5) },
      ]),
      null,
    ],
    [
      "near miss (OATutor a1268beother19): a number word that is not asserted ('two equations')",
      problem("Solve the following absolute value equations for $x$.", [
        {
          prompt: "$|6x+4|=8$",
          answer: spec({
            kind: "list",
            items: [
              { kind: "fraction", value: "2/3" },
              { kind: "numeric", value: -2 },
            ],
          }),
          hints: [
            "The first step is to rewrite the absolute value equation into two equations, $6x+4=8$ and $6x+4=-8$.",
          ],
          bottomOut: "Solve each: $x=\\frac{2}{3}$ or $x=-2$.",
        },
        { prompt: "$|-5x+10|=0$", answer: num(2) },
      ]),
      null,
    ],
    [
      "near miss (OATutor a0bf68dadd19): a reference point named in a definition ('its distance from 0')",
      problem("Simplify:", [
        {
          prompt: "$|3|$",
          answer: num(3),
          hints: ["The absolute value of a number is its distance from $0$ on the number line."],
        },
        { prompt: "$|0|$", answer: num(0) },
      ]),
      null,
    ],
    [
      "near miss (OATutor ab846b4standard9): a hint restating a value the statement gives",
      problem("The mean height was $170$ cm with a standard deviation of $6.28$ cm.", [
        {
          prompt: "What is the z-score when $x=168$?",
          answer: num(-0.32),
          hints: ["In this problem, X~N(170,6.28), so the mean is 170."],
        },
        { prompt: "What is the mean?", answer: num(170) },
      ]),
      null,
    ],
    [
      "near miss (OATutor a0bf68dadd18): a value the student already sees in this step's prompt",
      problem("Evaluate:", [
        {
          prompt: "$-x$, when $x=8$.",
          answer: num(-8),
          hints: ["To evaluate when $x=8$ means to substitute $8$ for $x$, so we get the expression $-(8)$."],
        },
        { prompt: "$-x$, when $x=-8$.", answer: num(8) },
      ]),
      null,
    ],
    [
      "a hint that asserts a later step's value that nothing shows yet",
      problem("Eggs come in rows of 6.", [
        {
          prompt: "How many eggs are in 2 rows?",
          answer: num(12),
          hints: ["Add one row to another. A full box of 4 rows = 24."],
        },
        { prompt: "How many eggs are in a full box of 4 rows?", answer: num(24) },
      ]),
      /^step 1: its hint 1 states step 2's answer \(24\)/,
    ],
    [
      "near miss (OATutor aaac80bvis7): a hint that asks about a word that is a later answer",
      problem("Fill in the blanks of the code.", [
        {
          prompt: "What should go in blank 2?",
          answer: spec({ kind: "text", accepted: ["price"] }),
          hints: ["What is the name of the column that we want to get an array of?"],
        },
        { prompt: "What should go in blank 3?", answer: spec({ kind: "text", accepted: ["column"] }) },
      ]),
      null,
    ],
    [
      "a later step that accepts this step's answer as it stands (Fraction to percent: 60/100, then 0.6)",
      problem("Write $\\frac{3}{5}$ as a decimal.", [
        { prompt: "Write $\\frac{3}{5}$ with denominator 100.", answer: frac("60/100") },
        { prompt: "What is $\\frac{3}{5}$ as a decimal?", answer: num(0.6) },
      ]),
      /^step 2 accepts step 1's answer "60\/100" as it stands \(it asks for 0\.6\)/,
    ],
    [
      "near miss: the later step still asks for a conversion (60/100, then 60%: only partially right)",
      problem("Write $\\frac{3}{5}$ as a percentage.", [
        { prompt: "Write $\\frac{3}{5}$ with denominator 100.", answer: frac("60/100") },
        { prompt: "What is $\\frac{3}{5}$ as a percentage?", answer: spec({ kind: "percentage", value: 60 }) },
      ]),
      null,
    ],
    [
      "near miss: a choice whose right option equals this step's answer in value (25/40 is 5/8)",
      problem("Which fraction is larger: $\\frac{5}{8}$ or $\\frac{3}{5}$?", [
        {
          prompt: "Write $\\frac{5}{8}$ in fortieths.",
          answer: frac("25/40"),
          bottomOut: "The answer is 25/40: 5/8 = (5 × 5)/(8 × 5) = 25/40.",
        },
        {
          prompt: "Which fraction is larger?",
          answer: spec({ kind: "choice", options: ["3/5", "5/8"], correct: 1 }),
        },
      ]),
      null,
    ],
  ])("%s", (_, p, expected) => {
    const r = checkProblem(p);
    // Each fixture is otherwise clean: the one finding, or none at all.
    expect(r.laterAnswers).toBe(expected ? 1 : 0);
    if (expected) expect(r.problems).toEqual([expect.stringMatching(expected)]);
    else expect(r.problems).toEqual([]);
  });
});

const lcd = (d: Partial<StepDraft>) =>
  problem("Which fraction is larger: $\\frac{5}{8}$ or $\\frac{3}{5}$?", [
    {
      prompt: "What is the least common denominator of 8 and 5?",
      answer: num(40),
      bottomOut: "The answer is 40: 8 × 5 = 40, and 8 and 5 share no other factor.",
      wrong: ["13", "80"],
      ...d,
    },
    { prompt: "Write $\\frac{5}{8}$ in fortieths.", answer: frac("25/40") },
  ]);

describe("checkProblem: a scaffold or hint that points at an authored wrong answer", () => {
  it.each<[string, TutorProblem, RegExp | null]>([
    [
      "a scaffold whose answer is an authored wrong answer",
      lcd({ scaffold: { text: "What is 8 × 10?", answer: num(80) } }),
      /^step 1: scaffold "What is 8 × 10\?" has the answer 80, the authored wrong answer "80"/,
    ],
    [
      "near miss: a scaffold whose answer is no known mistake",
      lcd({ scaffold: { text: "What is 8 × 2?", answer: num(16) } }),
      null,
    ],
    [
      "near miss: the scaffold's answer is in the wrong answer's text but the step would not read it as that mistake",
      problem("Expand $-4(2x - 5)$.", [
        {
          prompt: "Expand $-4(2x - 5)$.",
          answer: spec({ kind: "expression", value: "-8x + 20", form: "expanded" }),
          scaffold: { text: "What is −4 × (−5)?", answer: num(20) },
          bottomOut: "The answer is −8x + 20: −4 × 2x = −8x and −4 × (−5) = +20.",
          wrong: ["-8x - 20"],
        },
        { prompt: "Solve $-8x + 20 = 36$ for $x$.", answer: spec({ kind: "equation", value: "x = -2" }) },
      ]),
      null,
    ],
    [
      "a hint that states a wrong answer's value as a result",
      lcd({ hints: ["Multiply the denominators: 8 × 10 = 80."] }),
      /^step 1: its hint 1 states the authored wrong answer "80" as if it were right/,
    ],
    [
      "near miss: a hint that names the wrong value to rule it out",
      lcd({ hints: ["8 × 10 = 80 is a common multiple, but not the least one."] }),
      null,
    ],
    [
      "near miss: a correct partial result that the misconception stops at (the bottom-out uses it too)",
      problem("Pat has 42 cookies and 63 sweets for 7 people. Each person gets the same number of each.", [
        {
          prompt: "How many treats does each person get?",
          answer: num(15),
          hints: ["A first step: 42 cookies / 7 people = 6 cookies. What should you work out next?"],
          bottomOut: "The answer is 15: 42 / 7 = 6 cookies and 63 / 7 = 9 sweets, and 6 + 9 = 15.",
          wrong: ["6"],
        },
        { prompt: "How many treats do two people get together?", answer: num(30) },
      ]),
      null,
    ],
  ])("%s", (_, p, expected) => {
    const r = checkProblem(p);
    // Each fixture is otherwise clean: the one finding, or none at all.
    expect(r.wrongAnswerLeads).toBe(expected ? 1 : 0);
    if (expected) expect(r.problems).toEqual([expect.stringMatching(expected)]);
    else expect(r.problems).toEqual([]);
  });
});

describe("checkProblem: a prompt that gives its own answer", () => {
  const withPrompt = (prompt: string, answer: ReturnType<typeof spec>, statement = "A short problem.") =>
    problem(statement, [
      { prompt, answer },
      { prompt: "Write your answer as a decimal.", answer: num(0.5) },
    ]);
  it.each<[string, TutorProblem, RegExp | null]>([
    [
      "a prompt that is just the answer",
      withPrompt("$\\frac{3}{4}$", frac("3/4")),
      /^step 1: the prompt ".*" is its own answer/,
    ],
    [
      "a prompt that is just the answer, even when the statement shows it too",
      withPrompt("3/4", frac("3/4"), "Look at 3/4."),
      /^step 1: the prompt "3\/4" is its own answer/,
    ],
    [
      "a prompt that states its answer outside its question",
      withPrompt("A dozen is 12. How many eggs are in a dozen?", num(12)),
      /^step 1: the prompt states its own answer \(12\) outside its question/,
    ],
    [
      "an expression already in the form asked for (OATutor: simplify what cannot be simplified)",
      withPrompt(
        "$4\\sqrt{x}-2\\sqrt{y}$",
        spec({ kind: "expression", value: "4sqrt(x)-2sqrt(y)", variables: ["x", "y"] }),
      ),
      /^step 1: the prompt ".*" is its own answer/,
    ],
    [
      "near miss (OATutor a005bd5real13): an instruction is a question ('Find (g∘f)(6).')",
      withPrompt("Find (g∘f)(6).", num(6), "Find the composition when $f(x)=x^2+2$ and $g(x)=\\sqrt{x-2}$."),
      null,
    ],
    [
      "near miss (OATutor a662caelawsin28): an instruction on how to answer ('If there is no solution, write No solution')",
      withPrompt(
        "Find angle $A$ when $a=24,b=5,B=22^{\\circ}.$ If there is no solution, write No solution",
        spec({ kind: "text", accepted: ["No solution"] }),
      ),
      null,
    ],
    [
      "near miss (OATutor a59aefadesc-stat22): one value of a data list the step works on",
      withPrompt("1,4,7,15,19,20,21", num(15), "Find the median of the following dataset:"),
      null,
    ],
    [
      "near miss (OATutor a35ba99cou4): one element of a set in the prompt",
      withPrompt(
        "Let the set A $=$ {-5,-3,-1,2,3,4,5,6}. How many ways are there to choose a negative or an even number from A?",
        num(6),
      ),
      null,
    ],
    [
      "near miss (OATutor a8ad46flog26): the right-hand side of the equation to solve",
      withPrompt("$\\log_{3}\\left(x\\right)+\\log_{3}\\left(x+6\\right)=3$", num(3), "Solve for $x$."),
      null,
    ],
    [
      "near miss (OATutor a7fd07f5.1continuous3): a bound of an inequality",
      withPrompt("For a continuous probability distribution, $0 \\leq x \\leq 10$. What is $P(x=7)$?", num(0)),
      null,
    ],
    [
      "near miss (OATutor a453be6realnumbers7): a decimal to write as a fraction (the same value, another form)",
      withPrompt("$7.31$", frac("731/100"), "Write the following numbers as the ratio of two integers."),
      null,
    ],
    [
      "near miss (OATutor aa822f8UniMotion4): data of a word problem that equals the answer",
      withPrompt(
        "Stu trained for $3$ hours yesterday. He ran $14$ miles and then biked $40$ miles. His biking speed is $6$ mph faster than his running speed. What is his running speed (in mph)?",
        num(14),
      ),
      null,
    ],
    [
      "near miss (OATutor aae6efeSolving16): a number word in a relation ('three more than')",
      withPrompt(
        "There are $18$ Cub Scouts in Troop $645$. The number of scouts is three more than five times the number of adult leaders. Find the number of adult leaders.",
        num(3),
      ),
      null,
    ],
    ["near miss: a question that holds the value it asks about", withPrompt("What is 24 ÷ 6?", num(4)), null],
    ["near miss: an expression to evaluate, whose value is the answer", withPrompt("$9-|8-4(7-5)|$", num(9)), null],
    [
      "near miss: a term whose coefficient is the answer",
      withPrompt("$10a$, $50$", num(10), "Find the greatest common factor."),
      null,
    ],
    [
      "near miss: a radical to write as a power (the same value, another form)",
      withPrompt(
        "$\\sqrt[4]{t}$",
        spec({ kind: "expression", value: "t^(1/4)", variables: ["t"] }),
        "Write it with an exponent.",
      ),
      null,
    ],
    [
      "near miss: a fraction to simplify, with lowest terms required",
      withPrompt("Simplify $\\frac{18}{24}$.", frac("3/4", { requireSimplified: true })),
      null,
    ],
  ])("%s", (_, p, expected) => {
    const r = checkProblem(p);
    // Each fixture is otherwise clean: the one finding, or none at all.
    expect(r.promptAnswers).toBe(expected ? 1 : 0);
    if (expected) expect(r.problems).toEqual([expect.stringMatching(expected)]);
    else expect(r.problems).toEqual([]);
  });
});

describe("checkProblemSet: the right option always in the same authored position", () => {
  const choiceProblem = (options: string[], correct: number) =>
    problem("Pick one.", [
      { prompt: "Which one is right?", answer: spec({ kind: "choice", options, correct }) },
      { prompt: "How many options were there?", answer: num(options.length) },
    ]);
  const abc = ["apple", "banana", "cherry"];
  it.each<[string, TutorProblem[], RegExp | null]>([
    [
      "every choice step lists the right option first",
      [0, 0, 0, 0].map((c) => choiceProblem(abc, c)),
      /^all 4 choice steps list the right option first/,
    ],
    [
      "every choice step lists the right option last, whatever the number of options",
      [
        choiceProblem(abc, 2),
        choiceProblem(["yes", "no"], 1),
        choiceProblem(abc, 2),
        choiceProblem(["a", "b", "c", "d"], 3),
      ],
      /^all 4 choice steps list the right option last/,
    ],
    ["near miss: one choice step differs", [0, 0, 1, 0].map((c) => choiceProblem(abc, c)), null],
    ["near miss: too few choice steps to call it a habit", [0, 0, 0].map((c) => choiceProblem(abc, c)), null],
  ])("%s", (_, problems, expected) => {
    const r = checkProblemSet(problems);
    expect(r.choiceOrder).toBe(expected ? 1 : 0);
    expect(r.problems).toEqual(expected ? [expect.stringMatching(expected)] : []);
  });
});

describe("checkProblem: early reveals when a prompt is bare maths", () => {
  it.each<[string, TutorProblem, number]>([
    [
      "near miss: the tutor restating a prompt that is only the value to rewrite ('$-27$') tells nothing new",
      problem("Write each integer as a ratio of two integers.", [
        {
          prompt: "$-27$",
          answer: frac("-27/1"),
          hints: ["A ratio of two integers is a fraction: what can you put under -27 without changing it?"],
        },
      ]),
      0,
    ],
    [
      "a turn that states the answer outright is still counted",
      problem("Write each integer as a ratio of two integers.", [
        {
          prompt: "$-27$",
          answer: frac("-27/1"),
          hints: ["It is -27/1."],
        },
      ]),
      1,
    ],
  ])("%s", (_, p, atLeast) => {
    const r = checkProblem(p);
    if (atLeast) expect(r.earlyReveals).toBeGreaterThanOrEqual(atLeast);
    else expect(r.earlyReveals).toBe(0);
  });
});

describe("checkProblem: dead ends", () => {
  it("a long ladder (OATutor a090e21alginequal12: 44 rungs, 16 scaffolds) is no dead end for a student who asks for every rung", () => {
    const hints: TutorHint[] = Array.from({ length: 44 }, (_, k) =>
      k % 3 === 2
        ? { kind: "scaffold", text: `Part ${k}: what is ${k} + 1?`, answer: num(k + 1) }
        : { kind: "hint", text: `Part ${k}: keep isolating x on one side.` },
    );
    hints.push({ kind: "bottom_out", text: "The answer is 7." });
    const p: TutorProblem = {
      title: "Long ladder",
      statement: "Solve it.",
      steps: [{ prompt: "What is x if x - 3 = 4?", answer: num(7), hints, wrongAnswers: [] }],
    };
    expect(checkProblem(p).deadEnds).toBe(0);
  });
});

describe("checkProblem: honest text the reveal reader misread (OATutor), next to text that tells", () => {
  const letterA = (hints: string[]) =>
    problem("Simplify:", [
      {
        prompt: "$\\sqrt[3]{\\frac{a^8}{a^5}}$",
        answer: spec({ kind: "expression", value: "a", variables: ["a"] }),
        hints,
        bottomOut: "Dividing exponents: $\\frac{a^8}{a^5} = a^3$, and the cube root of $a^3$ is $a$.",
      },
    ]);
  const letterI = (hints: string[]) =>
    problem("Divide:", [
      {
        prompt: "$\\frac{4+3i}{3-4i}$",
        answer: spec({ kind: "expression", value: "i", variables: ["i"] }),
        hints,
        bottomOut: "Simplified, $\\frac{25i}{25}$ is $i$.",
      },
    ]);
  const fifteenFifths = (hints: string[]) =>
    problem("Write each of the following rational numbers as either a terminating or repeating decimal.", [
      { prompt: "What is $\\frac{15}{5}$?", answer: num(3), hints, bottomOut: "So the answer is 3." },
    ]);
  const limit = (hints: string[]) =>
    problem("Evaluate $\\lim_{x\\to0} x^x$", [
      { prompt: "Evaluate $\\lim_{x\\to0} x^x$", answer: num(1), hints, bottomOut: "So the limit is 1." },
    ]);
  it.each<[string, TutorProblem, number]>([
    // oatutor-a10b60arealnumbers9: "a try", "a hint", "a time" read as the answer "a".
    [
      "near miss: the article 'a' in every engine turn is no answer 'a'",
      letterA([
        "Simplifying odd roots: when taking the nth root of some integer $x$, if $n$ is odd, the answer is $x$.",
      ]),
      0,
    ],
    ["a hint that says 'it's just a' tells", letterA(["The cube root cancels the cube: it's just a."]), 1],
    ["a hint that says 'so we get $a$' tells", letterA(["Take the cube root of $a^3$ and so we get $a$"]), 1],
    // oatutor-ae8c2accomplex28: "I'm not sure what you mean" read as the answer "i".
    [
      "near miss: the pronoun 'I' is no answer 'i'",
      letterI(["I know this looks long: multiply by the conjugate of the denominator."]),
      0,
    ],
    ["a hint that says 'the answer is i' tells", letterI(["After simplifying, the answer is i."]), 1],
    // oatutor-a6f9727real1: the prompt's 15/5 restated as "15 divided by 5".
    [
      "near miss: the prompt's expression restated in words",
      fifteenFifths(["We can express the above idea as $15$ divided by $5$. What is that equal to?"]),
      0,
    ],
    ["another expression equal to the answer tells", fifteenFifths(["Think of it as 9 ÷ 3."]), 1],
    ["the restated expression with its value tells", fifteenFifths(["15 divided by 5 equals 3."]), 1],
    ["the value in words tells", fifteenFifths(["The quotient is three."]), 1],
    // oatutor-a343428l-hopital2 (and its variants): "one-to-one property" read as 1.
    [
      "near miss: 'one-to-one property' names a property",
      limit(["Let $y=x^x$. Using one-to-one property of logarithms, we obtain $ln(y)=\\ln\\left(x^x\\right)$."]),
      0,
    ],
    ["a hint that says the limit is one tells", limit(["The limit is one."]), 1],
  ])("%s", (_, p, atLeast) => {
    const r = checkProblem(p);
    if (atLeast) expect(r.earlyReveals).toBeGreaterThanOrEqual(atLeast);
    else expect(r.earlyReveals, r.problems.join("\n")).toBe(0);
  });
});

describe("a problem in another language (a translation, checked with its locale)", () => {
  const original = problem("Sam has 3 pizzas to share equally between 4 friends.", [
    {
      prompt: "How much pizza does each friend get, as a decimal?",
      answer: spec({ kind: "numeric", value: 0.75 }),
      hints: ["Share 3 by 4."],
      scaffold: { text: "What is 2,500 - 1,000?", answer: num(1500) },
    },
  ]);
  const spanish = (firstHint: string) =>
    applyTranslation(original, {
      title: "Pizzas",
      statement: "Sam tiene 3 pizzas para repartir a partes iguales entre 4 amigos.",
      steps: [
        {
          prompt: "¿Cuánta pizza le toca a cada amigo, en número decimal?",
          hints: [firstHint, "¿Cuánto es 2500 - 1000?", "La respuesta es 0,75."],
          wrongAnswers: [],
        },
      ],
    });

  it("passes when the texts are sound", () => {
    expect(checkProblem(spanish("Reparte 3 entre 4."), { locale: "es" }).problems).toEqual([]);
  });

  it("reads the translated texts: a first hint that tells the answer is found", () => {
    const r = checkProblem(spanish("Cada amigo recibe 0.75 de pizza."), { locale: "es" });
    expect(r.earlyReveals).toBeGreaterThan(0);
  });

  it("finds a first hint that tells the answer with a decimal comma, and only in a decimal-comma language", () => {
    const r = checkProblem(spanish("Cada amigo recibe 0,75 de pizza."), { locale: "es" });
    expect(r.earlyReveals).toBeGreaterThan(0);
    // In English "0,75" is not 0.75 (a list, or a typo): no reveal is claimed.
    expect(checkProblem(spanish("Cada amigo recibe 0,75 de pizza."), { locale: "en" }).earlyReveals).toBe(0);
  });

  it.each<[ReturnType<typeof spec>, string, string[]]>([
    [spec({ kind: "numeric", value: 0.75 }), "en", ["0.75"]],
    [spec({ kind: "numeric", value: 0.75 }), "es", ["0.75", "0,75"]],
    [num(1500), "es", ["1500"]],
    [num(1500), "sv", ["1500"]],
    [spec({ kind: "percentage", value: 12.5 }), "es", ["12.5%", "12,5%"]],
    [frac("3/4"), "es", ["3/4"]],
  ])("typedForms(%j, %s)", (s, locale, forms) => {
    expect(typedForms(s, locale)).toEqual(forms);
  });
});
