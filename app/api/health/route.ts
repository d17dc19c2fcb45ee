import { pingDatabase } from "@/lib/db/client";
import { checkDatabaseHealth } from "@/lib/db/health";

/**
 * Liveness plus one database round trip (also the baseline request of bench:turns), ahead of
 * the statements waiting in the embedded database's line (lib/db/open.ts ping).
 * 503 with a short reason when the database cannot be used, e.g.
 * {"ok":false,"reason":"database locked by another process (pid 1234)"}.
 */
export async function GET() {
  const { status, body, error } = await checkDatabaseHealth(pingDatabase);
  if (error) console.error(`/api/health: ${body.ok ? "" : body.reason}:`, error);
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
