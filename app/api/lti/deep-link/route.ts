import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { buildDeepLinkResponse } from "@/lib/lti/deep-link";
import { autoPostPage, readParams, refusalPage, toolOrigin } from "@/lib/lti/http";
import { assertSameOrigin } from "@/lib/validation/same-origin";

/**
 * The teacher's choice on /lti/deep-link/[id] (same-origin form post): the signed
 * LtiDeepLinkingResponse, auto-posted to the platform's deep_link_return_url (Deep Linking 2.0).
 */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const user = await requireUser("teacher", "admin");
    const { returnUrl, jwt } = await buildDeepLinkResponse(
      db,
      user.id,
      await readParams(request),
      toolOrigin(request, env().PUBLIC_URL),
    );
    return autoPostPage(returnUrl, { JWT: jwt });
  } catch (e) {
    return refusalPage(e, request.headers.get("accept-language"));
  }
}
