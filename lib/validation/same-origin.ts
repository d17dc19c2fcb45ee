import { AppError } from "@/lib/errors";

/** What the checks read of a request: a Web Request is one; the node turn route makes a lighter one. */
export interface RequestHead {
  readonly url: string;
  readonly headers: { get(name: string): string | null };
}

/**
 * CSRF guard for state-changing route handlers (server actions get the same check from Next).
 * A browser sends Origin on every cross-site POST; it must name this host (the Host header, or
 * X-Forwarded-Host behind a proxy). Without Origin, a browser's Sec-Fetch-Site must not say the
 * request came from another site. Requests with neither (curl, scripts, the benchmark) carry no
 * ambient browser cookies they did not choose to send, so they pass.
 */
export function assertSameOrigin(request: RequestHead): void {
  const origin = request.headers.get("origin");
  if (origin === null) {
    const site = request.headers.get("sec-fetch-site")?.toLowerCase();
    if (site === "cross-site" || site === "same-site") throw refused();
    return;
  }
  let originHost: string;
  try {
    originHost = new URL(origin).host; // "null" (sandboxed frames, file:) does not parse: refused
  } catch {
    throw refused();
  }
  if (!originHost || !ownHosts(request).includes(originHost.toLowerCase())) throw refused();
}

function ownHosts(request: RequestHead): string[] {
  const hosts: string[] = [];
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  if (forwarded) hosts.push(forwarded.toLowerCase());
  const host = request.headers.get("host")?.trim();
  if (host) hosts.push(host.toLowerCase());
  try {
    hosts.push(new URL(request.url).host.toLowerCase());
  } catch {
    // a relative URL has no host of its own
  }
  return hosts;
}

function refused(): AppError {
  return new AppError("forbidden", "Cross-site request refused.");
}

/** JSON only: a cross-site form can post text/plain or form data without a preflight, never JSON. */
export function assertJsonContentType(request: RequestHead): void {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json")
    throw new AppError("unsupported_media_type", "Send the request as JSON (Content-Type: application/json).");
}
