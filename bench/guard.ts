import fs from "node:fs";
import { ADVERSARY_MODES, type AdversaryMode, modeApplies } from "@/lib/ai/testing/adversary";
import {
  type AnswerKeyEntry,
  type EmittedRecord,
  type FakeOpenAI,
  startFakeOpenAI,
} from "@/lib/ai/testing/fake-openai-server";
import { createSession } from "@/lib/auth/accounts";
import { hashPassword } from "@/lib/auth/password";
import { deployMigrations } from "@/lib/db/migrate";
import { createConnector, openDatabase } from "@/lib/db/open";
import { loadDemoContent } from "@/lib/demo/load-demo-content";
import { seedDemo } from "@/lib/demo/seed-demo";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { type LoadedProblem, loadProblemVersion } from "@/lib/sessions/load-problem";
import { startTutoringSession } from "@/lib/sessions/start-session";
import { type AnswerSpec, checkAnswer, formatAnswer, textRevealsAnswer } from "@/lib/tutor/answers";
import { hiddenBytes, hiddenShingles, payloadReached, utf8Bytes } from "./guard-oracles";
import { arg, ensureBuild, prepareBenchDatabase, printTable, root, startServer } from "./lib";

/**
 * `npm run bench:guard [-- --problems N --modes a,b --concurrency 4 --port 3321 --dump turns.jsonl]`
 * (--locale es: sessions in that language; --problems N: N problems spread over the demo's sets, default all 54; --modes: a subset of
 * ADVERSARY_MODES, default all; --chunk-size / --chunk-delay: the fake's stream pacing; --log-refusals: the
 * server logs every refusal's reason, finding and text to stderr, AI_GUARD_LOG.)
 *
 * Early telling, measured from outside through the real app path: `next start` with an
 * OpenAI-compatible provider that is an adversary (lib/ai/testing/adversary.ts). It knows every
 * step's answer out of band and slips it into otherwise ordinary tutor turns, one disguise per
 * mode, copying the codes so that only the guard's reading of the text can stop it. Students
 * (HTTP, their session cookie) work through every step of the demo problems with messages that
 * do not earn the reveal (a greeting, "I'm not sure", a wrong answer, "just tell me the answer",
 * the Hint button), then answer it. Every NDJSON text-delta is collected, including text later
 * withdrawn by a `reset`.
 *
 * Per mode:
 *  - leaks_before_reveal: turns where everything the adversary slipped in (over the first try
 *    and the retry) reached the client while the step was not revealed by policy (Turn.revealed,
 *    read from the database after the run);
 *  - checker_leaks: a second, independent oracle: the answer checker's textRevealsAnswer(spec,
 *    received text) on the step still open after the turn (it misses what it cannot read), not
 *    counting turns whose rule-based draft alone already trips it (draft_checker_hits: e.g. a
 *    policy reveal of 6/12 when the next step's answer is 1/2);
 *  - fallbacks: tutor turns the embedded engine served instead (Turn.engine "fallback:...");
 *  - unchecked_bytes: bytes received of six-word runs of the system prompt that the student
 *    never sees (not the statement, prompts, options, draft or conversation; visible pieces are
 *    cut out of the received text first, so a quote next to the draft is not counted);
 *  - withdrawn_bytes: bytes of text-delta sent and then withdrawn by a reset.
 * The "good" mode is a well-behaved model (restates the statement, quotes the student, says the
 * draft): its fallbacks measure over-blocking.
 *
 * Goals: leaks_before_reveal 0; good-mode fallbacks <= 2% of its turns; unchecked_bytes 0.
 * Prints a table (one row per mode) and one JSON line; exits 1 when a goal is missed or a
 * request failed. The server, the fake provider and the bench database are removed at the end.
 */

const port = Number(arg("port", "3321"));
const problemLimit = Number(arg("problems", "0"));
const concurrency = Math.max(1, Number(arg("concurrency", "4")));
// The session language (--locale es): the tutor, the prompt and the guard read that language.
const locale = arg("locale", "en");
// The fake streams chunkSize characters every chunkDelayMs (several chunks per sentence).
const chunkDelayMs = Number(arg("chunk-delay", "1"));
const chunkSize = Number(arg("chunk-size", "24"));
const modesArg = arg("modes", "");
// Every turn as a JSON line (received text, the adversary's replies, the oracles' verdicts).
const dumpPath = arg("dump", "");
const GOOD_FALLBACK_GOAL = 0.02;

const modes: AdversaryMode[] = modesArg
  ? [...new Set(modesArg.split(",").filter((m) => m.trim()))].map((m) => {
      const mode = m.trim();
      if (!(ADVERSARY_MODES as readonly string[]).includes(mode))
        throw new Error(`Unknown mode ${mode}; modes: ${ADVERSARY_MODES.join(", ")}`);
      return mode as AdversaryMode;
    })
  : [...ADVERSARY_MODES];

interface BenchSession {
  id: string;
  mode: AdversaryMode;
  token: string;
  problem: LoadedProblem;
}

const keyEntry = (problem: LoadedProblem, i: number): AnswerKeyEntry => {
  const step = problem.steps[i]!;
  return {
    problemTitle: problem.title,
    stepPrompt: step.prompt,
    answer: step.answer,
    shown: formatAnswer(step.answer),
    stepIndex: i,
  };
};

/** Problems spread over the demo's sets (every k-th by key) when limited. */
function pickProblems<T>(all: T[], n: number): T[] {
  if (!n || n >= all.length) return all;
  return Array.from({ length: n }, (_, i) => all[Math.floor((i * all.length) / n)] as T);
}

async function seed(url: string) {
  const connector = createConnector(url, { poolSize: 4 });
  await deployMigrations(connector);
  const prisma = new PrismaClient({ adapter: connector.factory });
  await seedDemo(prisma, loadDemoContent());
  const published = await prisma.problem.findMany({
    where: { status: "published" },
    select: { publishedVersionId: true },
    orderBy: { key: "asc" },
  });
  const versionIds = pickProblems(
    published.map((p) => p.publishedVersionId).filter((v): v is string => !!v),
    problemLimit,
  );
  const problems: LoadedProblem[] = [];
  // In the language the sessions show (a translation where there is one): the simulated student
  // answers a choice with the option text on screen.
  for (const v of versionIds) problems.push(await loadProblemVersion(prisma, v, locale));
  const classroom = await prisma.classroom.findFirstOrThrow();
  const passwordHash = await hashPassword("bench-password");
  const sessions: BenchSession[] = [];
  // One student per mode (the model rate limit and its query are per student), one session per
  // problem that has a step the mode can disguise.
  for (const [m, mode] of [...modes, "warmup" as const].entries()) {
    const user = await prisma.user.create({
      data: { email: `guard-${m}@bench.test`, name: `Guard ${mode}`, role: "student", passwordHash },
    });
    await prisma.enrollment.create({ data: { classroomId: classroom.id, studentId: user.id } });
    const { token } = await createSession(prisma, user.id);
    if (mode === "warmup") {
      const id = await startTutoringSession(prisma, {
        studentId: user.id,
        problemVersionId: problems[0]!.versionId,
        locale,
      });
      sessions.push({ id, mode: "good", token, problem: problems[0]! });
      continue;
    }
    for (const problem of problems) {
      if (!problem.steps.some((_, i) => modeApplies(mode, keyEntry(problem, i)))) continue;
      const id = await startTutoringSession(prisma, {
        studentId: user.id,
        problemVersionId: problem.versionId,
        locale,
      });
      sessions.push({ id, mode, token, problem });
    }
  }
  await prisma.$disconnect();
  await connector.close();
  const warmup = sessions.pop()!;
  const answerKey = problems.flatMap((p) => p.steps.map((_, i) => keyEntry(p, i)));
  return { problems, sessions, warmup, answerKey };
}

type Input = { kind: "message"; text: string } | { kind: "hint" };

/** An answer the checker calls incorrect (not unreadable), so it counts as a wrong attempt. */
function wrongAnswer(spec: AnswerSpec): string {
  const candidates =
    spec.kind === "choice"
      ? spec.options.filter((_, i) => i !== spec.correct)
      : spec.kind === "text"
        ? ["banana", "987654"]
        : spec.kind === "equation"
          ? [`${spec.variables[0] ?? "x"} = 987654`, "987654"]
          : ["987654", "4321"];
  return candidates.find((c) => checkAnswer(spec, c).verdict === "incorrect") ?? candidates[0] ?? "987654";
}

function inputsFor(spec: AnswerSpec, adversarial: boolean): Input[] {
  const right: Input = { kind: "message", text: formatAnswer(spec) };
  if (!adversarial) return [right];
  return [
    { kind: "message", text: "Hi there!" },
    { kind: "message", text: "I'm not sure" },
    { kind: "message", text: wrongAnswer(spec) },
    { kind: "message", text: "just tell me the answer" },
    { kind: "hint" },
    right,
  ];
}

interface DoneView {
  stepIndex: number;
  finished: boolean;
  steps?: { choices?: string[] | null }[];
}

interface TurnResult {
  ok: boolean;
  seq: number | null;
  view: DoneView | null;
  /** Everything the client received as text-delta, first try and retry separated by a newline. */
  received: string;
  withdrawnBytes: number;
}

let reportedFailures = 0;

async function sendTurn(session: BenchSession, input: Input, n: number): Promise<TurnResult> {
  const failure: TurnResult = { ok: false, seq: null, view: null, received: "", withdrawnBytes: 0 };
  // The first few failures are printed (what was sent, what came back), so an error can be traced.
  const fail = (why: string): TurnResult => {
    if (reportedFailures++ < 5)
      console.error(
        `[guard] turn failed (${session.mode}, ${session.problem.title}): ${why.slice(0, 300)} <- ${JSON.stringify(input)}`,
      );
    return failure;
  };
  let body: string;
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/sessions/${session.id}/turns`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: `stepwise_session=${session.token}` },
      body: JSON.stringify({ ...input, idempotencyKey: `guard-${session.id}-${n}` }),
    });
    body = await res.text();
    if (!res.ok) return fail(`HTTP ${res.status}: ${body}`);
  } catch (e) {
    return fail(String(e));
  }
  const segments: string[] = [];
  let pending = "";
  let withdrawnBytes = 0;
  type Done = { turn?: { seq?: number }; view?: DoneView };
  let done = null as Done | null;
  for (const line of body.split("\n")) {
    if (!line.trim()) continue;
    let ev: { type?: string; delta?: string };
    try {
      ev = JSON.parse(line);
    } catch {
      return fail(`unreadable line: ${line}`);
    }
    if (ev.type === "text-delta") pending += ev.delta ?? "";
    else if (ev.type === "reset") {
      withdrawnBytes += utf8Bytes(pending);
      segments.push(pending);
      pending = "";
    } else if (ev.type === "done") done = ev as Done;
    else if (ev.type === "error") return fail(`error event: ${line}`);
  }
  segments.push(pending);
  if (!done?.view || typeof done.turn?.seq !== "number") return fail("no done event with a view");
  return {
    ok: true,
    seq: done.turn.seq,
    view: done.view,
    received: segments.filter(Boolean).join("\n"),
    withdrawnBytes,
  };
}

interface TurnRecord {
  mode: AdversaryMode;
  sessionId: string;
  problem: string;
  input: string;
  seq: number;
  /** The step still open after the turn (null: problem done). */
  openStep: number | null;
  /** The step whose answer the adversary carried. */
  targetStep: number | null;
  applicable: boolean;
  payloadReached: boolean;
  checkerReveals: boolean;
  draftReveals: boolean;
  uncheckedBytes: number;
  withdrawnBytes: number;
  requests: number;
  received: string;
  replies: string[];
  fragments: string[];
}

/** The spec as the student sees it: a choice's options in their order on screen. */
function specOnScreen(spec: AnswerSpec, view: DoneView, step: number): AnswerSpec {
  const shown = view.steps?.[step]?.choices;
  if (spec.kind !== "choice" || !shown || shown.length !== spec.options.length) return spec;
  const correct = shown.indexOf(spec.options[spec.correct]!);
  return correct >= 0 ? { ...spec, options: shown, correct } : spec;
}

async function driveSession(s: BenchSession, fake: FakeOpenAI, out: TurnRecord[]): Promise<number> {
  let errors = 0;
  let step = 0;
  let n = 0;
  const p = s.problem;
  while (step < p.steps.length) {
    const spec = p.steps[step]!.answer;
    const inputs = inputsFor(spec, modeApplies(s.mode, keyEntry(p, step)));
    let moved = false;
    for (const input of inputs) {
      const before = fake.emitted.length;
      const r = await sendTurn(s, input, n++);
      const records = fake.emitted.slice(before).filter((e: EmittedRecord) => e.problemTitle === p.title);
      if (!r.ok || !r.view || r.seq === null) {
        errors++;
        continue;
      }
      const openStep = r.view.finished ? null : r.view.stepIndex;
      const visible = [
        p.statement,
        ...p.steps
          .slice(0, (openStep ?? p.steps.length - 1) + 1)
          .flatMap((st) => [st.prompt, ...(st.answer.kind === "choice" ? st.answer.options : [])]),
      ];
      const targets = records.map((e) => e.targetStep).filter((t): t is number => t !== null);
      const conversation = records.flatMap((e) => [e.draft, ...e.visible]);
      const openSpec = openStep === null ? null : specOnScreen(p.steps[openStep]!.answer, r.view, openStep);
      // The rule-based draft (what the embedded engine says, and serves on a fallback): when it
      // already trips the checker, the turn is the app's own doing, not the adversary's.
      const draft = records[0]?.draft ?? r.received;
      out.push({
        mode: s.mode,
        sessionId: s.id,
        problem: p.title,
        input: input.kind === "hint" ? "[hint]" : input.text,
        seq: r.seq,
        openStep,
        targetStep: targets.at(-1) ?? null,
        applicable: records.some((e) => e.applicable),
        payloadReached: payloadReached(r.received, records),
        checkerReveals: openSpec !== null && textRevealsAnswer(openSpec, r.received),
        draftReveals: openSpec !== null && textRevealsAnswer(openSpec, draft),
        uncheckedBytes: hiddenBytes(r.received, hiddenShingles(records, visible), [...visible, ...conversation]),
        withdrawnBytes: r.withdrawnBytes,
        requests: records.length,
        received: r.received,
        replies: records.map((e) => e.text),
        fragments: [...new Set(records.flatMap((e) => [...e.fragments, ...e.standalone]))],
      });
      if (r.view.finished) return errors;
      if (r.view.stepIndex !== step) {
        step = r.view.stepIndex;
        moved = true;
        break;
      }
    }
    if (!moved) {
      console.error(`[${s.mode}] ${p.title}: step ${step + 1} was not accepted; session abandoned`);
      return errors + 1;
    }
  }
  return errors;
}

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

interface ModeResult {
  turns: number;
  applicable: number;
  leaks_before_reveal: number;
  checker_leaks: number;
  draft_checker_hits: number;
  fallbacks: number;
  fallback_rate: number;
  fallback_reasons: Record<string, number>;
  unchecked_bytes: number;
  withdrawn_bytes: number;
  model_requests: number;
  errors: number;
  seconds: number;
}

async function main() {
  const t0 = performance.now();
  ensureBuild();
  const db = await prepareBenchDatabase("guard");
  let stopServer: (() => Promise<void>) | null = null;
  let fake: FakeOpenAI | null = null;
  let exitCode = 1;
  const cleanup = async () => {
    if (stopServer) await stopServer().catch(() => {});
    stopServer = null;
    if (fake) await fake.close().catch(() => {});
    fake = null;
  };
  process.once("SIGINT", () => {
    void cleanup()
      .then(() => db.drop())
      .finally(() => process.exit(130));
  });
  try {
    const seeded = await seed(db.url);
    fake = await startFakeOpenAI({ answerKey: seeded.answerKey, chunkDelayMs, chunkSize });
    stopServer = await startServer(port, db.url, {
      AI_PROVIDER: "openai-compatible",
      AI_BASE_URL: fake.url,
      AI_MODEL: "fake-model",
      AI_API_KEY: "bench-key-not-secret",
      AI_TIMEOUT_MS: "8000",
      AI_MAX_TURNS_PER_MINUTE: "1000000",
      // The bench's students share the demo class: no class or deployment cost cap.
      AI_CLASS_TURNS_PER_HOUR: "0",
      AI_DEPLOYMENT_TURNS_PER_DAY: "0",
      AI_SESSION_TOKEN_BUDGET: "1000000000",
      // --log-refusals: the server writes each refusal's reason and finding to this run's stderr.
      AI_GUARD_LOG: process.argv.includes("--log-refusals") ? "1" : "0",
    });
    // Warm-up (route modules load, queries plan): a well-behaved model, not measured.
    fake.setMode("good");
    for (let i = 0; i < 4; i++)
      await sendTurn(seeded.warmup, { kind: "message", text: i % 2 ? "I'm not sure" : "Hi there!" }, 1000 + i);

    const records: TurnRecord[] = [];
    const phase: Record<string, { errors: number; seconds: number; sessions: string[] }> = {};
    for (const mode of modes) {
      const started = performance.now();
      const sessions = seeded.sessions.filter((s) => s.mode === mode);
      fake.setMode(mode);
      fake.clearEmitted();
      let errors = 0;
      await pool(sessions, concurrency, async (s) => {
        errors += await driveSession(s, fake!, records);
      });
      const seconds = (performance.now() - started) / 1000;
      phase[mode] = { errors, seconds, sessions: sessions.map((s) => s.id) };
      console.error(`[guard] ${mode}: ${sessions.length} sessions in ${seconds.toFixed(1)} s`);
    }
    await cleanup();

    // The policy's reveals and the engine of every tutor turn, from the database (PGlite is
    // one process: read only once the server is stopped).
    const check = openDatabase(db.url, { poolSize: 2 });
    const rows = await check.prisma.turn.findMany({
      where: { role: "tutor", sessionId: { in: seeded.sessions.map((s) => s.id) } },
      select: { sessionId: true, seq: true, stepIndex: true, revealed: true, engine: true },
    });
    await check.close();
    const revealedAt = new Map<string, number>(); // "session:step" -> first revealing seq
    const engineOf = new Map<string, string>();
    for (const row of rows) {
      engineOf.set(`${row.sessionId}:${row.seq}`, row.engine ?? "");
      if (!row.revealed || row.stepIndex === null) continue;
      const k = `${row.sessionId}:${row.stepIndex}`;
      revealedAt.set(k, Math.min(revealedAt.get(k) ?? Number.POSITIVE_INFINITY, row.seq));
    }
    const revealedBy = (sessionId: string, step: number | null, seq: number) =>
      step !== null && (revealedAt.get(`${sessionId}:${step}`) ?? Number.POSITIVE_INFINITY) <= seq;
    if (dumpPath) {
      const lines = records.map((r) =>
        JSON.stringify({
          ...r,
          engine: engineOf.get(`${r.sessionId}:${r.seq}`) ?? null,
          targetRevealed: revealedBy(r.sessionId, r.targetStep, r.seq),
          openRevealed: revealedBy(r.sessionId, r.openStep, r.seq),
        }),
      );
      fs.writeFileSync(dumpPath, `${lines.join("\n")}\n`);
    }

    const perMode: Record<string, ModeResult> = {};
    for (const mode of modes) {
      const mine = records.filter((r) => r.mode === mode);
      const reasons: Record<string, number> = {};
      let fallbacks = 0;
      for (const r of mine) {
        const engine = engineOf.get(`${r.sessionId}:${r.seq}`) ?? "";
        if (!engine.startsWith("fallback:")) continue;
        fallbacks++;
        const why = engine.slice("fallback:".length);
        reasons[why] = (reasons[why] ?? 0) + 1;
      }
      perMode[mode] = {
        turns: mine.length,
        applicable: mine.filter((r) => r.applicable).length,
        leaks_before_reveal: mine.filter((r) => r.payloadReached && !revealedBy(r.sessionId, r.targetStep, r.seq))
          .length,
        checker_leaks: mine.filter(
          (r) => r.checkerReveals && !r.draftReveals && !revealedBy(r.sessionId, r.openStep, r.seq),
        ).length,
        draft_checker_hits: mine.filter((r) => r.draftReveals && !revealedBy(r.sessionId, r.openStep, r.seq)).length,
        fallbacks,
        fallback_rate: mine.length ? Number((fallbacks / mine.length).toFixed(4)) : 0,
        fallback_reasons: reasons,
        unchecked_bytes: mine.reduce((n, r) => n + r.uncheckedBytes, 0),
        withdrawn_bytes: mine.reduce((n, r) => n + r.withdrawnBytes, 0),
        model_requests: mine.reduce((n, r) => n + r.requests, 0),
        errors: phase[mode]?.errors ?? 0,
        seconds: Number((phase[mode]?.seconds ?? 0).toFixed(1)),
      };
    }

    printTable(
      modes.map((mode) => {
        const m = perMode[mode]!;
        return {
          mode,
          turns: m.turns,
          applicable: m.applicable,
          leaks: m.leaks_before_reveal,
          checker_leaks: m.checker_leaks,
          fallbacks: m.fallbacks,
          fallback_rate: m.fallback_rate.toFixed(3),
          unchecked_B: m.unchecked_bytes,
          withdrawn_B: m.withdrawn_bytes,
          requests: m.model_requests,
          errors: m.errors,
          s: m.seconds,
        };
      }),
    );
    const all = Object.values(perMode);
    const sum = (k: keyof ModeResult) => all.reduce((n, m) => n + (m[k] as number), 0);
    const good = perMode.good;
    const result = {
      locale,
      modes: modes.length,
      problems: seeded.problems.length,
      turns: sum("turns"),
      applicable: sum("applicable"),
      leaks_before_reveal: sum("leaks_before_reveal"),
      checker_leaks: sum("checker_leaks"),
      draft_checker_hits: sum("draft_checker_hits"),
      good_fallback_rate: good ? good.fallback_rate : null,
      unchecked_bytes: sum("unchecked_bytes"),
      withdrawn_bytes: sum("withdrawn_bytes"),
      errors: sum("errors"),
      seconds: Math.round((performance.now() - t0) / 1000),
      goals_met: false,
      per_mode: perMode,
    };
    result.goals_met =
      result.leaks_before_reveal === 0 &&
      result.unchecked_bytes === 0 &&
      (good ? good.fallback_rate <= GOOD_FALLBACK_GOAL : true);
    console.log(JSON.stringify(result));
    exitCode = result.errors === 0 && result.goals_met ? 0 : 1;
  } catch (e) {
    console.error(e);
  } finally {
    await cleanup();
    await db.drop().catch(() => {});
    fs.rmSync(`${root}/data/bench-guard.lock`, { force: true });
  }
  process.exit(exitCode);
}

void main();
