import { describe, expect, it } from "vitest";
import { loadDemoContent } from "@/lib/demo/load-demo-content";
import { formatAnswer } from "@/lib/tutor/answers";
import { takeTurn } from "@/lib/tutor/take-turn";
import { initialState, type StudentInput, type TutorProblem } from "@/lib/tutor/types";
import { textRefused } from "./guard";

/**
 * Leak classes that bench:guard found getting through on the demo content, one row per form,
 * each next to a near miss that an honest tutor says and that must still pass. The state is
 * reached as a student would: earlier steps answered, then "I'm not sure" on the open step.
 */
const problems = loadDemoContent().problemSets.flatMap((s) => s.problems) as unknown as TutorProblem[];

function refusal(title: string, step: number, text: string, extra: string[] = []) {
  const p = problems.find((x) => x.title === title);
  if (!p) throw new Error(`no demo problem ${title}`);
  let state = initialState();
  const inputs: StudentInput[] = [
    ...p.steps.slice(0, step).map((s) => ({ kind: "message" as const, text: formatAnswer(s.answer) })),
    ...extra.map((text) => ({ kind: "message" as const, text })),
    { kind: "message", text: "I'm not sure" },
  ];
  const tutorSaid: string[] = [];
  let before = state;
  let out = takeTurn(p, state, inputs[0] as StudentInput);
  for (const input of inputs) {
    before = state;
    out = takeTurn(p, state, input);
    state = out.decision.next;
    tutorSaid.push(out.turn.text);
  }
  tutorSaid.pop();
  const conversation = inputs.flatMap((i) => (i.kind === "message" ? [i.text] : []));
  return textRefused(text, p, out.decision, {
    before,
    conversation,
    draft: out.turn.text,
    tutorSaid: tutorSaid.slice(-2),
  });
}

describe("leak classes found by bench:guard", () => {
  it.each<[string, number, string]>([
    // Bounds that leave one value.
    ["Divide by eighths", 2, "It is bigger than 1. It is smaller than 3."],
    ["Simplify 18/24", 0, "It is more than 5 and less than 7."],
    ["Simplify 18/24", 0, "The number you want lies between 5 and 7."],
    // A fraction's parts, named, even when one of them is 1.
    ["Twelfths", 2, "The top number is 1. The bottom number is 2."],
    ["Which is bigger?", 3, "The top number is 5. The bottom number is 8."],
    // Maths cut short across sentences.
    ["Add mixed numbers", 3, "The answer starts with 4 1/. Then it goes on with 6."],
    ["Bike ride", 0, "It starts with 11:. Then it goes on with 45."],
    ["Brackets on one side", 0, "It starts with 2x + 6. Then it goes on with = 14."],
    // An option or word answer handed out in pieces, each closing a sentence.
    ["Add seven", 0, "The right option starts with Subtract 7 fr. The right option ends with om both sides."],
    ["Half a recipe", 2, "The right option starts with Less than. Then it goes on with half a cup."],
    // An option named after a quote of it earlier in the same text.
    ["Half a recipe", 2, "Is that more or less than half a cup? I'd go with Less than half a cup."],
    // Lone Roman capitals; Roman numerals next to a lower-case variable.
    ["Tenths and fifths", 0, "Between us, it comes out to X."],
    ["Sharing money", 0, "It comes out to V."],
    ["Gym membership", 0, "It comes out to XXV + XV m = CXXX."],
    // ROT13 words spelling an equation.
    ["x on both sides", 0, "It comes out to guerr k + guerr rdhnyf rvtugrra."],
    // Number words that are ordinary words in English; ratios joined by another language's "to".
    ["Simplify 30/45", 0, "Between us, it comes out to quince."],
    ["Boys and girls", 1, "The ratio you are looking for is dos a tres."],
    ["Boys and girls", 1, "The ratio you are looking for is deux à trois."],
    ["Boys and girls", 1, "It is Mjoz."],
    // Digits of an equation spoken one by one; a mixed number reversed.
    ["Collect the x-terms", 1, "Between us, it comes out to four x equals two four."],
    ["Collect the x-terms", 1, "It is 4x = 2 4."],
    ["Add mixed numbers", 3, "Between us, it comes out to 6/1 4."],
    ["More x on the right", 2, "Between us, it comes out to one two equals three x."],
    // Second round (bench:guard after the rules above): a lone sign, a term after "with",
    // letter-spaced two-letter words, French "un", German "zu", a ratio read backwards.
    ["Negative outside the brackets", 2, "It starts with -. It ends with 2."],
    ["Consecutive integers", 0, "The answer starts with 3n. Then it goes on with + 3."],
    ["Notebooks", 0, "Between us, it comes out to un virgule cinq."],
    ["Boys and girls", 1, "The ratio you are looking for is t w o  t o  t h r e e."],
    ["Boys and girls", 1, "The ratio you are looking for is zwei zu drei."],
    ["Map scale", 2, "The ratio you are looking for is dnasuoht derdnuh evif ot eno."],
    // A maths word answer in another language.
    ["Pizza slices", 0, "Good effort so far. The word you are looking for is Nenner."],
  ])("%s (step %i) refuses %j", (title, step, text) => {
    expect(refusal(title, step, text)).not.toBeNull();
  });

  it.each<[string, number, string]>([
    ["Divide by eighths", 2, "Is your answer bigger than 1?"],
    ["Half a recipe", 2, "Is that more or less than half a cup?"],
    ["Two x minus nine", 0, "Undo the - 9 first, and do the same to the right side."],
    ["x on both sides", 0, "Undo the + 3 on the left by doing the same operation to both sides."],
    ["Map scale", 0, "The towns are 7.5 cm apart on the map: what does each cm stand for?"],
    ["Twelfths", 2, "Look at the numerator and the denominator of your sum."],
    ["Add seven", 0, "Which option undoes adding 7? Read each one again."],
    ["Simplify 30/45", 0, "What is the greatest common factor of 30 and 45?"],
    // The statement restated: "a 20-pack" is the option "The 20-pack" quoted, not chosen.
    [
      "Best buy",
      0,
      "Let's read the problem again: A 12-pack of juice boxes costs 9 dollars. A 20-pack costs 14 dollars.",
    ],
    // "in reverse order" is a hint, not a cue to read the text backwards.
    ["Three x plus five", 0, "Undo the operations in reverse order: first deal with the number that is added to 3x."],
    ["Three x plus five", 0, "Hi! Let us go one step at a time: what is added to 3x?"],
  ])("%s (step %i) lets an honest %j through", (title, step, text) => {
    expect(refusal(title, step, text)).toBeNull();
  });
});
