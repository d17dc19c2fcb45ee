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
  // The turn route answered before Next's routing under `npm start` (scripts/serve.mjs, decision 027).
  (await import("./lib/http/node-routes")).registerNodeRoutes();
  // LTI: the tool's first signing key exists before any LMS reads the JWK Set (which only reads),
  // and grades still pending from before a restart are sent now, not at the next turn (lib/lti).
  // Neither is needed to serve: a failure is logged, and signing makes the key on demand.
  const { db, databaseKind } = await import("./lib/db/client");
  // PostgreSQL: the pool's connections opened and their statements planned now, not inside the
  // first turns of a class that starts together (decision 022 addendum 5). Best effort.
  if (databaseKind === "postgres")
    await (await import("./lib/sessions/warm-connections")).warmConnections(db, env().DATABASE_POOL_SIZE);
  await (await import("./lib/lti/keys"))
    .activeKey(db)
    .catch((e) => console.error("LTI: the tool's signing key could not be made at start:", e));
  (await import("./lib/lti/score-worker")).kickScoreWorker();
  // Sessions students are still working on: their problem versions are read into this process's
  // cache now, in the background, not in their first turns after a restart (decision 022).
  const warmStarted = performance.now();
  void (await import("./lib/sessions/warm-open-sessions"))
    .warmOpenSessions(db)
    .then(({ loaded, rehearsed }) => {
      if (loaded)
        console.log(
          `Read ${loaded} open sessions' problems (the tutor rehearsed ${rehearsed}) in ${Math.round(performance.now() - warmStarted)} ms.`,
        );
    })
    .catch((e) => console.error("Warming open sessions' problems at start failed:", e));
}
