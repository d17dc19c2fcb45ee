import type { TutorProblem } from "./types";

/** A small two-step problem used by the policy tests and the content checker's tests. */
export const addFractions: TutorProblem = {
  title: "Add thirds and quarters",
  statement: "Work out $\\frac{2}{3} + \\frac{1}{4}$.",
  steps: [
    {
      prompt: "What is the least common denominator of 3 and 4?",
      answer: { kind: "numeric", value: 12 },
      hints: [
        { kind: "hint", text: "Look for the smallest number that both 3 and 4 divide into." },
        {
          kind: "scaffold",
          text: "List the multiples of 4: 4, 8, ... Which is the first one 3 divides? First, what is 4 times 2?",
          answer: { kind: "numeric", value: 8 },
        },
        {
          kind: "bottom_out",
          text: "The least common denominator is 12, since 3 x 4 = 12 and no smaller number works.",
        },
      ],
      wrongAnswers: [
        {
          match: "7",
          feedback:
            "Did you add 3 and 4? A common denominator has to be a multiple of both numbers. Is 7 a multiple of 3?",
          misconception: "added denominators",
        },
      ],
    },
    {
      prompt: "Now add: what is $\\frac{8}{12} + \\frac{3}{12}$?",
      answer: { kind: "fraction", value: "11/12", acceptDecimal: false, requireSimplified: false },
      hints: [
        { kind: "hint", text: "When the denominators match, add the numerators and keep the denominator." },
        { kind: "bottom_out", text: "It is 11/12: 8 twelfths plus 3 twelfths make 11 twelfths." },
      ],
      wrongAnswers: [
        {
          match: "11/24",
          feedback: "Check the denominator: when you add twelfths to twelfths, do the pieces change size?",
          misconception: "added denominators",
        },
      ],
    },
  ],
};

/**
 * One step of every other answer kind (free text, a four-option choice, percentage,
 * expression, equation, list), each with a hint and a bottom-out: the policy tests run the same
 * sequences against every kind.
 */
export const everyKind: TutorProblem = {
  title: "One of each",
  statement: "A fraction, a choice, a percentage and some algebra.",
  steps: [
    {
      prompt: "In $\\frac{3}{8}$, what is the bottom number called?",
      answer: { kind: "text", accepted: ["denominator"] },
      hints: [
        { kind: "hint", text: "It names how many equal parts make a whole." },
        { kind: "bottom_out", text: "The answer is denominator: it names the parts of the whole." },
      ],
      wrongAnswers: [
        { match: "numerator", feedback: "Which number counts the parts you have?", misconception: "swapped" },
      ],
    },
    {
      prompt: "Leo ate 3 of 8 slices. Is what is left more or less than half?",
      answer: {
        kind: "choice",
        options: ["More than half", "Less than half", "Exactly half", "Can't tell"],
        correct: 0,
      },
      hints: [
        { kind: "hint", text: "How many slices are left? How many would be half of 8?" },
        { kind: "bottom_out", text: "Five slices are left and half is four, so it is more than half." },
      ],
      wrongAnswers: [
        { match: "Less than half", feedback: "Count the slices that are left.", misconception: "eaten vs left" },
      ],
    },
    {
      prompt: "What percent is 3 out of 4?",
      answer: { kind: "percentage", value: 75, acceptDecimal: false },
      hints: [
        { kind: "hint", text: "Write 3/4 with a denominator of 100." },
        { kind: "bottom_out", text: "3/4 = 75/100, which is 75%." },
      ],
      wrongAnswers: [
        { match: "34%", feedback: "Did you write the digits next to each other?", misconception: "juxtaposed" },
      ],
    },
    {
      prompt: "Expand $2(x + 3)$.",
      answer: { kind: "expression", value: "2x + 6", variables: ["x"], form: "any" },
      hints: [
        { kind: "hint", text: "Multiply each term in the bracket by 2." },
        { kind: "bottom_out", text: "2(x + 3) = 2x + 6." },
      ],
      wrongAnswers: [{ match: "2x + 3", feedback: "Did you multiply the 3 by 2 as well?", misconception: "partial" }],
    },
    {
      prompt: "Solve $x + 7 = 11$.",
      answer: { kind: "equation", value: "x = 4", variables: ["x"] },
      hints: [
        { kind: "hint", text: "What undoes adding 7?" },
        { kind: "bottom_out", text: "Subtract 7 from both sides: x = 4." },
      ],
      wrongAnswers: [
        { match: "x = 18", feedback: "Did you add 7 instead of subtracting?", misconception: "wrong inverse" },
      ],
    },
    {
      prompt: "List the factors of 6 other than 1 and 6.",
      answer: {
        kind: "list",
        items: [
          { kind: "numeric", value: 2 },
          { kind: "numeric", value: 3 },
        ],
        ordered: false,
      },
      hints: [
        { kind: "hint", text: "Which numbers between 1 and 6 divide 6 exactly?" },
        { kind: "bottom_out", text: "They are 2 and 3, since 2 x 3 = 6." },
      ],
      wrongAnswers: [],
    },
  ],
};
