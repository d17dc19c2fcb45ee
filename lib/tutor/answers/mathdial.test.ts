import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkAnswer } from "./check-answer";
import { parseNumber } from "./parse-number";
import type { NumericSpec } from "./spec";

const DATA = path.resolve(__dirname, "../../../../shared/data/mathdial/dev.jsonl");
const present = fs.existsSync(DATA);

interface MathDialRecord {
  qid: number;
  question: string;
  ground_truth: string;
  student_incorrect_solution: string;
}

function lastLine(s: string): string {
  const lines = s.trim().split("\n");
  return (lines[lines.length - 1] ?? "").trim();
}

function load(): MathDialRecord[] {
  return fs
    .readFileSync(DATA, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as MathDialRecord);
}

/** The ways students type a correct final answer. */
function correctTypings(value: number, question: string): string[] {
  const plain = String(value);
  const out = [plain, `I think it's ${plain}`, `the answer is ${plain}`, `${plain}.`, `So the answer is ${plain}!`];
  if (Number.isInteger(value)) out.push(`${plain}.0`, `${plain}.00`);
  if (Math.abs(value) >= 1000) {
    const sep = value.toLocaleString("en-US");
    out.push(sep, `the answer is ${sep}`);
  }
  if (/\$|dollar/i.test(question)) out.push(`$${plain}`, `I think it's $${plain}`, `${plain} dollars`);
  return out;
}

const TITLE = present
  ? "accepts every correct final answer typed several ways and rejects every wrong one"
  : `skipped: ${DATA} not found (the shared MathDial data is absent)`;

describe("MathDial dev set: final answers", () => {
  it.skipIf(!present)(TITLE, () => {
    const records = load();
    let accepted = 0;
    let rejected = 0;
    let signSlips = 0;
    const failures: string[] = [];
    for (const r of records) {
      const parsed = parseNumber(lastLine(r.ground_truth));
      expect(parsed, `qid ${r.qid}: ground truth "${lastLine(r.ground_truth)}"`).not.toBeNull();
      const spec: NumericSpec = { kind: "numeric", value: parsed!.value };

      const typings = correctTypings(parsed!.value, r.question);
      const bad = typings.filter((t) => checkAnswer(spec, t).verdict !== "correct");
      if (bad.length === 0) accepted++;
      else failures.push(`qid ${r.qid} (${parsed!.value}) not accepted: ${JSON.stringify(bad)}`);

      const wrong = lastLine(r.student_incorrect_solution);
      const wrongTypings = [wrong, `I think the answer is ${wrong}`, `I got ${wrong}`];
      // Rejected = judged and not correct. A sign slip ("-40" for 40, qid 6000015) is a
      // deliberate partial ("check the sign"), which is still a rejection; anything else must
      // be plainly incorrect (never unparseable, never correct).
      const verdicts = wrongTypings.map((t) => checkAnswer(spec, t));
      const notRejected = wrongTypings.filter((_, i) => {
        const v = verdicts[i]!;
        return v.verdict !== "incorrect" && !(v.verdict === "partial" && v.partialKind === "sign");
      });
      if (verdicts.some((v) => v.partialKind === "sign")) signSlips++;
      if (notRejected.length === 0) rejected++;
      else failures.push(`qid ${r.qid} (${parsed!.value}) wrong answer not rejected: ${JSON.stringify(notRejected)}`);
    }
    console.log(
      `MathDial dev: accepted ${accepted}/${records.length}, rejected ${rejected}/${records.length} ` +
        `(${rejected - signSlips} incorrect, ${signSlips} partial "sign")`,
    );
    expect(failures).toEqual([]);
    expect(records.length).toBe(295);
    expect(accepted).toBe(records.length);
    expect(rejected).toBe(records.length);
  });
});
