import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { iframeCookie, readParams, refusalPage, toolOrigin } from "@/lib/lti/http";
import { beginLogin, LOGIN_TTL_MS, parseLoginParams, STATE_COOKIE_PREFIX } from "@/lib/lti/login";
import { API_CONTENT_SECURITY_POLICY } from "@/lib/security/security-headers";

/**
 * OIDC third-party initiated login (Security Framework 1.0 section 5.1.1), GET or POST from the
 * LMS: a new state + nonce, the state bound to this browser by a cookie, and a redirect to the
 * platform's authorization endpoint.
 */
async function handle(request: Request) {
  try {
    const params = parseLoginParams(await readParams(request));
    const { state, redirectTo } = await beginLogin(db, params, toolOrigin(request, env().PUBLIC_URL));
    const response = NextResponse.redirect(redirectTo, 302);
    response.cookies.set(`${STATE_COOKIE_PREFIX}${state}`, "1", {
      ...iframeCookie,
      path: "/api/lti",
      maxAge: LOGIN_TTL_MS / 1000,
    });
    response.headers.set("cache-control", "no-store");
    response.headers.set("content-security-policy", API_CONTENT_SECURITY_POLICY);
    return response;
  } catch (e) {
    return refusalPage(e, request.headers.get("accept-language"));
  }
}

export const GET = handle;
export const POST = handle;
