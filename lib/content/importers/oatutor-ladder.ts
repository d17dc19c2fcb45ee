import type { z } from "zod";
import { answerSpec, checkAnswer, formatAnswer, textRevealsAnswer } from "@/lib/tutor/answers";
import { allowedVariables, readSpecMath } from "@/lib/tutor/answers/check-expression";
import { findMathRuns } from "@/lib/tutor/answers/find-math-runs";
import { normalizeInput } from "@/lib/tutor/answers/normalize-input";
import { DEGREE_SIGN, formatExpr, parseMath } from "@/lib/tutor/answers/parse-math";
import type { AnswerSpec } from "@/lib/tutor/answers/spec";
import type { hintInput } from "../format";
import { oatutorAnswerSpec } from "./oatutor-answer";
import { isRejection, type Rejection } from "./oatutor-latex";
import { type ChosenVariables, oatutorText, variabilize } from "./oatutor-text";

type HintInput = z.input<typeof hintInput>;

/** One item of an OATutor hint pathway (`tutoring/<step>DefaultPathway.json`). */
export interface PathwayItem {
  id: string;
  type: "hint" | "scaffold" | "solution";
  dependencies: string[];
  title: string;
  text: string;
  variabilization: Record<string, string[]>;
  problemType?: string;
  answerType?: string;
  hintAnswer?: string[];
  choices?: string[];
  precision?: number;
  subHints?: PathwayItem[];
}

/** A scaffold kept as a plain hint because its own answer could not be imported. */
export interface DowngradedScaffold {
  field: string;
  rejection: Rejection;
}

/** Pathway items in dependency order (OATutor's are linear chains; ties keep file order). */
export function orderPathway(items: PathwayItem[]): PathwayItem[] {
  const placed = new Set<string>();
  const out: PathwayItem[] = [];
  const left = [...items];
  while (left.length) {
    const i = left.findIndex((it) => it.dependencies.every((d) => placed.has(d) || !items.some((x) => x.id === d)));
    const [next] = left.splice(Math.max(i, 0), 1);
    if (!next) break;
    placed.add(next.id);
    out.push(next);
  }
  return out;
}

function hintText(item: PathwayItem, vars: ChosenVariables): string {
  const title = oatutorText(variabilize(item.title, vars)).replace(/[.:]+$/, "");
  const text = oatutorText(variabilize(item.text, vars));
  if (!title || !text) return text || title;
  return text.toLowerCase().startsWith(title.toLowerCase()) ? text : `${title}: ${text}`;
}

const GENERIC_FIRST_HINT =
  "Re-read the question: what exactly is it asking you to find, and which facts in it will you use?";

const MAX_TEXT = 5000;

/** The names maths in this step's text may use: the answer's variables, or x. */
function stepNames(step: AnswerSpec): Set<string> {
  if (step.kind === "expression") {
    const target = readSpecMath(step.value, step.variables);
    return target ? allowedVariables(step.variables, target) : new Set(["x"]);
  }
  return new Set(step.kind === "equation" ? step.variables : ["x"]);
}

/**
 * Maths the checker reads since angles in degrees and powers written on a function are read
 * ("sin(15°)", "cos^2(9x)"). Restating the question's maths is no reveal in general (the tutor's
 * guard treats text the student can see so), but here the rule is kept to this maths, so that
 * ladders built before it stay as they were.
 */
const NEWLY_READ = new RegExp(`${DEGREE_SIGN}|(?:sin|cos|tan|sec|csc|cot|ln|log)\\s*\\^`);

/** Each stretch of maths in a text, as written (spaces aside) and as read ("sin^{3}(2x)" is "sin(2x)^3"). */
function mathsIn(text: string, names: ReadonlySet<string>) {
  const read = findMathRuns(normalizeInput(text, MAX_TEXT), names);
  return {
    text: read.text,
    runs: read.runs
      .filter((r) => NEWLY_READ.test(r.text))
      .map((r) => {
        const e = parseMath(r.text, names);
        return { start: r.start, end: r.end, forms: [r.text.replace(/\s+/g, ""), ...(e ? [formatExpr(e)] : [])] };
      }),
  };
}

/**
 * Whether a rung states the step's answer (the tutor guard's test). Where the question itself
 * shows maths equal to the answer ("Find sin(15°) using a half-angle formula", the expression a
 * "simplify" or "show that" step starts from), a rung that restates that maths as the question
 * writes it shows nothing the student cannot already read ("What are A and B in
 * cos(45°)cos(15°)?"), so the rung is read without it: it states the answer only if what is left
 * does. Restated means written the same (not merely equal: "d^9" is not "d^4 d^5"), and only
 * maths read since degrees and function powers are (NEWLY_READ) counts.
 */
function revealTest(step: AnswerSpec, shown: string): (text: string) => boolean {
  if (!shown.trim() || !textRevealsAnswer(step, shown)) return (text) => textRevealsAnswer(step, text);
  const names = stepNames(step);
  const visible = new Set(mathsIn(shown, names).runs.flatMap((r) => r.forms));
  return (text) => {
    if (!textRevealsAnswer(step, text)) return false;
    const read = mathsIn(text, names);
    const restated = read.runs.filter((run) => run.forms.some((f) => visible.has(f)));
    if (restated.length === 0) return true;
    let left = read.text;
    for (const run of restated.reverse()) left = `${left.slice(0, run.start)} ${left.slice(run.end)}`;
    return textRevealsAnswer(step, left);
  };
}

/**
 * The hint ladder for one step. Sub-hints (a scaffold's own hints) follow their scaffold.
 * OATutor has no bottom-out (the engine writes one from the answer when none is authored), and
 * a hint that states the step's answer must not come before the ladder allows. So the first
 * rung whose text reveals the answer (by the same test the tutor's guard uses) becomes the
 * bottom-out, moved to the end of the ladder, and made to state the answer if it only implies
 * it; later rungs that reveal it are dropped; the others keep their order. A scaffold whose own
 * answer is the step's answer would tell it when the student fails the scaffold, so it is kept
 * as a plain hint (its question, answered by answering the step). A scaffold whose answer
 * cannot be imported is kept as a plain hint that shows the source's answer after the question
 * (reported in `downgraded`), unless that would state the step's answer early. `shown` is the
 * question's own text (problem body, step title and body): maths it shows is no reveal when a
 * rung restates it (see revealTest).
 */
export function buildLadder(
  items: PathwayItem[],
  step: AnswerSpec,
  vars: (item: PathwayItem) => ChosenVariables,
  shown = "",
): { hints: HintInput[]; dropped: number; downgraded: DowngradedScaffold[] } {
  const reveals = revealTest(step, shown);
  const flat: { item: PathwayItem; field: string }[] = [];
  for (const [i, item] of orderPathway(items).entries()) {
    flat.push({ item, field: `[${i}] ${item.id}` });
    for (const [j, sub] of orderPathway(item.subHints ?? []).entries())
      flat.push({ item: sub, field: `[${i}].subHints[${j}] ${sub.id}` });
  }
  const hints: HintInput[] = [];
  const downgraded: DowngradedScaffold[] = [];
  let bottomOut: string | null = null;
  let dropped = 0;
  const revealing = (text: string) => {
    if (bottomOut === null) bottomOut = text;
    else dropped++;
  };
  for (const { item, field } of flat) {
    const v = vars(item);
    const text = hintText(item, v);
    if (!text) continue;
    if (reveals(text)) {
      revealing(text);
      continue;
    }
    if (item.type !== "scaffold") {
      hints.push({ kind: "hint", text });
      continue;
    }
    const answers = (item.hintAnswer ?? []).map((a) => variabilize(a, v));
    const mapped = oatutorAnswerSpec({
      answers,
      answerType: item.answerType,
      problemType: item.problemType,
      choices: item.choices?.map((c) => variabilize(c, v)),
      precision: item.precision,
      context: text,
    });
    if (isRejection(mapped)) {
      downgraded.push({ field: `${field}.hintAnswer`, rejection: mapped });
      const shown = answers[0]
        ? `${/[.!?:]$/.test(text) ? text : `${text}.`} Answer: ${oatutorText(answers[0])}`
        : text;
      if (reveals(shown)) revealing(shown);
      else hints.push({ kind: "hint", text: shown });
      continue;
    }
    const answer = answerSpec.parse(mapped);
    const said = formatAnswer(answer);
    const tellsStep = checkAnswer(step, said).verdict === "correct" || reveals(said);
    hints.push(tellsStep ? { kind: "hint", text } : { kind: "scaffold", text, answer });
  }
  const ladder = hints.length ? hints : [{ kind: "hint" as const, text: GENERIC_FIRST_HINT }];
  if (bottomOut !== null) ladder.push({ kind: "bottom_out", text: statingAnswer(bottomOut, step) });
  return { hints: ladder, dropped, downgraded };
}

/** The bottom-out tells: when its text does not show the answer as written, it is appended. */
function statingAnswer(text: string, step: AnswerSpec): string {
  const parts = step.kind === "list" ? step.items.map((it) => formatAnswer(it)) : [formatAnswer(step)];
  const shows = (part: string) => {
    const escaped = part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(^|[^\\w.])${escaped}(?!\\w|\\.\\d)`).test(text);
  };
  if (parts.every(shows)) return text;
  return `${/[.!?]$/.test(text) ? text : `${text}.`} So the answer is ${formatAnswer(step)}.`;
}
