import { z } from "zod";
import { answerSpec, checkAnswer, formatAnswer, matchesWrongAnswer, textRevealsAnswer } from "@/lib/tutor/answers";
import type { ContentBundleInput, HintInput, ProblemInput, WrongAnswerInput } from "../format";
import {
  type Conversion,
  type ConvertOptions,
  escapeDollars,
  finishBundle,
  lastSentence,
  RecordErrors,
  type SourceFile,
  truncate,
} from "./shared";

/**
 * MathDial jsonl -> Stepwise bundle. Each problem (qid) becomes a one-step problem whose answer
 * is the last line of `ground_truth`; every dialogue's wrong final answer (last line of
 * `student_incorrect_solution`) becomes a common wrong answer, with feedback written from the
 * teacher's description of the confusion as a probing prompt. Dialogues sharing a qid are one
 * problem ("mathdial-<qid>"), their distinct wrong answers merged.
 */

export const MATHDIAL_SOURCE = {
  name: "MathDial",
  url: "https://github.com/eth-nlped/mathdial",
  licence: "CC BY-SA 4.0",
} as const;

export const MATHDIAL_SKILL = {
  key: "mathdial.word-problems",
  name: "Multi-step word problems",
  description: "Grade-school multi-step arithmetic word problems (MathDial, from GSM8K).",
  prerequisites: [],
};

const record = z.object({
  qid: z.union([z.number().int(), z.string().regex(/^\d+$/, "a number")]).transform(String),
  question: z.string().min(1),
  ground_truth: z.string().min(1),
  student_incorrect_solution: z.string().nullable().optional(),
  teacher_described_confusion: z.string().nullable().optional(),
});
type MathDialRecord = z.infer<typeof record>;

const GENERIC_FEEDBACK =
  "Are you sure about that? Walk back through your working one line at a time and check each calculation against what the question says.";
const GENERIC_PROMPT = "What is the answer to the question? Type the final number.";
const GENERIC_FOCUS =
  "Re-read the question: what is it asking you to find, and which of the numbers in it will you need?";

/** Lines of a worked solution (example.jsonl stores newlines as a literal "\n"). */
function lines(text: string): string[] {
  const t = text.includes("\n") ? text : text.replace(/\\n/g, "\n");
  return t
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}

/** "1,200", "$15", "18.00", "128." -> the number, or null. */
export function finalNumber(line: string | undefined): number | null {
  if (!line) return null;
  const t = line
    .replace(/^[^\d\-.]+/, "")
    .replace(/[,$\s]/g, "")
    .replace(/\.$/, "");
  return /^-?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : null;
}

/** The teacher's note, about "the student", turned to the student: "you made ...". */
function towardStudent(confusion: string): string {
  const c = confusion
    .trim()
    .replace(/^(the\s+)?student('s)?\s+/i, (_m, _the, s: string | undefined) => (s ? "your " : "you "))
    .replace(/[\s.]+$/, "");
  return c ? c[0]!.toLowerCase() + c.slice(1) : c;
}

/**
 * Feedback for a wrong final answer: the teacher's confusion as something to check (probing,
 * seek self-correction), never the answer. Falls back to a generic probing prompt when there is
 * no description or the description would state the answer.
 */
export function wrongAnswerFeedback(confusion: string | null | undefined, answer: z.infer<typeof answerSpec>) {
  const note = confusion ? towardStudent(confusion) : "";
  if (!note) return { feedback: GENERIC_FEEDBACK, misconception: "not described (MathDial teacher gave none)" };
  const feedback = escapeDollars(
    `Check this part: ${note}. Go back to that part of your working: does it match what the question says?`,
  );
  return {
    feedback: textRevealsAnswer(answer, feedback) ? GENERIC_FEEDBACK : feedback,
    misconception: truncate(confusion ?? note, 200),
  };
}

function problemFor(qid: string, group: MathDialRecord[], answerValue: number): ProblemInput {
  const first = group[0] as MathDialRecord;
  const answer = answerSpec.parse({ kind: "numeric", value: answerValue });
  const solution = lines(first.ground_truth);
  const work = solution.slice(0, -1);
  const hints: HintInput[] = [];
  const opening = work[0] ? escapeDollars(`A first step: ${work[0]} What should you work out next?`) : null;
  hints.push({ kind: "hint", text: opening && !textRevealsAnswer(answer, opening) ? opening : GENERIC_FOCUS });
  hints.push({
    kind: "bottom_out",
    text: escapeDollars(
      `The answer is ${formatAnswer(answer)}.${work.length ? ` One way to get there: ${work.join(" ")}` : ""}`,
    ),
  });
  // Distinct wrong values across the qid's dialogues; a value's feedback comes from the first
  // dialogue whose teacher described the confusion.
  const wrong = new Map<number, { match: string; confusion: string | null }>();
  for (const r of group) {
    const value = finalNumber(lines(r.student_incorrect_solution ?? "").at(-1));
    if (value === null) continue;
    const match = formatAnswer({ kind: "numeric", value });
    if (checkAnswer(answer, match).verdict === "correct" || !matchesWrongAnswer(answer, match, match)) continue;
    const confusion = r.teacher_described_confusion?.trim() || null;
    const had = wrong.get(value);
    if (!had || (!had.confusion && confusion)) wrong.set(value, { match, confusion });
  }
  const wrongAnswers: WrongAnswerInput[] = [...wrong.values()].map((w) => ({
    match: w.match,
    ...wrongAnswerFeedback(w.confusion, answer),
  }));
  const question = lines(first.question).join(" ");
  // The title and the step prompt are spoken by the tutor (greeting, redirects), so they must
  // not contain a number equal to the answer, even by coincidence ("for 12 days" when it is 12).
  const title = escapeDollars(truncate(question.split(/(?<=[.?!])\s/)[0] ?? question, 80));
  const prompt = escapeDollars(lastSentence(question));
  return {
    key: `mathdial-${qid}`,
    title: textRevealsAnswer(answer, title) ? `Word problem ${qid}` : title,
    statement: escapeDollars(question),
    steps: [
      {
        prompt: textRevealsAnswer(answer, prompt) ? GENERIC_PROMPT : prompt,
        answer: { kind: "numeric", value: answerValue },
        skills: [MATHDIAL_SKILL.key],
        hints,
        wrongAnswers,
      },
    ],
    source: {
      ...MATHDIAL_SOURCE,
      attribution: `MathDial (Macina et al., 2023), problem ${qid} (from GSM8K)`,
    },
  };
}

export function convertMathDial(file: SourceFile, opts: ConvertOptions = {}): Conversion {
  const errors = new RecordErrors(!!opts.skipInvalid);
  const groups = new Map<string, { records: MathDialRecord[]; answer: number }>();
  for (const [i, raw] of file.text.split(/\r?\n/).entries()) {
    if (!raw.trim()) continue;
    const where = `line ${i + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      errors.fail(file.path, where, "(line)", `not valid JSON: ${(e as Error).message}`);
      continue;
    }
    const parsed = record.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const qid = (json as { qid?: unknown } | null)?.qid;
      errors.fail(
        file.path,
        qid !== undefined ? `${where} (qid ${String(qid)})` : where,
        issue?.path.join(".") || "(record)",
        issue?.message ?? "invalid",
      );
      continue;
    }
    const r = parsed.data;
    const answer = finalNumber(lines(r.ground_truth).at(-1));
    if (answer === null) {
      errors.fail(file.path, `${where} (qid ${r.qid})`, "ground_truth", "its last line is not a number");
      continue;
    }
    const group = groups.get(r.qid);
    if (group && group.answer !== answer) {
      errors.fail(file.path, `${where} (qid ${r.qid})`, "ground_truth", "a different answer for the same qid");
      continue;
    }
    if (group) group.records.push(r);
    else groups.set(r.qid, { records: [r], answer });
  }
  if (groups.size === 0) errors.fail(file.path, "file", "(file)", "no MathDial records");
  const problems = [...groups.entries()]
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([qid, g]) => problemFor(qid, g.records, g.answer));
  const bundle: ContentBundleInput = {
    format: "stepwise",
    version: 1,
    skills: [MATHDIAL_SKILL],
    problemSets: [
      {
        key: opts.setKey ?? "mathdial",
        title: "MathDial word problems",
        description: `Multi-step word problems with common wrong answers from MathDial (${MATHDIAL_SOURCE.licence}).`,
        published: !opts.draft,
        problems,
      },
    ],
  };
  return { bundle: finishBundle(bundle, file.path), skipped: errors.skipped };
}
