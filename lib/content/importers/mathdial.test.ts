import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { checkProblem } from "@/lib/content/check-problem";
import { checkAnswer, matchesWrongAnswer, textRevealsAnswer } from "@/lib/tutor/answers";
import { convertMathDial, finalNumber, wrongAnswerFeedback } from "./mathdial";
import { MATHDIAL_DEV, MATHDIAL_EXAMPLE } from "./test-data";

const dev = { path: "dev.jsonl", text: fs.readFileSync(MATHDIAL_DEV, "utf8") };
const records = dev.text
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { qid: number });
const { bundle, skipped } = convertMathDial(dev);
const problems = bundle.problemSets.flatMap((s) => s.problems);

describe("MathDial import (dev.jsonl)", () => {
  it("makes one one-step problem per qid, keyed by it, with MathDial's licence", () => {
    expect(skipped).toEqual([]);
    expect(problems).toHaveLength(new Set(records.map((r) => r.qid)).size);
    expect(problems).toHaveLength(197);
    for (const p of problems) {
      expect(p.key).toMatch(/^mathdial-\d+$/);
      expect(p.steps).toHaveLength(1);
      expect(p.steps[0]?.answer.kind).toBe("numeric");
      expect(p.source).toMatchObject({ name: "MathDial", licence: "CC BY-SA 4.0" });
    }
    expect(bundle.skills.map((s) => s.key)).toEqual(["mathdial.word-problems"]);
  });

  it("merges the dialogues of one qid: each distinct wrong answer once, feedback from a described confusion", () => {
    const lines = dev.text.split("\n").filter(Boolean);
    const first = JSON.parse(lines[0] as string);
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
    const step = r.bundle.problemSets[0]?.problems[0]?.steps[0];
    expect(r.bundle.problemSets[0]?.problems).toHaveLength(1);
    expect(step?.wrongAnswers.map((w) => w.match)).toEqual([String(a), String(b)]);
    expect(step?.wrongAnswers[0]?.feedback).toContain("added twice");
    // In dev.jsonl every qid's dialogues share one wrong solution: one wrong answer each.
    for (const p of problems) expect(p.steps[0]?.wrongAnswers).toHaveLength(1);
  });

  it("every wrong answer is wrong, recognised, and gets probing feedback that does not give the answer", () => {
    for (const p of problems) {
      const step = p.steps[0]!;
      for (const w of step.wrongAnswers) {
        expect(checkAnswer(step.answer, w.match).verdict, p.key).not.toBe("correct");
        expect(matchesWrongAnswer(step.answer, w.match, w.match), p.key).toBe(true);
        expect(textRevealsAnswer(step.answer, w.feedback), p.key).toBe(false);
        expect(w.feedback).toMatch(/^(Check this part: |Are you sure)/);
      }
    }
  });

  it("the focus hint never reveals the answer; the bottom-out states it", () => {
    for (const p of problems) {
      const [focus, bottom] = p.steps[0]!.hints;
      expect(focus?.kind).toBe("hint");
      expect(textRevealsAnswer(p.steps[0]!.answer, focus!.text), p.key).toBe(false);
      expect(bottom?.kind).toBe("bottom_out");
      expect(textRevealsAnswer(p.steps[0]!.answer, bottom!.text), p.key).toBe(true);
    }
  });

  it("every problem passes the content checker", () => {
    const failures = problems.flatMap((p) => checkProblem(p).problems.map((m) => `${p.key}: ${m}`));
    expect(failures).toEqual([]);
  });

  it("escapes money so that MathText does not read it as maths", () => {
    const withMoney = problems.filter((p) => p.statement.includes("$"));
    expect(withMoney.length).toBeGreaterThan(20);
    for (const p of withMoney) expect(p.statement.replace(/\\\$/g, "")).not.toContain("$");
  });

  it("reads the repository's example file (string qids, literal \\n)", () => {
    const r = convertMathDial({ path: "example.jsonl", text: fs.readFileSync(MATHDIAL_EXAMPLE, "utf8") });
    const ps = r.bundle.problemSets.flatMap((s) => s.problems);
    expect(ps.map((p) => p.key)).toEqual(["mathdial-5000195", "mathdial-5000794"]);
    expect(ps.find((p) => p.key === "mathdial-5000794")?.steps[0]?.answer).toEqual({ kind: "numeric", value: 30 });
  });
});

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
