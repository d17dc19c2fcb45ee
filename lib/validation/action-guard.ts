import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";
import { assertSameOrigin } from "./same-origin";

/**
 * What the proxy answers for a server action before Next does, because Next's own answers are
 * 500s: a body over `serverActions.bodySizeLimit` (next.config.ts) gets 413 here, and a
 * cross-site Origin 403 (Next refuses it too, with "Invalid Server Actions request" and a 500).
 * In proxy(): `const refused = guardActionRequest(request); if (refused) return refused;`
 *
 * A chunked body without Content-Length, and a body Next cannot decode (not the JSON or the
 * form data a browser sends), are read by `guardActionBody` (400/413); a malformed router-state
 * header by `guardRouterState` (400).
 */
export const ACTION_BODY_LIMIT = 512 * 1024; // keep in step with next.config.ts serverActions.bodySizeLimit

/** A server action call: a fetch action (Next-Action header) or a form posted without JavaScript. */
export function isActionPost(request: Request): boolean {
  if (request.method !== "POST") return false;
  if (request.headers.has("next-action")) return true;
  const path = new URL(request.url).pathname;
  // Route handlers check their own requests (lib/validation/read-body.ts, same-origin.ts).
  if (path.startsWith("/api/") || path === "/admin/import/upload") return false;
  return /^multipart\/form-data/i.test(request.headers.get("content-type") ?? "");
}

export function guardActionRequest(request: Request, limit = ACTION_BODY_LIMIT): Response | null {
  if (!isActionPost(request)) return null;
  try {
    assertSameOrigin(request);
  } catch {
    return plain(403, "Cross-site request refused.");
  }
  const declared = request.headers.get("content-length")?.trim();
  if (declared && /^\d+$/.test(declared) && Number(declared) > limit)
    return plain(413, `That form is too large (${Math.round(limit / 1024)} KB at most).`);
  return null;
}

/**
 * The body of a server action, read from the proxy's copy (Next buffers it for the proxy, up to
 * `proxyClientMaxBodySize`): over the limit is 413, whatever Content-Length said; a body Next's
 * decoder would throw on is 400. A fetch action sends JSON text (React's encodeReply) or form
 * data (when an argument holds a file or a form); a form posted without JavaScript sends form data.
 */
export async function guardActionBody(request: Request, limit = ACTION_BODY_LIMIT): Promise<Response | null> {
  if (!isActionPost(request)) return null;
  let bytes: ArrayBuffer;
  try {
    bytes = await request.clone().arrayBuffer();
  } catch {
    return plain(400, "The request body could not be read.");
  }
  if (bytes.byteLength > limit) return plain(413, `That form is too large (${Math.round(limit / 1024)} KB at most).`);
  const type = request.headers.get("content-type") ?? "";
  try {
    if (/^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(type)) await request.clone().formData();
    else if (request.headers.has("next-action")) JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return plain(400, "That form could not be read. Reload the page and try again.");
  }
  return null;
}

/**
 * A navigation's router-state header (sent by Next's client on RSC requests) that Next would fail
 * to parse, with a 500: the same parse, answered with 400. Needs `skipProxyUrlNormalize` in
 * next.config.ts, without which Next hides the RSC headers from the proxy.
 */
export function guardRouterState(request: Request): Response | null {
  const state = request.headers.get("next-router-state-tree");
  if (state === null) return null;
  try {
    parseAndValidateFlightRouterState(state);
    return null;
  } catch {
    return plain(400, "The page state sent with this request could not be read. Reload the page.");
  }
}

function plain(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
