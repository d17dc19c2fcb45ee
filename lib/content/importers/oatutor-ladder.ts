import type { z } from "zod";
import { answerSpec, checkAnswer, formatAnswer, textRevealsAnswer } from "@/lib/tutor/answers";
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
 * (reported in `downgraded`), unless that would state the step's answer early.
 */
export function buildLadder(
  items: PathwayItem[],
  step: AnswerSpec,
  vars: (item: PathwayItem) => ChosenVariables,
): { hints: HintInput[]; dropped: number; downgraded: DowngradedScaffold[] } {
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
    if (textRevealsAnswer(step, text)) {
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
      if (textRevealsAnswer(step, shown)) revealing(shown);
      else hints.push({ kind: "hint", text: shown });
      continue;
    }
    const answer = answerSpec.parse(mapped);
    const said = formatAnswer(answer);
    const tellsStep = checkAnswer(step, said).verdict === "correct" || textRevealsAnswer(step, said);
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
