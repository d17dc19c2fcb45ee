import { db } from "@/lib/db/client";

/** Liveness plus one database round trip (also the baseline request of bench:turns). */
export async function GET() {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
