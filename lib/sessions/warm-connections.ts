import { signedInForTokenHash } from "@/lib/auth/accounts";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readSessionForTurn } from "./submit-turn";

/** An id no row has: the warm-up reads find nothing and write nothing. */
const NO_ID = "00000000-0000-0000-0000-000000000000";

/**
 * Opens `count` connections of the pool at once and runs a turn's reads on each (the signed-in
 * lookup and the session read, which find nothing): on PostgreSQL every connection is a server
 * process that loads the catalogue entries of each table, and plans each statement, on its first
 * use of them. Left to the first burst of turns after a start (a class pressing "start"
 * together), 2 x 10 new connections did that inside the students' first turns: first-turn p50
 * 415-659 ms against 178-366 ms with the connections warm (bench:turns, PostgreSQL, 200 students,
 * 2 processes; decision 022 addendum 5). The pool keeps them open (lib/db/open.ts: min = max).
 *
 * Each warm-up holds its connection in a transaction while it reads, so `count` of them use
 * `count` connections. Best effort: returns how many connections were warmed; a failure only
 * leaves one colder.
 */
export async function warmConnections(prisma: PrismaClient, count: number): Promise<number> {
  const done = await Promise.allSettled(
    Array.from({ length: count }, () =>
      prisma.$transaction(
        async (tx) => {
          await signedInForTokenHash(tx, NO_ID);
          await readSessionForTurn(tx, NO_ID, NO_ID, NO_ID);
        },
        { maxWait: 30_000, timeout: 30_000 },
      ),
    ),
  );
  return done.filter((d) => d.status === "fulfilled").length;
}
