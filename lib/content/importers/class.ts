import { z } from "zod";
import { type AnswerSpec, answerSpec, checkAnswer, formatAnswer, textRevealsAnswer } from "@/lib/tutor/answers";
import type { ContentBundleInput, ProblemInput, SkillInput, StepInput } from "../format";
import { type ChoiceStep, focusFact, keepsAnswers, trimFeedback } from "./class-hints";
import { parseCsv } from "./parse-csv";
import {
  type Conversion,
  type ConvertOptions,
  escapeDollars,
  finishBundle,
  RecordErrors,
  type SourceFile,
  slug,
  stableHash,
  truncate,
} from "./shared";

/**
 * CLASS scaffolding records (CSV with a JSON `problems` column, or the parsed JSONL) -> Stepwise.
 * Sub-problems become steps. Their answers are free-text biology sentences, which no checker can
 * grade exactly, so each step is a two-option choice: the authored answer and the authored
 * "Incorrect Response" (in a fixed order from a hash of the key). The incorrect response is the
 * step's common wrong answer with the authored feedback. See docs/decisions/008.
 *
 * Like MathDial's steps, each step's ladder is focus (the record's `Facts` entry that bears most
 * on the question), probing (the authored `Hint`), then the bottom-out with this step's answer.
 * No rung before the bottom-out, and no feedback, may state this step's right option or a later
 * step's (class-hints.ts): a fact that would is not used, a hint that would is replaced, and the
 * feedback keeps only its sentences that do not.
 */

export const CLASS_SOURCE = {
  name: "CLASS scaffolding dataset (Tutorbot-Spock)",
  url: "https://huggingface.co/datasets/luffycodes/Tutorbot-Spock-Bio-Dataset",
  licence: "Apache-2.0",
} as const;

const nonEmpty = z.string().trim().min(1, "must not be empty");

const subProblem = z.object({
  Question: nonEmpty,
  Answer: nonEmpty,
  Hint: nonEmpty,
  "Incorrect Response": nonEmpty,
  Feedback: nonEmpty,
});

const problemJson = z
  .object({
    Problem: nonEmpty,
    SubProblems: z.array(subProblem).optional(),
    Subproblems: z.array(subProblem).optional(),
    Facts: z.array(z.unknown()).optional(),
  })
  .transform((p, ctx) => {
    const subs = p.SubProblems ?? p.Subproblems ?? [];
    if (subs.length === 0) {
      ctx.addIssue({ code: "custom", path: ["SubProblems"], message: "no sub-problems" });
      return z.NEVER;
    }
    const facts = (p.Facts ?? []).filter((f): f is string => typeof f === "string" && f.trim().length > 0);
    return { problem: p.Problem, subs, facts: facts.map((f) => f.trim()) };
  });

interface ClassRow {
  row: number;
  sectionName: string;
  objective: string;
  sectionId: string;
  /** The `problems` JSON as text (CSV) or already parsed (JSONL), or a parse error. */
  problems: { text: string } | { value: unknown } | { error: string };
}

const GENERIC_FEEDBACK = "That is a common mix-up. Compare the two statements again: which one fits the question?";
const GENERIC_HINT = "Re-read the question and think about what the section says about it.";
const GENERIC_PROBE =
  "Compare the two statements: which one answers exactly what the question asks, and why is the other one wrong?";

function rowsFromCsv(file: SourceFile, errors: RecordErrors): ClassRow[] {
  const table = parseCsv(file.text);
  const header = table[0] ?? [];
  const col = (name: string) => header.findIndex((h) => h.trim() === name);
  const cols = {
    name: col("section_name"),
    objs: col("section_learning_objs"),
    id: col("section_id"),
    problems: col("problems"),
  };
  for (const [k, v] of Object.entries(cols)) {
    if (v < 0) errors.fail(file.path, "header", k === "objs" ? "section_learning_objs" : k, "column missing");
  }
  return table.slice(1).map((cells, row) => ({
    row,
    sectionName: cells[cols.name] ?? "",
    objective: cells[cols.objs] ?? "",
    sectionId: cells[cols.id] ?? "",
    problems: { text: cells[cols.problems] ?? "" },
  }));
}

const jsonlRow = z.object({
  row: z.number().int().nonnegative(),
  section_name: z.string(),
  section_learning_objs: z.string(),
  section_id: z.string(),
  problem: z.unknown().optional(),
  parse_error: z.string().nullable().optional(),
});

function rowsFromJsonl(file: SourceFile, errors: RecordErrors): ClassRow[] {
  const out: ClassRow[] = [];
  for (const [i, line] of file.text.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      errors.fail(file.path, `line ${i + 1}`, "(line)", `not valid JSON: ${(e as Error).message}`);
      continue;
    }
    const r = jsonlRow.safeParse(json);
    if (!r.success) {
      errors.fail(file.path, `line ${i + 1}`, r.error.issues[0]?.path.join(".") || "(record)", "invalid");
      continue;
    }
    const d = r.data;
    out.push({
      row: d.row,
      sectionName: d.section_name,
      objective: d.section_learning_objs,
      sectionId: d.section_id,
      problems: d.problem == null ? { error: d.parse_error ?? "no parsed problem" } : { value: d.problem },
    });
  }
  return out;
}

/** Two options, the right one at a position fixed by the key (so not always first). */
function choiceFor(key: string, answer: string, incorrect: string): AnswerSpec {
  const first = stableHash(key) % 2 === 0;
  return answerSpec.parse({
    kind: "choice",
    options: first ? [answer, incorrect] : [incorrect, answer],
    correct: first ? 0 : 1,
  });
}

/**
 * The bottom-out states this step's answer; when the authored feedback had to be cut because it
 * tells the answer, its explanation is given here, where telling is allowed (unless it would
 * state a later step's answer too).
 */
function bottomOut(right: string, feedback: string, trimmed: string | null, steps: ChoiceStep[], index: number) {
  const told = `The answer is: ${right}`;
  if (trimmed === feedback) return told;
  const why = escapeDollars(feedback);
  return keepsAnswers(why, steps, index + 1) ? `${told} ${why}` : told;
}

export function convertClass(file: SourceFile, opts: ConvertOptions = {}): Conversion {
  const errors = new RecordErrors(!!opts.skipInvalid);
  const isJsonl = /\.jsonl$/i.test(file.path) || file.text.trimStart().startsWith("{");
  const rows = isJsonl ? rowsFromJsonl(file, errors) : rowsFromCsv(file, errors);
  const skills = new Map<string, SkillInput>();
  const problems: ProblemInput[] = [];
  for (const r of rows) {
    const record = `row ${r.row} (section ${r.sectionId || "?"})`;
    if (!r.sectionId.trim()) {
      errors.fail(file.path, record, "section_id", "must not be empty");
      continue;
    }
    let value: unknown;
    if ("error" in r.problems) {
      errors.fail(file.path, record, "problems", `not valid JSON: ${r.problems.error}`);
      continue;
    }
    if ("text" in r.problems) {
      try {
        value = JSON.parse(r.problems.text);
      } catch (e) {
        errors.fail(file.path, record, "problems", `not valid JSON: ${(e as Error).message}`);
        continue;
      }
    } else value = r.problems.value;
    const parsed = problemJson.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.fail(
        file.path,
        record,
        `problems.${issue?.path.join(".") ?? ""}`,
        issue?.message ?? "invalid",
        undefined,
        issue,
      );
      continue;
    }
    const key = `class-${slug(r.sectionId, 20)}-${r.row}`;
    const skillKey = `class.${slug(r.sectionId, 20)}`;
    if (!skills.has(skillKey)) {
      skills.set(skillKey, {
        key: skillKey,
        name: truncate(`${r.sectionName.trim() || "Biology"} (${r.sectionId.trim()})`, 200),
        description: `OpenStax Biology 2e, section ${r.sectionId.trim()}.`,
        prerequisites: [],
      });
    }
    const unreadable = parsed.data.subs.findIndex((s, i) => {
      const spec = choiceFor(
        `${key}/${i}`,
        escapeDollars(s.Answer.trim()),
        escapeDollars(s["Incorrect Response"].trim()),
      );
      return (
        checkAnswer(spec, formatAnswer(spec)).verdict !== "correct" ||
        checkAnswer(spec, escapeDollars(s["Incorrect Response"].trim())).verdict === "correct"
      );
    });
    if (unreadable >= 0) {
      errors.fail(
        file.path,
        record,
        `problems.SubProblems.${unreadable}.Incorrect Response`,
        "the answer checker cannot tell it from the Answer (it ignores case and punctuation)",
      );
      continue;
    }
    const choices: ChoiceStep[] = parsed.data.subs.map((s) => ({ right: s.Answer, wrong: s["Incorrect Response"] }));
    const steps: StepInput[] = parsed.data.subs.map((s, i) => {
      const answer = choiceFor(
        `${key}/${i}`,
        escapeDollars(s.Answer.trim()),
        escapeDollars(s["Incorrect Response"].trim()),
      );
      const keeps = (t: string) => !textRevealsAnswer(answer, t) && keepsAnswers(t, choices, i);
      const hint = escapeDollars(s.Hint.trim());
      const fact = focusFact(parsed.data.facts, s.Question, s.Hint, choices, i);
      const trimmed = trimFeedback(s.Feedback.trim(), choices, i);
      const feedback = trimmed ? escapeDollars(trimmed) : null;
      const right = answer.kind === "choice" ? (answer.options[answer.correct] as string) : "";
      const focus = fact ? escapeDollars(`Recall: ${fact}`) : null;
      const probing = keeps(hint) ? hint : focus ? GENERIC_PROBE : GENERIC_HINT;
      return {
        prompt: escapeDollars(s.Question.trim()),
        answer,
        skills: [skillKey],
        hints: [
          ...(focus && keeps(focus) ? [{ kind: "hint" as const, text: focus }] : []),
          { kind: "hint" as const, text: probing },
          { kind: "bottom_out" as const, text: bottomOut(right, s.Feedback.trim(), trimmed, choices, i) },
        ],
        wrongAnswers: [
          {
            match: escapeDollars(s["Incorrect Response"].trim()),
            feedback: feedback && !textRevealsAnswer(answer, feedback) ? feedback : GENERIC_FEEDBACK,
            misconception: truncate(s["Incorrect Response"], 200),
          },
        ],
      };
    });
    problems.push({
      key,
      title: truncate(r.objective.trim() || r.sectionName.trim() || parsed.data.problem, 300),
      statement: escapeDollars(parsed.data.problem.trim()),
      steps,
      source: {
        ...CLASS_SOURCE,
        attribution: `CLASS (Sonkar et al., 2023), row ${r.row}, OpenStax Biology 2e section ${r.sectionId.trim()}`,
      },
    });
  }
  if (rows.length === 0) errors.fail(file.path, "file", "(file)", "no CLASS records");
  const bundle: ContentBundleInput = {
    format: "stepwise",
    version: 1,
    skills: [...skills.values()],
    problemSets: [
      {
        key: opts.setKey ?? "class-biology",
        title: "Biology scaffolding problems (CLASS)",
        description: `Biology problems broken into sub-problems, from the CLASS scaffolding dataset (${CLASS_SOURCE.licence}).`,
        published: !opts.draft,
        problems,
      },
    ],
  };
  return { bundle: finishBundle(bundle, file.path), skipped: errors.skipped };
}
