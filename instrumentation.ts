/**
 * Next calls register() once when a server starts (`next start`, `next dev`), before it
 * answers requests; never during `next build` (Next skips it in that phase; checked here too).
 * NEXT_RUNTIME and NEXT_PHASE are set by Next itself, not by configuration, so they are read
 * here rather than through lib/env.ts; the Node-only import stays behind the runtime check.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // First: it stops the process with a clear message when the environment or database is bad.
  const { openDatabaseAtStart } = await import("./lib/db/open-at-start");
  await openDatabaseAtStart();
  const { env } = await import("./lib/env");
  const statsFile = env().RUNTIME_STATS_FILE;
  if (statsFile) (await import("./lib/observability/runtime-stats")).writeRuntimeStatsAtExit(statsFile);
  // LTI grades still pending from before a restart are sent now, not at the next turn (lib/lti).
  (await import("./lib/lti/score-worker")).kickScoreWorker();
}
