import { z } from "zod";
import { AppError } from "@/lib/errors";
import { cleanTextField, isId, keyField } from "@/lib/validation/text";

/**
 * The session state a submit answers: the turn count the client saw (SessionView.turnCount).
 * Optional on the wire so that scripts keep working; without it the state read when the
 * request arrives is the one answered. Either way a submit never answers a later state.
 */
const seq = z.number().int().min(0).max(1_000_000).optional();

/** The body of POST /api/sessions/[id]/turns. Controls are stripped from the text, keys refused. */
export const turnRequestSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("message"),
    text: cleanTextField(
      z
        .string()
        .trim()
        .min(1, "Type a message first.")
        .max(1000, "That message is too long (1000 characters at most)."),
    ),
    idempotencyKey: keyField(),
    seq,
  }),
  z.object({ kind: z.enum(["hint", "stuck"]), idempotencyKey: keyField(), seq }),
]);
export type TurnRequest = z.infer<typeof turnRequestSchema>;

/** The parsed body, or a 400 naming the first problem. */
export function parseTurnRequest(body: unknown): TurnRequest {
  const parsed = turnRequestSchema.safeParse(body);
  if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0]?.message ?? "Invalid request.");
  return parsed.data;
}

/** A session id from the URL: anything that cannot be an id is simply not found. */
export function parseSessionId(id: unknown): string {
  if (!isId(id)) throw new AppError("not_found", "That practice session doesn't exist.");
  return id;
}
