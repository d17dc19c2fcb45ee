import { createSession } from "@/lib/auth/accounts";
import { hashPassword } from "@/lib/auth/password";
import { deployMigrations } from "@/lib/db/migrate";
import { createConnector, openDatabase } from "@/lib/db/open";
import { loadDemoContent } from "@/lib/demo/load-demo-content";
import { seedDemo } from "@/lib/demo/seed-demo";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { loadProblemVersion } from "@/lib/sessions/load-problem";
import { startTutoringSession } from "@/lib/sessions/start-session";
import { formatAnswer } from "@/lib/tutor/answers";
import type { TutorProblem } from "@/lib/tutor/types";
import { arg, ensureBuild, percentile, prepareBenchDatabase, printTable, startServer } from "./lib";

const students = Number(arg("students", "50"));
const perStudent = Number(arg("problems", "3"));
const port = Number(arg("port", "3311"));
// Time a simulated student takes between turns (reading, typing), uniform in [0.5x, 1.5x].
// Real students take seconds; with 0, Little's law pins latency to students / throughput.
const thinkMs = Number(arg("think-ms", "400"));
// App servers sharing the database (PostgreSQL only: the embedded database is one process).
const serversArg = Number(arg("servers", "0"));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Plan {
  token: string;
  sessions: { id: string; problem: TutorProblem }[];
}

async function seed(url: string): Promise<Plan[]> {
  const connector = createConnector(url, { poolSize: 4 });
  await deployMigrations(connector);
  const prisma = new PrismaClient({ adapter: connector.factory });
  await seedDemo(prisma, loadDemoContent());
  const versions = await prisma.problem.findMany({
    where: { status: "published" },
    select: { publishedVersionId: true },
    orderBy: { key: "asc" },
  });
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
    plans.push({ token, sessions });
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

async function main() {
  ensureBuild();
  const db = await prepareBenchDatabase("turns");
  const plans = await seed(db.url);
  const servers = db.label === "pglite" ? 1 : serversArg || 2;
  const stops = await Promise.all(Array.from({ length: servers }, (_, i) => startServer(port + i, db.url)));
  const stop = async () => {
    await Promise.all(stops.map((s) => s()));
  };
  const baseFor = (s: number) => `http://127.0.0.1:${port + (s % servers)}`;
  const base = baseFor(0);
  // Warm-up (route modules load and queries plan on first use): not measured.
  const warm = plans.at(-1) as Plan;
  for (let i = 0; i < 20; i++) {
    await fetch(`${base}/api/health`).then((r) => r.text());
    await fetch(`${base}/api/sessions/${warm.sessions[0]?.id}/turns`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: `stepwise_session=${warm.token}` },
      body: JSON.stringify({ kind: "message", text: "warming up", idempotencyKey: `warmup-key-${i}` }),
    }).then((r) => r.text());
  }
  const latencies: number[] = [];
  const acked: { sessionId: string; seq: number; text: string }[] = [];
  let errors = 0;
  const t0 = performance.now();
  await Promise.all(
    plans.map(async (plan, s) => {
      for (const { id, problem } of plan.sessions) {
        let step = 0;
        let tries = 0;
        for (let turn = 0; turn < 40; turn++) {
          const input = nextInput(problem, step, tries, s);
          if (!input) break;
          if (thinkMs > 0) await sleep(thinkMs * (0.5 + Math.random()));
          const started = performance.now();
          try {
            const res = await fetch(`${baseFor(s)}/api/sessions/${id}/turns`, {
              method: "POST",
              headers: { "content-type": "application/json", cookie: `stepwise_session=${plan.token}` },
              body: JSON.stringify({ ...input, idempotencyKey: `bench-${id}-${turn}` }),
            });
            const body = await res.text();
            latencies.push(performance.now() - started);
            if (!res.ok) {
              errors++;
              continue;
            }
            const done = JSON.parse(body.trim().split("\n").at(-1) as string);
            acked.push({ sessionId: id, seq: done.turn.seq, text: done.turn.text });
            if (done.view.finished) break;
            if (done.view.stepIndex !== step) {
              step = done.view.stepIndex;
              tries = 0;
            } else tries++;
          } catch {
            latencies.push(performance.now() - started);
            errors++;
          }
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  // Baseline: the same server answering a one-query request, same concurrency.
  const baseLat: number[] = [];
  await Promise.all(
    plans.map(async (_plan, s) => {
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        await fetch(`${baseFor(s)}/api/health`).then((r) => r.text());
        baseLat.push(performance.now() - started);
      }
    }),
  );
  await stop();

  const check = openDatabase(db.url, { poolSize: 2 });
  let lost = 0;
  for (const a of acked) {
    const t = await check.prisma.turn.findUnique({
      where: { sessionId_seq: { sessionId: a.sessionId, seq: a.seq } },
      select: { text: true },
    });
    if (t?.text !== a.text) lost++;
  }
  await check.close();
  await db.drop();

  latencies.sort((a, b) => a - b);
  baseLat.sort((a, b) => a - b);
  const result = {
    db: db.label,
    servers,
    students,
    think_ms: thinkMs,
    turns: acked.length,
    turns_per_s: Number((acked.length / seconds).toFixed(1)),
    p50_ms: Math.round(percentile(latencies, 50)),
    p95_ms: Math.round(percentile(latencies, 95)),
    p99_ms: Math.round(percentile(latencies, 99)),
    errors,
    lost,
    baseline_p50_ms: Math.round(percentile(baseLat, 50)),
    p50_over_baseline: Number((percentile(latencies, 50) / Math.max(1, percentile(baseLat, 50))).toFixed(2)),
  };
  printTable([
    { request: "POST turn", n: latencies.length, p50_ms: result.p50_ms, p95_ms: result.p95_ms, p99_ms: result.p99_ms },
    {
      request: "GET health (baseline)",
      n: baseLat.length,
      p50_ms: result.baseline_p50_ms,
      p95_ms: Math.round(percentile(baseLat, 95)),
      p99_ms: Math.round(percentile(baseLat, 99)),
    },
  ]);
  console.log(JSON.stringify(result));
  process.exit(errors || lost ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
