/**
 * `form: "step"` on equation specs: a step that teaches a transformation ("Subtract 5 from both
 * sides. What equation do you get?") takes its own equation up to trivial rewriting; the
 * original equation, the solution or another equivalent equation is partly right ("form").
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkAnswer } from "./check-answer";
import { formatAnswer } from "./format-answer";
import { matchesWrongAnswer } from "./match-wrong-answer";
import { type AnswerSpecInput, answerSpec } from "./spec";
import { expectSafeReason, table } from "./test-table";

const step = (value: string, variables?: string[]): AnswerSpecInput => ({
  kind: "equation",
  value,
  form: "step",
  ...(variables ? { variables } : {}),
});

// "3x + 5 = 20": subtract 5 from both sides.
table("step: 3x = 15", step("3x = 15"), [
  ["3x = 15", "correct"],
  ["15 = 3x", "correct"],
  ["3*x = 15", "correct"],
  ["x*3 = 15", "correct"],
  ["3 x = 15", "correct"],
  ["3·x = 15", "correct"],
  ["x + 2x = 15", "correct"],
  // The operation written out on both sides is this step's result.
  ["3x + 5 - 5 = 20 - 5", "correct"],
  ["I got 3x = 15", "correct"],
  ["3x equals 15", "correct"],
  ["3x is equal to 15", "correct"],
  // The step shown, then a step further.
  ["3x = 15, so x = 5", "correct"],
  ["3x + 5 = 20 so 3x = 15", "correct"],
  // The original equation: equivalent, but the step is not done.
  ["3x + 5 = 20", "partial", "form"],
  ["20 = 5 + 3x", "partial", "form"],
  // Further along: the solution is partial, so knowledge tracing sees the step as not shown.
  ["x = 5", "partial", "form"],
  ["5 = x", "partial", "form"],
  ["x = 15/3", "partial", "form"],
  // Another operation: both sides times -1, times 2, or 15 taken across.
  ["-3x = -15", "partial", "form"],
  ["6x = 30", "partial", "form"],
  ["3x - 15 = 0", "partial", "form"],
  // Not equivalent.
  ["3x = 25", "incorrect"],
  ["3x = 20", "incorrect"],
  ["x = 3", "incorrect"],
  ["5", "incorrect"],
]);

// "5x + 3 = 2x + 18": subtract 2x from both sides.
table("step: 3x + 3 = 18", step("3x + 3 = 18"), [
  ["3x + 3 = 18", "correct"],
  ["3 + 3x = 18", "correct"],
  ["18 = 3x + 3", "correct"],
  ["5x - 2x + 3 = 2x + 18 - 2x", "correct"],
  ["5x + 3 = 2x + 18", "partial", "form"],
  ["3x = 15", "partial", "form"],
  ["x = 5", "partial", "form"],
  ["3x + 3 = 2x + 18", "incorrect"],
  ["7x + 3 = 18", "incorrect"],
]);

// "2x + 9 = 5x - 3": subtract 2x (not 5x) from both sides.
table("step: 9 = 3x - 3", step("9 = 3x - 3"), [
  ["9 = 3x - 3", "correct"],
  ["3x - 3 = 9", "correct"],
  ["-3 + 3x = 9", "correct"],
  ["-3x + 9 = -3", "partial", "form"],
  ["12 = 3x", "partial", "form"],
  ["x = 4", "partial", "form"],
  ["9 = 3x + 3", "incorrect"],
]);

// Expanding is a step too: brackets left to multiply out are not the expanded side.
table("step: 5x - 10 = 35", step("5x - 10 = 35"), [
  ["5x - 10 = 35", "correct"],
  ["35 = -10 + 5x", "correct"],
  ["5(x - 2) = 35", "partial", "form"],
  ["5x - 2 = 35", "incorrect"],
]);

table("step: x/3 = 6", step("x/3 = 6"), [
  ["x/3 = 6", "correct"],
  ["\\frac{x}{3} = 6", "correct"],
  ["(1/3)x = 6", "correct"],
  ["x/3 + 4 = 10", "partial", "form"],
  ["x = 18", "partial", "form"],
  ["x/3 = 14", "incorrect"],
]);

// Other variable names; a word problem's model equation.
table("step: 25 + 15m = 130", step("25 + 15m = 130", ["m"]), [
  ["25 + 15m = 130", "correct"],
  ["15m + 25 = 130", "correct"],
  ["130 = 15 * m + 25", "correct"],
  ["15m = 105", "partial", "form"],
  ["m = 7", "partial", "form"],
  ["25m + 15 = 130", "incorrect"],
]);

// A solved target in step form: as in "any" form (the bare value still counts).
table("step: x = 5", step("x = 5"), [
  ["x = 5", "correct"],
  ["5 = x", "correct"],
  ["5", "correct"],
  ["3x = 15", "partial", "form"],
  ["x = 6", "incorrect"],
]);

// Inequalities: the same rule, with the sides swapped only if the sign turns too.
table("step: 2x > 6", step("2x > 6"), [
  ["2x > 6", "correct"],
  ["6 < 2x", "correct"],
  ["2 * x > 6", "correct"],
  ["2x + 3 > 9", "partial", "form"],
  ["x > 3", "partial", "form"],
  ["(3, inf)", "partial", "form"],
  ["2x < 6", "partial", "sign"],
  ["2x > 7", "incorrect"],
]);

// The default form is unchanged: any equivalent equation is right.
table("any: 3x = 15", { kind: "equation", value: "3x = 15" }, [
  ["3x = 15", "correct"],
  ["3x + 5 = 20", "correct"],
  ["x = 5", "correct"],
  ["-3x = -15", "correct"],
  ["3x = 25", "incorrect"],
]);

table("explicit any: 3x = 15", { kind: "equation", value: "3x = 15", form: "any" }, [
  ["3x + 5 = 20", "correct"],
  ["x = 5", "correct"],
]);

describe("step form in the spec", () => {
  it("is optional, so specs stored before it parse to the same JSON", () => {
    expect(answerSpec.parse({ kind: "equation", value: "3x = 15" })).toEqual({
      kind: "equation",
      value: "3x = 15",
      variables: ["x"],
    });
  });

  it("is refused for an interval, which is a solution set rather than a step's result", () => {
    expect(answerSpec.safeParse(step("[2, 5)")).success).toBe(false);
    expect(answerSpec.safeParse({ ...step("x > 3"), notation: "interval" }).success).toBe(false);
    expect(answerSpec.safeParse(step("-2 <= x < 5")).success).toBe(true);
  });

  it("gives reasons that distinguish being ahead from another equation", () => {
    const s = answerSpec.parse(step("3x = 15"));
    const ahead = checkAnswer(s, "x = 5");
    const other = checkAnswer(s, "3x + 5 = 20");
    expect(ahead.reason).toMatch(/solution/);
    expect(other.reason).toMatch(/true, but it is not the one this step asks for/);
    expect(other.workLeft).toBe(true);
    expectSafeReason(s, ahead.reason, ahead.partialKind);
    expectSafeReason(s, other.reason, other.partialKind);
  });
});

interface DemoStep {
  prompt: string;
  answer: AnswerSpecInput & { form?: string };
  wrongAnswers: { match: string }[];
}
interface DemoProblem {
  key: string;
  statement: string;
  steps: DemoStep[];
}

const DEMO = path.join(import.meta.dirname, "../../../content/demo");
const demoProblems: DemoProblem[] = fs
  .readdirSync(DEMO)
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => {
    const bundle = JSON.parse(fs.readFileSync(path.join(DEMO, f), "utf8")) as {
      problemSets: { problems: DemoProblem[] }[];
    };
    return bundle.problemSets.flatMap((s) => s.problems);
  });
const demoSteps = demoProblems.flatMap((p) => p.steps.map((st, i) => ({ where: `${p.key} step ${i}`, p, i, st })));
const stepForm = demoSteps.filter(({ st }) => st.answer.kind === "equation" && st.answer.form === "step");

describe("demo steps in step form", () => {
  it("covers every step that asks for the equation a transformation gives", () => {
    const asks = demoSteps.filter(({ st }) => /what equation do you get\?/i.test(st.prompt));
    expect(asks.length).toBeGreaterThanOrEqual(16);
    for (const { where, st } of asks) expect(st.answer.form, where).toBe("step");
  });

  it.each(stepForm.map((s) => [s.where, s] as const))("%s: its answer is right, its wrong answers are not", (_, s) => {
    const spec = answerSpec.parse(s.st.answer);
    expect(checkAnswer(spec, formatAnswer(spec)).verdict).toBe("correct");
    expect(checkAnswer(spec, (s.st.answer as { value: string }).value).verdict).toBe("correct");
    for (const w of s.st.wrongAnswers) {
      expect(checkAnswer(spec, w.match).verdict, w.match).not.toBe("correct");
      expect(matchesWrongAnswer(spec, w.match, w.match), w.match).toBe(true);
    }
  });

  // The equation the step starts from (the previous step's, or the problem's) is partial.
  it.each(stepForm.map((s) => [s.where, s] as const))("%s: the equation before the step is not accepted", (_, s) => {
    const prev = s.p.steps[s.i - 1]?.answer;
    const before =
      prev?.kind === "equation"
        ? (prev as { value: string }).value
        : (/\$([^$]*=[^$]*)\$/.exec(s.st.prompt)?.[1] ?? /:\s*\$([^$]*=[^$]*)\$/.exec(s.p.statement)?.[1]);
    // A model equation written from the story has no equation before it.
    if (!before || /write an equation/i.test(s.st.prompt)) return;
    const spec = answerSpec.parse(s.st.answer);
    const r = checkAnswer(spec, before);
    expect(r.verdict, before).toBe("partial");
    expect(r.partialKind).toBe("form");
    expectSafeReason(spec, r.reason, r.partialKind);
  });
});

// An identity as a step's result ("subtract 12n from each side" of 12n - 3 = 12n - 3).
table("step: -3 = -3 (an identity)", step("-3 = -3", ["n"]), [
  ["-3 = -3", "correct"],
  ["0 = 0", "incorrect"],
  ["12n - 3 = 12n - 3", "incorrect"],
]);
