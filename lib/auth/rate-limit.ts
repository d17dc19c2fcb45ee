import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Attempt counters in the database (table AuthRateLimit), shared by every app server.
 *
 * An attempt is counted *before* the secret is checked, by one statement per key that raises the
 * counter and returns the new count (INSERT ... ON CONFLICT DO UPDATE ... RETURNING: the row lock
 * orders concurrent attempts). So of 100 parallel guesses with a limit of 5, exactly 5 get their
 * password checked; a check-then-record design lets all 100 through.
 *
 * Windows are fixed (floor(now / window)); the previous window still counts in proportion to the
 * part of it that is inside the sliding window ending now, so a burst across the boundary gets no
 * double allowance. All callers use one window length (SIGNIN_WINDOW_MINUTES): rows older than
 * the previous window are deleted when a new row is created.
 */
export interface Bucket {
  key: string;
  max: number;
}

export interface Counted {
  allowed: boolean;
  /** Keys whose limit this attempt went over. */
  over: string[];
  /** The window the attempt was counted in (for refundAttempt). */
  windowStart: Date;
}

export async function countAttempt(
  prisma: PrismaClient,
  buckets: Bucket[],
  windowMinutes: number,
  now: Date = new Date(),
): Promise<Counted> {
  const windowMs = windowMinutes * 60_000;
  const startMs = Math.floor(now.getTime() / windowMs) * windowMs;
  // Timestamps go in as UTC text cast to `timestamp`, as Prisma stores DateTime, whatever the
  // session's time zone.
  const start = new Date(startMs).toISOString();
  const previous = new Date(startMs - windowMs).toISOString();
  const previousWeight = 1 - (now.getTime() - startMs) / windowMs;
  const over: string[] = [];
  for (const { key, max } of buckets) {
    const rows = await prisma.$queryRaw<{ count: number; previous: number }[]>`
      WITH hit AS (
        INSERT INTO "AuthRateLimit" ("key", "windowStart", "count")
        VALUES (${key}, CAST(${start} AS timestamp(3)), 1)
        ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "AuthRateLimit"."count" + 1
        RETURNING "count"
      )
      SELECT hit."count"::int AS "count",
        COALESCE((SELECT p."count" FROM "AuthRateLimit" p
          WHERE p."key" = ${key} AND p."windowStart" = CAST(${previous} AS timestamp(3))), 0)::int AS "previous"
      FROM hit`;
    const row = rows[0];
    if (!row) throw new Error("rate limit: the counter statement returned no row");
    // A flood in the previous window weighs at most a full allowance, so it can't lock the key
    // for longer than one more window.
    if (row.count + Math.min(row.previous, max) * previousWeight > max) over.push(key);
    if (row.count === 1) await deleteOldWindows(prisma, startMs - windowMs);
  }
  return { allowed: over.length === 0, over, windowStart: new Date(startMs) };
}

/** Gives an attempt back (it turned out not to be a guess: a right join code, a right password). */
export async function refundAttempt(prisma: PrismaClient, keys: string[], windowStart: Date): Promise<void> {
  if (!keys.length) return;
  await prisma.authRateLimit.updateMany({
    where: { key: { in: keys }, windowStart, count: { gt: 0 } },
    data: { count: { decrement: 1 } },
  });
}

/** Forgets a key's attempts (a successful sign-in clears its email's count). */
export async function clearAttempts(prisma: PrismaClient, key: string): Promise<void> {
  await prisma.authRateLimit.deleteMany({ where: { key } });
}

async function deleteOldWindows(prisma: PrismaClient, beforeMs: number): Promise<void> {
  await prisma.authRateLimit.deleteMany({ where: { windowStart: { lt: new Date(beforeMs) } } });
}
