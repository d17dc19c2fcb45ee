import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { checkProblem } from "@/lib/content/check-problem";
import { checkAnswer, formatAnswer, textRevealsAnswer } from "@/lib/tutor/answers";
import { chooseVariables, convertOatutor, parseOatutorLink } from "./oatutor";
import { latexToPlain, mathAnswerSpec, oatutorAnswerSpec, oatutorText } from "./oatutor-text";
import { readSourceFiles } from "./read-source";
import type { SourceFile } from "./shared";
import { OATUTOR_EXTRAS, OATUTOR_POOL, OATUTOR_SKILL_MODEL } from "./test-data";

const lesson = convertOatutor(readSourceFiles(OATUTOR_POOL, { skillModelNearby: true }), {}, "content-pool");
const problems = lesson.bundle.problemSets.flatMap((s) => s.problems);
const byKey = new Map(problems.map((p) => [p.key, p]));

describe("OATutor text", () => {
  it.each([
    ["Find three consecutive integers whose sum is $$-42$$.", "Find three consecutive integers whose sum is $-42$."],
    ["earns $110,000 a year, $16,000 less", "earns \\$110,000 a year, \\$16,000 less"],
    ["$$x**2$$ and $$ y $$", "$x^2$ and $y$"],
    ["Draw it.\\n##figure1.gif##", "Draw it.\n(figure not shown)"],
    ["an unpaired $$ stays text", "an unpaired \\$\\$ stays text"],
  ])("%j -> %j", (input, output) => {
    expect(oatutorText(input)).toBe(output);
  });

  it.each([
    ["$$4$$", "4"],
    ["$$\\frac{2}{3}$$", "2/3"],
    ["$$\\dfrac{-3}{4}$$", "-3/4"],
    ["$$\\frac12$$", "1/2"],
    ["$$\\left(x+1\\right)\\cdot 2$$", "(x+1)*2"],
    ["$$\\frac{x+1}{\\sqrt{4}}$$", "(x+1)/(sqrt(4))"],
    ["$$110,000$$", "110000"],
  ])("latexToPlain(%j) = %j", (latex, plain) => {
    expect(latexToPlain(latex)).toBe(plain);
  });

  it.each([
    ["4", { kind: "numeric", value: 4 }],
    ["-2.5", { kind: "numeric", value: -2.5 }],
    ["2/3", { kind: "fraction", value: "2/3" }],
    ["-3/-4", { kind: "fraction", value: "3/4" }],
    ["2h-16000", { kind: "expression", value: "2h-16000", variables: ["h"] }],
    ["h+2h-16000=110000", { kind: "equation", value: "h+2h-16000=110000", variables: ["h"] }],
  ])("mathAnswerSpec(%j)", (plain, spec) => {
    expect(mathAnswerSpec(plain)).toEqual(spec);
  });

  it("maps string answers: numbers to a list, words to text, multiple choice to choice", () => {
    expect(oatutorAnswerSpec({ answers: ["8,13"], answerType: "string", problemType: "TextBox" })).toEqual({
      kind: "list",
      items: [
        { kind: "numeric", value: 8 },
        { kind: "numeric", value: 13 },
      ],
      ordered: false,
    });
    expect(oatutorAnswerSpec({ answers: ["n,n+1,n+2"], answerType: "string", problemType: "TextBox" })).toEqual({
      kind: "text",
      accepted: ["n,n+1,n+2"],
    });
    expect(
      oatutorAnswerSpec({
        answers: ["$42,000"],
        answerType: "string",
        problemType: "MultipleChoice",
        choices: ["$44,000", "$42,000", "$42,000"],
      }),
    ).toEqual({ kind: "choice", options: ["\\$44,000", "\\$42,000"], correct: 1 });
    expect(
      oatutorAnswerSpec({ answers: ["7"], answerType: "string", problemType: "MultipleChoice", choices: ["1", "2"] }),
    ).toMatch(/not one of the choices/);
  });

  it("reads the oer and licence fields", () => {
    expect(parseOatutorLink("https://openstax.org/x <OpenStax: Elementary Algebra>")).toEqual({
      url: "https://openstax.org/x",
      name: "OpenStax: Elementary Algebra",
    });
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
    const failures = problems.flatMap((p) => checkProblem(p).problems.map((m) => `${p.key}: ${m}`));
    expect(failures).toEqual([]);
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
    for (const p of ps) expect(checkProblem(p).problems, p.key).toEqual([]);
  });

  it("variabilizes statement, answer and hints with the same chosen option", () => {
    const p = ps.find((x) => x.key === "oatutor-af69facexpolog12");
    const numerator = /\\frac\{(\d+)\}/.exec(p?.statement ?? "")?.[1];
    const answer = p?.steps[0]?.answer;
    expect(answer?.kind).toBe("numeric");
    const expected = { "150": 17, "160": 18, "170": 19 }[numerator ?? ""];
    expect(answer).toEqual({ kind: "numeric", value: expected });
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
    expect(step?.hints[0]?.text).toContain("(figure not shown)");
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
      /a8e6481uni1\/steps\/a8e6481uni1a\/a8e6481uni1a\.json: problem a8e6481uni1: stepAnswer: the answer "\$\$60\$\$" is not one of the choices/,
    );
  });

  it("a file that is not JSON; with skipInvalid the problem is reported and left out", () => {
    const files = base.map((f) => (f.path.endsWith("af69facexpolog12.json") ? { ...f, text: "{ broken" } : f));
    expect(() => convertOatutor(files)).toThrow(/af69facexpolog12\.json: problem: \(file\): not valid JSON/);
    const r = convertOatutor(files, { skipInvalid: true });
    expect(r.skipped).toHaveLength(1);
    expect(r.bundle.problemSets.flatMap((s) => s.problems.map((p) => p.key))).toEqual(["oatutor-a8e6481uni1"]);
  });

  it("a scaffold answer that cannot be read", () => {
    const files = edit("a8e6481uni1aDefaultPathway.json", (j) => {
      const items = j as unknown as { hintAnswer?: string[] }[];
      (items[6] as { hintAnswer?: string[] }).hintAnswer = ["$$\\unknown{?}$$"];
    });
    expect(() => convertOatutor(files)).toThrow(
      /a8e6481uni1aDefaultPathway\.json: problem a8e6481uni1: \[6\] a8e6481uni1a-h7\.hintAnswer: /,
    );
  });

  it("a folder with no problems", () => {
    expect(() => convertOatutor([{ path: "x.json", text: "{}" }], {}, "pool")).toThrow(
      /pool: content pool: \(folder\)/,
    );
  });
});
