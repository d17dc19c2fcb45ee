import { z } from "zod";

/** The body of POST /api/sessions/[id]/turns. */
export const turnRequestSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("message"),
    text: z
      .string()
      .trim()
      .min(1, "Type a message first.")
      .max(1000, "That message is too long (1000 characters at most)."),
    idempotencyKey: z.string().min(8).max(100),
  }),
  z.object({ kind: z.enum(["hint", "stuck"]), idempotencyKey: z.string().min(8).max(100) }),
]);
export type TurnRequest = z.infer<typeof turnRequestSchema>;
