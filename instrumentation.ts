/**
 * Next calls register() once when a server starts (`next start`, `next dev`), before it
 * answers requests; never during `next build` (Next skips it in that phase; checked here too).
 * NEXT_RUNTIME and NEXT_PHASE are set by Next itself, not by configuration, so they are read
 * here rather than through lib/env.ts; the Node-only import stays behind the runtime check.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { openDatabaseAtStart } = await import("./lib/db/open-at-start");
  await openDatabaseAtStart();
}
