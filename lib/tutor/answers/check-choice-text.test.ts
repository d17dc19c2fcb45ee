import type { AnswerSpecInput } from "./spec";
import { table } from "./test-table";

const shapes: AnswerSpecInput = { kind: "choice", options: ["triangle", "square", "regular hexagon"], correct: 1 };

table("choice by text, letter and number", shapes, [
  ["square", "correct"],
  ["Square", "correct"],
  ["the square", "correct"],
  ["a square", "correct"],
  ["square.", "correct"],
  ["I think it's the square", "correct"],
  ["the answer is square", "correct"],
  ["b", "correct"],
  ["B", "correct"],
  ["b)", "correct"],
  ["B)", "correct"],
  ["(b)", "correct"],
  ["B.", "correct"],
  ["option b", "correct"],
  ["Option B", "correct"],
  ["choice b", "correct"],
  ["answer b", "correct"],
  ["I think b", "correct"],
  ["I pick b", "correct"],
  ["I'd go with B", "correct"],
  ["I choose option b", "correct"],
  ["b) square", "correct"],
  ["2", "correct"],
  ["#2", "correct"],
  ["option 2", "correct"],
  ["it's the square one", "correct"],
  ["triangle", "incorrect"],
  ["a", "incorrect"],
  ["A)", "incorrect"],
  ["(c)", "incorrect"],
  ["option c", "incorrect"],
  ["1", "incorrect"],
  ["3", "incorrect"],
  ["hexagon", "incorrect"],
  ["regular hexagon", "incorrect"],
  ["circle", "incorrect"],
  ["d", "incorrect"],
  ["4", "incorrect"],
  ["b) triangle", "unparseable"],
  ["a or b", "unparseable"],
  ["b or c", "unparseable"],
  ["square or triangle", "unparseable"],
  ["not the square", "incorrect"],
  ["idk", "unparseable"],
  ["which one?", "unparseable"],
  ["qwerty", "unparseable"],
  ["", "unparseable"],
]);

table("choice with numeric options", { kind: "choice", options: ["12", "3/4", "15", "20"], correct: 2 }, [
  ["15", "correct"],
  ["15.0", "correct"],
  ["fifteen", "correct"],
  ["c", "correct"],
  ["(c)", "correct"],
  ["the answer is 15", "correct"],
  ["3", "incorrect"],
  ["12", "incorrect"],
  ["0.75", "incorrect"],
  ["20", "incorrect"],
  ["a", "incorrect"],
  ["16", "incorrect"],
  ["15.5", "incorrect"],
  ["15 or 20", "unparseable"],
]);

table("choice numeric fraction option correct", { kind: "choice", options: ["12", "3/4", "15"], correct: 1 }, [
  ["3/4", "correct"],
  ["0.75", "correct"],
  ["b", "correct"],
  ["2", "incorrect"],
]);

table("choice true/false", { kind: "choice", options: ["True", "False"], correct: 1 }, [
  ["false", "correct"],
  ["False.", "correct"],
  ["b", "correct"],
  ["2", "correct"],
  ["true", "incorrect"],
  ["a", "incorrect"],
  ["1", "incorrect"],
  ["true or false", "unparseable"],
]);

table(
  "choice options that are sentences",
  {
    kind: "choice",
    options: ["Add 5 to both sides", "Subtract 5 from both sides", "Divide both sides by 5"],
    correct: 1,
  },
  [
    ["subtract 5 from both sides", "correct"],
    ["Subtract 5 from both sides.", "correct"],
    ["b", "correct"],
    ["I would subtract 5 from both sides", "correct"],
    ["add 5 to both sides", "incorrect"],
    ["c", "incorrect"],
    ["subtract", "incorrect"],
  ],
);

table("text: photosynthesis", { kind: "text", accepted: ["photosynthesis"] }, [
  ["photosynthesis", "correct"],
  ["Photosynthesis", "correct"],
  ["PHOTOSYNTHESIS!", "correct"],
  ["  photosynthesis.  ", "correct"],
  ["the answer is photosynthesis", "correct"],
  ["I think it's photosynthesis", "correct"],
  ["it is photosynthesis", "correct"],
  ["photosynthesis i think", "correct"],
  ["its photosynthesis", "correct"],
  ["the process is photosynthesis", "correct"],
  ["the process is not photosynthesis", "incorrect"],
  ["the process is respiration", "incorrect"],
  ["Photo-synthesis", "incorrect"],
  ["respiration", "incorrect"],
  ["not photosynthesis", "incorrect"],
  ["photosynthesis or respiration", "unparseable"],
  ["respiration / photosynthesis", "unparseable"],
  ["idk", "unparseable"],
  ["asdfasdf", "unparseable"],
  ["xkcdfgh", "unparseable"],
  ["what is photosynthesis?", "unparseable"],
  ["", "unparseable"],
]);

table(
  "text: several accepted, articles and accents",
  { kind: "text", accepted: ["the Pythagorean theorem", "Pythagoras", "Pythagoras' theorem"] },
  [
    ["pythagorean theorem", "correct"],
    ["The Pythagorean Theorem", "correct"],
    ["a pythagorean theorem", "correct"],
    ["pythagoras", "correct"],
    ["Pythagoras theorem", "correct"],
    ["pythagoras's theorem", "incorrect"],
    ["the pythagorean", "incorrect"],
    ["theorem", "incorrect"],
  ],
);

table("text: accents and multiword", { kind: "text", accepted: ["café au lait"] }, [
  ["cafe au lait", "correct"],
  ["Café au lait", "correct"],
  ["CAFE   AU   LAIT", "correct"],
  ["cafe", "incorrect"],
]);

table("text: yes/no answers", { kind: "text", accepted: ["yes"] }, [
  ["yes", "correct"],
  ["Yes.", "correct"],
  ["yes!", "correct"],
  ["no", "incorrect"],
  ["maybe", "incorrect"],
  ["yes or no", "unparseable"],
]);

table(
  "choice options that differ only by an operator",
  { kind: "choice", options: ["4 ÷ 2/3", "4 × 2/3"], correct: 0 },
  [
    ["4 ÷ 2/3", "correct"],
    ["4 / 2/3", "correct"],
    ["4÷2/3", "correct"],
    ["a", "correct"],
    ["4 × 2/3", "incorrect"],
    ["4 * 2/3", "incorrect"],
    ["4 x 2/3", "incorrect"],
    ["4×2/3", "incorrect"],
    ["b", "incorrect"],
  ],
);

table(
  "choice options that differ only by an operator, second correct",
  {
    kind: "choice",
    options: ["4 ÷ 2/3", "4 × 2/3"],
    correct: 1,
  },
  [
    ["4 × 2/3", "correct"],
    ["4 * 2/3", "correct"],
    ["4 ÷ 2/3", "incorrect"],
    ["4 / 2/3", "incorrect"],
  ],
);

table("choice options with + and −", { kind: "choice", options: ["x + 2", "x − 2"], correct: 1 }, [
  ["x − 2", "correct"],
  ["x - 2", "correct"],
  ["x-2", "correct"],
  ["x + 2", "incorrect"],
  ["x+2", "incorrect"],
]);

table(
  "choice options that start with yes/no (typed or sent verbatim by a click)",
  { kind: "choice", options: ["Yes, more than half", "No, less than half"], correct: 0 },
  [
    ["Yes, more than half", "correct"],
    ["yes, more than half.", "correct"],
    ["I think yes, more than half", "correct"],
    ["a", "correct"],
    ["No, less than half", "incorrect"],
    ["no, less than half", "incorrect"],
    ["b", "incorrect"],
  ],
);

table("choice options ending in 'right'", { kind: "choice", options: ["Turn right", "Turn left"], correct: 0 }, [
  ["Turn right", "correct"],
  ["turn right.", "correct"],
  ["Turn left", "incorrect"],
]);

table(
  "choice options starting with 'they are'",
  { kind: "choice", options: ["They are equal", "They are different"], correct: 0 },
  [
    ["They are equal", "correct"],
    ["they are equal", "correct"],
    ["They are different", "incorrect"],
  ],
);

table("text: 'right' is the answer", { kind: "text", accepted: ["right"] }, [
  ["right", "correct"],
  ["Right.", "correct"],
  ["left", "incorrect"],
]);

table("text: 'the right angle' is the answer", { kind: "text", accepted: ["the right angle"] }, [
  ["the right angle", "correct"],
  ["right angle", "correct"],
  ["the acute angle", "incorrect"],
]);

table("text: 'no' is the answer", { kind: "text", accepted: ["no"] }, [
  ["no", "correct"],
  ["No.", "correct"],
  ["yes", "incorrect"],
]);

table("text: accepted answer with a reason in it", { kind: "text", accepted: ["No, because 7 is odd"] }, [
  ["No, because 7 is odd", "correct"],
  ["no because 7 is odd.", "correct"],
  ["yes, because 7 is odd", "incorrect"],
]);

// OATutor interval options: brackets decide the answer, and a reading that drops them made the
// right option's own text match the wrong one (a false rejection on real lessons).
table(
  "options that differ only in their brackets",
  { kind: "choice", options: ["(-∞,6)", "(-∞,6]", "[6,∞)"], correct: 1 },
  [
    ["(-∞,6]", "correct"],
    ["(-∞,6)", "incorrect"],
    ["[6,∞)", "incorrect"],
    ["b", "correct"],
  ],
);

table(
  "options that differ only in an article",
  { kind: "choice", options: ["a square", "square", "a circle"], correct: 0 },
  [
    ["a square", "correct"],
    ["square", "incorrect"],
    ["a", "correct"],
  ],
);
