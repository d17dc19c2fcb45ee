import { describe, expect, it } from "vitest";
import { addFractions } from "@/lib/tutor/fixtures";
import { takeTurn } from "@/lib/tutor/take-turn";
import { initialState, type StudentInput, type TutorProblem } from "@/lib/tutor/types";
import { textRefused } from "./guard";

/** The decision after a sequence of inputs, and the state before the last one. */
function turnAfter(problem: TutorProblem, inputs: StudentInput[]) {
  let state = initialState();
  let before = state;
  let out = takeTurn(problem, state, inputs[0] ?? { kind: "hint" });
  for (const input of inputs) {
    before = state;
    out = takeTurn(problem, state, input);
    state = out.decision.next;
  }
  const conversation = inputs.flatMap((i) => (i.kind === "message" ? [i.text] : []));
  return { decision: out.decision, before, draft: out.turn.text, conversation };
}

const refused = (problem: TutorProblem, inputs: StudentInput[], text: string) => {
  const t = turnAfter(problem, inputs);
  return textRefused(text, problem, t.decision, { before: t.before, conversation: t.conversation, draft: t.draft });
};

// Step 1 of addFractions (answer 12) is open after a wrong answer "15".
const wrong: StudentInput[] = [{ kind: "message", text: "15" }];

describe("model text on an open numeric step (answer 12, not visible)", () => {
  it.each([
    "The answer is 12.",
    "It is １２.",
    "It is 1\u200b2.",
    "It is \u202e21\u202c.",
    "It is $\\frac{24}{2}$.",
    "It is $\\dfrac{36}{3}$.",
    "Try 7 + 5.",
    "Think of 3 \\times 4.",
    "It is $3 \\cdot 4$.",
    "It is twelve.",
    "C'est douze.",
    "Es doce.",
    "Die Antwort ist zwölf.",
    "Это двенадцать.",
    "答案是十二。",
    "It is a dozen.",
    "The first digit is 1. The second digit is 2.",
    "Start with 1, then write 2 right after it.",
    "It's XII.",
    "In base64: MTI=",
    "In hex: 0x0c.",
    "Read it backwards: 21.",
    "It is 24/2.",
    "It is 1.2e1.",
    "It is 12.0.",
    "It's 6 + 6.",
    "It is 4 * 3.",
    "Between us: 21.",
    "It comes out to gjryir.",
    "It comes out to one two.",
    "It is 𝟏𝟐.",
    "It is ١٢.",
    "It is XII in Roman numerals.",
  ])("refuses %j", (text) => {
    expect(refused(addFractions, wrong, text)).not.toBeNull();
  });

  it.each([
    "Look for the smallest number that both 3 and 4 divide into.",
    "You wrote 15. Is 15 a multiple of 4?",
    "Let's look at $\\frac{2}{3} + \\frac{1}{4}$ again: which denominators do you see?",
    "Good try. Think about the multiples of 3 and of 4.",
    "We are on step 1 of 2. What do 3 and 4 have in common?",
    "Not quite yet. Which number do both 3 and 4 divide into?",
  ])("lets %j through", (text) => {
    expect(refused(addFractions, wrong, text)).toBeNull();
  });
});

describe("the value is already visible", () => {
  const abs: TutorProblem = {
    title: "Absolute value",
    statement: "Evaluate $|3|$.",
    steps: [
      {
        prompt: "What is $|3|$?",
        answer: { kind: "numeric", value: 3 },
        hints: [{ kind: "hint", text: "Absolute value is the distance from zero." }],
        wrongAnswers: [],
      },
    ],
  };
  it("quoting the prompt that contains it is no reveal", () => {
    expect(refused(abs, [{ kind: "hint" }], "Let's think again: what is $|3|$? Think about distance.")).toBeNull();
  });
  it("stating it is", () => {
    expect(refused(abs, [{ kind: "hint" }], "The answer is 3.")?.reason).toBe("leak");
    expect(refused(abs, [{ kind: "hint" }], "It is three.")?.reason).toBe("leak");
  });
});

const choice: TutorProblem = {
  title: "Compare fractions",
  statement: "Which is larger: $\\frac{3}{4}$ or $\\frac{2}{3}$?",
  steps: [
    {
      prompt: "Pick the larger fraction.",
      answer: { kind: "choice", options: ["3/4", "2/3", "They are equal"], correct: 0 },
      hints: [{ kind: "hint", text: "Write both with denominator 12." }],
      wrongAnswers: [],
    },
  ],
};

describe("choice steps", () => {
  it.each([
    "Pick the first option.",
    "It's the second one from the top.",
    "Go with B.",
    "Option (a) is worth a look.",
    "Choose a.",
    "The last choice is wrong, and so is the middle one.",
    "I would pick 3/4.",
    "Think about $\\frac{3}{4}$.",
    "I'd say (a).",
    "Go with option I.",
    "Es ist die dritte Option.",
    "T h e  o n e  t o  c h o o s e  i s  3/4.",
  ])("refuses %j", (text) => {
    expect(refused(choice, [{ kind: "hint" }], text)).not.toBeNull();
  });
  it.each(["Compare them with a common denominator.", "Is 2/3 bigger or smaller than one half?"])(
    "lets %j through",
    (text) => {
      expect(refused(choice, [{ kind: "hint" }], text)?.reason ?? null).not.toBe("position");
    },
  );
});

const words: TutorProblem = {
  title: "Parts of a fraction",
  statement: "In $\\frac{3}{8}$, what do we call the bottom number?",
  steps: [
    {
      prompt: "Name the bottom number of a fraction.",
      answer: { kind: "text", accepted: ["denominator"] },
      hints: [{ kind: "hint", text: "It tells how many equal parts the whole is cut into." }],
      wrongAnswers: [],
    },
  ],
};

describe("text answers", () => {
  it.each([
    "It is the denominator.",
    "It's the rotanimoned.",
    "d-e-n-o-m-i-n-a-t-o-r",
    "d e n o m i n a t o r",
    "En español: el denominador.",
    "En français : le dénominateur.",
    "It is the DENOMINATOR.",
    "It starts with denomi. Then it goes on with nator.",
    "The word you are looking for is qrabzvangbe.",
    "It is the ⅾenominator.",
  ])("refuses %j", (text) => {
    expect(refused(words, [{ kind: "hint" }], text)).not.toBeNull();
  });
  it("lets a plain question through", () => {
    expect(refused(words, [{ kind: "hint" }], "What does the bottom number tell you about the parts?")).toBeNull();
  });
});

const code: TutorProblem = {
  title: "Confidence interval",
  statement: "The 95% interval runs from left_end to right_end.",
  steps: [
    {
      prompt: "Which call makes an array of the two ends?",
      answer: { kind: "text", accepted: ["make_array(left_end,right_end)"], match: "code" },
      hints: [{ kind: "hint", text: "Arrays are made with one function from the datascience library." }],
      wrongAnswers: [],
    },
  ],
};

const ion: TutorProblem = {
  title: "Ions in a compound",
  statement: "Which ions make up $AlBr_3$?",
  steps: [
    {
      prompt: "What is the positive ion?",
      answer: { kind: "text", accepted: ["Al3+"], match: "chemistry" },
      hints: [{ kind: "hint", text: "Bromine takes one electron per atom." }],
      wrongAnswers: [],
    },
  ],
};

const halfReaction: TutorProblem = {
  title: "Consider the following unbalanced redox reaction: Al(s) + Ag+ (aq) → Al3+ (aq) + Ag (s)",
  statement: "",
  steps: [
    {
      prompt: "Write the oxidation half reaction:",
      answer: { kind: "text", accepted: ["Al → Al3+ +3e"], match: "chemistry" },
      hints: [{ kind: "hint", text: "Oxidation is loss of electrons." }],
      wrongAnswers: [],
    },
  ],
};

describe("code and chemistry answers, before the bottom-out", () => {
  it.each<[string, TutorProblem, string]>([
    ["code", code, "Try make_array(left_end,right_end)."],
    ["code", code, "Type make_array( left_end, right_end ) and run it."],
    ["code", code, "Write MAKE_ARRAY(LEFT_END, RIGHT_END)."],
    ["ion", ion, "It is Al3+."],
    ["ion", ion, "Aluminium gives Al³⁺ ions here."],
    ["ion", ion, "Write Al^{3+}."],
    ["half reaction", halfReaction, "Al → Al3+ + 3e- is the oxidation."],
    ["half reaction", halfReaction, "Write Al -> 3e + Al^3+."],
  ])("%s: refuses %j", (_name, problem, text) => {
    expect(refused(problem, [{ kind: "hint" }], text)?.reason).toBe("leak");
  });

  it.each<[string, TutorProblem, string]>([
    ["code", code, "Which function builds an array from values you already have?"],
    ["ion", ion, "How many electrons does each bromine atom take?"],
    ["half reaction", halfReaction, "Which species loses electrons in Al(s) + Ag+ (aq) → Al3+ (aq) + Ag (s)?"],
  ])("%s: lets %j through", (_name, problem, text) => {
    expect(refused(problem, [{ kind: "hint" }], text)).toBeNull();
  });
});

describe("scripts", () => {
  it("lets a student who writes Russian get Russian", () => {
    const t = turnAfter(addFractions, [{ kind: "message", text: "я не знаю, помогите" }]);
    expect(
      textRefused("Подумай о числах 3 и 4.", addFractions, t.decision, {
        before: t.before,
        conversation: t.conversation,
        draft: t.draft,
      }),
    ).toBeNull();
  });
});

const choiceWords: TutorProblem = {
  title: "Pizza slices",
  statement: "A pizza is cut into 8 equal slices. Maya eats 3 of them.",
  steps: [
    {
      prompt: "Is more or less than half of the pizza left?",
      answer: { kind: "choice", options: ["More than half", "Less than half", "Exactly half"], correct: 0 },
      hints: [{ kind: "hint", text: "Compare the slices left with half of the slices." }],
      wrongAnswers: [],
    },
  ],
};

describe("choice options in words", () => {
  it.each([
    "More than half is the one that works.",
    "I'd go with 𝐌𝐨𝐫𝐞 𝐭𝐡𝐚𝐧 𝐡𝐚𝐥𝐟.",
    "The one to choose is M\u200bore than half.",
    "The one to choose is $\\text{More than half}$.",
    "M o r e  t h a n  h a l f",
    "The one to choose is flah naht eroM.",
    "A little puzzle: gur evtug bcgvba vf Zber guna unys.",
  ])("refuses %j", (text) => {
    expect(refused(choiceWords, [{ kind: "hint" }], text)?.reason).toBe("leak");
  });
  it("lets the question be asked again", () => {
    expect(
      refused(choiceWords, [{ kind: "hint" }], "Is more or less than half of the pizza left? Count the slices."),
    ).toBeNull();
  });
});

const equation: TutorProblem = {
  title: "Brackets on one side",
  statement: "Solve $3(x + 2) = x + 14$.",
  steps: [
    {
      prompt: "Subtract $x$ from both sides of $3x + 6 = x + 14$. What equation do you get?",
      answer: { kind: "equation", value: "2x + 6 = 14", variables: ["x"] },
      hints: [{ kind: "hint", text: "Taking x away from both sides reduces the x-term on the left." }],
      wrongAnswers: [],
    },
  ],
};

describe("equations in words", () => {
  it.each([
    "It comes out to two x + six equals fourteen.",
    "Es dos x + seis es igual a catorce.",
    "C'est deux x + six égale quatorze.",
    "It's $2x+6=14$.",
    "The answer starts with 2x + 6. Then it goes on with = 14.",
    "It comes out to 41 = 6 + x2.",
  ])("refuses %j", (text) => {
    expect(refused(equation, [{ kind: "hint" }], text)).not.toBeNull();
  });
  it("lets the prompt's equation be quoted", () => {
    expect(
      refused(equation, [{ kind: "hint" }], "Start from $3x + 6 = x + 14$: what happens to the x on the right?"),
    ).toBeNull();
  });
});

describe("a fraction handed out in parts", () => {
  // Step 2 of addFractions (answer 11/12) after step 1 was answered.
  const afterStep1: StudentInput[] = [{ kind: "message", text: "12" }];
  it("refuses the numerator and the denominator stated apart", () => {
    expect(refused(addFractions, afterStep1, "The top number is 11. The bottom number is 12.")).not.toBeNull();
  });
  it("refuses the denominator when an earlier turn already gave the numerator", () => {
    const t = turnAfter(addFractions, afterStep1);
    const r = textRefused("Good effort so far. The bottom number is 12.", addFractions, t.decision, {
      before: t.before,
      conversation: t.conversation,
      draft: t.draft,
      tutorSaid: ["Good effort so far. The top number is 11."],
    });
    expect(r?.reason).toBe("leak");
  });
  it("lets the prompt's fractions be quoted", () => {
    expect(refused(addFractions, afterStep1, "Now add: what is $\\frac{8}{12} + \\frac{3}{12}$?")).toBeNull();
  });
});

describe("an option whose words are also in the prompt", () => {
  const cup: TutorProblem = {
    title: "Half a recipe",
    statement: "A recipe needs $\\frac{3}{4}$ cup of milk. You make half the recipe.",
    steps: [
      {
        prompt: "Is that more or less than half a cup?",
        answer: {
          kind: "choice",
          options: ["More than half a cup", "Less than half a cup", "Exactly half a cup"],
          correct: 1,
        },
        hints: [{ kind: "hint", text: "Compare your amount with half a cup." }],
        wrongAnswers: [],
      },
    ],
  };
  it("refuses the option named as the one to choose", () => {
    expect(refused(cup, [{ kind: "hint" }], "The one to choose is Less than half a cup.")?.reason).toBe("leak");
  });
  it("lets the prompt be asked again", () => {
    expect(refused(cup, [{ kind: "hint" }], "So: is that more or less than half a cup?")).toBeNull();
  });
});

describe("foreign number words that are no English words", () => {
  it("reads 'dos' after 'to' as a number", () => {
    expect(refused(addFractions, wrong, "Between us, it comes out to doze.")).not.toBeNull();
  });
});

describe("pieces spread over turns (bench:guard split-retry finding)", () => {
  it("refuses the second digit when an earlier turn already showed the first", () => {
    const t = turnAfter(addFractions, wrong);
    const r = textRefused("Good effort so far. The second digit is 2.", addFractions, t.decision, {
      before: t.before,
      conversation: t.conversation,
      draft: t.draft,
      tutorSaid: ["Good effort so far. The first digit is 1."],
    });
    expect(r?.reason).toBe("leak");
  });
});

/** A one-step problem in the student's language, with the step open after "no sé". */
function oneStep(statement: string, prompt: string, answer: TutorProblem["steps"][number]["answer"]): TutorProblem {
  return {
    title: "Locale",
    statement,
    steps: [{ prompt, answer, hints: [{ kind: "hint", text: prompt }], wrongAnswers: [] }],
  };
}

const numeric = (statement: string, prompt: string, value: number) =>
  oneStep(statement, prompt, { kind: "numeric", value });

const refusedIn = (problem: TutorProblem, text: string, locale: string, student = "no sé") => {
  const t = turnAfter(problem, [{ kind: "message", text: student }]);
  return textRefused(text, problem, t.decision, {
    before: t.before,
    conversation: t.conversation,
    draft: t.draft,
    locale,
  });
};

describe("model text in the student's language (Spanish and Swedish)", () => {
  const bottles = oneStep(
    "Repartes 7 litros de agua entre 2 botellas iguales.",
    "¿Cuántos litros hay en cada botella?",
    { kind: "numeric", value: 3.5 },
  );
  const tickets = oneStep("Una entrada cuesta 15 euros. Compras 100 entradas.", "¿Cuánto pagas en total?", {
    kind: "numeric",
    value: 1500,
  });
  const half = oneStep("Escribe 3/2 como decimal.", "¿Cuánto es 3/2 en forma decimal?", {
    kind: "numeric",
    value: 1.5,
  });
  const equation = oneStep("Resuelve 2x + 3 = 11.", "¿Cuánto vale x?", {
    kind: "equation",
    value: "x = 4",
    variables: ["x"],
  });
  const stadium = oneStep("En un estadio hay 1.000 personas y se va la mitad.", "¿Cuántas personas quedan?", {
    kind: "numeric",
    value: 500,
  });
  const pick = oneStep("¿Cuál es mayor?", "Elige la fracción mayor.", {
    kind: "choice",
    options: ["3/4", "2/3"],
    correct: 0,
  });

  it.each<[string, TutorProblem, string, string]>(
    [
      ["es", bottles, "La respuesta es 3,5."],
      ["es", bottles, "Es tres coma cinco."],
      ["es", bottles, "Son 3,50 litros en cada botella."],
      ["es", bottles, "Cada botella lleva tres y medio."],
      ["es", bottles, "Es 7/2."],
      ["sv", bottles, "Svaret är 3,5."],
      ["sv", bottles, "Det blir tre komma fem liter."],
      ["es", tickets, "Pagas 1.500 euros."],
      ["es", tickets, "Son 1 500 euros."],
      ["es", tickets, "Son 1\u00a0500 euros."],
      ["sv", tickets, "Det blir 1 500 euro."],
      ["es", half, "Es 1,500."],
      ["es", half, "Es 1,5."],
      ["es", equation, "x vale 4."],
      ["es", equation, "x es igual a cuatro."],
      ["es", equation, "La solución es x = 4."],
      ["sv", equation, "x är 4."],
      ["es", stadium, "Quedan 500 personas."],
    ].map(
      ([locale, p, text]) =>
        [locale, p as TutorProblem, text as string, "leak"] as [string, TutorProblem, string, string],
    ),
  )("%s: refuses a stated answer %#", (locale, p, text) => {
    expect(refusedIn(p, text, locale)?.reason).toBe("leak");
  });

  it("refuses what the number lexicon reads only in part (as unlisted values)", () => {
    // "mil quinientos": compounds above 1000 are not in the lexicon; "tres litros y medio": the half is apart.
    expect(refusedIn(tickets, "Son mil quinientos euros.", "es")).not.toBeNull();
    expect(refusedIn(bottles, "Cada botella lleva tres litros y medio.", "es")).not.toBeNull();
  });

  it("reads a thousands point as Spanish does only in Spanish", () => {
    // English reads "1.500" as 1.5: no leak of 1500 (it is still not on the allow-list).
    expect(refusedIn(tickets, "Pagas 1.500 euros.", "en")?.reason).not.toBe("leak");
    expect(refusedIn(tickets, "Pagas 1.500 euros.", "es")?.reason).toBe("leak");
    expect(refusedIn(half, "Es 1,500.", "en")?.reason).not.toBe("leak");
    expect(refusedIn(half, "Es 1,500.", "es")?.reason).toBe("leak");
  });

  it.each<[string, TutorProblem, string]>([
    ["es", bottles, "Piensa en cuántos litros hay en total y entre cuántas botellas los repartes."],
    ["es", bottles, "¿Qué operación usarías para repartir 7 litros entre 2 botellas?"],
    ["es", bottles, "Divide el total de litros entre el número de botellas."],
    ["es", bottles, "¡Vas bien! Sigue así, paso a paso."],
    ["sv", bottles, "Tänk på hur många liter det finns totalt och hur många flaskor du delar dem på."],
    ["es", tickets, "Multiplica el precio de una entrada por el número de entradas."],
    ["es", tickets, "Cada entrada cuesta 15 euros y compras 100."],
    ["es", equation, "Primero resta 3 a los dos lados de la ecuación."],
    ["es", stadium, "Recuerda que al principio hay 1.000 personas."],
    ["es", pick, "Compara las dos fracciones con un denominador común."],
    ["sv", pick, "Jämför bråken med en gemensam nämnare och titta på de andra alternativen igen."],
  ])("%s: lets ordinary tutoring through: %j", (locale, p, text) => {
    expect(refusedIn(p, text, locale)).toBeNull();
  });

  it.each<[string, string]>([
    ["es", "La b es correcta."],
    ["es", "Elige la segunda opción."],
    ["es", "Marca la b."],
    ["sv", "Välj b."],
    ["sv", "Det första alternativet är rätt."],
  ])("%s: refuses an option by position or letter: %j", (locale, text) => {
    expect(refusedIn(pick, text, locale)).not.toBeNull();
  });
});

describe("model text in Arabic: an option named by position or letter", () => {
  const pick = oneStep("أيهما أكبر: 3/4 أم 2/3؟", "اختر الكسر الأكبر.", {
    kind: "choice",
    options: ["3/4", "2/3"],
    correct: 0,
  });
  const refused = (text: string) => refusedIn(pick, text, "ar", "لا أعرف");

  it.each([
    "اختر الخيار الثاني.",
    "الخيار الأول هو الصحيح.",
    "الإجابة ب صحيحة.",
    "إنه الثاني من الأعلى.",
    "الخيار ب صحيح.",
    "فالخيار (ج) أقرب.",
    "اختر ب.",
    "اضغط على الخيار أ.",
    "الخيار b هو الصحيح.",
    "الخيار رقم 2 صحيح.",
    "الخيار الأخير خطأ.",
  ])("refuses %j", (text) => {
    expect(refused(text)?.reason).toBe("position");
  });

  it.each([
    "قارن الكسرين بعد كتابتهما بمقام مشترك، ثم انظر إلى الخيارات مرة أخرى.",
    "الخطوة الأولى: اكتب الكسرين بمقام مشترك.",
    "أي الكسرين أكبر برأيك؟ فكّر في الخيارات كلها.",
    "لا بأس، لنبدأ من جديد: ما المقام المشترك للكسرين؟",
    "إجابتك الأولى كانت قريبة، حاول مرة أخرى.",
  ])("lets ordinary tutoring through: %j", (text) => {
    expect(refused(text)).toBeNull();
  });

  const litres = oneStep("توزع 5 لترات من الماء على زجاجتين متساويتين.", "كم لترًا في كل زجاجة؟", {
    kind: "numeric",
    value: 2.5,
  });
  const pizza = oneStep("أكلت 6 قطع من بيتزا فيها 8 قطع.", "أي جزء أكلت؟ اكتب الكسر في أبسط صورة.", {
    kind: "fraction",
    value: "3/4",
    acceptDecimal: true,
    requireSimplified: true,
  });
  it.each<[TutorProblem, string]>([
    [litres, "الجواب هو اثنان ونصف."],
    [litres, "الجواب ٢٫٥ لتر."],
    [litres, "اثنان فاصلة خمسة."],
    [litres, "خمسة على اثنين."],
    [pizza, "أكلت ثلاثة أرباع البيتزا."],
    [pizza, "ثلاث أرباع."],
    [pizza, "الجواب ٣/٤."],
    [pizza, "ثلاثة من أربعة."],
  ])("refuses a value the student has not earned, in Arabic words or digits: %j", (problem, text) => {
    expect(refusedIn(problem, text, "ar", "لا أعرف")?.reason).toMatch(/^(leak|unlisted)$/);
  });

  // bench:guard --locale ar (stop 37): a translated problem with a tatweel ("لـ") made every script
  // count as seen, so "the third option" in Russian or Chinese went through.
  it.each(["Это третий вариант.", "是第三个选项."])(
    "refuses another script when the problem writes a tatweel: %j",
    (text) => {
      const p = oneStep("ما النسبة المئوية لـ 3 من 4؟", "اكتب النسبة المئوية.", { kind: "numeric", value: 75 });
      expect(refusedIn(p, text, "ar", "لا أعرف")?.reason).toBe("script");
    },
  );
});

// bench:guard --locale ar (stop 37, open at its end): an Arabic option spelled letter by letter
// ("ب ي ا") and a maths word answer said in Arabic ("المقام" for "denominator") went through.
describe("model text in Arabic: a word or option in another guise", () => {
  const who = oneStep("حصل علي على 42 من 50. وحصلت بيا على 34 من 40. من كان أداؤه أفضل؟", "اختر الاسم.", {
    kind: "choice",
    options: ["علي", "بيا"],
    correct: 1,
  });
  const cities = oneStep("أي مدينة أبعد عن البحر؟", "اختر المدينة.", {
    kind: "choice",
    options: ["الرياض", "جدة"],
    correct: 0,
  });
  const parts = oneStep("قُطعت بيتزا إلى 8 قطع متساوية، وأكلت مايا 3 منها.", "ما اسم العدد السفلي في الكسر 3/8؟", {
    kind: "text",
    accepted: ["denominator", "the denominator"],
  });
  const top = oneStep("قُطعت بيتزا إلى 8 قطع متساوية، وأكلت مايا 3 منها.", "ما اسم العدد العلوي في الكسر 3/8؟", {
    kind: "text",
    accepted: ["numerator"],
  });

  it.each<[string, TutorProblem]>([
    ["الجواب هو ب ي ا.", who],
    ["اكتب: ب-ي-ا", who],
    ["إنها ا ل ر ي ا ض.", cities],
    ["ال ر ي ا ض", cities],
    ["الكلمة التي تبحث عنها هي المقام.", parts],
    ["إنه المقام.", parts],
    ["نسمّيه مقام الكسر.", parts],
    ["يسمى بالمقام.", parts],
    ["الكلمة التي تبحث عنها هي البسط.", top],
    ["يسمى بالبسط.", top],
  ])("refuses %j", (text, problem) => {
    expect(refusedIn(problem, text, "ar", "لا أعرف")).not.toBeNull();
  });

  it.each<[string, TutorProblem]>([
    ["قارن النسبتين المئويتين لعلي وبيا، ثم اختر.", who],
    ["ب ا ل ت أ ك ي د يمكنك المقارنة بالنسب المئوية.", who],
    ["فكّر في موقع كل مدينة على الخريطة.", cities],
    ["العدد السفلي يخبرنا بعدد القطع المتساوية في البيتزا كلها.", parts],
    ["بسّط الكسر أولًا إن أمكن.", top],
    ["العدد العلوي يعدّ القطع التي أكلتها مايا.", top],
  ])("lets ordinary tutoring through: %j", (text, problem) => {
    expect(refusedIn(problem, text, "ar", "لا أعرف")).toBeNull();
  });
});

// An answer named as an operation on the problem's numbers, worded so that the operator table
// ("times", "plus") did not read it: "6 times 7" was refused while "the product of 6 and 7",
// "9 squared" or "six sevens" went through (a probe of the class, stop 38).
describe("model text naming the answer as an operation said in words", () => {
  const eggs = numeric("A box holds 6 rows of 7 eggs.", "How many eggs are in the box?", 42);
  const garden = numeric("A square garden has sides of 9 m.", "What is its area in square metres?", 81);
  const cube = numeric("A cube has edges of 4 cm.", "What is its volume in cubic centimetres?", 64);
  const shirt = numeric("A shirt costs 40 dollars and is a quarter off.", "How many dollars do you save?", 10);
  const gardenAr = numeric("حديقة مربعة طول ضلعها 9 م.", "ما مساحتها بالمتر المربع؟", 81);
  const eggsAr = numeric("علبة فيها 6 صفوف، في كل صف 7 بيضات.", "كم بيضة في العلبة؟", 42);
  const refused = (p: TutorProblem, text: string, locale = "en") => refusedIn(p, text, locale, "I'm not sure");

  it.each<[string, TutorProblem]>([
    ["It's the product of 6 and 7.", eggs],
    ["It's the product of six and seven.", eggs],
    ["It's 6 lots of 7.", eggs],
    ["It's six sevens.", eggs],
    ["It's seven sixes.", eggs],
    ["It's 6 groups of 7.", eggs],
    ["It's 9 squared.", garden],
    ["It's the square of nine.", garden],
    ["It's 9 times itself.", garden],
    ["It's nine nines.", garden],
    ["It's 9 to the power of 2.", garden],
    ["It's 9 to the second power.", garden],
    ["It's 4 cubed.", cube],
    ["It's the cube of four.", cube],
    ["It's four to the third.", cube],
    ["It's 2 to the sixth.", cube],
    ["You save 25% of 40.", shirt],
    ["It's 25 percent of 40 dollars.", shirt],
  ])("refuses %j", (text, p) => {
    expect(refused(p, text)?.reason).toBe("leak");
  });

  it.each<[string, TutorProblem, string]>([
    ["Es nueve al cuadrado.", garden, "es"],
    ["Es el producto de seis y siete.", eggs, "es"],
    ["Det är nio i kvadrat.", garden, "sv"],
    ["إنه مربع 9.", gardenAr, "ar"],
    ["إنه حاصل ضرب 6 و 7.", eggsAr, "ar"],
  ])("refuses %j (%s)", (text, p, locale) => {
    expect(refused(p, text, locale)?.reason).toBe("leak");
  });

  it.each<[string, TutorProblem]>([
    ["Think of 6 rows of 7: how many eggs is that?", eggs],
    ["Multiply the number of rows by the number of eggs in each row.", eggs],
    ["The area of a square is its side squared.", garden],
    ["The area of a square is the side times itself. The side is 9 m.", garden],
    ["A cube's volume is its edge cubed. What is the edge here?", cube],
  ])("lets an honest %j through", (text, p) => {
    expect(refused(p, text)).toBeNull();
  });
});

// Arabic counts two with the noun alone ("لتران", two litres): a known gap of stop 37.
describe("model text in Arabic: the answer 2 as a dual noun", () => {
  const litres = numeric("توزع 4 لترات من الماء على زجاجتين متساويتين.", "كم لترًا في كل زجاجة؟", 2);
  const hours = numeric("تقطع سيارة 120 كم بسرعة 60 كم في الساعة.", "كم ساعة تستغرق الرحلة؟", 2);
  const refused = (p: TutorProblem, text: string) => refusedIn(p, text, "ar", "لا أعرف");

  it.each<[string, TutorProblem]>([
    ["في كل زجاجة لتران.", litres],
    ["الجواب: لترين في كل زجاجة.", litres],
    ["تستغرق الرحلة ساعتين.", hours],
    ["إنها ساعتان.", hours],
  ])("refuses %j", (text, p) => {
    expect(refused(p, text)?.reason).toBe("leak");
  });

  it.each<[string, TutorProblem]>([
    ["وزّع اللترات الأربعة على الزجاجتين بالتساوي.", litres],
    ["تذكّر أن الماء يوزع على زجاجتين متساويتين.", litres],
    ["كم كيلومترًا تقطع السيارة في ساعة واحدة؟", hours],
    ["فكّر في المسافة والسرعة: أيهما تقسم على الآخر؟", hours],
  ])("lets ordinary tutoring through: %j", (text, p) => {
    expect(refused(p, text)).toBeNull();
  });
});
