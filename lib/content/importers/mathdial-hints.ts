import { formatAnswer } from "@/lib/tutor/answers";
import type { HintInput } from "../format";
import { NOUN_STOP } from "./mathdial-english";
import type { Operand } from "./mathdial-solution";
import { type AnswerGuard, close, type PlannedStep } from "./mathdial-steps";
import { escapeDollars } from "./shared";

/**
 * A step's ladder, as MathDial's teachers move: focus (which quantities matter), probing (which
 * operation), then the bottom-out, which states this step's result and nothing of a later step.
 * Each rung falls back to words without numbers when its numbers would give an answer away.
 */

const OPERATION: Record<string, string> = {
  "+": "an addition",
  "-": "a subtraction",
  "*": "a multiplication",
  "/": "a division",
};

function listing(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** "3 bids", "$50 per bid", "$150 (your answer to step 1)". */
function describeOperand(o: Operand, steps: PlannedStep[], index: number): string {
  const from = steps.findIndex((s, j) => j < index && close(s.spec.value, o.percent ? o.value * 100 : o.value));
  if (from >= 0) return `${o.text.replace(/^(\$?)\./, "$10.")} (your answer to step ${from + 1})`;
  const words = o.words.split(" ").filter(Boolean);
  const first = (words[0] ?? "").toLowerCase();
  const ok = words.length > 0 && words.length <= 3 && (first === "per" || !NOUN_STOP.has(first));
  const text = o.text.replace(/^(\$?)\./, "$10.");
  return ok ? `${text} ${words.join(" ")}` : text;
}

/** "Add 12 and 3.", "Subtract 15 and 25 from 60.", "Multiply 3 by $50.", else "Work out 6 × 60 + 4 × 40.". */
function operation(step: PlannedStep): string | null {
  const c = step.comp;
  if (!c) return null;
  const nums = c.operands.map((o) => o.text.replace(/^(\$?)\./, "$10."));
  const ops = new Set(c.ops);
  const bracketed = c.display.includes("(");
  if (ops.size === 1 && !bracketed) {
    const op = c.ops[0];
    if (op === "+") return `Add ${listing(nums)}.`;
    if (op === "-") return `Subtract ${listing(nums.slice(1))} from ${nums[0]}.`;
    if (op === "*") return nums.length === 2 ? `Multiply ${nums[0]} by ${nums[1]}.` : `Multiply ${listing(nums)}.`;
    if (op === "/" && nums.length === 2) return `Divide ${nums[0]} by ${nums[1]}.`;
  }
  return `Work out ${c.display}.`;
}

function operationName(step: PlannedStep): string {
  const ops = new Set(step.comp?.ops ?? []);
  if (ops.size !== 1)
    return "Which operations do you need, and in which order? Write the calculation before you work it out.";
  const name = OPERATION[[...ops][0] as string] ?? "a calculation";
  return `Which operation do you need? This one is ${name}.`;
}

/** The answer as a phrase: "$150", "3 hours", "15 spoons". */
export function answerPhrase(step: PlannedStep): string {
  const shown = formatAnswer(step.spec);
  const noun = step.noun.split(" ").slice(0, 4).join(" ");
  return step.spec.unit || !noun || step.ask?.percent ? `${shown}${step.ask?.percent ? "%" : ""}` : `${shown} ${noun}`;
}

function pick(options: (string | null)[], ok: (t: string) => boolean): string | null {
  for (const o of options) if (o && ok(escapeDollars(o))) return escapeDollars(o);
  return null;
}

export function stepHints(
  steps: PlannedStep[],
  index: number,
  guard: AnswerGuard,
  extra: { focus?: string; bottom?: string } = {},
): HintInput[] {
  const step = steps[index] as PlannedStep;
  const c = step.comp;
  const ok = (t: string) => guard.safe(t, index);
  // An operand equal to this step's answer or a later one is not named, in any form ("Work out 10 × 2").
  const named = (from: number) =>
    !c?.operands.some((o) => steps.slice(from).some((s) => close(s.spec.value, o.percent ? o.value * 100 : o.value)));
  const numbers = named(index);
  const quantities = c && numbers ? listing(c.operands.map((o) => describeOperand(o, steps, index))) : "";
  const focus = pick(
    [
      quantities ? `Which quantities does this step need? Use ${quantities}.` : null,
      extra.focus ?? null,
      index > 0
        ? "Which quantities does this step need? Look back at the question and at your answers so far."
        : "Which quantities does this step need? Re-read the question and pick out the numbers that matter here.",
    ],
    ok,
  ) as string;
  const op = operation(step);
  const probing = pick(
    [
      c?.consistent && op && numbers ? `Which operation do you need? ${op}` : null,
      c ? operationName(step) : null,
      "Which operation links what you found so far to what the question asks?",
    ],
    ok,
  ) as string;
  const phrase = answerPhrase(step);
  const result = `${formatAnswer(step.spec)}${step.ask?.percent ? "%" : ""}`;
  const shown = escapeDollars(result);
  const bottom = pick(
    [
      c?.consistent && named(index + 1) ? `${c.display} = ${result}, so the answer is ${phrase}.` : null,
      extra.bottom ?? null,
      `The answer is ${phrase}.`,
      `The answer is ${shown}.`,
    ],
    (t) => guard.safe(t, index, true),
  );
  return [
    { kind: "hint", text: focus },
    { kind: "hint", text: probing },
    { kind: "bottom_out", text: bottom ?? `The answer is ${shown}.` },
  ];
}
