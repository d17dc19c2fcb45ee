import { getTutorBackend } from "@/lib/ai/provider";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { publicError } from "@/lib/errors";
import { turnRequestSchema } from "@/lib/sessions/schemas";
import { submitTurn } from "@/lib/sessions/submit-turn";

/**
 * POST a student turn; the reply streams back as NDJSON events:
 * {"type":"text-delta","delta":"..."}* ({"type":"reset"} withdraws text shown so far), then
 * {"type":"done",...}. Text is only ever guard-checked text; both turns are stored before
 * "done", which is the acknowledgement (a client that never got it retries with the same key).
 */
export async function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  let user: Awaited<ReturnType<typeof requireUser>>;
  let body: unknown;
  try {
    user = await requireUser();
    body = await request.json().catch(() => null);
  } catch (e) {
    return errorResponse(e);
  }
  const parsed = turnRequestSchema.safeParse(body);
  if (!parsed.success) {
    return Response.json(
      { code: "bad_request", message: parsed.error.issues[0]?.message ?? "Invalid request." },
      { status: 400 },
    );
  }
  const { id } = await ctx.params;
  const encoder = new TextEncoder();
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  const send = (event: object) => writer.write(encoder.encode(`${JSON.stringify(event)}\n`)).catch(() => {});
  let firstEvent: () => void = () => {};
  const started = new Promise<void>((resolve) => {
    firstEvent = resolve;
  });
  const work = submitTurn(
    db,
    { sessionId: id, studentId: user.id, request: parsed.data },
    {
      backend: getTutorBackend(),
      onDelta: (delta) => {
        firstEvent();
        void send({ type: "text-delta", delta });
      },
      onReset: () => void send({ type: "reset" }),
    },
  );
  // Errors before any text (not found, conflict) get a proper status; later ones an event.
  const outcome = await Promise.race([
    started.then(() => "streaming" as const),
    work.then(
      () => "done" as const,
      () => "failed" as const,
    ),
  ]);
  if (outcome === "failed") {
    await writer.close().catch(() => {});
    return work.catch(errorResponse) as Promise<Response>;
  }
  work.then(
    async (result) => {
      await send({
        type: "done",
        student: result.studentTurn,
        turn: result.tutorTurn,
        view: result.view,
        replayed: result.replayed,
      });
      await writer.close();
    },
    async (e) => {
      await send({ type: "error", message: publicError(e).message });
      await writer.close();
    },
  );
  return new Response(readable, {
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      "cache-control": "no-store",
      "x-accel-buffering": "no",
    },
  });
}

function errorResponse(e: unknown): Response {
  const err = publicError(e);
  return Response.json({ code: err.code, message: err.message }, { status: err.status });
}
