"use server";

import { z } from "zod";
import { draftProblem } from "@/lib/ai/authoring-draft/draft-problem";
import { getTutorBackend } from "@/lib/ai/provider";
import { requireUser } from "@/lib/auth/current-user";
import type { StepInput } from "@/lib/content/format";
import { publicError } from "@/lib/errors";
import { cleanTextField } from "@/lib/validation/text";

const requestSchema = z.object({
  title: cleanTextField(z.string().trim().min(1, "Give the problem a title.").max(300), { singleLine: true }),
  statement: cleanTextField(z.string().trim().min(1, "Write the problem statement.").max(5000)),
  answer: cleanTextField(z.string().trim().min(1, "Give the final answer.").max(200), { singleLine: true }),
  skills: z.array(cleanTextField(z.string().min(1).max(200), { singleLine: true })).max(10),
});

export type DraftOutcome =
  | { error: string }
  | { steps: StepInput[]; problems: string[]; title: string; statement: string };

/** The model drafts steps for the admin to review and edit; nothing is saved or published here. */
export async function draftWithModelAction(raw: unknown): Promise<DraftOutcome> {
  try {
    await requireUser("admin");
    const req = requestSchema.safeParse(raw);
    if (!req.success) return { error: req.error.issues[0]?.message ?? "Check the form." };
    const backend = getTutorBackend();
    if (backend.kind !== "llm")
      return { error: "No model is configured (AI_PROVIDER): the embedded engine cannot draft problems." };
    const r = await draftProblem(backend.model, req.data);
    return { steps: r.steps, problems: r.problems, title: req.data.title, statement: req.data.statement };
  } catch (e) {
    return { error: `The model could not draft this problem: ${publicError(e).message}` };
  }
}
