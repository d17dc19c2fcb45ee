import { z } from "zod";
import { type answerSpec, checkAnswer, formatAnswer, matchesWrongAnswer, textRevealsAnswer } from "@/lib/tutor/answers";
import type { ContentBundleInput, ProblemInput, StepInput, WrongAnswerInput } from "../format";
import { stepHints } from "./mathdial-hints";
import { solutionComputations, solutionLines, tokenize } from "./mathdial-solution";
import { AnswerGuard, close, type PlannedStep, planSteps, stepPrompt } from "./mathdial-steps";
import { studentWrongAnswers } from "./mathdial-wrong";
import {
  type Conversion,
  type ConvertOptions,
  escapeDollars,
  finishBundle,
  RecordErrors,
  type SourceFile,
  truncate,
} from "./shared";

/**
 * MathDial jsonl -> Stepwise bundle, one multi-step problem per qid ("mathdial-<qid>"):
 * - Steps (mathdial-steps.ts): every computation of the worked solution (`ground_truth`, GSM8K
 *   style, `<<...>>` annotations stripped) is a step whose answer is the value it computes, asked
 *   for in words by rules (mathdial-question.ts), never showing the sum or the result. A value
 *   already asked for is not asked again, so no bottom-out states a later step's answer. The
 *   last step asks the problem's own question for the final answer (the last line).
 * - Ladder (mathdial-hints.ts): focus (the quantities), probing (the operation), bottom-out (this
 *   step's result only); numbers that are this or a later step's answer are never named.
 * - Wrong answers (mathdial-wrong.ts): the LLM student's intermediate values on the steps they
 *   match; its wrong final answer on the last step, with the teacher's described confusion.
 * A solution with one computation keeps the one-step form (there is nothing to split).
 * Dialogues sharing a qid are one problem, their distinct wrong answers merged.
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

/** Sentences of a word problem ("Mr. Langsley" and "$.05" do not end one). */
function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .split(/(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|etc))(?<=[.?!])\s+(?=[A-Z$\\\d])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The problem's question: its last sentence (with the one before when it is a fragment). */
export function problemQuestion(text: string): string {
  const all = sentences(text);
  const last = all.at(-1) ?? text;
  const before = all.at(-2);
  return before && last.split(" ").length < 4 ? `${before} ${last}` : last;
}

/** "If he sells ..., what is his profit if he sells 20?" -> "What is his profit?". */
export function withoutConditions(q: string): string {
  const t = q
    .replace(
      /^(?:if|when|since|given|considering|assuming|after|before)\b.*,\s*(?=(?:how|what|which|who|calculate|find|determine)\b)/i,
      "",
    )
    .replace(/\s+(?:if|when|given that|assuming)\b[^?]*(?=\?$)/i, "");
  return t ? t[0]!.toUpperCase() + t.slice(1) : t;
}

/** What the lines after the last computation say (the final answer's reasoning), for its hints. */
function closingWords(work: string[], steps: PlannedStep[], answer: number): { focus?: string; bottom?: string } {
  const lastLine = Math.max(-1, ...steps.map((s) => s.comp?.lineIndex ?? -1));
  const tail = work.slice(lastLine + 1);
  const stating = tail.find((l) => tokenize(l).some((t) => t.kind === "num" && close(t.value as number, answer)));
  const reason = (stating ?? tail[0] ?? "").split(/,\s+(?=[a-z])|\s+so\s+/i)[0] ?? "";
  return {
    focus:
      reason && reason !== stating
        ? `Think about this: ${reason.replace(/[.\s]+$/, "")}. What does that tell you?`
        : undefined,
    bottom: stating
      ? `${stating.replace(/[.\s]+$/, "")}. The answer is ${formatAnswer({ kind: "numeric", value: answer })}.`
      : undefined,
  };
}

/** How each step's prompt was made, by qid, for the last conversion (diagnostics for the stats script). */
export const promptRules = new Map<string, string[]>();

function problemFor(qid: string, group: MathDialRecord[], answerValue: number): ProblemInput {
  const first = group[0] as MathDialRecord;
  const work = solutionLines(first.ground_truth).slice(0, -1);
  const planned = planSteps(work, answerValue);
  const guard = new AnswerGuard(planned);
  const question = lines(first.question).join(" ");
  const lastIndex = planned.length - 1;
  const rules: string[] = [];
  const prompts = planned.map((step, i) => {
    if (i < lastIndex) {
      const ask = stepPrompt(step, i, guard);
      rules.push(ask.rule);
      return ask.text;
    }
    // The last step asks the problem's own question for the final answer.
    // The problem's question; when a given in it happens to equal the answer ("If 10 donuts fit
    // in each box, how many boxes ..." when it is 10), the question without its conditions.
    const full = problemQuestion(question);
    const q = [full, withoutConditions(full)].map(escapeDollars).find((t) => guard.safe(t, i));
    rules.push(q === undefined ? "question-generic" : q === escapeDollars(full) ? "question" : "question-shortened");
    return q ?? GENERIC_PROMPT;
  });
  promptRules.set(qid, rules);
  const allValues = [...solutionComputations(work).map((c) => c.value), answerValue];
  const studentWrong = studentWrongAnswers(
    group.map((r) => r.student_incorrect_solution ?? ""),
    planned,
    allValues,
    guard,
  );
  const finalSpec = (planned[lastIndex] as PlannedStep).spec;
  const steps: StepInput[] = planned.map((step, i) => ({
    prompt: prompts[i] as string,
    answer: step.spec,
    skills: [MATHDIAL_SKILL.key],
    hints: stepHints(planned, i, guard, i === lastIndex ? closingWords(work, planned, answerValue) : {}),
    wrongAnswers:
      i === lastIndex
        ? [...finalWrongAnswers(group, finalSpec), ...(studentWrong.get(i) ?? [])]
        : (studentWrong.get(i) ?? []),
  }));
  const last = steps[lastIndex] as StepInput;
  last.wrongAnswers = last.wrongAnswers.filter((w, i, all) => all.findIndex((x) => x.match === w.match) === i);
  // The title is spoken by the tutor (greeting), so it must not contain the final answer, even
  // by coincidence ("for 12 days" when it is 12).
  // The whole first sentence (the format allows 300 characters): admin pages wrap titles, never cut them.
  const title = escapeDollars(truncate(sentences(question)[0] ?? question, 280));
  return {
    key: `mathdial-${qid}`,
    title: textRevealsAnswer(finalSpec, title) ? `Word problem ${qid}` : title,
    statement: escapeDollars(question),
    steps,
    source: {
      ...MATHDIAL_SOURCE,
      attribution: `MathDial (Macina et al., 2023), problem ${qid} (from GSM8K)`,
    },
  };
}

/**
 * The dialogues' wrong final answers (last line of `student_incorrect_solution`), each distinct
 * value once, with feedback from the first dialogue whose teacher described the confusion.
 */
function finalWrongAnswers(group: MathDialRecord[], answer: z.infer<typeof answerSpec>): WrongAnswerInput[] {
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
  return [...wrong.values()].map((w) => ({ match: w.match, ...wrongAnswerFeedback(w.confusion, answer) }));
}

export function convertMathDial(file: SourceFile, opts: ConvertOptions = {}): Conversion {
  promptRules.clear();
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
        undefined,
        issue,
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
