import "server-only";
import { getTutorBackend } from "@/lib/ai/provider";
import type { SessionUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db/client";
import { isAppError, publicError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translator";
import { afterTurnStored } from "@/lib/lti/score-worker";
import { readJsonWithLimit } from "@/lib/validation/read-body";
import { assertJsonContentType, assertSameOrigin } from "@/lib/validation/same-origin";
import { parseSessionId, parseTurnRequest, type TurnRequest } from "./schemas";
import { submitTurn } from "./submit-turn";

/** Who is asking, as the server that received the request knows it. */
export interface TurnCaller {
  /** The signed-in user; throws the 401 AppError when there is none. */
  user(): Promise<SessionUser>;
  /** The caller's language for an error's words (asked only when there is an error). */
  translator(): Promise<Translate | undefined>;
}

/** A turn is a 1000-character message and a key: 16 KB leaves room for escapes, not for abuse. */
const TURN_BODY_LIMIT = 16 * 1024;

/**
 * A student turn, POSTed as JSON from the same origin, to /api/sessions/<id>/turns: answered by
 * Next's route (app/api/sessions/[id]/turns/route.ts) or, under `npm start`, before Next
 * (lib/http/node-routes.ts, decision 027). The reply streams back as NDJSON events:
 * {"type":"text-delta","delta":"..."}* ({"type":"reset"} withdraws text shown so far), then
 * {"type":"done",...}. Nothing is sent before the turn is stored (decision 012), and text is
 * only ever guard-checked text. "done" is the acknowledgement: a client that never got it
 * retries with the same key. A submit for a state that has moved on gets 409 with the fresh view.
 */
export async function turnResponse(request: Request, rawSessionId: string, caller: TurnCaller): Promise<Response> {
  // Errors read in the user's language (their setting, else the class's, else the browser's),
  // looked up only when there is an error to word: a turn that succeeds never needs it.
  const translator = () => caller.translator().catch(() => undefined);
  const errorResponse = async (e: unknown) => errorResponseIn(e, await translator());
  let userId: string;
  let sessionId: string;
  let turn: TurnRequest;
  try {
    assertSameOrigin(request);
    assertJsonContentType(request);
    userId = (await caller.user()).id;
    sessionId = parseSessionId(rawSessionId);
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
