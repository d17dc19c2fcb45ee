import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { checkProblem } from "@/lib/content/check-problem";
import { answerSpec, checkAnswer, formatAnswer, textRevealsAnswer } from "@/lib/tutor/answers";
import { chooseVariables, convertOatutor, parseOatutorLink } from "./oatutor";
import { type OatutorQuestion, oatutorAnswerSpec } from "./oatutor-answer";
import { askedForms } from "./oatutor-forms";
import { isRejection } from "./oatutor-latex";
import { figuresIn, oatutorText } from "./oatutor-text";
import { readSourceFiles } from "./read-source";
import type { SourceFile } from "./shared";
import { OATUTOR_EXTRAS, OATUTOR_POOL, OATUTOR_SKILL_MODEL } from "./test-data";

const lesson = convertOatutor(readSourceFiles(OATUTOR_POOL, { skillModelNearby: true }), {}, "content-pool");
const problems = lesson.bundle.problemSets.flatMap((s) => s.problems);
const byKey = new Map(problems.map((p) => [p.key, p]));

/** The answer spec for one OATutor question, parsed; fails the test when it is rejected. */
function spec(q: Partial<OatutorQuestion> & { answers: string[] }) {
  const r = oatutorAnswerSpec({ answerType: "arithmetic", problemType: "TextBox", ...q });
  if (isRejection(r)) throw new Error(`${r.reason}: ${r.message}`);
  return answerSpec.parse(r);
}
const verdict = (s: ReturnType<typeof spec>, typed: string) => checkAnswer(s, typed).verdict;
const reason = (q: Partial<OatutorQuestion> & { answers: string[] }) => {
  const r = oatutorAnswerSpec({ answerType: "arithmetic", problemType: "TextBox", ...q });
  return isRejection(r) ? r.reason : r.kind;
};

describe("OATutor text", () => {
  it.each([
    ["Find three consecutive integers whose sum is $$-42$$.", "Find three consecutive integers whose sum is $-42$."],
    ["earns $110,000 a year, $16,000 less", "earns \\$110,000 a year, \\$16,000 less"],
    ["$$x**2$$ and $$ y $$", "$x^2$ and $y$"],
    ["Draw it.\\n##figure1.gif##", "Draw it.\n[Figure: figure1.gif — not available]"],
    ['See <img src="figures/graph2.png" alt="graph">', "See [Figure: graph2.png — not available]"],
    ["an unpaired $$ stays text", "an unpaired \\$\\$ stays text"],
  ])("%j -> %j", (input, output) => {
    expect(oatutorText(input)).toBe(output);
  });

  it("lists the figures a text refers to", () => {
    expect(figuresIn("##figure1.gif## and ##figure2.png##")).toEqual(["figure1.gif", "figure2.png"]);
  });

  it("reads the oer and licence fields", () => {
    expect(parseOatutorLink("https://openstax.org/x <OpenStax: Elementary Algebra>")).toEqual({
      url: "https://openstax.org/x",
      name: "OpenStax: Elementary Algebra",
    });
  });
});

describe("OATutor answers", () => {
  it.each([
    ["$$4$$", { kind: "numeric", value: 4 }],
    ["$$\\frac{2}{3}$$", { kind: "fraction", value: "2/3" }],
    ["$$\\dfrac{-3}{4}$$", { kind: "fraction", value: "-3/4" }],
    ["$$110,000$$", { kind: "numeric", value: 110000 }],
    ["1.55E+25", { kind: "numeric", value: 1.55e25 }],
    ["$$\\$31.50$$", { kind: "numeric", value: 31.5, unit: { name: "dollars" } }],
    ["72**{\\circ}", { kind: "numeric", value: 72, unit: { name: "degrees" } }],
    ["6.89×10**-19 J", { kind: "numeric", value: 6.89e-19, unit: { name: "J" } }],
    ["$$2h-16000$$", { kind: "expression", variables: ["h"] }],
  ])("arithmetic %j", (answer, expected) => {
    const s = spec({ answers: [answer] });
    expect(s).toMatchObject(expected);
    expect(verdict(s, formatAnswer(s))).toBe("correct");
  });

  it("reads LaTeX the way the checker reads what students type", () => {
    const logs = spec({ answers: ["$$\\log_{5}\\left(6\\right)$$"] });
    expect(verdict(logs, "ln(6)/ln(5)")).toBe("correct");
    expect(verdict(logs, "ln(5)/ln(6)")).toBe("incorrect");
    const formula = spec({ answers: ["$$h=\\frac{3V}{\\pi r^2}$$"] });
    expect(formula.kind).toBe("equation");
    expect(verdict(formula, "h = 3V/(pi r^2)")).toBe("correct");
    const product = spec({ answers: ["$$3p\\left(p^2-2pq+3q^3\\right)$$"] });
    expect(verdict(product, "3p*(p^2 - 2pq + 3q^3)")).toBe("correct");
    expect(verdict(spec({ answers: ["$$\\sqrt[3]{y}$$"] }), "y^(1/3)")).toBe("correct");
  });

  it("a solved equation with a worked value is the value (typed bare or as 'x = …')", () => {
    const s = spec({ answers: ["$$a=\\frac{{65}^2-0^2}{2\\times0.25}$$"] });
    expect(s.kind).toBe("expression");
    expect(verdict(s, "8450")).toBe("correct");
    expect(verdict(s, "a = 8450")).toBe("correct");
  });

  it("one ± is two answers, in any order", () => {
    const s = spec({ answers: ["$$9\\pm 5\\sqrt{3}$$"] });
    expect(s).toMatchObject({ kind: "list", ordered: false });
    expect(verdict(s, "9 - 5sqrt(3), 9 + 5sqrt(3)")).toBe("correct");
  });

  it("asks for the form the question names when the authored answer has it", () => {
    expect(askedForms("Round to two decimal places.")).toMatchObject({ decimals: 2 });
    expect(askedForms("Give your answer to the nearest tenth")).toMatchObject({ decimals: 1 });
    expect(askedForms("Write it in scientific notation")).toMatchObject({ scientific: true });
    expect(spec({ answers: ["$$3.14$$"], context: "Round to two decimal places." })).toMatchObject({ decimals: 2 });
    // 3.14159 is not rounded to two places: the author's value stands, with no rounding rule.
    expect(spec({ answers: ["3.14159"], context: "Round to two decimal places." })).not.toHaveProperty("decimals");
    const lowest = spec({ answers: ["$$\\frac{3}{4}$$"], context: "Simplify. Write in lowest terms." });
    expect(lowest).toMatchObject({ kind: "fraction", requireSimplified: true });
    expect(verdict(lowest, "6/8")).toBe("partial");
    const factored = spec({ answers: ["$$(x-3)(x+3)$$"], context: "Factor completely." });
    expect(factored).toMatchObject({ kind: "expression", form: "factored" });
    expect(verdict(factored, "x^2 - 9")).toBe("partial");
  });

  it("string answers: numbers, points in order, sets, words, maths as written", () => {
    const pair = spec({ answers: ["8,13"], answerType: "string" });
    expect(pair).toMatchObject({ kind: "list", ordered: false });
    expect(verdict(pair, "13 and 8")).toBe("correct");
    const point = spec({ answers: ["(-3,4)"], answerType: "string" });
    expect(point).toMatchObject({ kind: "list", ordered: true });
    expect(verdict(point, "(-3, 4)")).toBe("correct");
    expect(verdict(point, "(3, 4)")).not.toBe("correct");
    expect(verdict(point, "(4, -3)")).not.toBe("correct");
    const solutions = spec({ answers: ["x=-7/5 or x=3"], answerType: "string" });
    expect(solutions).toMatchObject({ kind: "list", notation: "set" });
    expect(spec({ answers: ["DNE"], answerType: "string" })).toEqual({ kind: "text", accepted: ["DNE"] });
    const square = spec({ answers: ["(x-3)**2"], answerType: "string" });
    expect(square).toMatchObject({ kind: "expression", form: "factored" });
    expect(verdict(square, "(x-3)^2")).toBe("correct");
    expect(verdict(square, "x^2-6x+9")).not.toBe("correct");
  });

  it("an interval where the question asks for one; a point otherwise", () => {
    const interval = spec({
      answers: ["(-2,5)"],
      answerType: "string",
      context: "Write the domain in interval notation.",
    });
    expect(interval.kind).toBe("equation");
    expect(verdict(interval, "(-2, 5)")).toBe("correct");
    expect(verdict(interval, "[-2, 5]")).not.toBe("correct");
  });

  it("words and chemical symbols in an arithmetic box are text", () => {
    expect(spec({ answers: ["Se"] })).toEqual({ kind: "text", accepted: ["Se"] });
    expect(spec({ answers: ["Not a parabola"] })).toEqual({ kind: "text", accepted: ["Not a parabola"] });
  });

  it("a matrix is a list with notation matrix, entries row by row", () => {
    const m = spec({ answers: ["$$\\begin{bmatrix} 2 & -5 & -3 \\\\ 4 & \\frac{3}{2} & -1 \\end{bmatrix}$$"] });
    expect(m).toEqual({
      kind: "list",
      ordered: true,
      notation: "matrix",
      columns: 3,
      items: [
        { kind: "numeric", value: 2 },
        { kind: "numeric", value: -5 },
        { kind: "numeric", value: -3 },
        { kind: "numeric", value: 4 },
        expect.objectContaining({ value: expect.anything() }),
        { kind: "numeric", value: -1 },
      ],
    });
    expect(verdict(m, "[[2, -5, -3], [4, 3/2, -1]]")).toBe("correct");
    expect(verdict(m, "2 -5 -3; 4 1.5 -1")).toBe("correct");
    expect(verdict(m, "[[2, 4], [-5, 3/2], [-3, -1]]")).toBe("incorrect");
    expect(verdict(m, "[[2, -5, -3], [4, 3/2, 1]]")).toBe("partial");
    const s = spec({ answers: ["$$\\begin{bmatrix} a+e & b+f \\\\ c+g & d+h \\end{bmatrix}$$"], answerType: "string" });
    expect(s).toMatchObject({ kind: "list", notation: "matrix", columns: 2 });
    expect(verdict(s, "[[e+a, b+f], [c+g, d+h]]")).toBe("correct");
    expect(verdict(s, "[[a+e, c+g], [b+f, d+h]]")).toBe("incorrect");
  });

  it.each<[string, string, string, string]>([
    // Read by the checker now (unions, inverse and reciprocal trig functions, primes, case).
    ["$$7{x'}^2+9{y'}^2-4=0$$", "arithmetic", "7x'^2 + 9y'^2 - 4 = 0", "7x^2 + 9y^2 - 4 = 0"],
    ["$$\\arccos(\\frac{1}{4})$$", "arithmetic", "arccos(1/4)", "arccos(1/3)"],
    ["(-inf,-4)U[3,inf)", "string", "(-inf, -4) U [3, inf)", "(-inf, -4) U (3, inf)"],
  ])("imports %j (%s): %j is right, %j is not", (answer, answerType, right, wrong) => {
    const s = spec({ answers: [answer], answerType });
    expect(verdict(s, right)).toBe("correct");
    expect(verdict(s, wrong)).not.toBe("correct");
  });

  it.each([
    ["$$1/29*\\begin{bmatrix} 9 & 2 \\\\ -1 & 3 \\end{bmatrix}$$", "arithmetic", "matrix"],
    ["$$\\begin{bmatrix} 1 & 2 \\\\ 3 \\end{bmatrix}$$", "string", "matrix"],
    ["$$b=\\frac{2A}{h}-B$$", "arithmetic", "case-sensitive-variables"],
    ["$$100\\times9.8 tan\\left(15\\right)$$", "arithmetic", "trig-in-degrees"],
    ["np.mean(make_array(1, 2))", "string", "code-answer"],
    ["Ag+", "arithmetic", "chemistry-notation"],
    ["", "arithmetic", "no-answer"],
  ])("rejects %j (%s) as %s", (answer, answerType, expected) => {
    expect(reason({ answers: [answer], answerType })).toBe(expected);
  });

  it("multiple choice: duplicates merged, a single distinct choice asked as a free answer", () => {
    expect(
      oatutorAnswerSpec({
        answers: ["$42,000"],
        answerType: "string",
        problemType: "MultipleChoice",
        choices: ["$44,000", "$42,000", "$42,000"],
      }),
    ).toEqual({ kind: "choice", options: ["\\$44,000", "\\$42,000"], correct: 1 });
    const single = spec({
      answers: ["is less than seven hours."],
      answerType: "string",
      problemType: "MultipleChoice",
      choices: ["is less than seven hours.", "is less than seven hours."],
    });
    expect(single).toEqual({ kind: "text", accepted: ["is less than seven hours."] });
    expect(reason({ answers: ["7"], answerType: "string", problemType: "MultipleChoice", choices: ["1", "2"] })).toBe(
      "answer-not-a-choice",
    );
  });
});

describe("OATutor variabilization", () => {
  it("chooses one aligned option per problem, the same every time", () => {
    const vars = { numerator: ["150", "160", "170"], ans: ["17", "18", "19"] };
    const a = chooseVariables(vars, "af69facexpolog12");
    expect(chooseVariables(vars, "af69facexpolog12")).toEqual(a);
    const i = vars.numerator.indexOf(a.numerator as string);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(a.ans).toBe(vars.ans[i]);
  });
});

/** A small OATutor pool written inline: one problem per entry, one step per answer. */
function pool(
  entries: {
    id: string;
    body?: string;
    vars?: Record<string, string[]>;
    steps: { answer: string; type?: string; title?: string; pathway?: unknown[]; choices?: string[] }[];
  }[],
): SourceFile[] {
  return entries.flatMap((e) => [
    {
      path: `${e.id}/${e.id}.json`,
      text: JSON.stringify({
        id: e.id,
        title: `Problem ${e.id}`,
        body: e.body ?? "",
        variabilization: e.vars ?? {},
        courseName: "Test course",
        lesson: "1.1 Tests",
      }),
    },
    ...e.steps.flatMap((s, i) => {
      const sid = `${e.id}${"abcdefgh"[i]}`;
      const step = {
        id: sid,
        stepAnswer: [s.answer],
        problemType: s.choices ? "MultipleChoice" : "TextBox",
        stepTitle: s.title ?? "What is the answer?",
        stepBody: "",
        answerType: s.type ?? "arithmetic",
        variabilization: {},
        ...(s.choices ? { choices: s.choices } : {}),
      };
      return [
        { path: `${e.id}/steps/${sid}/${sid}.json`, text: JSON.stringify(step) },
        ...(s.pathway
          ? [{ path: `${e.id}/steps/${sid}/tutoring/${sid}DefaultPathway.json`, text: JSON.stringify(s.pathway) }]
          : []),
      ];
    }),
  ]);
}

const hint = (id: string, text: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: "hint",
  dependencies: [],
  title: "",
  text,
  variabilization: {},
  ...extra,
});

describe("OATutor inline fixtures", () => {
  it("variabilizes statement, prompt, answer and hints with one option; step variables override", () => {
    const files = pool([
      {
        id: "v1",
        body: "A ball is thrown at @{speed} m/s.",
        vars: { speed: ["10", "20", "30"], double: ["20", "40", "60"] },
        steps: [
          {
            answer: "@{double}",
            title: "Twice @{speed} is?",
            pathway: [hint("v1a-h1", "Multiply @{speed} by two."), hint("v1a-h2", "It is @{double}.")],
          },
        ],
      },
    ]);
    const p = convertOatutor(files).bundle.problemSets[0]?.problems[0];
    const speed = /at (\d+) m\/s/.exec(p?.statement ?? "")?.[1];
    expect(["10", "20", "30"]).toContain(speed);
    expect(p?.steps[0]?.answer).toEqual({ kind: "numeric", value: 2 * Number(speed) });
    expect(p?.steps[0]?.prompt).toBe(`Twice ${speed} is?`);
    expect(p?.steps[0]?.hints.at(-1)).toEqual({ kind: "bottom_out", text: `It is ${2 * Number(speed)}.` });
    expect(JSON.stringify(p)).not.toContain("@{");
  });

  it("keeps sub-hints after their scaffold, each scaffold with its own answer", () => {
    const files = pool([
      {
        id: "s1",
        body: "Solve $$2x+3=11$$.",
        steps: [
          {
            answer: "$$4$$",
            title: "What is x?",
            pathway: [
              hint("s1a-h1", "Subtract 3 from both sides: what is 2x?", {
                type: "scaffold",
                problemType: "TextBox",
                answerType: "arithmetic",
                hintAnswer: ["$$8$$"],
                subHints: [hint("s1a-h1-s1", "11 take away 3."), hint("s1a-h1-s2", "Eight.")],
              }),
              hint("s1a-h2", "Now divide by 2."),
            ],
          },
        ],
      },
    ]);
    const hints = convertOatutor(files).bundle.problemSets[0]?.problems[0]?.steps[0]?.hints;
    expect(hints?.map((h) => h.kind)).toEqual(["scaffold", "hint", "hint", "hint"]);
    expect(hints?.[0]).toMatchObject({ answer: { kind: "numeric", value: 8 } });
    expect(hints?.[1]?.text).toBe("11 take away 3.");
  });

  it("shows a placeholder for a figure the import does not carry", () => {
    const files = pool([{ id: "f1", body: "Look at the graph.\\n##figure1.gif##", steps: [{ answer: "3" }] }]);
    const p = convertOatutor(files).bundle.problemSets[0]?.problems[0];
    expect(p?.statement).toBe("Look at the graph.\n[Figure: figure1.gif — not available]");
  });

  it("reports every record left out with file, problem, step and reason; imports the rest", () => {
    const files = pool([
      { id: "ok1", steps: [{ answer: "5" }] },
      {
        id: "bad1",
        steps: [{ answer: "5" }, { answer: "$$(-1/8)*\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$$" }],
      },
      { id: "bad2", steps: [{ answer: "(-inf,-4)U[3,inf)", type: "string" }] },
      {
        id: "soft1",
        steps: [
          {
            answer: "5",
            pathway: [
              hint("soft1a-h1", "Which rotation formula applies?", {
                type: "scaffold",
                answerType: "arithmetic",
                hintAnswer: ["$$x'=x\\cos\\theta$$"],
              }),
            ],
          },
        ],
      },
    ]);
    files.push({ path: "broken/broken.json", text: "{ not json" });
    const r = convertOatutor(files, { skipInvalid: true });
    // bad2's interval union imports since the checker reads unions.
    expect(r.bundle.problemSets.flatMap((s) => s.problems.map((p) => p.key)).sort()).toEqual([
      "oatutor-bad2",
      "oatutor-ok1",
      "oatutor-soft1",
    ]);
    expect(r.skipped.map((s) => [s.file, s.record, s.field, s.reason])).toEqual([
      ["bad1/steps/bad1b/bad1b.json", "problem bad1", "step bad1b: stepAnswer", "matrix"],
      ["broken/broken.json", "problem", "(file)", "invalid-json"],
    ]);
    // The scaffold with a primed variable (x' = x cos θ) imports as a scaffold now that the
    // checker reads primes; nothing is downgraded to a plain hint.
    const soft = r.bundle.problemSets.flatMap((s) => s.problems).find((p) => p.key === "oatutor-soft1");
    expect(soft?.steps[0]?.hints[0]).toMatchObject({ kind: "scaffold" });
    expect(r.downgraded).toEqual([]);
  });
});

describe("OATutor keys", () => {
  it("two problem ids that differ only by case: the second is reported, not merged", () => {
    const r = convertOatutor(
      pool([
        { id: "Dup1", steps: [{ answer: "1" }] },
        { id: "dup1", steps: [{ answer: "2" }] },
      ]),
      {
        skipInvalid: true,
      },
    );
    expect(r.bundle.problemSets.flatMap((s) => s.problems.map((p) => p.key))).toEqual(["oatutor-dup1"]);
    // Problems are read in natural order ("dup1" before "Dup1"): the later one is left out.
    expect(r.skipped).toEqual([expect.objectContaining({ record: "problem Dup1", reason: "duplicate-key" })]);
  });
});

describe("OATutor lesson (30 problems)", () => {
  it("imports all 30 problems into one set with the lesson's skills and licence", () => {
    expect(lesson.skipped).toEqual([]);
    expect(problems).toHaveLength(30);
    expect(lesson.bundle.problemSets).toHaveLength(1);
    expect(lesson.bundle.problemSets[0]?.title).toBe(
      "OpenStax: Elementary Algebra: 3.1 Use a Problem-Solving Strategy",
    );
    expect(lesson.bundle.skills.map((s) => s.key)).toEqual([
      "oatutor.solve_number_problems",
      "oatutor.use_a_problem_solving_strategy_for_word_problems",
    ]);
    for (const p of problems) {
      expect(p.key).toMatch(/^oatutor-a01e792probsolve\d+$/);
      expect(p.source).toMatchObject({ name: "OATutor", licence: "CC BY 4.0" });
      expect(p.source?.attribution).toContain("OpenStax: Elementary Algebra");
    }
    const hints = problems.flatMap((p) => p.steps.flatMap((s) => s.hints));
    expect(hints.filter((h) => h.kind === "scaffold").length).toBeGreaterThan(40);
  });

  it("passes the content checker: no dead end, false rejection, false acceptance or early reveal", () => {
    const counts = problems.map((p) => checkProblem(p));
    expect(counts.reduce((n, c) => n + c.deadEnds + c.falseRejections + c.falseAcceptances + c.earlyReveals, 0)).toBe(
      0,
    );
  });

  it("never has a hint or scaffold before the bottom-out that states the answer; the bottom-out is last", () => {
    for (const p of problems) {
      for (const step of p.steps) {
        const kinds = step.hints.map((h) => h.kind);
        expect(kinds.filter((k) => k === "bottom_out").length, p.key).toBeLessThanOrEqual(1);
        if (kinds.includes("bottom_out")) expect(kinds.at(-1), p.key).toBe("bottom_out");
        for (const h of step.hints) {
          if (h.kind === "bottom_out") expect(textRevealsAnswer(step.answer, h.text), p.key).toBe(true);
          else expect(textRevealsAnswer(step.answer, h.text), `${p.key}: ${h.text}`).toBe(false);
          if (h.kind === "scaffold")
            expect(checkAnswer(step.answer, formatAnswer(h.answer)).verdict, p.key).not.toBe("correct");
        }
      }
    }
  });

  it("maps answers carefully: choices, numbers, unordered number lists", () => {
    const mc = byKey.get("oatutor-a01e792probsolve1")?.steps[0];
    expect(mc?.answer).toEqual({
      kind: "choice",
      options: ["$-12, -13, -14$", "$-13, -14, -15$", "$-14, -15, -16$", "$-15, -16, -17$"],
      correct: 1,
    });
    expect(byKey.get("oatutor-a01e792probsolve12")?.steps[0]?.answer).toEqual({ kind: "numeric", value: 180 });
    const pair = byKey.get("oatutor-a01e792probsolve21")?.steps[0]?.answer;
    expect(pair?.kind).toBe("list");
    if (pair) {
      expect(checkAnswer(pair, "13 and 8").verdict).toBe("correct");
      expect(checkAnswer(pair, "8, 13").verdict).toBe("correct");
    }
    // A fraction scaffold from \frac{2}{3}.
    const scaffolds = byKey.get("oatutor-a01e792probsolve12")?.steps[0]?.hints.filter((h) => h.kind === "scaffold");
    expect(scaffolds?.[0]).toMatchObject({ answer: { kind: "fraction", value: "2/3" } });
  });

  it("puts the word problem in the statement when OATutor's body is empty, and escapes money", () => {
    const p = byKey.get("oatutor-a01e792probsolve3");
    expect(p?.statement).toBe(
      "A married couple together earns \\$110,000 a year. The wife earns \\$16,000 less than twice what her husband earns. What does the husband earn?",
    );
    expect(p?.steps[0]?.prompt).toBe("What does the husband earn?");
  });

  it("makes a hint that states the answer the bottom-out (problem 17: 'x=4')", () => {
    const step = byKey.get("oatutor-a01e792probsolve17")?.steps[0];
    expect(step?.hints.at(-1)).toEqual({ kind: "bottom_out", text: "Answer: The answer is that $x=4$." });
  });
});

describe("OATutor extras", () => {
  const extras = convertOatutor(
    readSourceFiles(OATUTOR_EXTRAS),
    { skillModel: JSON.parse(fs.readFileSync(OATUTOR_SKILL_MODEL, "utf8")) },
    "extras",
  );
  const ps = extras.bundle.problemSets.flatMap((s) => s.problems);

  it("imports both, one set per lesson, with skills from the skill model", () => {
    expect(ps.map((p) => p.key).sort()).toEqual(["oatutor-a8e6481uni1", "oatutor-af69facexpolog12"]);
    expect(extras.bundle.skills.map((s) => s.key).sort()).toEqual([
      "oatutor.solve_uniform_motion_applications",
      "oatutor.using_logistic_growth_models",
    ]);
    for (const p of ps) {
      const c = checkProblem(p);
      expect(c.deadEnds + c.falseRejections + c.falseAcceptances + c.earlyReveals, p.key).toBe(0);
    }
  });

  it("variabilizes statement, answer and hints with the same chosen option", () => {
    const p = ps.find((x) => x.key === "oatutor-af69facexpolog12");
    const numerator = /\\frac\{(\d+)\}/.exec(p?.statement ?? "")?.[1];
    const expected = { "150": 17, "160": 18, "170": 19 }[numerator ?? ""];
    // "Round to the nearest whole number": 0 decimal places.
    expect(p?.steps[0]?.answer).toEqual({ kind: "numeric", value: expected, decimals: 0 });
    expect(p?.steps[0]?.hints.at(-1)?.text).toContain(`f(0)=${expected}`);
    expect(JSON.stringify(p)).not.toContain("@{");
  });

  it("flattens sub-hints after their scaffold; the sub-hint that solves it becomes the bottom-out", () => {
    const step = ps.find((x) => x.key === "oatutor-a8e6481uni1")?.steps[0];
    const last = step?.hints.at(-1);
    expect(last?.kind).toBe("bottom_out");
    expect(last?.text).toContain("x=60");
    // The scaffold whose answer is the step's answer (60) stays, as a question without an answer.
    expect(step?.hints.find((h) => h.text.includes("what do you get for"))?.kind).toBe("hint");
    expect(step?.hints[0]?.text).toContain("[Figure: figure1.gif — not available]");
  });
});

describe("OATutor errors name the file, the record and the field", () => {
  const base = readSourceFiles(OATUTOR_EXTRAS);
  const edit = (suffix: string, change: (json: Record<string, unknown>) => void): SourceFile[] =>
    base.map((f) => {
      if (!f.path.endsWith(suffix)) return f;
      const json = JSON.parse(f.text);
      change(json);
      return { ...f, text: JSON.stringify(json) };
    });

  it("an answer that is not among the choices", () => {
    const files = edit("a8e6481uni1a.json", (j) => {
      j.problemType = "MultipleChoice";
      j.answerType = "string";
      j.choices = ["$$10$$", "$$20$$"];
    });
    expect(() => convertOatutor(files)).toThrow(
      /a8e6481uni1\/steps\/a8e6481uni1a\/a8e6481uni1a\.json: problem a8e6481uni1: step a8e6481uni1a: stepAnswer: the answer "\$\$60\$\$" is not one of the choices/,
    );
  });

  it("a file that is not JSON; with skipInvalid the problem is reported and left out", () => {
    const files = base.map((f) => (f.path.endsWith("af69facexpolog12.json") ? { ...f, text: "{ broken" } : f));
    expect(() => convertOatutor(files)).toThrow(/af69facexpolog12\.json: problem: \(file\): not valid JSON/);
    const r = convertOatutor(files, { skipInvalid: true });
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]?.reason).toBe("invalid-json");
    expect(r.bundle.problemSets.flatMap((s) => s.problems.map((p) => p.key))).toEqual(["oatutor-a8e6481uni1"]);
  });

  it("a folder with no problems", () => {
    expect(() => convertOatutor([{ path: "x.json", text: "{}" }], {}, "pool")).toThrow(
      /pool: content pool: \(folder\)/,
    );
  });
});
