import { getTutorBackend } from "@/lib/ai/provider";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { isAppError, publicError } from "@/lib/errors";
import { requestTranslator } from "@/lib/i18n/request-translator";
import type { Translate } from "@/lib/i18n/translator";
import { afterTurnStored } from "@/lib/lti/score-worker";
import { parseSessionId, parseTurnRequest, type TurnRequest } from "@/lib/sessions/schemas";
import { submitTurn } from "@/lib/sessions/submit-turn";
import { readJsonWithLimit } from "@/lib/validation/read-body";
import { assertJsonContentType, assertSameOrigin } from "@/lib/validation/same-origin";

/** A turn is a 1000-character message and a key: 16 KB leaves room for escapes, not for abuse. */
const TURN_BODY_LIMIT = 16 * 1024;

/**
 * POST a student turn (JSON, same origin); the reply streams back as NDJSON events:
 * {"type":"text-delta","delta":"..."}* ({"type":"reset"} withdraws text shown so far), then
 * {"type":"done",...}. Nothing is sent before the turn is stored (decision 012), and text is
 * only ever guard-checked text. "done" is the acknowledgement: a client that never got it
 * retries with the same key. A submit for a state that has moved on gets 409 with the fresh view.
 */
export async function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  // Errors read in the user's language (their setting, else the class's, else the browser's),
  // looked up only when there is an error to word: a turn that succeeds never needs it.
  const translator = () => requestTranslator().catch(() => undefined);
  const errorResponse = async (e: unknown) => errorResponseIn(e, await translator());
  let userId: string;
  let sessionId: string;
  let turn: TurnRequest;
  try {
    assertSameOrigin(request);
    assertJsonContentType(request);
    userId = (await requireUser()).id;
    sessionId = parseSessionId((await ctx.params).id);
    turn = parseTurnRequest(await readJsonWithLimit(request, TURN_BODY_LIMIT));
  } catch (e) {
    return errorResponse(e);
  }
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
    { sessionId, studentId: userId, request: turn },
    {
      backend: getTutorBackend(),
      onDelta: (delta) => {
        firstEvent();
        void send({ type: "text-delta", delta });
      },
      onReset: () => void send({ type: "reset" }),
    },
  );
  // Errors before any text (not found, conflict, a failed write) get a proper status; later
  // ones (the turn is stored by then) an event.
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
      // LTI grade passback: enqueued after the reply is sent, sent later by a worker (lib/lti).
      if (!result.replayed) afterTurnStored(userId, sessionId);
    },
    async (e) => {
      await send({ type: "error", message: publicError(e, await translator()).message });
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

function errorResponseIn(e: unknown, t: Translate | undefined): Response {
  const err = publicError(e, t);
  // A stale submit (409) carries the session as it is now, so the client can catch up.
  const view = isAppError(e) && e.code === "conflict" ? (e.details as { view?: unknown } | undefined)?.view : undefined;
  return Response.json(
    { code: err.code, message: err.message, ...(view ? { view } : {}) },
    { status: err.status, headers: { "cache-control": "no-store" } },
  );
}
