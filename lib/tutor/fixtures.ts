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
