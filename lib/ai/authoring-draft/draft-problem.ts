import { generateText, type LanguageModel, Output } from "ai";
import { checkProblem } from "@/lib/content/check-problem";
import type { StepInput } from "@/lib/content/format";
import { type Draft, draftSchema } from "./schema";

export interface DraftRequest {
  title: string;
  statement: string;
  /** The final answer as the author would type it. */
  answer: string;
  skills: string[];
}

export interface DraftResult {
  /** Steps in the content format, for the editor: a draft, never published by this function. */
  steps: StepInput[];
  /** What the content checker found; a draft with problems cannot be published as is. */
  problems: string[];
  inputTokens: number | null;
  outputTokens: number | null;
}

const INSTRUCTIONS = `You help a maths teacher author a scaffolded problem for an intelligent tutor.
Split the problem into 2-4 steps, each one question. For each step give: its answer specification,
1-2 focus hints that never state the step's answer, one scaffold question (a smaller question with
its own, different answer), a bottom-out that states the answer with a reason, and 1-3 common
wrong answers with probing feedback and a misconception label. The last step's answer must equal
the problem's final answer. Keep the language simple for 11-14 year olds. Use $...$ for maths.`;

/** The model drafts; code converts it to the content format and runs the content checker. */
export async function draftProblem(model: LanguageModel, req: DraftRequest): Promise<DraftResult> {
  const r = await generateText({
    model,
    system: INSTRUCTIONS,
    prompt: `Title: ${req.title}\nProblem: ${req.statement}\nFinal answer: ${req.answer}`,
    output: Output.object({ schema: draftSchema }),
    maxRetries: 1,
  });
  const steps = toSteps(r.output, req.skills);
  const problems = checkProblem({ title: req.title, statement: req.statement, steps }).problems;
  return { steps, problems, inputTokens: r.usage.inputTokens ?? null, outputTokens: r.usage.outputTokens ?? null };
}

export function toSteps(draft: Draft, skills: string[]): StepInput[] {
  return draft.steps.map((s) => ({
    prompt: s.prompt,
    answer: s.answer,
    skills: skills.length ? skills : ["unassigned"],
    hints: [
      ...s.hints.map((text) => ({ kind: "hint" as const, text })),
      { kind: "scaffold" as const, text: s.scaffold.text, answer: s.scaffold.answer },
      { kind: "bottom_out" as const, text: s.bottomOut },
    ],
    wrongAnswers: s.wrongAnswers,
  }));
}
