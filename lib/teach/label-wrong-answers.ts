import { answerSpec, matchesWrongAnswer } from "@/lib/tutor/answers";

/**
 * The misconception report: incorrect attempts grouped by their normalised text (grouped in SQL
 * with the same rule as normaliseAnswerText), each with the authored misconception it matches.
 */

/** Lower case, whitespace collapsed and trimmed. Mirrored in SQL by NORMALISED_ANSWER_SQL. */
export function normaliseAnswerText(answer: string): string {
  return answer.replace(/\s+/g, " ").trim().toLowerCase();
}

/** The same rule in PostgreSQL, over a column named "answer" of the Attempt table alias `a`. */
export const NORMALISED_ANSWER_SQL = `lower(btrim(regexp_replace(a."answer", '\\s+', ' ', 'g')))`;

export interface WrongAnswerGroup {
  stepId: string;
  /** The normalised text (the group's key). */
  answer: string;
  /** One raw answer of the group, for the checker. */
  sample: string;
  count: number;
}

export interface StepForLabels {
  answerSpec: unknown;
  wrongAnswers: { match: string; misconception: string }[];
}

export interface LabelledWrongAnswer extends WrongAnswerGroup {
  /** The matched authored misconception, or null (an unanticipated wrong answer). */
  misconception: string | null;
}

/** Top `perStep` groups per step by count (then text), each labelled. */
export function labelWrongAnswers(
  groups: WrongAnswerGroup[],
  steps: Map<string, StepForLabels>,
  perStep = 5,
): Map<string, LabelledWrongAnswer[]> {
  const byStep = new Map<string, WrongAnswerGroup[]>();
  for (const g of groups) {
    const list = byStep.get(g.stepId) ?? [];
    list.push(g);
    byStep.set(g.stepId, list);
  }
  const out = new Map<string, LabelledWrongAnswer[]>();
  for (const [stepId, list] of byStep) {
    const step = steps.get(stepId);
    const parsed = step ? answerSpec.safeParse(step.answerSpec) : null;
    const top = [...list].sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer)).slice(0, perStep);
    out.set(
      stepId,
      top.map((g) => ({
        ...g,
        misconception:
          parsed?.success && step
            ? (step.wrongAnswers.find((w) => matchesWrongAnswer(parsed.data, g.sample, w.match))?.misconception ?? null)
            : null,
      })),
    );
  }
  return out;
}
