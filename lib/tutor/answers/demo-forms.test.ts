/**
 * The demo steps that teach a form use the spec's form fields: the original fraction, an
 * equivalent in other terms or the other notation is partly right, never right.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkAnswer } from "./check-answer";
import { type AnswerSpec, answerSpec } from "./spec";
import type { Verdict } from "./types";

interface Step {
  prompt: string;
  answer: unknown;
  hints: { text: string; answer?: unknown }[];
}

function steps(file: string): Step[] {
  const raw = fs.readFileSync(path.join(import.meta.dirname, "../../../content/demo", file), "utf8");
  const bundle = JSON.parse(raw) as { problemSets: { problems: { steps: Step[] }[] }[] };
  return bundle.problemSets.flatMap((s) => s.problems.flatMap((p) => p.steps));
}

const ALL = [...steps("fractions.json"), ...steps("ratios-percentages.json")];

/** The answer spec of the step (or scaffold question) with this exact prompt. */
function specFor(prompt: string): AnswerSpec {
  for (const s of ALL) {
    if (s.prompt === prompt) return answerSpec.parse(s.answer);
    const h = s.hints.find((x) => x.text === prompt && x.answer);
    if (h) return answerSpec.parse(h.answer);
  }
  throw new Error(`no demo step asks ${JSON.stringify(prompt)}`);
}

const CASES: [prompt: string, input: string, verdict: Verdict][] = [
  ["Write $\\frac{5}{8}$ in fortieths.", "25/40", "correct"],
  ["Write $\\frac{5}{8}$ in fortieths.", "5/8", "partial"],
  ["Write $\\frac{5}{8}$ in fortieths.", "50/80", "partial"],
  ["Write $\\frac{5}{8}$ in fortieths.", "0.625", "partial"],
  ["Write $\\frac{3}{5}$ in fortieths.", "3/5", "partial"],
  ["Rewrite $\\frac{2}{3}$ with the common denominator.", "8/12", "correct"],
  ["Rewrite $\\frac{2}{3}$ with the common denominator.", "2/3", "partial"],
  ["Rewrite $\\frac{1}{4}$ with the common denominator.", "1/4", "partial"],
  ["Write $\\frac{3}{4}$ as a fraction with denominator 20.", "3/4", "partial"],
  ["Rewrite $\\frac{2}{5}$ in tenths.", "2/5", "partial"],
  ["Rewrite $\\frac{7}{8}$ with the common denominator.", "7/8", "partial"],
  ["Rewrite $\\frac{1}{2}$ in sixths.", "1/2", "partial"],
  ["Multiply $\\frac{3}{4}$ by the reciprocal. Give the product before simplifying.", "2", "partial"],
  ["Write $2\\frac{1}{2}$ as an improper fraction.", "5/2", "correct"],
  ["Write $2\\frac{1}{2}$ as an improper fraction.", "2 1/2", "partial"],
  ["Write $3\\frac{1}{4}$ as an improper fraction.", "3 1/4", "partial"],
  ["Write your sum as a mixed number.", "25/6", "partial"],
  ["Write your sum as a mixed number.", "4 1/6", "correct"],
  ["What is 13/4 written in twelfths?", "13/4", "partial"],
  ["What is $\\frac{3}{5}$ as a decimal?", "0.6", "correct"],
  ["What is $\\frac{3}{5}$ as a decimal?", "3/5", "partial"],
  ["What is 25% as a decimal?", "1/4", "partial"],
];

describe("demo steps that teach a form", () => {
  it.each(CASES)("%s %j -> %s", (prompt, input, verdict) => {
    const r = checkAnswer(specFor(prompt), input);
    expect(r.verdict).toBe(verdict);
    if (verdict === "partial") expect(r.partialKind).toBe("form");
  });
});
