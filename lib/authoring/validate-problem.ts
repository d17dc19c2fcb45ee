import type { z } from "zod";
import { checkProblem } from "@/lib/content/check-problem";
import { type ProblemInput, problemInput } from "@/lib/content/format";
import type { ErrorText } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translator";
import { capitalize, fieldInWords } from "@/lib/i18n/zod-errors";
import { checkAnswer, formatAnswer, textRevealsAnswer } from "@/lib/tutor/answers";
import { zodIssueText } from "./issue-text";

/** One thing to fix before a problem can be saved: which step (1-based) and which field. */
export interface AuthoringIssue {
  step: number | null;
  field: string;
  /** In English (logs, tests, the command line). */
  message: string;
  /** The message as a key of the admin catalogue, for the reader's language (describeIssueIn). */
  text?: ErrorText;
  /** Where the content format failed, for naming the place in words ("step 1, wrong answer 2"). */
  path?: PropertyKey[];
}

/** "Step 2, hints[3]: ..." or "title: ...". */
export function describeIssue(issue: AuthoringIssue): string {
  return `${issue.step !== null ? `Step ${issue.step}, ` : ""}${issue.field}: ${issue.message}`;
}

/** describeIssue in the reader's language: issues.map(describeIssueIn(t)). */
export function describeIssueIn(t: Translate): (issue: AuthoringIssue) => string {
  return (issue) => {
    const message = issue.text ? t(issue.text.key, issue.text.values) : issue.message;
    // A format issue names its place as the editor's labels do, not as the format's field path
    // ("Step 1, wrong answer 2, the misconception", not "Step 1, wrongAnswers[2].misconception").
    if (issue.path?.length) {
      const { field, at } = fieldInWords(issue.path, t);
      return t("admin.errors.issue", {
        step: "none",
        field: capitalize([at, field].filter(Boolean).join(", ")),
        message,
      });
    }
    return t("admin.errors.issue", {
      step: issue.step ?? "none",
      field: issue.field === CONTENT_CHECK ? t("admin.errors.contentCheckField") : issue.field,
      message,
    });
  };
}

const CONTENT_CHECK = "content check";

const LISTS = new Set(["hints", "wrongAnswers", "options", "items", "accepted", "skills", "aliases", "variables"]);

/** A zod path as an author reads it: ["steps", 1, "hints", 0, "text"] -> step 2, "hints[1].text". */
function issueFromPath(path: PropertyKey[], message: string, text?: ErrorText): AuthoringIssue {
  let step: number | null = null;
  let rest = path;
  if (path[0] === "steps" && typeof path[1] === "number") {
    step = path[1] + 1;
    rest = path.slice(2);
  }
  let field = "";
  for (const [i, seg] of rest.entries()) {
    if (typeof seg === "number") field += LISTS.has(String(rest[i - 1])) ? `[${seg + 1}]` : `[${seg}]`;
    else field += field ? `.${String(seg)}` : String(seg);
  }
  return { step, field: field || (step !== null ? "step" : "problem"), message, ...(text ? { text } : {}), path };
}

export type ParsedDraft = { ok: true; input: ProblemInput } | { ok: false; issues: AuthoringIssue[] };

/** Parses what the editor sent against the content format; issues name the step and field. */
export function parseProblemDraft(raw: unknown): ParsedDraft {
  const parsed = problemInput.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, issues: zodIssues(parsed.error) };
}

/**
 * A union (the answer kinds) that fails reports every branch; the useful one is the branch of
 * the kind the author chose (no complaint about `kind`), with the fewest complaints.
 */
function flatten(
  issues: z.core.$ZodIssue[],
  prefix: PropertyKey[] = [],
): { path: PropertyKey[]; message: string; text?: ErrorText }[] {
  return issues.flatMap((i) => {
    const path = [...prefix, ...i.path];
    if (i.code === "invalid_union" && i.errors.length) {
      const branches = i.errors.filter((b) => b.length && !b.some((x) => x.path.at(-1) === "kind"));
      const best = [...branches].sort((a, b) => a.length - b.length)[0];
      if (best) return flatten(best, path);
    }
    return [{ path, message: i.message, text: zodIssueText(i) }];
  });
}

function zodIssues(error: z.ZodError): AuthoringIssue[] {
  const seen = new Set<string>();
  const out: AuthoringIssue[] = [];
  for (const i of flatten(error.issues)) {
    // A union's failure is reported once per branch: keep the first message for each place.
    const issue = issueFromPath(i.path, i.message, i.text);
    const id = `${issue.step}|${issue.field}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(issue);
  }
  return out;
}

/**
 * The authoring checks, on content that already parses. Pure:
 * - the step's own answer (as the tutor would show it) is accepted by its specification;
 * - every common wrong answer is rejected by it;
 * - every scaffold question's answer checks, and is not the step's own answer;
 * - the ladder has at most one bottom-out, and it is the last rung;
 * - no rung before the bottom-out, and no feedback, states the step's answer;
 * - a step lists each skill once;
 * - then the content checker (simulated students through the real engine) passes.
 */
export function validateProblem(input: ProblemInput): AuthoringIssue[] {
  const issues: AuthoringIssue[] = [];
  for (const [i, step] of input.steps.entries()) {
    const n = i + 1;
    // `at`: the place within the step, for naming it in words as the editor labels it
    // ("Step 1, wrong answer 2, the feedback", not "wrongAnswers[2] "6".feedback").
    const add = (field: string, message: string, key: string, values?: ErrorText["values"], at?: PropertyKey[]) =>
      issues.push({
        step: n,
        field,
        message,
        text: { key: `admin.errors.issues.${key}`, ...(values ? { values } : {}) },
        ...(at ? { path: ["steps", i, ...at] } : {}),
      });
    const shown = formatAnswer(step.answer);
    if (checkAnswer(step.answer, shown).verdict !== "correct") {
      add("answer", `its own answer "${shown}" is not accepted by the specification`, "ownAnswerRejected", { shown }, [
        "answer",
      ]);
    }
    if (new Set(step.skills).size !== step.skills.length)
      add("skills", "a skill is listed twice", "skillTwice", undefined, ["skills"]);
    for (const [j, w] of step.wrongAnswers.entries()) {
      const field = `wrongAnswers[${j + 1}] "${w.match}"`;
      if (checkAnswer(step.answer, w.match).verdict === "correct") {
        add(field, "is accepted as correct by the answer specification", "wrongAnswerAccepted", undefined, [
          "wrongAnswers",
          j,
          "match",
        ]);
      }
      if (textRevealsAnswer(step.answer, w.feedback))
        add(`${field}.feedback`, "states the step's answer", "statesAnswer", undefined, [
          "wrongAnswers",
          j,
          "feedback",
        ]);
    }
    const bottoms = step.hints.flatMap((h, j) => (h.kind === "bottom_out" ? [j] : []));
    if (bottoms.length > 1)
      add(
        "hints",
        `has ${bottoms.length} bottom-outs: at most one, as the last rung`,
        "bottomOuts",
        { count: bottoms.length },
        ["hints"],
      );
    else if (bottoms.length === 1 && bottoms[0] !== step.hints.length - 1) {
      add(
        `hints[${(bottoms[0] as number) + 1}]`,
        "the bottom-out must be the last rung of the ladder",
        "bottomOutLast",
        undefined,
        ["hints", bottoms[0] as number, "kind"],
      );
    }
    for (const [j, h] of step.hints.entries()) {
      const field = `hints[${j + 1}]`;
      if (h.kind === "bottom_out") continue;
      if (textRevealsAnswer(step.answer, h.text)) {
        add(
          `${field}.text`,
          "states the step's answer before the bottom-out: reword it or make it the bottom-out",
          "hintStatesAnswer",
          undefined,
          ["hints", j, "text"],
        );
      }
      if (h.kind !== "scaffold") continue;
      const scaffoldShown = formatAnswer(h.answer);
      if (checkAnswer(h.answer, scaffoldShown).verdict !== "correct") {
        add(
          `${field}.answer`,
          `the scaffold's own answer "${scaffoldShown}" is not accepted by its specification`,
          "scaffoldRejected",
          { shown: scaffoldShown },
          ["hints", j, "answer"],
        );
      } else if (checkAnswer(step.answer, scaffoldShown).verdict === "correct") {
        add(
          `${field}.answer`,
          "is the step's own answer: the tutor would tell it when the student misses the scaffold",
          "scaffoldIsAnswer",
          undefined,
          ["hints", j, "answer"],
        );
      }
    }
  }
  if (issues.length) return issues;
  // Only content that passes the checks above is worth playing through the engine.
  for (const message of checkProblem(input).problems) {
    const m = /step (\d+)/i.exec(message);
    issues.push({ step: m ? Number(m[1]) : null, field: CONTENT_CHECK, message });
  }
  return issues;
}
