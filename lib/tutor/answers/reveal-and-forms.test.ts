import { describe, expect, it } from "vitest";
import { answerForms, checkAnswer, formatAnswer, matchesWrongAnswer, textRevealsAnswer } from "./index";
import { spec } from "./test-table";

const dollars = spec({ kind: "numeric", value: 12, unit: { name: "dollars", aliases: ["$"] } });
const cents = spec({ kind: "numeric", value: 12.5, unit: { name: "dollars", aliases: ["$"] } });
const cm = spec({ kind: "numeric", value: 12, unit: { name: "cm", aliases: ["centimeters"], required: true } });
const big = spec({ kind: "numeric", value: 1200 });
const threeQuarters = spec({ kind: "fraction", value: "3/4" });
const oneThird = spec({ kind: "fraction", value: "1/3" });
const mixed = spec({ kind: "fraction", value: "1 1/2" });
const half = spec({ kind: "percentage", value: 50 });
const expr = spec({ kind: "expression", value: "2(x+3)" });
const expanded = spec({ kind: "expression", value: "2x+6", form: "expanded" });
const eqX4 = spec({ kind: "equation", value: "x=4" });
const line = spec({ kind: "equation", value: "y = 2x+1", variables: ["x", "y"] });
const shapes = spec({ kind: "choice", options: ["triangle", "square", "circle"], correct: 1 });
const numericChoice = spec({ kind: "choice", options: ["12", "15", "20"], correct: 1 });
const text = spec({ kind: "text", accepted: ["photosynthesis", "photo synthesis"] });
const roots = spec({
  kind: "list",
  items: [
    { kind: "numeric", value: 2 },
    { kind: "numeric", value: -3 },
  ],
});
const step4 = spec({ kind: "numeric", value: 4 });
const eqX9 = spec({ kind: "equation", value: "x = 9" });
const eqX5 = spec({ kind: "equation", value: "x = 5" });
const threeX = spec({ kind: "equation", value: "3x = 15" });
const lessHalf = spec({ kind: "choice", options: ["More than half", "Less than half"], correct: 1 });
const operators = spec({ kind: "choice", options: ["4 ÷ 2/3", "4 × 2/3"], correct: 0 });
const one = spec({ kind: "numeric", value: 1 });

describe("formatAnswer", () => {
  it.each([
    [dollars, "$12"],
    [cents, "$12.50"],
    [cm, "12 cm"],
    [big, "1,200"],
    [spec({ kind: "numeric", value: 0.1 + 0.2 }), "0.3"],
    [spec({ kind: "numeric", value: -3 }), "-3"],
    [spec({ kind: "numeric", value: -3, unit: { name: "$" } }), "-$3"],
    [threeQuarters, "3/4"],
    [mixed, "1 1/2"],
    [spec({ kind: "fraction", value: "-5/2" }), "-5/2"],
    [spec({ kind: "fraction", value: "6" }), "6"],
    [spec({ kind: "fraction", value: "3/4", unit: { name: "cups" } }), "3/4 cups"],
    [half, "50%"],
    [spec({ kind: "percentage", value: 12.5 }), "12.5%"],
    [expr, "2(x + 3)"],
    [spec({ kind: "expression", value: "x^2-1" }), "x^2 - 1"],
    [spec({ kind: "expression", value: "(x-1)(x+1)" }), "(x - 1)(x + 1)"],
    [eqX4, "x = 4"],
    [spec({ kind: "equation", value: "4=x" }), "4 = x"],
    [line, "y = 2x + 1"],
    [shapes, "square"],
    [text, "photosynthesis"],
    [roots, "2, -3"],
  ] as const)("%j -> %s", (s, expected) => {
    expect(formatAnswer(s)).toBe(expected);
  });

  it("the formatted answer is itself marked correct", () => {
    for (const s of [
      dollars,
      cents,
      cm,
      big,
      threeQuarters,
      mixed,
      half,
      expr,
      expanded,
      eqX4,
      line,
      shapes,
      numericChoice,
      text,
      roots,
    ]) {
      expect(checkAnswer(s, formatAnswer(s)).verdict, formatAnswer(s)).toBe("correct");
    }
  });
});

describe("answerForms", () => {
  it.each([
    [dollars, ["$12", "12", "12 dollars", "12.00", "twelve"]],
    [cents, ["$12.50", "12.5", "12.50 dollars"]],
    [cm, ["12 cm", "12cm", "12 centimeters", "twelve"]],
    [big, ["1,200", "1200"]],
    [threeQuarters, ["3/4", "0.75", ".75", "75%", "three quarters"]],
    [oneThird, ["1/3", "0.333", "one third"]],
    [mixed, ["1 1/2", "3/2", "1.5", "one and a half"]],
    [half, ["50%", "50 percent", "0.5", "1/2", "fifty percent"]],
    [expr, ["2(x + 3)", "2(x+3)"]],
    [eqX4, ["x = 4", "x=4", "4 = x", "4", "four"]],
    [shapes, ["square", "(b)", "option b"]],
    [numericChoice, ["15", "fifteen", "(b)"]],
    [text, ["photosynthesis", "photo synthesis"]],
    [roots, ["2, -3", "(2, -3)", "2", "-3"]],
  ] as const)("%j includes the expected forms", (s, forms) => {
    const got = answerForms(s);
    for (const f of forms) expect(got).toContain(f);
    expect(new Set(got).size).toBe(got.length);
  });

  it("every numeric-like form is accepted (or right-but-wrong-form) by the checker", () => {
    for (const s of [dollars, cents, cm, big, threeQuarters, mixed, half, eqX4]) {
      for (const f of answerForms(s)) {
        expect(["correct", "partial"], `${formatAnswer(s)}: ${f}`).toContain(checkAnswer(s, f).verdict);
      }
    }
  });
});

describe("textRevealsAnswer", () => {
  it.each([
    [threeQuarters, "The answer is 0.75.", true],
    [threeQuarters, "Yes, 3/4 is right!", true],
    [threeQuarters, "So we get three quarters of the pizza.", true],
    [threeQuarters, "That's 75% of the whole.", true],
    [threeQuarters, "6/8 simplifies nicely.", true],
    [threeQuarters, "Try dividing 3 by 4.", false],
    [threeQuarters, "What is 3 divided by 4?", false],
    [threeQuarters, "Look at the numerator and the denominator.", false],
    [threeQuarters, "You have 4 slices and ate 3.", false],
    [threeQuarters, "Step 3/4: simplify.", false],
    [oneThird, "It is about 0.333.", true],
    [oneThird, "One third of the class.", true],
    [oneThird, "Think about 1 out of 3.", false],
    [dollars, "She paid $12.", true],
    [dollars, "The total is 12 dollars.", true],
    [dollars, "That comes to twelve.", true],
    [dollars, "That comes to $13.", false],
    [dollars, "The book costs $12.50 and the pen less.", false],
    [cm, "The side is 12 cm long.", true],
    [cm, "The side is 12 m long.", false],
    [cm, "12 of them", true],
    [big, "You get 1,200 in total.", true],
    [big, "You get 1200 in total.", true],
    [big, "There are 1,300.", false],
    [half, "It's 50 percent.", true],
    [half, "Half of the students.", false],
    [half, "Exactly one half of them.", true],
    [expr, "It simplifies to 2x + 6.", true],
    [expr, "Did you get 2(x+3)?", true],
    [expr, "Try 2x + 5 and check.", false],
    [expr, "Multiply 2 by each term in the bracket.", false],
    [expanded, "Expand 2(x+3) by multiplying each term.", false],
    [expanded, "You should get 6 + 2x.", true],
    [eqX4, "So x = 4.", true],
    [eqX4, "4 = x is what you should find.", true],
    [eqX4, "The answer is 4.", true],
    [eqX4, "Step 2 of 4: divide both sides.", false],
    [eqX4, "You are on question 4.", false],
    [eqX4, "Divide both sides by 2.", false],
    [eqX4, "Now 2x = 8, so what is x?", false],
    [line, "The line is y = 2x + 1.", true],
    [line, "We can rearrange to 2x - y = -1.", false],
    [line, "The slope is 2.", false],
    [shapes, "The answer is (b).", true],
    [shapes, "It's a square!", true],
    [shapes, "Is it a triangle, a square or a circle?", false],
    [shapes, "Count the sides of each shape.", false],
    [numericChoice, "It is 15.", true],
    [numericChoice, "Compare 12, 15 and 20.", false],
    [text, "This process is called photosynthesis.", true],
    [text, "Photo synthesis happens in leaves.", true],
    [text, "Plants make food using light.", false],
    [text, "The photosynthetic pigment is chlorophyll.", false],
    [roots, "The roots are 2 and -3.", true],
    [roots, "One root is 2.", false],
    [step4, "Step 2 of 4", false],
    [step4, "We are on hint 4 now.", false],
    [step4, "There are 4 apples.", true],
    [step4, "Meet at 4:30.", false],
    [step4, "The 4th row.", false],
    [step4, "Great, 4 is right!", true],
    [step4, "Twice 2 is four.", true],
    [step4, "-4 is not it.", false],
    [one, "Let's do this one together.", false],
    [one, "Which one is bigger?", false],
    [one, "It equals 1.", true],
    // Equations: a solved answer is revealed by its solved form or its bare value, never by an
    // unsolved equivalent such as the problem's own equation.
    [eqX9, "x = 9", true],
    [eqX9, "So x=9.", true],
    [eqX9, "9 = x checks out.", true],
    [eqX9, "The answer is 9.", true],
    [eqX9, "We found x = 9, well done.", true],
    [eqX9, "Let's solve 5(x - 2) = 35 together.", false],
    [eqX9, "Remember the problem: 5(x − 2) = 35.", false],
    [eqX9, "Now 9x = 81; what next?", false],
    [eqX9, "x - 2 = 7, so what is x?", false],
    [eqX5, "Solve 5(x - 2) = 15.", false],
    [eqX5, "Start from 2(x + 5) = 20.", false],
    [eqX5, "What does 5x equal?", false],
    [eqX5, "Is x = 5?", true],
    [eqX5, "x is 5.", true],
    [line, "y - 1 = 2x", false],
    [line, "2y = 4x + 2", false],
    [line, "x = (y - 1)/2", false],
    [line, "So 2x + 1 = y.", true],
    [line, "y = 1 + 2x", true],
    [threeX, "3x + 5 = 20", false],
    [threeX, "x = 5", false],
    [threeX, "15 = 3x", true],
    [threeX, "The answer is 3x = 15.", true],
    // Choices: the options are on screen; only saying which one is right reveals it.
    [lessHalf, "Is that more or less than half a cup?", false],
    [lessHalf, "Less than half of the pizza is left.", false],
    [lessHalf, "Think about whether it is more or less than half.", false],
    [lessHalf, "Look at option B again.", false],
    [lessHalf, "Do you think it's less than half?", false],
    [lessHalf, "What do you think the answer is? Less than half or more?", false],
    [lessHalf, "The answer is A.", false],
    [lessHalf, "The answer is more than half.", false],
    [lessHalf, "More than half is correct.", false],
    [lessHalf, "The answer is less than half.", true],
    [lessHalf, "The correct answer is: less than half.", true],
    [lessHalf, "The correct option is less than half.", true],
    [lessHalf, "The right one is less than half.", true],
    [lessHalf, "Less than half is correct!", true],
    [lessHalf, "Yes, less than half is right.", true],
    [lessHalf, "It's less than half.", true],
    [lessHalf, "Answer: less than half", true],
    [lessHalf, "The answer is B.", true],
    [lessHalf, "The correct answer is (b).", true],
    [lessHalf, "The answer is option B.", true],
    [lessHalf, "B is correct.", true],
    [operators, "The answer is 4 × 2/3.", false],
    [operators, "Compare 4 ÷ 2/3 with 4 × 2/3.", false],
    [operators, "The answer is 4 ÷ 2/3.", true],
    [numericChoice, "15 is correct.", true],
    [numericChoice, "The answer is fifteen.", true],
    [numericChoice, "You have 15 apples.", false],
    [numericChoice, "The answer is 12.", false],
    [numericChoice, "The answer is 15.5.", false],
    // Percentages: a bare 50 is (conservatively) the answer 50%, but not inside a larger number
    // or with another unit.
    [half, "50", true],
    [half, "About 50 of them.", true],
    [half, "50 cm", false],
    [half, "The rope is 50cm long.", false],
    [half, "It costs $50.", false],
    [half, "It weighs 50 kg.", false],
    [half, "There are 150 pupils.", false],
    [half, "There are 1,050 pupils.", false],
    [half, "It is 50.5 metres.", false],
  ] as const)("%j / %s -> %s", (s, t, expected) => {
    expect(textRevealsAnswer(s, t)).toBe(expected);
  });
});

describe("matchesWrongAnswer", () => {
  it.each([
    [spec({ kind: "numeric", value: 12 }), "13", "13", true],
    [spec({ kind: "numeric", value: 12 }), "I think it's 13", "13", true],
    [spec({ kind: "numeric", value: 12 }), "thirteen", "13", true],
    [spec({ kind: "numeric", value: 12 }), "13.0", "13", true],
    [spec({ kind: "numeric", value: 12 }), "14", "13", false],
    [spec({ kind: "numeric", value: 12 }), "12", "12", false],
    [spec({ kind: "numeric", value: 12 }), "13 or 14", "13", false],
    [spec({ kind: "numeric", value: 1200 }), "1,300", "1300", true],
    [cm, "13", "13 cm", true],
    [cm, "13 cm", "13", true],
    [dollars, "$350", "$350", true],
    [dollars, "350", "$350", true],
    [threeQuarters, "3/8", "3/8", true],
    [threeQuarters, "0.375", "3/8", true],
    [threeQuarters, "6/16", "3/8", true],
    [threeQuarters, "3/8", "4/3", false],
    [threeQuarters, "1.33", "4/3", false],
    [threeQuarters, "0.7", "0.7", true],
    [half, "25%", "25", true],
    [half, "25", "25%", true],
    [half, "0.25", "25", false],
    [expr, "2x+3", "2x+3", true],
    [expr, "3 + 2x", "2x+3", true],
    [expr, "2x + 5", "2x+3", false],
    [expr, "2x+6", "2x+6", false],
    [eqX4, "x = 5", "x=5", true],
    [eqX4, "5", "x=5", true],
    [eqX4, "5 = x", "5", true],
    [eqX4, "x = 6", "x=5", false],
    [shapes, "triangle", "triangle", true],
    [shapes, "a", "triangle", true],
    [shapes, "c", "triangle", false],
    [shapes, "square", "square", false],
    [text, "respiration", "respiration", true],
    [text, "Respiration.", "respiration", true],
    [text, "digestion", "respiration", false],
    [roots, "-2, 3", "-2, 3", true],
    [roots, "3, -2", "-2, 3", true],
    [roots, "2, 3", "-2, 3", false],
    [spec({ kind: "numeric", value: 12 }), "idk", "13", false],
    [spec({ kind: "numeric", value: 12 }), "", "", false],
  ] as const)("%j input %s vs wrong %s -> %s", (s, input, wrong, expected) => {
    expect(matchesWrongAnswer(s, input, wrong)).toBe(expected);
  });
});
