import "server-only";
import { getTutorBackend } from "@/lib/ai/provider";
import type { SessionUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db/client";
import { isAppError, publicError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translator";
import { afterTurnStored } from "@/lib/lti/score-worker";
import { readJsonWithLimit } from "@/lib/validation/read-body";
import { assertJsonContentType, assertSameOrigin, type RequestHead } from "@/lib/validation/same-origin";
import { parseSessionId, parseTurnRequest, type TurnRequest } from "./schemas";
import { type SubmittedTurn, submitTurn } from "./submit-turn";

/** Who is asking, as the server that received the request knows it. */
export interface TurnCaller {
  /** The signed-in user; throws the 401 AppError when there is none. */
  user(): Promise<SessionUser>;
  /** The caller's language for an error's words (asked only when there is an error). */
  translator(): Promise<Translate | undefined>;
}

/** A turn is a 1000-character message and a key: 16 KB leaves room for escapes, not for abuse. */
export const TURN_BODY_LIMIT = 16 * 1024;

/** The headers of a streamed turn reply (both doors send the same). */
export const TURN_STREAM_HEADERS: Readonly<Record<string, string>> = {
  "content-type": "application/x-ndjson; charset=utf-8",
  "cache-control": "no-store",
  "x-accel-buffering": "no",
};

/** What a turn reads of the request that carried it. */
export interface TurnRequestIn extends RequestHead {
  /** The body as JSON, read with a byte cap (413 past it, 400 when not JSON). */
  readJson(maxBytes: number): Promise<unknown>;
}

/**
 * Where a turn's reply goes: either one JSON answer (an error, or a 409 with the fresh view),
 * or a stream of NDJSON events opened with TURN_STREAM_HEADERS. Exactly one of `json` and
 * `open` is called, once; `event` and `close` only after `open`.
 */
export interface TurnReplySink {
  json(status: number, body: object): void;
  open(): void;
  event(event: object): void;
  close(): void;
}

/**
 * A student turn, POSTed as JSON from the same origin, to /api/sessions/<id>/turns: answered by
 * Next's route (app/api/sessions/[id]/turns/route.ts, through turnResponse) or, under
 * `npm start`, before Next (lib/http/node-routes.ts, decision 027), which writes the sink
 * straight to the socket. The reply streams back as NDJSON events:
 * {"type":"text-delta","delta":"..."}* ({"type":"reset"} withdraws text shown so far), then
 * {"type":"done",...}. Nothing is sent before the turn is stored (decision 012), and text is
 * only ever guard-checked text. "done" is the acknowledgement: a client that never got it
 * retries with the same key. A submit for a state that has moved on gets 409 with the fresh view.
 * Resolves when the reply is complete.
 */
export async function answerTurn(
  request: TurnRequestIn,
  rawSessionId: string,
  caller: TurnCaller,
  sink: TurnReplySink,
): Promise<void> {
  // Errors read in the user's language (their setting, else the class's, else the browser's),
  // looked up only when there is an error to word: a turn that succeeds never needs it.
  const translator = () => caller.translator().catch(() => undefined);
  const fail = async (e: unknown) => {
    const t = await translator();
    const err = publicError(e, t);
    // A stale submit (409) carries the session as it is now, so the client can catch up.
    const view =
      isAppError(e) && e.code === "conflict" ? (e.details as { view?: unknown } | undefined)?.view : undefined;
    sink.json(err.status, { code: err.code, message: err.message, ...(view ? { view } : {}) });
  };
  let userId: string;
  let readerLocale: string | null;
  let sessionId: string;
  let turn: TurnRequest;
  try {
    assertSameOrigin(request);
    assertJsonContentType(request);
    const user = await caller.user();
    userId = user.id;
    readerLocale = user.locale;
    sessionId = parseSessionId(rawSessionId);
    turn = parseTurnRequest(await request.readJson(TURN_BODY_LIMIT));
  } catch (e) {
    return fail(e);
  }
  // Text before the turn is stored is never sent: the stream opens at the first event.
  let opened = false;
  const send = (event: object) => {
    if (!opened) {
      opened = true;
      sink.open();
    }
    sink.event(event);
  };
  let result: SubmittedTurn;
  try {
    result = await submitTurn(
      db,
      { sessionId, studentId: userId, request: turn },
      {
        backend: getTutorBackend(),
        readerLocale,
        onDelta: (delta) => send({ type: "text-delta", delta }),
        onReset: () => send({ type: "reset" }),
      },
    );
  } catch (e) {
    // Errors before any text (not found, conflict, a failed write) get a proper status; later
    // ones (the turn is stored by then) an event.
    if (!opened) return fail(e);
    sink.event({ type: "error", message: publicError(e, await translator()).message });
    sink.close();
    return;
  }
  send({
    type: "done",
    student: result.studentTurn,
    turn: result.tutorTurn,
    view: result.view,
    replayed: result.replayed,
  });
  sink.close();
  // LTI grade passback: enqueued after the reply is sent, sent later by a worker (lib/lti).
  if (!result.replayed) afterTurnStored(userId, sessionId);
}

/** answerTurn as a Web Response, for Next's route: it resolves when the reply starts. */
export function turnResponse(request: Request, rawSessionId: string, caller: TurnCaller): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    const encoder = new TextEncoder();
    let writer: WritableStreamDefaultWriter<Uint8Array> | undefined;
    const sink: TurnReplySink = {
      json: (status, body) => resolve(Response.json(body, { status, headers: { "cache-control": "no-store" } })),
      open: () => {
        const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
        writer = writable.getWriter();
        resolve(new Response(readable, { headers: TURN_STREAM_HEADERS }));
      },
      event: (event) => void writer?.write(encoder.encode(`${JSON.stringify(event)}\n`)).catch(() => {}),
      close: () => void writer?.close().catch(() => {}),
    };
    const source: TurnRequestIn = {
      url: request.url,
      headers: request.headers,
      readJson: (maxBytes) => readJsonWithLimit(request, maxBytes),
    };
    answerTurn(source, rawSessionId, caller, sink).catch(reject);
  });
}
