import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { browserStates, FRAME_COOKIE, iframeCookie, readParams, refusalPage, toolOrigin } from "@/lib/lti/http";
import { acceptLaunch, verifyLaunch } from "@/lib/lti/launch";
import { STATE_COOKIE_PREFIX } from "@/lib/lti/login";
import { syncRosterForClass } from "@/lib/lti/nrps";
import { API_CONTENT_SECURITY_POLICY } from "@/lib/security/security-headers";

/**
 * The LTI launch (form_post of id_token + state from the platform, Core 1.3 section 5 / Security
 * Framework 5.1.3). Everything is checked before anything is written (lib/lti/launch.ts); then the
 * user is signed in with a partitioned cookie that works inside the LMS iframe (decision 024)
 * and sent on to their page.
 */
export async function POST(request: Request) {
  try {
    const jar = await cookies();
    const verified = await verifyLaunch(db, await readParams(request), browserStates(jar.getAll()));
    const accepted = await acceptLaunch(db, verified);
    const response = NextResponse.redirect(`${toolOrigin(request, env().PUBLIC_URL)}${accepted.destination}`, 303);
    response.cookies.set(SESSION_COOKIE, accepted.sessionToken, {
      ...iframeCookie,
      expires: accepted.sessionExpiresAt,
    });
    response.cookies.set(FRAME_COOKIE, accepted.frameOrigins.join(" "), {
      ...iframeCookie,
      expires: accepted.sessionExpiresAt,
    });
    response.cookies.set(`${STATE_COOKIE_PREFIX}${verified.state}`, "", {
      ...iframeCookie,
      path: "/api/lti",
      maxAge: 0,
    });
    response.headers.set("cache-control", "no-store");
    response.headers.set("content-security-policy", API_CONTENT_SECURITY_POLICY);
    // NRPS on an instructor's launch: the class's roster follows the course, after the response.
    if (accepted.role !== "student" && accepted.classroomId && accepted.hasRoster)
      void syncRosterForClass(db, accepted.classroomId).catch((e) => console.error("LTI roster sync:", e));
    return response;
  } catch (e) {
    return refusalPage(e, request.headers.get("accept-language"));
  }
}
