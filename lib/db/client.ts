import "server-only";
import { env } from "@/lib/env";
import { openDatabase } from "./open";

/**
 * The app's one Prisma client, on DATABASE_URL. Cached on globalThis so that dev-mode module
 * reloads share one connection. The embedded database is opened (and locked) on the first
 * query, not at import, so `next build` never touches it.
 */
const globalForDb = globalThis as unknown as { stepwiseDb?: ReturnType<typeof openDatabase> };

globalForDb.stepwiseDb ??= openDatabase(env().DATABASE_URL, { poolSize: 20 });

export const db = globalForDb.stepwiseDb.prisma;
