// npx tsx bench/dashboard.ts [-- --students 40 --skills 60 --attempts 3000 --transcripts 1000 --requests 30]
// The teacher's dashboard with real volume: seeds (createMany) a class of 40 students x 60 skills
// with 3,000 attempts and 1,000 transcripts, plus an empty class with the same assigned set;
// starts the production server (NEXT_DIST_DIR, default .next-teach) on a fresh database
// (embedded by default; PostgreSQL when DATABASE_URL names one), signs in as the teacher with a
// session cookie, and times the heatmap page and the transcript list page, full responses,
// against the same pages of the empty class. Ends with one JSON line.
// The build is reused unless the dashboard's sources are newer (STEPWISE_BENCH_REBUILD=1 forces
// one); --keep leaves the database in data/bench-dashboard for a closer look.

import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createSession } from "@/lib/auth/accounts";
import { deployMigrations } from "@/lib/db/migrate";
import { createConnector } from "@/lib/db/open";
import { type Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { arg, percentile, prepareBenchDatabase, printTable, root, startServer } from "./lib";

process.env.NEXT_DIST_DIR ||= ".next-teach";
const distDir = process.env.NEXT_DIST_DIR;
const STUDENTS = Number(arg("students", "40"));
const SKILLS = Number(arg("skills", "60"));
const ATTEMPTS = Number(arg("attempts", "3000"));
const TRANSCRIPTS = Number(arg("transcripts", "1000"));
const REQUESTS = Number(arg("requests", "30"));
const WARMUP = Number(arg("warmup", "5"));
const port = Number(arg("port", "3321"));
const STEPS_PER_PROBLEM = 3;
const PROBLEMS = Math.ceil(SKILLS / STEPS_PER_PROBLEM);

/** Deterministic PRNG (mulberry32): every run seeds the same data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20261125);
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** bench/lib.ts ensureBuild looks at .next only; this bench builds into its own folder. */
function ensureBuild(): void {
  const id = path.join(root, distDir, "BUILD_ID");
  const sources = ["app", "components", "lib"].map((d) => newestMtime(path.join(root, d)));
  const fresh = fs.existsSync(id) && fs.statSync(id).mtimeMs > Math.max(...sources);
  if (fresh && !process.env.STEPWISE_BENCH_REBUILD) return;
  const r = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) throw new Error("next build failed");
}

async function inChunks<T>(rows: T[], size: number, write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

interface Seeded {
  token: string;
  classId: string;
  emptyClassId: string;
  counts: Record<string, number>;
}

async function seed(prisma: PrismaClient): Promise<Seeded> {
  const now = Date.now();
  const DAY = 24 * 3600_000;
  const teacherId = randomUUID();
  await prisma.user.create({
    data: {
      id: teacherId,
      email: "bench-teacher@bench.test",
      name: "Bench Teacher",
      role: "teacher",
      passwordHash: "x",
    },
  });
  const students = Array.from({ length: STUDENTS }, (_, i) => ({
    id: randomUUID(),
    email: `bench-student-${i}@bench.test`,
    name: `Student ${String(i + 1).padStart(2, "0")}`,
    role: "student" as const,
    passwordHash: "x",
  }));
  await prisma.user.createMany({ data: students });

  const skills = Array.from({ length: SKILLS }, (_, i) => ({
    id: randomUUID(),
    key: `bench.skill-${i}`,
    name: `Skill ${i + 1}`,
  }));
  await prisma.skill.createMany({ data: skills });
  await prisma.skillPrerequisite.createMany({
    data: skills
      .slice(1)
      .flatMap((s, i) => [
        { skillId: s.id, prerequisiteId: skills[i]!.id },
        ...(i % 3 === 0 && i > 0 ? [{ skillId: s.id, prerequisiteId: skills[i - 1]!.id }] : []),
      ]),
  });

  const setId = randomUUID();
  await prisma.problemSet.create({ data: { id: setId, key: "bench-set", title: "Bench set", status: "published" } });
  const problems = Array.from({ length: PROBLEMS }, (_, i) => ({
    id: randomUUID(),
    versionId: randomUUID(),
    key: `bench-p${i}`,
    title: `Bench problem ${i + 1}`,
    steps: Array.from({ length: STEPS_PER_PROBLEM }, (_, j) => ({
      id: randomUUID(),
      position: j,
      skill: skills[(i * STEPS_PER_PROBLEM + j) % SKILLS]!.id,
      answer: 10 + i + j,
    })),
  }));
  await prisma.problem.createMany({
    data: problems.map((p, i) => ({ id: p.id, key: p.key, problemSetId: setId, position: i, status: "published" })),
  });
  await prisma.problemVersion.createMany({
    data: problems.map((p) => ({
      id: p.versionId,
      problemId: p.id,
      version: 1,
      title: p.title,
      statement: `A bench problem with ${STEPS_PER_PROBLEM} steps.`,
      contentHash: p.versionId,
    })),
  });
  for (const p of problems)
    await prisma.problem.update({ where: { id: p.id }, data: { publishedVersionId: p.versionId } });
  const steps = problems.flatMap((p) => p.steps.map((s) => ({ ...s, versionId: p.versionId })));
  await prisma.step.createMany({
    data: steps.map((s) => ({
      id: s.id,
      versionId: s.versionId,
      position: s.position,
      prompt: `What is ${s.answer - 10} + 10?`,
      answerSpec: { kind: "numeric", value: s.answer } as Prisma.InputJsonValue,
    })),
  });
  await prisma.stepSkill.createMany({ data: steps.map((s) => ({ stepId: s.id, skillId: s.skill })) });
  await prisma.wrongAnswer.createMany({
    data: steps.map((s) => ({
      stepId: s.id,
      position: 0,
      match: String(s.answer - 10),
      feedback: "Did you forget to add 10?",
      misconception: "forgot to add",
    })),
  });

  const classId = randomUUID();
  const emptyClassId = randomUUID();
  await prisma.classroom.createMany({
    data: [
      { id: classId, name: "Bench class", teacherId, joinCode: "BENCH2" },
      { id: emptyClassId, name: "Empty class", teacherId, joinCode: "BENCH3" },
    ],
  });
  await prisma.problemSetAssignment.createMany({
    data: [
      { problemSetId: setId, classroomId: classId },
      { problemSetId: setId, classroomId: emptyClassId },
    ],
  });
  await prisma.enrollment.createMany({
    data: students.map((s) => ({ classroomId: classId, studentId: s.id, createdAt: new Date(now - 40 * DAY) })),
  });

  // Mastery for every student and skill.
  await inChunks(
    students.flatMap((s) =>
      skills.map((k) => ({
        studentId: s.id,
        skillId: k.id,
        mastery: Math.round(rand() * 1000) / 1000,
        opportunities: Math.floor(rand() * 20),
        lastEvidenceAt: new Date(now - Math.floor(rand() * 10 * DAY)),
        state: {},
      })),
    ),
    1000,
    (data) => prisma.knowledgeState.createMany({ data }),
  );

  // Transcripts: sessions with alternating student / tutor turns over the last 30 days.
  const sessions: Prisma.TutoringSessionCreateManyInput[] = [];
  const turns: Prisma.TurnCreateManyInput[] = [];
  const attempts: Prisma.AttemptCreateManyInput[] = [];
  const flags: Prisma.TurnFlagCreateManyInput[] = [];
  const sessionSteps: { sessionId: string; studentId: string; steps: typeof steps; at: number }[] = [];
  for (let n = 0; n < TRANSCRIPTS; n++) {
    const student = students[n % students.length]!;
    const problem = pick(problems);
    const id = randomUUID();
    const started = now - Math.floor(rand() * 30 * DAY);
    const active = rand() < 0.15;
    const stepIndex = active ? Math.floor(rand() * STEPS_PER_PROBLEM) : STEPS_PER_PROBLEM;
    const count = 6 + Math.floor(rand() * 10);
    const at = (k: number) => new Date(started + k * 45_000);
    sessions.push({
      id,
      studentId: student.id,
      problemVersionId: problem.versionId,
      status: active ? "active" : "completed",
      state: { stepIndex, finished: !active } as Prisma.InputJsonValue,
      turnCount: count,
      pickReason: "Bench",
      startedAt: at(0),
      lastActivityAt: at(count),
      completedAt: active ? null : at(count),
    });
    for (let seq = 0; seq < count; seq++) {
      const tutor = seq % 2 === 0;
      const step = Math.min(STEPS_PER_PROBLEM - 1, Math.floor((seq / count) * STEPS_PER_PROBLEM));
      const r = rand();
      const turnId = randomUUID();
      turns.push(
        tutor
          ? {
              id: turnId,
              sessionId: id,
              seq,
              role: "tutor",
              text: "Good. What should you do next?",
              stepIndex: step,
              evaluation: seq === 0 ? "g" : r < 0.05 ? "e" : r < 0.5 ? "a" : "b",
              action: r < 0.5 ? 1 : 3,
              stepState: r >= 0.5 && seq > 0 ? "y" : "x",
              move: r < 0.16 ? "telling" : r < 0.6 ? "focus" : "probing",
              subMove: r < 0.16 ? "reveal_answer" : r < 0.6 ? "guide_focus" : "seek_self_correction",
              engine: r < 0.03 ? "fallback:timeout" : "embedded",
              hintRung: r < 0.3 ? 1 + Math.floor(r * 10) : null,
              revealed: r < 0.08,
              createdAt: at(seq),
            }
          : {
              id: turnId,
              sessionId: id,
              seq,
              role: "student",
              text: String(Math.floor(rand() * 30)),
              stepIndex: step,
              idempotencyKey: `bench-${seq}`,
              createdAt: at(seq),
            },
      );
      if (tutor && r > 0.995) flags.push({ turnId, teacherId, note: "Check this turn" });
    }
    sessionSteps.push({
      sessionId: id,
      studentId: student.id,
      steps: problem.steps.map((s) => ({ ...s, versionId: problem.versionId })),
      at: started,
    });
  }
  // A few preview sessions: never shown, never counted.
  for (let n = 0; n < 20; n++) {
    const problem = pick(problems);
    sessions.push({
      id: randomUUID(),
      studentId: students[n % students.length]!.id,
      problemVersionId: problem.versionId,
      preview: true,
      state: {},
      turnCount: 0,
    });
  }
  // Attempts spread over the sessions, the most recent within the needs-help window.
  for (let n = 0; n < ATTEMPTS; n++) {
    const s = sessionSteps[n % sessionSteps.length]!;
    const step = pick(s.steps);
    const correct = rand() < 0.6;
    attempts.push({
      studentId: s.studentId,
      sessionId: s.sessionId,
      stepId: step.id,
      answer: correct ? String(step.answer) : rand() < 0.5 ? String(step.answer - 10) : String(Math.floor(rand() * 40)),
      correct,
      firstAttempt: n < sessionSteps.length * STEPS_PER_PROBLEM ? true : rand() < 0.3,
      hintsUsed: Math.floor(rand() * 3),
      idempotencyKey: `bench-a-${n}`,
      createdAt: new Date(now - Math.floor(rand() * 10 * DAY)),
    });
  }
  await inChunks(sessions, 500, (data) => prisma.tutoringSession.createMany({ data }));
  await inChunks(turns, 1000, (data) => prisma.turn.createMany({ data }));
  await inChunks(attempts, 1000, (data) => prisma.attempt.createMany({ data }));
  // Learner rows that account for every first attempt: the stored states are current, so the
  // heatmap reads them (lib/mastery/mastery-table.ts) instead of replaying each student.
  const firsts = new Map<string, number>();
  for (const a of attempts) if (a.firstAttempt) firsts.set(a.studentId, (firsts.get(a.studentId) ?? 0) + 1);
  await prisma.learnerModelState.createMany({
    data: students.map((s) => ({ studentId: s.id, global: {}, observations: firsts.get(s.id) ?? 0 })),
  });
  await prisma.turnFlag.createMany({ data: flags });
  const { token } = await createSession(prisma, teacherId);
  return {
    token,
    classId,
    emptyClassId,
    counts: {
      students: STUDENTS,
      skills: SKILLS,
      attempts: attempts.length,
      transcripts: TRANSCRIPTS,
      turns: turns.length,
      knowledge_rows: STUDENTS * SKILLS,
    },
  };
}

async function time(url: string, token: string, expect: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { headers: { cookie: `stepwise_session=${token}` }, redirect: "manual" });
  const body = await res.text();
  const ms = performance.now() - started;
  if (res.status !== 200 || !body.includes(expect)) throw new Error(`${url}: ${res.status}, expected "${expect}"`);
  return ms;
}

async function measure(url: string, token: string, expect: string): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await time(url, token, expect);
  const out: number[] = [];
  for (let i = 0; i < REQUESTS; i++) out.push(await time(url, token, expect));
  return out.sort((a, b) => a - b);
}

async function main() {
  ensureBuild();
  const db = await prepareBenchDatabase("dashboard");
  const connector = createConnector(db.url, { poolSize: 4 });
  await deployMigrations(connector);
  const prisma = new PrismaClient({ adapter: connector.factory });
  const t0 = performance.now();
  const seeded = await seed(prisma);
  const seedSeconds = (performance.now() - t0) / 1000;
  await prisma.$disconnect();
  await connector.close();
  console.log(`seeded in ${seedSeconds.toFixed(1)} s:`, JSON.stringify(seeded.counts));

  const stop = await startServer(port, db.url);
  const base = `http://127.0.0.1:${port}/teach/classes`;
  const pages = [
    ["heatmap", `${base}/${seeded.classId}/mastery`, "Student 40"],
    ["transcripts", `${base}/${seeded.classId}/transcripts`, `of ${TRANSCRIPTS} transcripts`],
    ["empty_heatmap", `${base}/${seeded.emptyClassId}/mastery`, "No students yet"],
    ["empty_transcripts", `${base}/${seeded.emptyClassId}/transcripts`, "No transcripts match"],
  ] as const;
  const results: Record<string, number[]> = {};
  try {
    for (const [name, url, marker] of pages) results[name] = await measure(url, seeded.token, marker);
  } finally {
    await stop();
    if (!process.argv.includes("--keep")) await db.drop();
  }
  const p = (name: string, q: number) => Math.round(percentile(results[name] ?? [], q));
  printTable(
    pages.map(([name]) => ({
      page: name,
      n: results[name]?.length ?? 0,
      p50_ms: p(name, 50),
      p95_ms: p(name, 95),
      max_ms: Math.round(results[name]?.at(-1) ?? 0),
    })),
  );
  const ratio = (a: string, b: string) =>
    Number((percentile(results[a]!, 50) / Math.max(1, percentile(results[b]!, 50))).toFixed(2));
  console.log(
    JSON.stringify({
      heatmap_p50_ms: p("heatmap", 50),
      heatmap_p95_ms: p("heatmap", 95),
      transcripts_p50_ms: p("transcripts", 50),
      transcripts_p95_ms: p("transcripts", 95),
      empty_heatmap_p50_ms: p("empty_heatmap", 50),
      empty_transcripts_p50_ms: p("empty_transcripts", 50),
      heatmap_ratio: ratio("heatmap", "empty_heatmap"),
      transcripts_ratio: ratio("transcripts", "empty_transcripts"),
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
