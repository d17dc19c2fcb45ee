import { checkAnswer, formatAnswer, matchesWrongAnswer } from "@/lib/tutor/answers";
import type { WrongAnswerInput } from "../format";
import { NOUN_STOP } from "./mathdial-english";
import { type Computation, solutionComputations, solutionLines } from "./mathdial-solution";
import { type AnswerGuard, close, type PlannedStep } from "./mathdial-steps";
import { escapeDollars, truncate } from "./shared";

/**
 * The LLM student's intermediate values (MathDial's `student_incorrect_solution`) as common
 * wrong answers: each of its computations is matched to the step that computes the same
 * quantity (shared operands, the same operation, shared words), and kept where its value is
 * not the right one, nor any step's answer. Feedback names the student's sum, never a result.
 */

const GENERIC =
  "Not quite. Check which quantities this step needs and which operation combines them, then work it out again.";

function contentWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !NOUN_STOP.has(w) && w !== "the" && w !== "and"),
  );
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

function sharedOperands(a: Computation, b: Computation): number {
  const left = b.operands.map((o) => o.value);
  let n = 0;
  for (const o of a.operands) {
    const i = left.findIndex((v) => close(v, o.value));
    if (i >= 0) {
      n++;
      left.splice(i, 1);
    }
  }
  return n;
}

/** The step a student computation matches best, or -1 when none matches well enough. */
export function matchStep(sc: Computation, steps: PlannedStep[]): number {
  const words = contentWords(sc.line);
  let best = -1;
  let bestScore = 0;
  for (const [k, s] of steps.entries()) {
    if (!s.comp) continue;
    const shared = sharedOperands(sc, s.comp);
    const sameOp = [...new Set(sc.ops)].sort().join() === [...new Set(s.comp.ops)].sort().join();
    const sim = similarity(words, contentWords(s.comp.line));
    if (!((shared >= 1 && (sameOp || sim >= 0.2)) || sim >= 0.4)) continue;
    const score = 2 * shared + (sameOp ? 1 : 0) + 3 * sim;
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}

/** Wrong answers per step index from the group's student solutions (final answers excluded). */
export function studentWrongAnswers(
  solutions: string[],
  steps: PlannedStep[],
  allValues: number[],
  guard: AnswerGuard,
): Map<number, WrongAnswerInput[]> {
  const out = new Map<number, WrongAnswerInput[]>();
  for (const solution of solutions) {
    const lines = solutionLines(solution);
    for (const sc of solutionComputations(lines.slice(0, -1))) {
      if (allValues.some((v) => close(v, sc.value))) continue;
      const k = matchStep(sc, steps);
      if (k < 0) continue;
      const spec = (steps[k] as PlannedStep).spec;
      const match = formatAnswer({ kind: "numeric", value: sc.value });
      if (checkAnswer(spec, match).verdict === "correct" || !matchesWrongAnswer(spec, match, match)) continue;
      const list = out.get(k) ?? [];
      if (list.some((w) => w.match === match)) continue;
      const named = escapeDollars(
        `Not quite: that is what ${sc.display} gives. Is that the calculation this step needs? Check the quantities and the operation.`,
      );
      const names = !sc.operands.some((o) =>
        steps.slice(k).some((s) => close(s.spec.value, o.percent ? o.value * 100 : o.value)),
      );
      list.push({
        match,
        feedback: sc.consistent && names && guard.safe(named, k) ? named : GENERIC,
        misconception: truncate(`same slip as the MathDial student: ${sc.display} = ${match}`, 200),
      });
      out.set(k, list);
    }
  }
  return out;
}
