import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { passwordChangeRequired, SESSION_COOKIE, signInRequired, userForSessionToken } from "@/lib/auth/session-user";
import { pingDatabase } from "@/lib/db/client";
import { checkDatabaseHealth } from "@/lib/db/health";
import { env } from "@/lib/env";
import { publicError } from "@/lib/errors";
import { LOCALE_COOKIE, localeFor } from "@/lib/i18n/locale-for";
import { translate } from "@/lib/i18n/translator";
import { timeTurn } from "@/lib/observability/runtime-stats";
import { processWide } from "@/lib/process-wide";
import { API_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from "@/lib/security/security-headers";
import { answerTurn, TURN_STREAM_HEADERS, type TurnReplySink, type TurnRequestIn } from "@/lib/sessions/turn-response";
import { collectWithLimit, parseJsonBytes } from "@/lib/validation/read-body";

/**
 * Routes answered before Next's routing (decision 027): the student's turn and the health check.
 * Under load a turn spent about a third of
 * the server thread's time in Next's request handling (routing, Web Request and Response objects,
 * streams, request contexts) around a handler that needs none of it. scripts/serve.mjs asks
 * `answer(req, res)` first and hands everything it declines to Next. The handlers are the same
 * ones Next's routes call, with the same checks: only how the request reaches them differs.
 */
export type NodeRoutes = (req: IncomingMessage, res: ServerResponse) => boolean;

const KEY = "node-routes";
const TURN = /^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/turns$/;

/** Called once at start (instrumentation.ts): scripts/serve.mjs finds the routes through it. */
export function registerNodeRoutes(): void {
  if (env().TURN_ROUTE_OUTSIDE_NEXT !== "1") return;
  processWide<{ answer: NodeRoutes }>(KEY, () => ({ answer: answerOutsideNext }));
}

/**
 * The turn route and the health check, or false when the request is neither (Next answers it).
 * Exported for tests.
 */
export function answerOutsideNext(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method === "GET" && req.url === "/api/health") {
    void serveHealth(res);
    return true;
  }
  if (req.method !== "POST" || !req.url) return false;
  // The exact path only (no query, no trailing slash, no encoded characters): anything else is
  // Next's to answer, as it would be without this.
  const m = TURN.exec(req.url);
  if (!m) return false;
  void serveTurn(req, res, m[1] as string);
  return true;
}

/** The cookie of that name from a Cookie header (first one wins, as Next reads it). */
export function cookieFrom(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return undefined;
}

/**
 * What the turn reads of a Node request: its headers (read as a Web Request's Headers reads them:
 * repeated fields joined with ", "), its URL and its body, read with the same cap as
 * readJsonWithLimit. No Web Request or stream is made: under load they cost more than the turn's
 * own checks (Node 20 makes every Web stream transferable on construction).
 */
function turnRequestIn(req: IncomingMessage): TurnRequestIn {
  const raw = req.rawHeaders;
  return {
    url: `http://${req.headers.host ?? "invalid.invalid"}${req.url ?? "/"}`,
    headers: {
      get(name: string): string | null {
        let out: string | null = null;
        for (let i = 0; i + 1 < raw.length; i += 2) {
          if ((raw[i] as string).toLowerCase() !== name) continue;
          out = out === null ? (raw[i + 1] as string) : `${out}, ${raw[i + 1]}`;
        }
        return out;
      },
    },
    readJson: async (maxBytes) =>
      parseJsonBytes(
        // Not destroyed when the cap stops the reading: the 413 is still to be written on it.
        await collectWithLimit(req.headers["content-length"], req.iterator({ destroyOnReturn: false }), maxBytes),
      ),
  };
}

/** The turn's reply written straight to the socket, with the API routes' security headers. */
function nodeReplySink(req: IncomingMessage, res: ServerResponse): TurnReplySink {
  // A body the handler did not read to the end (refused before reading: 401, 403, 413, 415)
  // would hold the connection, and a next request on it would wait behind the unread rest:
  // the connection closes after this answer instead.
  const head = (extra: Record<string, string>) => {
    const headers: Record<string, string> = { ...API_SECURITY_HEADERS, ...extra };
    if (!req.complete) headers.connection = "close";
    return headers;
  };
  return {
    json(status, body) {
      res.writeHead(status, head({ "content-type": "application/json", "cache-control": "no-store" }));
      res.end(JSON.stringify(body));
    },
    open() {
      res.writeHead(200, head(TURN_STREAM_HEADERS));
    },
    event(event) {
      res.write(`${JSON.stringify(event)}\n`);
    },
    close() {
      res.end();
    },
  };
}

async function serveTurn(req: IncomingMessage, res: ServerResponse, sessionId: string): Promise<void> {
  res.on("error", () => {}); // a client gone mid-reply: the turn is stored; nothing to tell it
  const timed = timeTurn(req.headers["x-bench-sent-at"] as string | undefined);
  if (timed) res.once("finish", timed);
  try {
    const cookies = req.headers.cookie;
    const token = cookieFrom(cookies, SESSION_COOKIE);
    await answerTurn(
      turnRequestIn(req),
      sessionId,
      {
        user: async () => {
          const user = await userForSessionToken(token);
          if (!user) throw signInRequired();
          if (user.mustChangePassword) throw passwordChangeRequired();
          return user;
        },
        translator: async () =>
          translate(
            await localeFor(
              await userForSessionToken(token),
              cookieFrom(cookies, LOCALE_COOKIE),
              req.headers["accept-language"] ?? null,
            ),
          ),
      },
      nodeReplySink(req, res),
    );
  } catch (e) {
    // answerTurn answers every error itself; this is for the adapter around it.
    const err = publicError(e);
    if (!res.headersSent) {
      res.writeHead(err.status, {
        ...API_SECURITY_HEADERS,
        "content-type": "application/json",
        "cache-control": "no-store",
      });
      res.end(JSON.stringify({ code: err.code, message: err.message }));
    } else res.destroy();
  }
}

/** As app/api/health/route.ts: a load balancer's check is answered without Next's routing. */
async function serveHealth(res: ServerResponse): Promise<void> {
  const { status, body, error } = await checkDatabaseHealth(pingDatabase);
  if (error) console.error(`/api/health: ${body.ok ? "" : body.reason}:`, error);
  res.writeHead(status, { ...API_SECURITY_HEADERS, "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/** The headers next.config.ts gives every API route (lib/security/security-headers.ts), made once. */
const API_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  ...Object.fromEntries(STATIC_SECURITY_HEADERS.map((h) => [h.key.toLowerCase(), h.value])),
  "content-security-policy": API_CONTENT_SECURITY_POLICY,
});
