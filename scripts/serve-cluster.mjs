// npm run serve:cluster [-- -p 3000 -H 0.0.0.0]
// Several app processes (scripts/serve.mjs, as `npm start`) behind ONE port (Node's cluster module: the primary owns the
// listening socket and hands connections to the workers round-robin). One worker per core by
// default; WEB_CONCURRENCY=<n> sets the count. Needs PostgreSQL (DATABASE_URL=postgres://...):
// the embedded database belongs to one process, so with it this runs a single worker.
// Each worker has its own connection pool (DATABASE_POOL_SIZE, default 10): keep
// workers x pool under PostgreSQL's max_connections, or use PgBouncer (docs/deployment.md).
import cluster from "node:cluster";
import os from "node:os";

const serveScript = new URL("./serve.mjs", import.meta.url).pathname;

function workerCount() {
  const raw = process.env.WEB_CONCURRENCY;
  const wanted = raw === undefined || raw === "" ? os.availableParallelism() : Number(raw);
  if (!Number.isInteger(wanted) || wanted < 1 || wanted > 256) {
    console.error(`WEB_CONCURRENCY must be a whole number from 1 to 256 (got "${raw}").`);
    process.exit(1);
  }
  const url = process.env.DATABASE_URL ?? "";
  if (!/^postgres(ql)?:\/\//.test(url) && wanted > 1) {
    console.error(
      "The embedded database is used by one process: serving with 1 worker (set DATABASE_URL=postgres://... for more).",
    );
    return 1;
  }
  return wanted;
}

if (cluster.isPrimary) {
  const count = workerCount();
  cluster.setupPrimary({ exec: serveScript, args: process.argv.slice(2) });
  let stopping = false;
  const recent = [];
  const fork = () => cluster.fork({ NEXT_TELEMETRY_DISABLED: "1" });
  for (let i = 0; i < count; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A worker that dies is replaced, unless workers keep dying at start (a bad setting):
    // then stop instead of restarting forever.
    const now = Date.now();
    recent.push(now);
    while (recent.length && now - recent[0] > 60_000) recent.shift();
    if (recent.length > count * 3) {
      console.error(`Workers keep stopping (last: code ${code}, signal ${signal}); giving up.`);
      process.exit(1);
    }
    console.error(`Worker ${worker.process.pid} stopped (code ${code}, signal ${signal}); starting another.`);
    fork();
  });
  // A worker that signs someone out tells the others to forget that cookie
  // (lib/auth/signed-in-cache.ts): the primary passes the message on.
  cluster.on("message", (from, msg) => {
    if (msg?.type !== "stepwise:signed-in-cache:forget") return;
    for (const w of Object.values(cluster.workers ?? {})) if (w && w !== from && w.isConnected()) w.send(msg);
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  // Passed on to the workers (RUNTIME_STATS_FILE: a benchmark restarts the record after warm-up).
  process.on("SIGUSR2", () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGUSR2");
  });
  process.on("SIGINT", stop);
  console.log(`Stepwise: ${count} worker process${count === 1 ? "" : "es"} behind one port.`);
}
