import { z } from "zod";
import { AppError } from "@/lib/errors";
import { cleanTextField, isId, keyField } from "@/lib/validation/text";

/**
 * The session state a submit answers: the turn count the client saw (SessionView.turnCount).
 * Optional on the wire so that scripts keep working; without it the state read when the
 * request arrives is the one answered. Either way a submit never answers a later state.
 */
const seq = z.number().int().min(0).max(1_000_000).optional();

/** The messages this schema sets, in English (AppError.message: logs, API), keyed by their message name. */
const messages = {
  typeFirst: "Type a message first.",
  tooLong: "That message is too long (1000 characters at most).",
} as const;

/** The body of POST /api/sessions/[id]/turns. Controls are stripped from the text, keys refused. */
export const turnRequestSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("message"),
    text: cleanTextField(z.string().trim().min(1, messages.typeFirst).max(1000, messages.tooLong)),
    idempotencyKey: keyField(),
    seq,
  }),
  z.object({ kind: z.enum(["hint", "stuck"]), idempotencyKey: keyField(), seq }),
]);
export type TurnRequest = z.infer<typeof turnRequestSchema>;

/** The parsed body, or a 400 naming the first problem (in the reader's language for our own messages). */
export function parseTurnRequest(body: unknown): TurnRequest {
  const parsed = turnRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]?.message;
    const name = issue ? (Object.keys(messages) as (keyof typeof messages)[]).find((k) => messages[k] === issue) : null;
    // zod's own messages (a malformed key) stay as zod wrote them.
    const text = name ? { key: `tutor.errors.${name}` } : issue ? undefined : { key: "tutor.errors.invalidRequest" };
    throw new AppError("bad_request", issue ?? "Invalid request.", undefined, text);
  }
  return parsed.data;
}

/** A session id from the URL: anything that cannot be an id is simply not found. */
export function parseSessionId(id: unknown): string {
  if (!isId(id)) {
    throw new AppError("not_found", "That practice session doesn't exist.", undefined, {
      key: "tutor.errors.sessionNotFound",
    });
  }
  return id;
}
