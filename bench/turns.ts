import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { createSession } from "@/lib/auth/accounts";
import { hashPassword } from "@/lib/auth/password";
import { deployMigrations } from "@/lib/db/migrate";
import { createConnector, openDatabase } from "@/lib/db/open";
import { loadDemoContent } from "@/lib/demo/load-demo-content";
import { seedDemo } from "@/lib/demo/seed-demo";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { RuntimeStats } from "@/lib/observability/runtime-stats";
import { loadProblemVersion } from "@/lib/sessions/load-problem";
import { startTutoringSession } from "@/lib/sessions/start-session";
import { formatAnswer } from "@/lib/tutor/answers";
import type { TutorProblem } from "@/lib/tutor/types";
import { arg, ensureBuild, percentile, prepareBenchDatabase, printTable, root, startProcess, startServer } from "./lib";
import { importLibrary } from "./oatutor-library";

const students = Number(arg("students", "50"));
const perStudent = Number(arg("problems", "3"));
const port = Number(arg("port", "3311"));
// Time a simulated student takes between turns (reading, typing), uniform in [0.5x, 1.5x].
// Real students take seconds; with 0, Little's law pins latency to students / throughput.
const thinkMs = Number(arg("think-ms", "400"));
// App processes (PostgreSQL only: the embedded database belongs to one process). --cluster N runs
// them as `npm run serve:cluster` does: N workers behind one port (default: one per core).
// --servers N instead starts N separate servers (scripts/serve.mjs) on N ports.
const clusterArg = arg("cluster", "");
const serversArg = Number(arg("servers", "0"));
// Students start together by default (a whole class pressing "start" within the first think time).
// --ramp-ms N spreads their first turns evenly over N ms instead (a class arriving over N ms), to
// separate the synchronized start from the steady state; the floor gets the same ramp.
const rampMs = Number(arg("ramp-ms", "0"));
// --content oatutor: the whole OATutor library imported as well (../shared/data/oatutor), and the
// students' problems drawn from it, spread over the library (--library-limit N: its first N
// problems); default: the demo content.
const content = arg("content", "demo");
const libraryLimit = Number(arg("library-limit", "0"));
// --warm-connections: each student's connection is open before the start (a browser that has
// loaded the tutor page). By default the first turns open them, all at once: Node 20's libuv
// accepts one connection per event-loop iteration, so under load they are let in slowly
// (decision 022, addendum 8).
const warmConnections = process.argv.includes("--warm-connections");
// --via URL: the students' requests (turns and health checks) go to URL instead, a reverse proxy
// started in front of --port (docs/deployment.md); the warm-up goes through it too.
const via = arg("via", "").replace(/\/+$/, "");
// --warm-proxy (with --via): the proxy's own connections to the app are open before the start, one
// per student, while the students still open theirs to the proxy with their first turns.
const warmProxy = process.argv.includes("--warm-proxy");
// Skip the floor phase (a bare http server doing the turn's database write) with --no-floor.
const withFloor = !process.argv.includes("--no-floor");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The load generator's HTTP client: node:http over kept-alive connections. It shares the machine's
// cores with the servers under test (in production the students' browsers are elsewhere), and
// Node 20's fetch (undici, Web streams and Headers per request) cost it ~1.3 ms of CPU per turn,
// a quarter of two cores at 340 turns/s (decision 022, addendum 7). The app and the floor use the
// same client, so their ratio is unchanged; the generator's own CPU per turn is printed.
// FIFO: a free connection is reused oldest first, so turns spread over all of them (and under
// --cluster over every worker, since Node's cluster deals out connections, not requests); the
// default (LIFO) kept reusing the most recently freed one and sent most turns to one worker.
const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY, scheduling: "fifo" });
function request(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string; agent?: http.Agent } = {},
): Promise<{ status: number; ok: boolean; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: opts.method ?? "GET", headers: opts.headers, agent: opts.agent ?? agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          resolve({ status, ok: status >= 200 && status < 300, body: Buffer.concat(chunks).toString("utf8") });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

interface Plan {
  token: string;
  studentId: string;
  sessions: { id: string; problem: TutorProblem }[];
}

async function seed(url: string): Promise<Plan[]> {
  const connector = createConnector(url, { poolSize: 4 });
  await deployMigrations(connector);
  const prisma = new PrismaClient({ adapter: connector.factory });
  await seedDemo(prisma, loadDemoContent());
  let only: string[] | undefined;
  if (content === "oatutor") {
    const library = await importLibrary(prisma, { limit: libraryLimit });
    console.error(`imported ${library.keys.length} OATutor problems in ${library.seconds.toFixed(0)} s`);
    only = library.keys;
  }
  const inLibrary = only && new Set(only);
  const all = (
    await prisma.problem.findMany({
      where: { status: "published" },
      select: { key: true, publishedVersionId: true },
      orderBy: { key: "asc" },
    })
  ).filter((p) => !inLibrary || inLibrary.has(p.key));
  // Spread over the library: every students x problems-th problem, not the first few courses.
  const picked = only ? Math.max(1, Math.floor(all.length / (students * perStudent))) : 1;
  const versions = all.filter((_, i) => i % picked === 0);
  if (versions.length === 0) throw new Error(`no published problems for --content ${content}`);
  const classroom = await prisma.classroom.findFirstOrThrow();
  const passwordHash = await hashPassword("bench-password");
  const plans: Plan[] = [];
  for (let s = 0; s < students; s++) {
    const user = await prisma.user.create({
      data: { email: `bench-${s}@bench.test`, name: `Bench ${s}`, role: "student", passwordHash },
    });
    await prisma.enrollment.create({ data: { classroomId: classroom.id, studentId: user.id } });
    const { token } = await createSession(prisma, user.id);
    const sessions = [];
    for (let k = 0; k < perStudent; k++) {
      const versionId = versions[(s * perStudent + k) % versions.length]?.publishedVersionId as string;
      const id = await startTutoringSession(prisma, { studentId: user.id, problemVersionId: versionId });
      sessions.push({ id, problem: await loadProblemVersion(prisma, versionId) });
    }
    plans.push({ token, studentId: user.id, sessions });
  }
  await prisma.$disconnect();
  await connector.close();
  return plans;
}

/** A mixed student: sometimes a wrong answer or a hint first, then the right answer. */
function nextInput(problem: TutorProblem, step: number, tries: number, s: number) {
  const st = problem.steps[step];
  if (!st) return null;
  if (tries === 0 && (s + step) % 3 === 0) return { kind: "message", text: st.wrongAnswers[0]?.match ?? "0" };
  if (tries === 1 && (s + step) % 3 === 0) return { kind: "hint" };
  return { kind: "message", text: formatAnswer(st.answer) };
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const pct = (xs: number[], p: number) => Math.round(percentile(sorted(xs), p));

/** Health requests one after another every 50 ms while the load runs: the event loop's view. */
function probeHealth(urls: string[], until: () => boolean): Promise<number[]> {
  return (async () => {
    const out: number[] = [];
    for (let i = 0; !until(); i++) {
      const started = performance.now();
      await request(urls[i % urls.length] as string);
      out.push(performance.now() - started);
      await sleep(50);
    }
    return out;
  })();
}

interface LoadResult {
  latencies: number[];
  /** Split of the app's latencies: each student's first turn (a new student, a problem the
   * server has not loaded yet: the cold path, all at the start) and every later turn. */
  firstTurns?: number[];
  laterTurns?: number[];
  /** Of the later turns: the first turn on each of a student's later problems (a session the
   * server may not have seen: its problem version read unless cached). */
  newProblemTurns?: number[];
  health: number[];
  seconds: number;
  errors: number;
  acked: { sessionId: string; seq: number; text: string }[];
  turnsPerStudent: number[];
  /** CPU the load generator itself (this process) used per turn during the load, in ms. */
  clientCpuMsPerTurn: number;
  /** The load generator's own event-loop delay p99 (ms): how late it may read a reply. */
  clientLoopDelayP99: number;
  /** Turns per second while every student was still working (up to the first one's last turn):
   * the overall rate also counts the tail, where fewer and fewer students are left. */
  steadyPerS: number;
}

/**
 * What the load generator (this process) spends of the shared cores during a load, and how late
 * its own event loop runs: a reply that arrives while it is busy or off its core is timed late.
 */
function watchClient(): (turns: number) => Pick<LoadResult, "clientCpuMsPerTurn" | "clientLoopDelayP99"> {
  const cpu0 = process.cpuUsage();
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  return (turns) => {
    h.disable();
    const d = process.cpuUsage(cpu0);
    return {
      clientCpuMsPerTurn: turns > 0 ? Number(((d.user + d.system) / 1000 / turns).toFixed(2)) : 0,
      // The histogram counts the 10 ms sampling interval itself, in nanoseconds.
      clientLoopDelayP99: Number(Math.max(0, h.percentile(99) / 1e6 - 10).toFixed(1)),
    };
  };
}

/** Records when each turn ended and when each student finished, for LoadResult.steadyPerS. */
function steadyClock(students: number) {
  const t0 = performance.now();
  const ends: number[] = [];
  const finished: number[] = Array.from({ length: students }, () => Number.POSITIVE_INFINITY);
  return {
    t0,
    turnEnded: () => ends.push(performance.now() - t0),
    studentDone: (s: number) => {
      finished[s] = performance.now() - t0;
    },
    perS: () => {
      const until = Math.min(...finished);
      if (!Number.isFinite(until) || until <= 0) return 0;
      return Number(((ends.filter((t) => t <= until).length * 1000) / until).toFixed(1));
    },
  };
}

/** The app's load: every student works their sessions turn by turn with think time. */
async function runAppLoad(plans: Plan[], baseFor: (s: number) => string, healthUrls: string[]): Promise<LoadResult> {
  const latencies: number[] = [];
  const firstTurns: number[] = [];
  const laterTurns: number[] = [];
  const newProblemTurns: number[] = [];
  const acked: LoadResult["acked"] = [];
  const turnsPerStudent = plans.map(() => 0);
  let errors = 0;
  let done = false;
  const health = probeHealth(healthUrls, () => done);
  const clock = steadyClock(plans.length);
  const client = watchClient();
  const t0 = clock.t0;
  await Promise.all(
    plans.map(async (plan, s) => {
      if (rampMs > 0) await sleep((rampMs * s) / plans.length);
      for (const { id, problem } of plan.sessions) {
        let step = 0;
        let tries = 0;
        for (let turn = 0; turn < 40; turn++) {
          const input = nextInput(problem, step, tries, s);
          if (!input) break;
          if (thinkMs > 0) await sleep(thinkMs * (0.5 + Math.random()));
          const started = performance.now();
          try {
            const res = await request(`${baseFor(s)}/api/sessions/${id}/turns`, {
              method: "POST",
              headers: {
                "content-type": "application/json",
                cookie: `stepwise_session=${plan.token}`,
                // When the turn was sent: the server splits its time into waiting and answering.
                "x-bench-sent-at": String(performance.timeOrigin + performance.now()),
              },
              body: JSON.stringify({ ...input, idempotencyKey: `bench-${id}-${turn}` }),
            });
            const body = res.body;
            const ms = performance.now() - started;
            clock.turnEnded();
            latencies.push(ms);
            (turn === 0 && plan.sessions[0]?.id === id ? firstTurns : laterTurns).push(ms);
            if (turn === 0 && plan.sessions[0]?.id !== id) newProblemTurns.push(ms);
            turnsPerStudent[s] = (turnsPerStudent[s] ?? 0) + 1;
            if (!res.ok) {
              errors++;
              continue;
            }
            const reply = JSON.parse(body.trim().split("\n").at(-1) as string);
            acked.push({ sessionId: id, seq: reply.turn.seq, text: reply.turn.text });
            if (reply.view.finished) break;
            if (reply.view.stepIndex !== step) {
              step = reply.view.stepIndex;
              tries = 0;
            } else tries++;
          } catch {
            latencies.push(performance.now() - started);
            clock.turnEnded();
            errors++;
          }
        }
      }
      clock.studentDone(s);
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  done = true;
  return {
    latencies,
    firstTurns,
    laterTurns,
    newProblemTurns,
    health: await health,
    seconds,
    errors,
    acked,
    turnsPerStudent,
    steadyPerS: clock.perS(),
    ...client(latencies.length),
  };
}

/** The floor's load: the same students, think time and number of turns, one write each. */
async function runFloorLoad(plans: Plan[], base: string, turnsPerStudent: number[]): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let done = false;
  const health = probeHealth([`${base}/health`], () => done);
  const clock = steadyClock(plans.length);
  const client = watchClient();
  const t0 = clock.t0;
  await Promise.all(
    plans.map(async (plan, s) => {
      if (rampMs > 0) await sleep((rampMs * s) / plans.length);
      const sessionId = plan.sessions[0]?.id as string;
      for (let turn = 0; turn < (turnsPerStudent[s] ?? 0); turn++) {
        if (thinkMs > 0) await sleep(thinkMs * (0.5 + Math.random()));
        const started = performance.now();
        try {
          const res = await request(`${base}/turn`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ sessionId, studentId: plan.studentId, key: `floor-${sessionId}-${turn}` }),
          });
          if (!res.ok) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - started);
        clock.turnEnded();
      }
      clock.studentDone(s);
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  done = true;
  return {
    latencies,
    health: await health,
    seconds,
    errors,
    acked: [],
    turnsPerStudent,
    steadyPerS: clock.perS(),
    ...client(latencies.length),
  };
}

async function main() {
  ensureBuild();
  const db = await prepareBenchDatabase("turns");
  const plans = await seed(db.url);
  const embedded = db.label === "pglite";
  const cluster = !embedded && clusterArg !== "" ? Number(clusterArg) || os.availableParallelism() : 0;
  const servers = embedded || cluster ? 1 : serversArg || 2;
  const processes = cluster || servers;
  const statsFile = path.join(os.tmpdir(), `stepwise-bench-turns-${process.pid}.jsonl`);
  fs.rmSync(statsFile, { force: true });
  const env = { RUNTIME_STATS_FILE: statsFile };
  const stops = cluster
    ? [
        await startProcess(
          [path.join(root, "scripts/serve-cluster.mjs"), "-p", String(port), "-H", "127.0.0.1"],
          { ...env, DATABASE_URL: db.url, WEB_CONCURRENCY: String(cluster) },
          `http://127.0.0.1:${port}/api/health`,
        ),
      ]
    : await Promise.all(Array.from({ length: servers }, (_, i) => startServer(port + i, db.url, env)));
  const stop = async () => {
    await Promise.all(stops.map((s) => s()));
  };
  const baseFor = (s: number) => via || `http://127.0.0.1:${port + (s % servers)}`;
  const healthUrls = Array.from({ length: servers }, (_, i) => `${baseFor(i)}/api/health`);
  // Warm-up (route modules load and queries plan on first use, in every process): not measured.
  const warm = plans.at(-1) as Plan;
  for (let i = 0; i < 20 * processes; i++) {
    await request(healthUrls[i % servers] as string);
    await request(`${baseFor(i)}/api/sessions/${warm.sessions[0]?.id}/turns`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: `stepwise_session=${warm.token}` },
      body: JSON.stringify({ kind: "message", text: "warming up", idempotencyKey: `warmup-key-${i}` }),
    });
  }
  if (via && warmProxy) {
    // The proxy's connections to the app open and kept (as after a day's traffic), the students'
    // own connections to the proxy not: each request on a connection of its own, closed after.
    const once = new http.Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
    await Promise.all(plans.map(() => request(`${via}/api/health`, { agent: once })));
  }
  if (warmConnections) {
    // Every student's connection open before the start, as their browser's is after loading the
    // tutor page (only the connection: the page's own work is not done). Not measured.
    await Promise.all(plans.map((_, s) => request(healthUrls[s % servers] as string)));
  }
  // The runtime record starts after the warm-up (modules load on the first requests).
  for (const s of stops) process.kill(s.pid, "SIGUSR2");
  await sleep(200);
  const app = await runAppLoad(plans, baseFor, healthUrls);
  await stop();
  const runtime = fs.existsSync(statsFile)
    ? fs
        .readFileSync(statsFile, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as RuntimeStats)
    : [];
  fs.rmSync(statsFile, { force: true });

  const check = openDatabase(db.url, { poolSize: 2 });
  let lost = 0;
  for (const a of app.acked) {
    const t = await check.prisma.turn.findUnique({
      where: { sessionId_seq: { sessionId: a.sessionId, seq: a.seq } },
      select: { text: true },
    });
    if (t?.text !== a.text) lost++;
  }
  await check.close();

  // The floor: the same load shape against a bare server doing only the turn's write.
  const floorPort = port + 100;
  let floor: LoadResult | undefined;
  if (withFloor) {
    const stopFloor = await startProcess(
      ["--import", "tsx", path.join(root, "bench/turns-floor-server.ts"), String(floorPort), db.url],
      { DATABASE_URL: db.url },
      `http://127.0.0.1:${floorPort}/health`,
    );
    if (warmConnections) await Promise.all(plans.map(() => request(`http://127.0.0.1:${floorPort}/health`)));
    floor = await runFloorLoad(plans, `http://127.0.0.1:${floorPort}`, app.turnsPerStudent);
    await stopFloor();
  }
  await db.drop();

  const turnsPerS = app.acked.length / app.seconds;
  const worst = (f: (r: RuntimeStats) => number) => Math.max(0, ...runtime.map(f));
  const result = {
    db: db.label,
    content,
    processes,
    mode: embedded ? "embedded" : cluster ? "cluster" : "servers",
    cores: os.availableParallelism(),
    students,
    think_ms: thinkMs,
    ramp_ms: rampMs,
    warm_connections: warmConnections,
    via: via || null,
    warm_proxy: Boolean(via && warmProxy),
    turns: app.acked.length,
    turns_per_s: Number(turnsPerS.toFixed(1)),
    steady_turns_per_s: app.steadyPerS,
    p50_ms: pct(app.latencies, 50),
    p95_ms: pct(app.latencies, 95),
    p99_ms: pct(app.latencies, 99),
    max_ms: pct(app.latencies, 100),
    health_p95_ms: pct(app.health, 95),
    health_p99_ms: pct(app.health, 99),
    first_turn_p50_ms: pct(app.firstTurns ?? [], 50),
    later_turn_p95_ms: pct(app.laterTurns ?? [], 95),
    later_turn_p99_ms: pct(app.laterTurns ?? [], 99),
    new_problem_turn_p95_ms: pct(app.newProblemTurns ?? [], 95),
    errors: app.errors,
    lost,
    event_loop_delay_p99_ms: worst((r) => r.eventLoopDelay.p99),
    event_loop_delay_max_ms: worst((r) => r.eventLoopDelay.max),
    event_loop_stalls_over_50ms: runtime.reduce((n, r) => n + r.stallsOver50ms, 0),
    gc_max_pause_ms: worst((r) => r.gc.maxMs),
    server_cpu_ms_per_turn: app.acked.length
      ? Number((runtime.reduce((n, r) => n + r.cpuMs, 0) / app.acked.length).toFixed(1))
      : 0,
    client_cpu_ms_per_turn: app.clientCpuMsPerTurn,
    client_loop_delay_p99_ms: app.clientLoopDelayP99,
    server_waited_p99_ms: worst((r) => r.turns?.waited.p99 ?? 0),
    server_answering_p99_ms: worst((r) => r.turns?.answering.p99 ?? 0),
    ...(floor
      ? {
          floor_turns_per_s: Number((floor.latencies.length / floor.seconds).toFixed(1)),
          floor_steady_turns_per_s: floor.steadyPerS,
          floor_p50_ms: pct(floor.latencies, 50),
          floor_p99_ms: pct(floor.latencies, 99),
          floor_health_p95_ms: pct(floor.health, 95),
          floor_health_p99_ms: pct(floor.health, 99),
          floor_errors: floor.errors,
          floor_client_cpu_ms_per_turn: floor.clientCpuMsPerTurn,
          p50_over_floor: Number(
            (percentile(sorted(app.latencies), 50) / Math.max(0.1, percentile(sorted(floor.latencies), 50))).toFixed(2),
          ),
          p99_over_floor: Number(
            (percentile(sorted(app.latencies), 99) / Math.max(0.1, percentile(sorted(floor.latencies), 99))).toFixed(2),
          ),
        }
      : {}),
  };
  const row = (request: string, xs: number[], seconds: number) => ({
    request,
    n: xs.length,
    per_s: (xs.length / seconds).toFixed(1),
    p50_ms: pct(xs, 50),
    p95_ms: pct(xs, 95),
    p99_ms: pct(xs, 99),
    max_ms: pct(xs, 100),
  });
  printTable([
    row(`POST turn (${result.mode}, ${processes} process${processes === 1 ? "" : "es"})`, app.latencies, app.seconds),
    row("  of which each student's first turn", app.firstTurns ?? [], app.seconds),
    row("  of which every later turn", app.laterTurns ?? [], app.seconds),
    row("    of those each later problem's first", app.newProblemTurns ?? [], app.seconds),
    row("GET /api/health during the load", app.health, app.seconds),
    ...(floor
      ? [
          row("floor: bare http + the turn's write", floor.latencies, floor.seconds),
          // The floor's health check answers without the database: what the machine (two cores
          // shared with the database and this load generator) adds to any request under this load.
          row("floor: GET /health during its load", floor.health, floor.seconds),
        ]
      : []),
  ]);
  console.log(
    `turns/s while all ${students} students were working: ${app.steadyPerS}${floor ? ` (floor ${floor.steadyPerS})` : ""}`,
  );
  console.log(
    `load generator's own CPU per turn (it shares the cores): ${app.clientCpuMsPerTurn} ms${floor ? ` (floor run ${floor.clientCpuMsPerTurn} ms)` : ""}; its event-loop delay p99 ${app.clientLoopDelayP99} ms${floor ? ` (floor run ${floor.clientLoopDelayP99})` : ""}`,
  );
  if (runtime.length) {
    console.log("");
    printTable(
      runtime.map((r) => ({
        process: r.pid,
        cpu_s: (r.cpuMs / 1000).toFixed(1),
        loop_delay_p50_ms: r.eventLoopDelay.p50,
        p99_ms: r.eventLoopDelay.p99,
        max_ms: r.eventLoopDelay.max,
        stalls_over_50ms: r.stallsOver50ms,
        gc_pauses: r.gc.pauses,
        gc_total_ms: Math.round(r.gc.totalMs),
        gc_max_ms: r.gc.maxMs,
      })),
    );
    // Each turn's time as the server saw it: from the generator's send to the start of the
    // answer (the kernel's queue and a busy event loop), and the answer itself.
    printTable(
      runtime.flatMap((r) =>
        r.turns
          ? (["waited", "answering"] as const).map((k) => ({
              process: r.pid,
              turn_time: k === "waited" ? "sent -> answer begins" : "answer begins -> written",
              n: r.turns[k].n,
              p50_ms: r.turns[k].p50,
              p95_ms: r.turns[k].p95,
              p99_ms: r.turns[k].p99,
              max_ms: r.turns[k].max,
            }))
          : [],
      ),
    );
  }
  console.log(JSON.stringify(result));
  process.exit(app.errors || lost ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
