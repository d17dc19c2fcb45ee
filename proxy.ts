import { type NextRequest, NextResponse, type ProxyConfig } from "next/server";
import { env } from "@/lib/env";
import { FRAME_COOKIE, isFrameablePath, parseFrameOrigins } from "@/lib/lti/frame";
import { createNonce, pageContentSecurityPolicy } from "@/lib/security/security-headers";
import { guardActionBody, guardActionRequest, guardRouterState } from "@/lib/validation/action-guard";

/**
 * Next 16's proxy (formerly middleware). Gives each page request a fresh nonce and its
 * Content-Security-Policy: on the response for the browser, and on the request, where Next
 * reads the nonce and puts it on the <script> tags it renders (its pages are all rendered per
 * request: the root layout reads the session cookie). The fixed headers (nosniff, framing,
 * referrer) and the API routes' CSP come from next.config.ts (decision 013). Not a security
 * boundary for anything else: every action and route checks who is asking itself.
 */
export async function proxy(request: NextRequest) {
  // Oversized, cross-site or undecodable server-action posts, and malformed router-state
  // headers, get 413/403/400 here; Next would answer 500.
  const refused = guardActionRequest(request) ?? guardRouterState(request) ?? (await guardActionBody(request));
  if (refused) return refused;
  const nonce = createNonce();
  const { NODE_ENV, COOKIE_SECURE } = env();
  // A session begun by an LTI launch may be framed by its LMS on the pages the launch reaches
  // (decision 024); the framing cookie is set only by POST /api/lti/launch, partitioned per LMS site.
  const frameAncestors = isFrameablePath(request.nextUrl.pathname)
    ? parseFrameOrigins(request.cookies.get(FRAME_COOKIE)?.value)
    : [];
  const csp = pageContentSecurityPolicy({
    nonce,
    dev: NODE_ENV === "development",
    https: COOKIE_SECURE === "1",
    frameAncestors,
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config: ProxyConfig = {
  matcher: [
    {
      // Everything but API routes (next.config.ts gives them a stricter, nonce-less CSP) and
      // static files; router prefetches too, whose router-state header is checked here.
      // The upload route is left out: Next cuts a body the proxy sees at 10 MB, and the
      // route reads up to 25 MB itself (lib/validation/read-body.ts).
      source: "/((?!api/|_next/static|_next/image|favicon.ico|admin/import/upload).*)",
    },
  ],
};
