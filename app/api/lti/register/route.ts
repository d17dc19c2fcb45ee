import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { readParams, refusalPage, registeredPage, toolOrigin } from "@/lib/lti/http";
import { dynamicRegister } from "@/lib/lti/registration";

/**
 * LTI Dynamic Registration 1.0, opened by the LMS admin (usually in an iframe or popup) with an
 * admin-issued single-use Stepwise link: registers the platform, then tells the LMS to close.
 */
export async function GET(request: Request) {
  try {
    const r = await dynamicRegister(db, await readParams(request), toolOrigin(request, env().PUBLIC_URL));
    return registeredPage(r.deploymentId);
  } catch (e) {
    return refusalPage(e, request.headers.get("accept-language"));
  }
}
