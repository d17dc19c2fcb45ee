import { db } from "@/lib/db/client";
import { publicJwks } from "@/lib/lti/keys";
import { API_CONTENT_SECURITY_POLICY } from "@/lib/security/security-headers";

/** The tool's public keys (JWK Set): platforms verify client assertions and deep-link responses with them. */
export async function GET() {
  return Response.json(await publicJwks(db), {
    headers: { "cache-control": "public, max-age=300", "content-security-policy": API_CONTENT_SECURITY_POLICY },
  });
}
