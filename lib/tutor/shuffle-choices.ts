import { createRng, shuffleCopy } from "@/lib/kt/simulate/create-rng";
import { pickOption } from "./answers/check-choice";
import { normalizeInput } from "./answers/normalize-input";
import type { ChoiceSpec } from "./answers/spec";
import type { TutorProblem, TutorStep } from "./types";

/** 32-bit FNV-1a of a string: the seed of one step's permutation. */
function hashSeed(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A permutation of 0..n-1 (Fisher-Yates): `order[k]` is the authored index shown at position k. */
export function permutation(n: number, seed: string): number[] {
  return shuffleCopy(
    createRng(hashSeed(seed)),
    Array.from({ length: n }, (_, i) => i),
  );
}

function shuffleSpec(spec: ChoiceSpec, order: number[]): ChoiceSpec {
  return {
    ...spec,
    options: order.map((i) => spec.options[i] as string),
    correct: order.indexOf(spec.correct),
  };
}

/** "b", "(b)", "B)", "option b", "2": an option named by its position. */
const POSITIONAL = /^(?:(?:option|choice|letter|number)\s+)?[([]?(?:[a-z]|\d{1,2})[)\].:]?$/;

function shuffleStep(step: TutorStep, seed: string): TutorStep {
  const spec = step.answer;
  if (spec.kind !== "choice") return step;
  const order = permutation(spec.options.length, seed);
  return {
    ...step,
    answer: shuffleSpec(spec, order),
    // An authored wrong answer given by position ("b", "2") means the authored option: it is
    // rewritten to that option's text, which means the same thing in any order.
    wrongAnswers: step.wrongAnswers.map((w) => {
      const match = normalizeInput(w.match);
      if (!POSITIONAL.test(match)) return w;
      const pick = pickOption(spec, match);
      return pick.status === "ok" ? { ...w, match: spec.options[pick.index] as string } : w;
    }),
  };
}

/**
 * The problem as one session shows it: every choice step's options in an order drawn from the
 * seed (the session id) and the step's index, `correct` remapped, so the right option is not
 * always first. Pure and deterministic: the same seed gives the same order on every load, so
 * the page, the checker, the policy and the model prompt all see the order the student sees,
 * and an option letter ("B") or number ("2") names the option at that position on screen.
 *
 * Scaffold questions with a choice answer keep their authored order: their options are shown
 * only inside the authored hint text, so a letter there refers to the authored order.
 */
export function shuffleChoices<P extends TutorProblem>(problem: P, seed: string): P {
  if (!problem.steps.some((s) => s.answer.kind === "choice")) return problem;
  return { ...problem, steps: problem.steps.map((s, i) => shuffleStep(s, `${seed}:${i}`)) };
}
