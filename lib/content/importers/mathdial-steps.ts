import { type NumericSpec, textRevealsAnswer, type UnitSpec } from "@/lib/tutor/answers";
import { type Ask, type AskInput, askFor, INSTRUCTION, readPost } from "./mathdial-question";
import { type Computation, solutionComputations, tokenize } from "./mathdial-solution";
import { escapeDollars } from "./shared";

/**
 * Plans a MathDial problem's steps from its worked solution: every computation becomes a step
 * whose answer is the value it computes, asked for in words; repeated values are asked once; the
 * last step asks the problem's own question for the final answer. Pure.
 *
 * Steps, not scaffolds: each computed value is a quantity the student must find on the way (the
 * next line uses it), and a scaffold is only asked on the hint path of one step, so a student who
 * answers straight away would skip the intermediate quantities that MathDial's teachers probe.
 * A line with no words around its sum ("1250 - 540 = 710") is still a step, with a plain request
 * for "the next quantity"; its focus and probing rungs carry the numbers and the operation.
 */

export interface PlannedStep {
  /** The computation this step asks for; null for a final step added for the question. */
  comp: Computation | null;
  spec: NumericSpec;
  /** The words around the quantity in its line (null for an added final step). */
  ask: AskInput | null;
  /** The noun the line counts in, if any ("spoons", "pounds of candy"). */
  noun: string;
}

export const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const DOLLARS: UnitSpec = { name: "dollars", aliases: ["$", "dollar"], required: false };
const KNOWN_UNITS: Record<string, string> = {
  minute: "minutes",
  minutes: "minutes",
  hour: "hours",
  hours: "hours",
  second: "seconds",
  seconds: "seconds",
  day: "days",
  days: "days",
  week: "weeks",
  weeks: "weeks",
  month: "months",
  months: "months",
  year: "years",
  years: "years",
  mile: "miles",
  miles: "miles",
  foot: "feet",
  feet: "feet",
  inch: "inches",
  inches: "inches",
  pound: "pounds",
  pounds: "pounds",
  ounce: "ounces",
  ounces: "ounces",
  kg: "kg",
  gallon: "gallons",
  gallons: "gallons",
  cm: "cm",
  meters: "meters",
  km: "km",
};

/** "because"/"since" lines state the value before the sum: "He spent $2 on gumballs because 40 x .05 = 2". */
const STATED_FIRST = /^(.*?)[,]?\s+(?:because|since)\s*$/i;

/** The words around a computation's quantity, for asking about it. */
export function quantityWords(c: Computation, next: Computation | undefined): AskInput {
  let before = c.line.slice(c.segmentStart, c.exprStart);
  // A second sum in a line starts after the first one's unit: " wheels, bringing the total to".
  if (c.segmentStart > 0) before = before.replace(/^[^,;.]*?(?:[,;.]\s+|\s+(?:while|and|so|but)\s+)/i, "");
  const after = c.line.slice(c.resultEnd, next && next.lineIndex === c.lineIndex ? next.exprStart : undefined);
  const stated = STATED_FIRST.exec(before);
  if (stated) {
    const clause = stated[1] as string;
    const tok = tokenize(clause).find((t) => t.kind === "num" && close(t.value as number, c.value));
    if (tok) {
      return {
        pre: clause.slice(0, tok.start),
        post: clause.slice(tok.end),
        money: c.money || !!tok.money,
        percent: c.percent || !!tok.percent,
      };
    }
  }
  return { pre: before, post: after, money: c.money, percent: c.percent };
}

function specFor(value: number, words: AskInput | null): NumericSpec {
  if (!words) return { kind: "numeric", value };
  if (words.money) return { kind: "numeric", value, unit: DOLLARS };
  const first = (words.post.trim().split(/[\s.,;]+/)[0] ?? "").toLowerCase();
  const unit = words.percent ? undefined : KNOWN_UNITS[first];
  return unit
    ? { kind: "numeric", value, unit: { name: unit, aliases: [], required: false } }
    : { kind: "numeric", value };
}

/**
 * The steps: computations in order, a value already asked for dropped (so that no bottom-out
 * states a later step's answer), ending at the last computation of the final answer. When no
 * computation gives the final answer, a last step asks the question for it.
 */
export function planSteps(work: string[], finalAnswer: number): PlannedStep[] {
  let comps = solutionComputations(work);
  const lastFinal = comps.findLastIndex((c) => close(c.value, finalAnswer));
  if (lastFinal >= 0)
    comps = comps.slice(0, lastFinal + 1).filter((c, i) => i === lastFinal || !close(c.value, finalAnswer));
  const kept: Computation[] = [];
  for (const c of comps) if (!kept.some((k) => close(k.value, c.value))) kept.push(c);
  const steps: PlannedStep[] = kept.map((c, i) => {
    const ask = quantityWords(c, kept[i + 1]);
    return { comp: c, spec: specFor(c.value, ask), ask, noun: readPost(ask.post).noun };
  });
  if (lastFinal < 0) steps.push({ comp: null, spec: { kind: "numeric", value: finalAnswer }, ask: null, noun: "" });
  return steps;
}

/** Whether a text, shown at step `index`, keeps every answer it must keep. */
export class AnswerGuard {
  constructor(private readonly steps: PlannedStep[]) {}
  /** No later step's answer; and, unless `own` is allowed (a bottom-out), not this step's either. */
  safe(text: string, index: number, allowOwn = false): boolean {
    return this.steps.every((s, j) => j < index || (j === index && allowOwn) || !textRevealsAnswer(s.spec, text));
  }
}

/** Arithmetic written out ("12 + 3", "40 x .05"): only hints may show it, never a prompt. */
const ARITHMETIC = /\d\s*%?\s*(?:[-+*/×÷^]|\bx\b)\s*\$?\.?\d/;

function generic(step: PlannedStep): string {
  const noun = step.noun.split(" ").slice(0, 4).join(" ");
  if (noun && !step.ask?.money)
    return `How many ${noun} do you get at the next stage of the problem? Work it out from what you know so far.`;
  if (step.ask?.money)
    return "How much money does the next stage of the problem come to? Work it out from what you know so far.";
  return "Which quantity do you need to work out next? Work it out from what you know so far.";
}

/** The words of a cloze: the line with its sum and value blanked out. */
function cloze(ask: AskInput): string | null {
  const pre = ask.pre.replace(/\s+/g, " ").trim();
  // Too few words to say what is counted, or an instruction that names the operation.
  if (pre.split(" ").length < 3 || INSTRUCTION.test(pre)) return null;
  const post = ask.post
    .split(/(?<!\d)[.;!?](?!\d)/)[0]!
    .replace(/\s+/g, " ")
    .trim();
  if (!pre && !post) return null;
  const blank = ask.money ? "$___" : ask.percent ? "___%" : "___";
  return `Fill in the blank: ${[pre.replace(/[,:=]$/, ""), blank, post].filter(Boolean).join(" ")}.`;
}

/** The step's prompt: a rule-made question, else a cloze of its line, else a plain request. */
export function stepPrompt(step: PlannedStep, index: number, guard: AnswerGuard): Ask {
  const candidates: Ask[] = step.ask ? [...askFor(step.ask)] : [];
  const c = step.ask ? cloze(step.ask) : null;
  if (c) candidates.push({ text: c, rule: "cloze" });
  for (const a of candidates) {
    const text = escapeDollars(a.text);
    if (ARITHMETIC.test(a.text) || a.text.length > 400) continue;
    if (guard.safe(text, index)) return { text, rule: a.rule };
  }
  const text = escapeDollars(generic(step));
  return { text: guard.safe(text, index) ? text : escapeDollars(generic({ ...step, noun: "" })), rule: "generic" };
}
