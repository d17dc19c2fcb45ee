import { z } from "zod";
import { answerSpec } from "@/lib/tutor/answers/spec";

/** What the model drafts for a problem: steps with ladders and common wrong answers. */
export const draftSchema = z.object({
  steps: z
    .array(
      z.object({
        prompt: z.string().min(1).describe("One question the student answers in this step."),
        answer: answerSpec.describe(
          "Answer specification (kinds: numeric, fraction, percentage, expression, equation, choice, text, list).",
        ),
        hints: z
          .array(z.string().min(1))
          .min(1)
          .max(3)
          .describe("Focus hints, most general first; never state the step's answer."),
        scaffold: z
          .object({ text: z.string().min(1), answer: answerSpec })
          .describe("A smaller question with its own answer that helps with the step (not the step's answer)."),
        bottomOut: z.string().min(1).describe("States the step's answer with a one-line reason."),
        wrongAnswers: z
          .array(
            z.object({
              match: z.string().min(1).describe("A typical wrong answer as a student would type it."),
              feedback: z
                .string()
                .min(1)
                .describe("Probing feedback that points at the error without giving the answer."),
              misconception: z.string().min(1).describe("Short label of the misconception."),
            }),
          )
          .min(1)
          .max(3),
      }),
    )
    .min(1)
    .max(5),
});
export type Draft = z.infer<typeof draftSchema>;
