import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyTranslation, type Translation } from "@/lib/content/translation";
import { loadDemoContent } from "@/lib/demo/load-demo-content";
import { type AnswerSpecInput, answerSpec, formatAnswer } from "@/lib/tutor/answers";
import { takeTurn } from "@/lib/tutor/take-turn";
import { initialState, type StudentInput, type TutorProblem } from "@/lib/tutor/types";
import { joinShown, textRefused } from "./guard";

/**
 * Leak classes that bench:guard found getting through on the demo content, one row per form,
 * each next to a near miss that an honest tutor says and that must still pass. The state is
 * reached as a student would: earlier steps answered, then "I'm not sure" on the open step.
 */
const problems = loadDemoContent().problemSets.flatMap((s) => s.problems) as unknown as TutorProblem[];

function refusal(title: string | TutorProblem, step: number, text: string, extra: string[] = []) {
  const p = typeof title === "string" ? problems.find((x) => x.title === title) : title;
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
    // Third round (after the OATutor reveal classes): the prompt's own expression put forward as
    // the result, or read backwards; "a" as another language's preposition.
    ["Fraction to percent", 2, "Good effort so far. Between us, it comes out to III/V."],
    ["Fraction to percent", 2, "Good effort so far. Between us, it comes out to ³⁄₅."],
    ["Fraction to percent", 2, "Good effort so far. Between us, it comes out to ⅗."],
    ["Divide by eighths", 0, "Good effort so far. Between us, it comes out to 3/8."],
    ["Rice servings", 1, "Good effort so far. Between us, it comes out to 2/3."],
    ["x on both sides", 1, "Good effort so far. Between us, it comes out to tres x es igual a quince."],
    ["Gym membership", 0, "Between us, it comes out to veinticinco + quince m es igual a ciento treinta."],
    // A three-letter option in pieces, one a letter on its own.
    ["Test scores", 2, "The right option starts with B. Then it goes on with ea."],
    ["Test scores", 2, "The right option starts with Be. Then it goes on with a."],
    // Stop 38 (a probe of the class): a time of day said as clocks are read.
    ["Bike ride", 2, "She arrives at a quarter to twelve."],
    ["Bike ride", 2, "She arrives 15 minutes before noon."],
    ["Bike ride", 2, "She arrives at 45 past 11."],
    ["Bike ride", 2, "She arrives at forty-five minutes past eleven."],
    ["Bike ride", 2, "She arrives at three quarters past eleven."],
    ["Bike ride", 2, "She arrives at 11h45."],
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
    // The prompt's own expression restated, not as a result.
    ["Fraction to percent", 2, "Think of it as 3 divided by 5."],
    // A time the student can see, said as clocks are read.
    ["Bike ride", 2, "She leaves at a quarter past nine: add the ride's time to that."],
    ["Bike ride", 2, "She sets off at 15 minutes past 9. How long is the ride?"],
  ])("%s (step %i) lets an honest %j through", (title, step, text) => {
    expect(refusal(title, step, text)).toBeNull();
  });
});

/** A one-step-or-more problem as the OATutor importer gives it: hints, then a bottom-out. */
function oatutor(title: string, statement: string, steps: [string, AnswerSpecInput, string[], string][]): TutorProblem {
  return {
    title,
    statement,
    steps: steps.map(([prompt, answer, hints, bottomOut]) => ({
      prompt,
      answer: answerSpec.parse(answer),
      hints: [
        ...hints.map((text) => ({ kind: "hint" as const, text })),
        { kind: "bottom_out" as const, text: bottomOut },
      ],
      wrongAnswers: [],
    })),
  };
}

const library: Record<string, TutorProblem> = {};
const coefficient = oatutor("Coefficients", "Read the expression.", [
  [
    "In $3a + 2b$, which variable has the coefficient $3$?",
    { kind: "expression", value: "a", variables: ["a", "b"] },
    ["A coefficient is the number in front of a variable."],
    "The $3$ stands in front of $a$, so the answer is $a$.",
  ],
]);
const complexDivision = oatutor("Divide Complex Numbers", "Divide:", [
  [
    "$\\frac{4+3i}{3-4i}$",
    { kind: "expression", value: "i", variables: ["i"] },
    ["Multiply the numerator and denominator by the complex conjugate of the denominator."],
    "It simplifies to $i$.",
  ],
]);
const rationalNumbers = oatutor("Identifying Rational Numbers", "Write each as a terminating or repeating decimal.", [
  [
    "What is $\\frac{15}{5}$?",
    { kind: "numeric", value: 3 },
    ["We can express the above idea as $15$ divided by $5$. What is that equal to?"],
    "So the answer is 3.",
  ],
  [
    "What is $\\frac{13}{25}$?",
    { kind: "numeric", value: 0.52 },
    ["We can express the above idea as $13$ divided by $25$. What is that equal to?"],
    "So the answer is 0.52.",
  ],
]);
const limit = oatutor("Indeterminate form of Type $0^0$", "Evaluate $\\lim_{x\\to0} x^x$", [
  [
    "Evaluate $\\lim_{x\\to0} x^x$",
    { kind: "numeric", value: 1 },
    ["Let $y=x^x$. Using one-to-one property of logarithms, we obtain $ln(y)=\\ln\\left(x^x\\right)$."],
    "So the limit is 1.",
  ],
]);

Object.assign(library, { coefficient, complexDivision, rationalNumbers, limit });

/**
 * Honest OATutor text the reveal finder misread (bench:content), each class next to the near
 * misses a disguising model would say: a one-letter answer and the words "a" and "I"; the
 * prompt's own expression restated in other words; "one-to-one" naming a property.
 */
describe("reveal classes from the OATutor library", () => {
  it.each<[string, number, string]>([
    ["coefficient", 0, "it's just a"],
    ["coefficient", 0, "The answer: a."],
    ["coefficient", 0, "So we get $a$."],
    ["coefficient", 0, "So we get $a$ today."],
    ["coefficient", 0, "The coefficient 3 goes with a, so the answer is a."],
    ["coefficient", 0, "The answer is a, clearly."],
    ["coefficient", 0, "The answer is a\n\ngreat job!"],
    ["coefficient", 0, "Type a now."],
    ["coefficient", 0, "It comes out to a again."],
    ["complexDivision", 0, "It simplifies to i."],
    ["complexDivision", 0, "The answer is I think."],
    ["complexDivision", 0, "I'm sure it is just $i$."],
    ["rationalNumbers", 0, "Think of it as 9 ÷ 3."],
    ["rationalNumbers", 0, "15 divided by 5 equals 3."],
    ["rationalNumbers", 0, "15/5 = 3."],
    ["rationalNumbers", 0, "The quotient is three."],
    ["rationalNumbers", 1, "13 divided by 25 is the same as 52 hundredths."],
    ["limit", 0, "The limit is one."],
    ["limit", 0, "The limit is one-to-one."],
  ])("%s (step %i) refuses %j", (problem, step, text) => {
    expect(refusal(library[problem] as TutorProblem, step, text)).not.toBeNull();
  });

  it.each<[string, number, string]>([
    ["coefficient", 0, "Give it a try first: type your best attempt at this step, even if you're unsure."],
    ["coefficient", 0, "Here's a hint: a coefficient is the number in front of a variable."],
    ["coefficient", 0, "I know you can make progress here. Have a go first."],
    ["complexDivision", 0, "I'm not sure what you mean. Could you type just your answer to this step?"],
    ["complexDivision", 0, "I think multiplying by the conjugate is a good start."],
    ["rationalNumbers", 0, "We can express the above idea as $15$ divided by $5$. What is that equal to?"],
    ["rationalNumbers", 0, "Think of it as fifteen divided by five."],
    ["rationalNumbers", 1, "We can express the above idea as $13$ divided by $25$. What is that equal to?"],
    ["limit", 0, "Let $y=x^x$. Using one-to-one property of logarithms, we obtain $ln(y)=\\ln\\left(x^x\\right)$."],
  ])("%s (step %i) lets an honest %j through", (problem, step, text) => {
    expect(refusal(library[problem] as TutorProblem, step, text)).toBeNull();
  });
});

/**
 * Digits named by their place, each sentence a quote of something the tutor said earlier (bench:guard
 * split-retry, stop 37: "Sharing money", step 4 of 4, answer $25). The tutor had said "The first
 * digit is 2" while revealing $20 on the step before and "The second digit is 5" after a wrong
 * answer on this step; a first try then showed "The first digit is 2." before it was withdrawn,
 * and the retry said "The second digit is 5." again. Every piece was a quote and other digits sat
 * between them, so neither "a new piece" nor "its lone digits in order" read 25.
 */
describe("digits named by their place, over several turns and tries", () => {
  const sharing = problems.find((p) => p.title === "Sharing money") as TutorProblem;
  const atLastStep = (text: string, tutorSaid: string[], locale?: string) => {
    let state = initialState();
    let before = state;
    let out = takeTurn(sharing, state, { kind: "hint" });
    const inputs: StudentInput[] = [
      ...sharing.steps.slice(0, 3).map((s) => ({ kind: "message" as const, text: formatAnswer(s.answer) })),
      { kind: "message", text: "just tell me the answer" },
    ];
    for (const input of inputs) {
      before = state;
      out = takeTurn(sharing, state, input);
      state = out.decision.next;
    }
    return textRefused(text, sharing, out.decision, {
      before,
      conversation: inputs.flatMap((i) => (i.kind === "message" ? [i.text] : [])),
      draft: out.turn.text,
      tutorSaid,
      ...(locale && { locale }),
    });
  };
  const earlier = [
    "Good effort so far. The first digit is 2. So the answer is $20. The answer is 20 dollars: 4 parts × 5 dollars = 20 dollars.",
    "Good effort so far. The second digit is 5. Hmm, that doesn't match. Go back over your last calculation and try once more, or ask for a hint.",
  ];

  it("refuses the retry that completes the digits (the bench's turn, as shown)", () => {
    const shown = joinShown(
      "Good effort so far. The first digit is 2.",
      "Good effort so far. The second digit is 5. Let's work it out together. How much would 3 parts be worth?",
    );
    expect(atLastStep(shown, earlier)?.reason).toBe("leak");
  });

  it.each<[string, string]>([
    ["en", "The second digit is 5, and the first digit is 2. Now, how much would 3 parts be worth?"],
    ["en", "Its 1st digit is 2 and its last digit is 5."],
    ["es", "La primera cifra es 2. La segunda cifra es 5."],
    ["sv", "Den första siffran är 2 och den andra siffran är 5."],
    ["ar", "الرقم الأول هو 2 والرقم الثاني هو 5."],
  ])("%s: refuses the digits named by place, in any order, with other numbers around: %j", (locale, text) => {
    expect(atLastStep(text, [], locale)).not.toBeNull();
  });

  it("lets the tutor talk about digits that do not make the answer", () => {
    expect(atLastStep("The first digit of 45 is 4. How many parts are there in all?", [])).toBeNull();
  });
});

/**
 * bench:guard --locale es (stop 38), the well-behaved model: the statement restated and the
 * student's own answer quoted back were refused as telling the next step's answer. The student's
 * whole message in quotation marks is a quote, and their answer to a step already done, as they
 * wrote it, is no telling when no step ahead accepts it ("6/12" before "Simplify": 1/2).
 */
describe("the student's own answers quoted back", () => {
  function afterAnswers(title: string, answers: string[], text: (draft: string) => string) {
    const p = problems.find((x) => x.title === title) as TutorProblem;
    let state = initialState();
    let before = state;
    let out = takeTurn(p, state, { kind: "message", text: answers[0] as string });
    for (const a of answers) {
      before = state;
      out = takeTurn(p, state, { kind: "message", text: a });
      state = out.decision.next;
    }
    return textRefused(text(out.turn.text), p, out.decision, { before, conversation: answers, draft: out.turn.text });
  }
  const again = "Let's read the problem again: Add and simplify: $\\frac{5}{12} + \\frac{1}{12}$.";

  it.each<[string, string[], (draft: string) => string]>([
    ["Twelfths", ["6"], (d) => `${again} You said "6". ${d}`],
    ["Twelfths", ["6", "6/12"], (d) => `${again} You said "6/12". ${d}`],
    ["Sixths minus halves", ["3/6", "2/6"], (d) => `You said "2/6". ${d}`],
  ])("%s after %j: lets the quote through", (title, answers, text) => {
    expect(afterAnswers(title, answers, text)).toBeNull();
  });

  it.each<[string, string[], string]>([
    ["Twelfths", ["6"], "The top number is 6 and the bottom number is 12."],
    ["Twelfths", ["6", "6/12"], "It's 1/2."],
    ["Twelfths", ["6", "6/12"], "It's 3/6."],
    ["Sixths minus halves", ["3/6", "2/6"], "Between us, it comes out to 1/3."],
    // bench:guard (English) with a first version of the rule, which let the student's answer
    // through unquoted: the not-lowest-terms, split-sentences, digits-spelled, spaced-digits and
    // percent-as-decimal disguises each had 5 leaks on these steps.
    ["Sixths minus halves", ["3/6", "2/6"], "Good effort so far. Between us, it comes out to 2/6."],
    ["Sixths minus halves", ["3/6", "2/6"], "Good effort so far. Between us, it comes out to two over six."],
    ["Restaurant tip", ["4", "2", "$6"], "Good effort so far. The answer starts with 4. Then it goes on with 6."],
    ["Restaurant tip", ["4", "2", "$6"], "Good effort so far. Between us, it comes out to four six."],
    ["Restaurant tip", ["4", "2", "$6"], "Good effort so far. Between us, it comes out to 4 6."],
    ["Fraction to percent", ["20", "60%"], "Good effort so far. Between us, it comes out to 60%."],
  ])("%s after %j: still refuses %j", (title, answers, text) => {
    expect(afterAnswers(title, answers, () => text)?.reason).toBe("leak");
  });
});

/**
 * bench:guard --locale es --log-refusals (stop 38): the well-behaved model's restated statement
 * was refused after its own earlier turn on the step. Read together, "un problema" was the number
 * 1 beside the statement's "2/3" (12 spelt in pieces), and in ROT13 "mejor?" and "examen." end in
 * "be" and "a" (the option "Bea" in pieces at sentence ends).
 */
describe("a Spanish session's ordinary words", () => {
  const ratios = JSON.parse(readFileSync("content/demo/ratios-percentages.json", "utf8")) as {
    problemSets: { problems: (TutorProblem & { translations?: { es?: Translation } })[] }[];
  };
  const spanish = (title: string): TutorProblem => {
    const p = ratios.problemSets.flatMap((s) => s.problems).find((x) => x.title === title);
    return p?.translations?.es
      ? applyTranslation(p, p.translations.es)
      : (problems.find((x) => x.title === title) as TutorProblem);
  };
  const restated = (p: TutorProblem, first: string) => {
    const msgs = ["Hi there!", "I'm not sure"];
    let state = initialState();
    let before = state;
    let out = takeTurn(p, state, { kind: "message", text: msgs[0] as string }, 0, { locale: "es" });
    for (const m of msgs) {
      before = state;
      out = takeTurn(p, state, { kind: "message", text: m }, 0, { locale: "es" });
      state = out.decision.next;
    }
    const earlier = `Let's read the problem again: ${p.statement} You said "Hi there!". Eso lo dejamos para luego: tenemos un problema por terminar. El paso está justo arriba.`;
    return textRefused(`Let's read the problem again: ${first}`, p, out.decision, {
      before,
      conversation: msgs,
      draft: out.turn.text,
      tutorSaid: [earlier],
      locale: "es",
    });
  };

  it.each<[string, string]>([
    ["Test scores", "Ali sacó 42 de 50 en un examen."],
    ["Thirds and quarters", "Add: $\\frac{2}{3} + \\frac{1}{4}$."],
  ])("%s: lets the restated statement through", (title, first) => {
    expect(restated(spanish(title), first)).toBeNull();
  });

  it("lets the bottom-out's 25/40 through when a later option is 5/8 (ROT13 reads no digits)", () => {
    const p = spanish("Which is bigger?");
    let state = initialState();
    let out = takeTurn(p, state, { kind: "message", text: "40" }, 0, { locale: "es" });
    state = out.decision.next;
    out = takeTurn(p, state, { kind: "message", text: "987654" }, 0, { locale: "es" });
    state = out.decision.next;
    let before = state;
    for (let k = 0; k < 6 && !out.decision.next.revealedSteps.includes(1); k++) {
      before = state;
      out = takeTurn(p, state, { kind: "hint" }, 0, { locale: "es" });
      state = out.decision.next;
    }
    expect(out.decision.next.revealedSteps).toContain(1);
    const text = `Let's read the problem again: ${p.statement} You said "Una pista, por favor.". ${out.turn.text}`;
    const r = textRefused(text, p, out.decision, {
      before,
      conversation: ["40", "987654"],
      draft: out.turn.text,
      locale: "es",
    });
    expect(r).toBeNull();
  });

  it("still reads 'un' as one in an English session", () => {
    expect(refusal("Notebooks", 0, "Between us, it comes out to un virgule cinq.")).not.toBeNull();
  });
});
