import { z } from "zod";
import { EVALUATIONS, MOVES, STEP_STATES } from "@/lib/tutor/types";

/** What the model returns for a tutor turn. Codes first, so they can be checked before any text is shown. */
export const modelTurnSchema = z.object({
  evaluation: z.enum(EVALUATIONS).describe("Evaluation of the student's message; copy it from the facts."),
  action: z.number().int().min(1).max(12).describe("Tutor action 1-12; copy it from the facts."),
  stepState: z.enum(STEP_STATES).describe("Step state w-z; copy it from the facts."),
  move: z.enum(MOVES).describe("MathDial teacher move; copy it from the facts."),
  subMove: z.string().describe("Sub-move within the move; copy it from the facts."),
  text: z
    .string()
    .min(1)
    .max(700)
    .describe("What the tutor says to the student: short (1-3 sentences), warm, one question at a time."),
});
export type ModelTurn = z.infer<typeof modelTurnSchema>;
