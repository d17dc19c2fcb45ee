import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { checkProblem } from "@/lib/content/check-problem";
import { checkAnswer, matchesWrongAnswer, textRevealsAnswer } from "@/lib/tutor/answers";
import { convertMathDial, finalNumber, problemQuestion, withoutConditions, wrongAnswerFeedback } from "./mathdial";
import { MATHDIAL_DEV, MATHDIAL_EXAMPLE } from "./test-data";

const dev = { path: "dev.jsonl", text: fs.readFileSync(MATHDIAL_DEV, "utf8") };
const records = dev.text
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { qid: number; ground_truth: string; student_incorrect_solution: string });
const { bundle, skipped } = convertMathDial(dev);
const problems = bundle.problemSets.flatMap((s) => s.problems);
const byKey = new Map(problems.map((p) => [p.key, p]));
const lastLine = (s: string) => s.trim().split("\n").at(-1)?.trim() ?? "";

/** Problems kept in the one-step form: their worked solution computes one value only. */
const ONE_STEP = ["mathdial-5000835"];

const stats = (xs: number[]) => ({
  mean: Number((xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2)),
  min: Math.min(...xs),
  max: Math.max(...xs),
});

describe("MathDial import (dev.jsonl)", () => {
  it("makes one multi-step problem per qid, keyed by it, with MathDial's licence", () => {
    expect(skipped).toEqual([]);
    expect(problems).toHaveLength(new Set(records.map((r) => r.qid)).size);
    expect(problems).toHaveLength(197);
    for (const p of problems) {
      expect(p.key).toMatch(/^mathdial-\d+$/);
      for (const s of p.steps) expect(s.answer.kind).toBe("numeric");
      expect(p.source).toMatchObject({ name: "MathDial", licence: "CC BY-SA 4.0" });
    }
    expect(bundle.skills.map((s) => s.key)).toEqual(["mathdial.word-problems"]);
  });

  it("every record imports as multi-step (one documented exception); steps per problem", () => {
    const perRecord = records.map((r) => byKey.get(`mathdial-${r.qid}`)?.steps.length ?? 0);
    const single = problems.filter((p) => p.steps.length < 2).map((p) => p.key);
    expect(single).toEqual(ONE_STEP);
    expect(perRecord.filter((n) => n < 2)).toHaveLength(1);
    const perProblem = stats(problems.map((p) => p.steps.length));
    console.log(
      `MathDial dev steps: per record ${JSON.stringify(stats(perRecord))} over ${records.length} records; ` +
        `per problem ${JSON.stringify(perProblem)} over ${problems.length} problems`,
    );
    expect(perProblem.mean).toBeGreaterThan(2.5);
  });

  it("the last step asks the problem's question; its answer is the final answer, accepted as typed", () => {
    for (const r of records) {
      const p = byKey.get(`mathdial-${r.qid}`)!;
      const last = p.steps.at(-1)!;
      const final = finalNumber(lastLine(r.ground_truth))!;
      expect(last.answer, p.key).toMatchObject({ kind: "numeric", value: final });
      for (const typed of [lastLine(r.ground_truth), String(final), `the answer is ${final}`]) {
        expect(checkAnswer(last.answer, typed).verdict, `${p.key}: ${typed}`).toBe("correct");
      }
      const wrong = lastLine(r.student_incorrect_solution);
      expect(checkAnswer(last.answer, wrong).verdict, `${p.key}: ${wrong}`).not.toBe("correct");
    }
    // The question as asked, or without the condition whose given equals the answer.
    const generic = problems.filter((p) => p.steps.at(-1)!.prompt.startsWith("What is the answer to the question?"));
    expect(generic.length).toBeLessThan(3);
  });

  it("no prompt shows its own answer or a sum; no rung before the bottom-out, nor any bottom-out, shows a later answer", () => {
    for (const p of problems) {
      for (const [i, s] of p.steps.entries()) {
        expect(textRevealsAnswer(s.answer, s.prompt), `${p.key} step ${i + 1}: ${s.prompt}`).toBe(false);
        // Prompts made from solution lines never show a sum (the last one is the problem's question).
        if (i < p.steps.length - 1) expect(s.prompt, p.key).not.toMatch(/\d\s*(?:[-+*/×÷]|\bx\b)\s*\$?\d/);
        const later = p.steps.slice(i + 1);
        for (const h of s.hints) {
          for (const l of later)
            expect(textRevealsAnswer(l.answer, h.text), `${p.key} step ${i + 1}: ${h.text}`).toBe(false);
          if (h.kind !== "bottom_out") expect(textRevealsAnswer(s.answer, h.text), `${p.key}: ${h.text}`).toBe(false);
        }
        expect(s.hints.map((h) => h.kind)).toEqual(["hint", "hint", "bottom_out"]);
        expect(textRevealsAnswer(s.answer, s.hints.at(-1)!.text), `${p.key} step ${i + 1}`).toBe(true);
      }
    }
  });

  it("every wrong answer is wrong, recognised, and gets feedback that gives away no answer", () => {
    let intermediate = 0;
    for (const p of problems) {
      for (const [i, step] of p.steps.entries()) {
        if (i < p.steps.length - 1) intermediate += step.wrongAnswers.length;
        for (const w of step.wrongAnswers) {
          expect(checkAnswer(step.answer, w.match).verdict, p.key).not.toBe("correct");
          expect(matchesWrongAnswer(step.answer, w.match, w.match), p.key).toBe(true);
          for (const s of p.steps.slice(i))
            expect(textRevealsAnswer(s.answer, w.feedback), `${p.key}: ${w.feedback}`).toBe(false);
        }
      }
    }
    // The LLM student's intermediate values land on the steps they match.
    expect(intermediate).toBeGreaterThan(100);
  });

  it("every problem passes the content checker", () => {
    const totals = { deadEnds: 0, falseRejections: 0, falseAcceptances: 0, earlyReveals: 0 };
    const failures: string[] = [];
    for (const p of problems) {
      const r = checkProblem(p);
      totals.deadEnds += r.deadEnds;
      totals.falseRejections += r.falseRejections;
      totals.falseAcceptances += r.falseAcceptances;
      totals.earlyReveals += r.earlyReveals;
      failures.push(...r.problems.map((m) => `${p.key}: ${m}`));
    }
    console.log(`MathDial dev content checker over ${problems.length} problems: ${JSON.stringify(totals)}`);
    expect(failures).toEqual([]);
  }, 120_000);

  it("turns the worked solution into steps asked in words (qid 5000794)", () => {
    const p = byKey.get("mathdial-5000794") ?? convertExample().find((x) => x.key === "mathdial-5000794")!;
    expect(p.steps.map((s) => (s.answer.kind === "numeric" ? s.answer.value : null))).toEqual([24, 6, 30]);
    expect(p.steps.at(-1)?.prompt).toBe("How many pens will he have?");
  });

  it("escapes money so that MathText does not read it as maths", () => {
    const withMoney = problems.filter((p) => p.statement.includes("$"));
    expect(withMoney.length).toBeGreaterThan(20);
    for (const p of withMoney) expect(p.statement.replace(/\\\$/g, "")).not.toContain("$");
    for (const p of problems)
      for (const s of p.steps)
        for (const t of [s.prompt, ...s.hints.map((h) => h.text)]) expect(t.replace(/\\\$/g, "")).not.toContain("$");
  });

  it("reads the repository's example file (string qids, literal \\n)", () => {
    const ps = convertExample();
    expect(ps.map((p) => p.key)).toEqual(["mathdial-5000195", "mathdial-5000794"]);
    expect(ps.find((p) => p.key === "mathdial-5000794")?.steps.at(-1)?.answer).toEqual({ kind: "numeric", value: 30 });
  });
});

function convertExample() {
  const r = convertMathDial({ path: "example.jsonl", text: fs.readFileSync(MATHDIAL_EXAMPLE, "utf8") });
  return r.bundle.problemSets.flatMap((s) => s.problems);
}

describe("MathDial details", () => {
  it.each([
    ["10", 10],
    [" 1,200", 1200],
    ["$15", 15],
    ["128.", 128],
    ["-3.5", -3.5],
    ["about ten", null],
  ])("finalNumber(%j) = %j", (line, value) => {
    expect(finalNumber(line)).toBe(value);
  });

  it.each([
    [
      "Mr. Langsley commutes by bus. If he arrives at 9:00 a.m., what's the time taken to Mr. Langsley's workplace?",
      "If he arrives at 9:00 a.m., what's the time taken to Mr. Langsley's workplace?",
    ],
    [
      "A frog lays 800 eggs.  1/4 of the remaining eggs hatch, how many frogs hatch?",
      "1/4 of the remaining eggs hatch, how many frogs hatch?",
    ],
  ])("problemQuestion(%j)", (text, q) => {
    expect(problemQuestion(text)).toBe(q);
  });

  it.each([
    [
      "If he sells each candle for $2.00 each, what is his net profit if he makes and sells 20 candles?",
      "What is his net profit?",
    ],
    [
      "If 10 donuts fit in each box, how many boxes can Jeff fill with his donuts?",
      "How many boxes can Jeff fill with his donuts?",
    ],
  ])("withoutConditions(%j)", (q, short) => {
    expect(withoutConditions(q)).toBe(short);
  });

  it("merges the dialogues of one qid: each distinct wrong final answer once, feedback from a described confusion", () => {
    const first = JSON.parse(dev.text.split("\n")[0] as string);
    const twin = (wrong: string, confusion: string | null) =>
      JSON.stringify({
        ...first,
        student_incorrect_solution: `work\n ${wrong}`,
        teacher_described_confusion: confusion,
      });
    const answer = Number(String(first.ground_truth).trim().split("\n").at(-1));
    const a = answer + 7;
    const b = answer + 11;
    const r = convertMathDial({
      path: "t.jsonl",
      text: [twin(String(a), null), twin(String(a), "added twice"), twin(String(b), "wrong operation")].join("\n"),
    });
    const step = r.bundle.problemSets[0]?.problems[0]?.steps.at(-1);
    expect(r.bundle.problemSets[0]?.problems).toHaveLength(1);
    expect(step?.wrongAnswers.map((w) => w.match)).toEqual([String(a), String(b)]);
    expect(step?.wrongAnswers[0]?.feedback).toContain("added twice");
  });

  it("puts the student's wrong intermediate value on the step it matches", () => {
    const r = convertMathDial({
      path: "t.jsonl",
      text: JSON.stringify({
        qid: 1,
        question: "Jam has 26 pencils in boxes and 2 loose. Meg has 46 pencils. How many pencils do they have?",
        ground_truth:
          "There are 26 - 2 = 24 pencils in the boxes.\nTogether, Jam and Meg have 26 + 46 = 72 pencils.\n 72",
        student_incorrect_solution:
          "Jam has 26 - 2 = 24 pencils in her boxes.\nTogether, Jam and Meg have 24 + 46 = 70 pencils.\n 70",
      }),
    });
    const [first, second] = r.bundle.problemSets[0]!.problems[0]!.steps;
    expect(first?.wrongAnswers).toEqual([]);
    expect(second?.wrongAnswers.map((w) => w.match)).toEqual(["70"]);
  });

  it("turns the teacher's note to the student and falls back when there is none or it would tell", () => {
    const answer = { kind: "numeric" as const, value: 12 };
    expect(wrongAnswerFeedback("The student just forgot the final step", answer).feedback).toBe(
      "Check this part: you just forgot the final step. Go back to that part of your working: does it match what the question says?",
    );
    expect(wrongAnswerFeedback(null, answer)).toMatchObject({
      feedback: expect.stringMatching(/^Are you sure/),
      misconception: expect.stringContaining("not described"),
    });
    expect(wrongAnswerFeedback("should have got 12 boxes", answer).feedback).toMatch(/^Are you sure/);
  });

  it("errors name the file, the line and the field; skipInvalid reports and goes on", () => {
    const good = dev.text.split("\n")[0] as string;
    const bad = JSON.stringify({ ...JSON.parse(good), qid: 1, ground_truth: "no number here" });
    const file = { path: "broken.jsonl", text: `${good}\n${bad}\n{oops\n` };
    expect(() => convertMathDial(file)).toThrow(
      /^broken\.jsonl: line 2 \(qid 1\): ground_truth: its last line is not a number$/,
    );
    const r = convertMathDial(file, { skipInvalid: true });
    expect(r.skipped.map((s) => `${s.record} ${s.field}`)).toEqual(["line 2 (qid 1) ground_truth", "line 3 (line)"]);
    expect(r.bundle.problemSets[0]?.problems).toHaveLength(1);
    const missing = { path: "m.jsonl", text: JSON.stringify({ qid: 7, question: "Q?" }) };
    expect(() => convertMathDial(missing)).toThrow(/^m\.jsonl: line 1 \(qid 7\): ground_truth: /);
  });
});
