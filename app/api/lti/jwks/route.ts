import { db } from "@/lib/db/client";
import { publicJwks } from "@/lib/lti/keys";

/** The tool's public keys (JWK Set): platforms verify client assertions and deep-link responses with them. */
export async function GET() {
  return Response.json(await publicJwks(db), { headers: { "cache-control": "public, max-age=300" } });
}
