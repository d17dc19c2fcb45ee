import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A stored step's content as every reader takes it (the tutor's load, the export, the audit log's
 * version view): prompt, answer, hints and wrong answers in their order. One place, so a new
 * content field reaches all three.
 */
export const STEP_CONTENT_SELECT = {
  prompt: true,
  answerSpec: true,
  hints: { orderBy: { position: "asc" }, select: { kind: true, text: true, scaffoldAnswer: true } },
  wrongAnswers: { orderBy: { position: "asc" }, select: { match: true, feedback: true, misconception: true } },
} as const satisfies Prisma.StepSelect;
