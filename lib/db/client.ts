import "server-only";
import { env } from "@/lib/env";
import { openDatabase } from "./open";

/**
 * The app's one Prisma client, on DATABASE_URL. Cached on globalThis so that dev-mode module
 * reloads share one connection (and so do the separately bundled instrumentation.ts and
 * routes). The embedded database is opened (and locked) on the first query, not at import, so
 * `next build` never touches it; a server makes that first query as it starts
 * (./open-at-start.ts) and stops there if the database cannot be opened.
 */
const globalForDb = globalThis as unknown as { stepwiseDb?: ReturnType<typeof openDatabase> };

globalForDb.stepwiseDb ??= openDatabase(env().DATABASE_URL, {
  poolSize: env().DATABASE_POOL_SIZE,
  thread: env().EMBEDDED_DATABASE_THREAD === "1",
  preparedStatements: env().DATABASE_PREPARED_STATEMENTS === "1",
});

export const db = globalForDb.stepwiseDb.prisma;

/** Which database DATABASE_URL names (the embedded one or a PostgreSQL server). */
export const databaseKind = globalForDb.stepwiseDb.target.kind;

/** One round trip for /api/health (OpenDatabase.ping: ahead of waiting statements where it can be). */
export const pingDatabase = () => (globalForDb.stepwiseDb as ReturnType<typeof openDatabase>).ping();
