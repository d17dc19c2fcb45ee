import type { SessionState, TurnDecision, TutorProblem } from "../types";
import { listSecrets, type Secret } from "./list-secrets";

/**
 * What a student can see once a turn is shown, and what is still secret: the same for the
 * content checker (the embedded engine's words) and the model guard (a model's words).
 */

/** The texts that code decided this turn may convey. */
export function decidedTexts(d: TurnDecision): string[] {
  const c = d.content;
  switch (c.kind) {
    case "wrong_answer":
      return [c.feedback];
    case "partial":
      return [c.reason];
    case "hint":
    case "scaffold":
    case "reveal":
      return [c.text];
    case "confirm_scaffold":
    case "scaffold_incorrect":
      return [c.scaffoldText];
    case "scaffold_told":
      return [c.scaffoldText, c.scaffoldAnswer];
    default:
      return [];
  }
}

/** Rungs of the step given before this turn (shown then, so visible now). */
export function rungsGiven(problem: TutorProblem, before: SessionState): string[] {
  const step = problem.steps[before.stepIndex];
  return step ? step.hints.slice(0, before.rung).map((h) => h.text) : [];
}

/** Prompts of the steps the student has reached once this turn is shown. */
export function promptsReached(problem: TutorProblem, d: TurnDecision): string[] {
  const last = Math.min(problem.steps.length - 1, Math.max(d.stepIndex, d.next.stepIndex));
  return problem.steps.slice(0, last + 1).map((s) => s.prompt);
}

/** Options of the choice steps reached (on screen as buttons). */
export function optionsReached(problem: TutorProblem, d: TurnDecision): string[] {
  return problem.steps
    .slice(0, promptsReached(problem, d).length)
    .flatMap((s) => (s.answer.kind === "choice" ? s.answer.options : []));
}

/**
 * Everything visible once the turn is shown, except the turn's own words and the options:
 * title, statement, prompts reached, the conversation so far, the rungs given before, and the
 * content code decided to give now (the model may convey it; the content checker, which judges
 * that content itself, leaves it out).
 */
export function visibleTexts(
  problem: TutorProblem,
  d: TurnDecision,
  before: SessionState,
  conversation: string[],
  { includeDecided = true } = {},
): string[] {
  return [
    problem.title,
    problem.statement,
    ...promptsReached(problem, d),
    ...conversation,
    ...rungsGiven(problem, before),
    ...(includeDecided ? decidedTexts(d) : []),
  ];
}

/**
 * Secrets after the turn: the answers of every step not solved or told (a told step waiting for
 * the student to type its answer in is told), and the answer of a
 * scaffold question waiting for the student. `choiceOpen` when the student must now pick one
 * of a choice's options.
 */
export function openSecrets(problem: TutorProblem, d: TurnDecision): { secrets: Secret[]; choiceOpen: boolean } {
  const secrets: Secret[] = [];
  if (d.next.finished) return { secrets, choiceOpen: false };
  // A step whose answer was told is no secret, even while it stays open for the type-in.
  problem.steps.forEach((step, i) => {
    if (i >= d.next.stepIndex && !d.next.revealedSteps.includes(i)) secrets.push(...listSecrets(step.answer));
  });
  const current = problem.steps[d.next.stepIndex];
  let choiceOpen = current?.answer.kind === "choice";
  const pending = d.next.pendingScaffold === null ? null : current?.hints[d.next.pendingScaffold];
  if (pending?.answer && d.content.kind !== "scaffold_told") {
    secrets.push(...listSecrets(pending.answer));
    choiceOpen ||= pending.answer.kind === "choice";
  }
  return { secrets, choiceOpen };
}
