import { assertSameOrigin } from "./same-origin";

/**
 * What the proxy answers for a server action before Next does, because Next's own answers are
 * 500s: a body over `serverActions.bodySizeLimit` (next.config.ts) gets 413 here, and a
 * cross-site Origin 403 (Next refuses it too, with "Invalid Server Actions request" and a 500).
 * In proxy(): `const refused = guardActionRequest(request); if (refused) return refused;`
 *
 * Browsers always declare Content-Length for an action's body; a chunked body without one is
 * left to Next, which still stops reading at the limit (with a 500).
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

function plain(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
