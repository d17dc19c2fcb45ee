import type { LanguageModel } from "ai";
import { generateTutorTurn } from "@/lib/ai/tutor-turn/generate-tutor-turn";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { toLocale } from "@/lib/i18n/locales";
import { translate } from "@/lib/i18n/translator";
import { currentModel } from "@/lib/mastery/current-model";
import {
  foldFirstEver,
  foldIntoStored,
  type KnowledgeWrite,
  recordFirstAttempt,
  type StoredLearner,
  storedLearnerSql,
} from "@/lib/mastery/student-state";
import { toSessionConditions } from "@/lib/research/experiments";
import { shuffleChoices } from "@/lib/tutor/shuffle-choices";
import { takeTurn } from "@/lib/tutor/take-turn";
import { type SessionState, type StudentInput, sessionStateSchema, type TutorTurn } from "@/lib/tutor/types";
import { stripControls } from "@/lib/validation/text";
import { type LoadedProblem, loadProblemVersion } from "./load-problem";
import { checkModelLimits } from "./model-limits";
import type { TurnRequest } from "./schemas";
import { buildSessionView, type SessionView, type TurnView } from "./session-view";
import { writeTurnPair } from "./write-turn-pair";

export interface SubmittedTurn {
  studentTurn: TurnView;
  tutorTurn: TurnView;
  /** The session after the turn, without its transcript (the client appends the two turns). */
  view: SessionView;
  /** True when this was a retried submit answered from what was already stored. */
  replayed: boolean;
}

/** What a button press says in the transcript, in the session's language ("Hint, please."). */
const BUTTON_KEY = { hint: "student.chat.hintRequest", stuck: "student.chat.stuckRequest" } as const;

/**
 * The engine a model turn is stored with until the model's words replace it: the embedded
 * engine's words are the record if the process stops (or the update fails) mid-stream.
 */
export const INTERRUPTED_ENGINE = "fallback:interrupted";

/** Which engine words the turn, and where its checked text goes once the turn is stored. */
export interface TurnOptions {
  backend?: { kind: "embedded" } | { kind: "llm"; model: LanguageModel; label: string };
  /**
   * The language the student chose on their account, if any: the tutor speaks it, and reads the
   * student in it, from this turn on, though the session began in another (they switched
   * language mid-problem). Absent or unknown: the session's language.
   */
  readerLocale?: string | null;
  onDelta?: (text: string) => void;
  onReset?: () => void;
}

class ConcurrentTurn extends Error {}

/** Two submits with one idempotency key, or one seq: the loser retries (and then replays). */
function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; meta?: { code?: string }; message?: string };
  return err.code === "P2002" || err.meta?.code === "23505" || /unique constraint|23505/i.test(err.message ?? "");
}

/**
 * One student turn. Store first, then speak (decision 012): the policy decides the turn, the
 * student turn, the tutor turn (in the embedded engine's words), any attempt and the new state
 * are stored in one statement, and only then do words leave the server; a model's words stream
 * after that and replace the stored wording when complete.
 *
 * A submit answers one state of the session: `request.seq` when the client names it, else the
 * state read first. If that state has moved on (another tab, a retry with a new key) the submit
 * gets a conflict carrying the fresh view and is never evaluated against the next step. A retry
 * with the same idempotency key gets the stored reply.
 */
export async function submitTurn(
  prisma: PrismaClient,
  args: { sessionId: string; studentId: string; request: TurnRequest },
  options: TurnOptions = {},
): Promise<SubmittedTurn> {
  let named = args.request.seq;
  for (let attempt = 0; ; attempt++) {
    try {
      return await submitOnce(prisma, { ...args, named }, options, (seen) => {
        named ??= seen;
      });
    } catch (e) {
      // The write lost a race: look again (our own key replays; anything else is now stale).
      const retry = e instanceof ConcurrentTurn || isUniqueViolation(e);
      if (retry && attempt < 5) continue;
      throw e;
    }
  }
}

async function submitOnce(
  prisma: PrismaClient,
  {
    sessionId,
    studentId,
    request,
    named,
  }: { sessionId: string; studentId: string; request: TurnRequest; named: number | undefined },
  options: TurnOptions,
  onSeen: (turnCount: number) => void,
): Promise<SubmittedTurn> {
  const session = await readSessionForTurn(prisma, sessionId, studentId, request.idempotencyKey);
  if (!session) throw sessionNotFound();
  // The session's own option order: the checker, the policy, the model and the view all see it;
  // its content in the language it started with.
  const problem = shuffleChoices(
    await loadProblemVersion(prisma, session.problemVersionId, session.contentLanguage),
    session.id,
  );
  // The tutor speaks, and reads the student in, the student's chosen language, else the session's.
  const locale = toLocale(options.readerLocale) ?? session.locale;
  const state = sessionStateSchema.parse(session.state);

  const prior = session.prior;
  if (prior) {
    const reply = await prisma.turn.findUnique({
      where: { sessionId_seq: { sessionId, seq: prior.seq + 1 } },
      select: { seq: true, role: true, text: true, stepIndex: true },
    });
    if (!reply)
      throw new AppError("conflict", "That message is still being answered. Try again in a moment.", undefined, {
        key: "tutor.errors.stillAnswering",
      });
    options.onDelta?.(reply.text);
    return {
      studentTurn: { seq: prior.seq, role: "student", text: prior.text, stepIndex: prior.stepIndex },
      tutorTurn: reply,
      view: buildSessionView(session, problem, state, []),
      replayed: true,
    };
  }
  if (named !== undefined && named !== session.turnCount) {
    const turns = await prisma.turn.findMany({
      where: { sessionId },
      orderBy: { seq: "asc" },
      select: { seq: true, role: true, text: true, stepIndex: true },
    });
    throw new AppError(
      "conflict",
      "This was already answered in another tab or window. The conversation now shows where you are.",
      { view: buildSessionView(session, problem, state, turns) },
      { key: "tutor.errors.answeredElsewhere" },
    );
  }
  onSeen(session.turnCount);

  // The schema strips controls already; this keeps any other caller from storing a NUL.
  const text = request.kind === "message" ? stripControls(request.text) : "";
  const input: StudentInput = request.kind === "message" ? { kind: "message", text } : { kind: request.kind };
  const seq = session.turnCount;
  // The tutor's last turn (read with the session): this one is worded so that none of its own
  // sentences repeats it.
  const previous = session.previous;
  // The session's experiment conditions (read with the session): the hint policy decides the
  // ladder, the engine condition keeps a model arm's student on the model and the other on the
  // embedded engine (decision 025).
  const conditions = toSessionConditions(session.conditions ?? []);
  const embedded = takeTurn(problem, state, input, seq, { locale, previous, hintPolicy: conditions.hints });
  const decision = embedded.decision;
  const studentKey = request.kind === "message" ? null : BUTTON_KEY[request.kind];
  const studentText = studentKey ? translate(locale)(studentKey) : text;
  const plan = await planWording(
    prisma,
    { sessionId, studentId },
    conditions.engine === "embedded" ? { ...options, backend: { kind: "embedded" } } : options,
  );
  const attempt = decision.attempt && !session.preview ? decision.attempt : null;

  // Store first: the decision and a complete tutor turn (the embedded words) in one statement.
  // One time for the stored attempt and the knowledge update: a replay reads the same time.
  const at = new Date();
  // A first attempt updates the student's knowledge of the step's skills in the same statement
  // (from the rows read with the session); a state of another model version is replayed after.
  const firstAttempt = attempt?.firstAttempt
    ? {
        item: {
          itemId: problem.stepIds[attempt.stepIndex] as string,
          skills: problem.stepSkills[attempt.stepIndex] ?? [],
        },
        obs: { correct: attempt.correct, hintsUsed: attempt.hintsUsed, t: at.getTime() },
      }
    : null;
  const cm = firstAttempt ? await currentModel(prisma) : null;
  const knowledge: KnowledgeWrite | null =
    cm && firstAttempt
      ? (foldIntoStored(cm, studentId, session.learner, firstAttempt.item, firstAttempt.obs) ??
        (!session.learner && !session.hasAttempts
          ? foldFirstEver(cm, studentId, firstAttempt.item, firstAttempt.obs)
          : null))
      : null;
  const written = await writeTurnPair(prisma, {
    at,
    sessionId,
    studentId,
    seq,
    studentText,
    studentMessageKey: studentKey,
    studentStep: state.stepIndex,
    idempotencyKey: request.idempotencyKey,
    tutor: embedded.turn,
    engine: plan.kind === "llm" ? INTERRUPTED_ENGINE : plan.engine,
    next: decision.next,
    attempt: attempt ? { ...attempt, stepId: problem.stepIds[attempt.stepIndex] as string } : null,
    knowledge,
  });
  if (!written) throw new ConcurrentTurn();

  // Then speak.
  const onDelta = options.onDelta ?? (() => {});
  let turn = embedded.turn;
  if (plan.kind === "llm") {
    turn = await speakWithModel(
      prisma,
      { sessionId, seq, problem, studentText, embedded, before: state, transcript: plan.transcript },
      { model: plan.model, label: plan.label, onDelta, onReset: options.onReset ?? (() => {}) },
    );
  } else {
    onDelta(turn.text);
  }

  if (firstAttempt && !knowledge) {
    // No stored state of the current model to fold into (a new model version, or attempts with
    // no learner row): replayed from the attempts, this one included. The turn is stored and will be
    // acknowledged whatever happens here: a failed replay is healed by the next read.
    await recordFirstAttempt(prisma, studentId, firstAttempt.item, firstAttempt.obs).catch((e) =>
      console.error("knowledge update failed (will replay):", e),
    );
  }

  return {
    studentTurn: { seq, role: "student", text: studentText, stepIndex: state.stepIndex },
    tutorTurn: { seq: seq + 1, role: "tutor", text: turn.text, stepIndex: turn.stepIndex },
    view: buildSessionView({ ...session, turnCount: seq + 2 }, problem, decision.next, []),
    replayed: false,
  };
}

interface SessionForTurn {
  id: string;
  preview: boolean;
  status: string;
  state: unknown;
  turnCount: number;
  problemVersionId: string;
  locale: string;
  contentLanguage: string;
  /** The student turn already stored under this submit's idempotency key (a retry), if any. */
  prior: { seq: number; text: string; stepIndex: number } | null;
  /** The tutor's last turn, for wording this one without repeating it. */
  previous: { text: string; messageKey: string | null; messageParams: unknown } | null;
  /** The student's learner row and their rows for the problem's skills (the knowledge update). */
  learner: StoredLearner | null;
  /** Whether the student has any attempt stored (none and no learner row: a first attempt ever). */
  hasAttempts: boolean;
  /** The session's experiment conditions: factor and level of each (none: null). */
  conditions: { id: string; factor: string; variant: string }[] | null;
}

/**
 * Everything a turn reads before deciding, in ONE statement: the student's session, the turn a
 * retry already stored under its key, the tutor's last turn and the student's knowledge rows for
 * the problem's skills (five statements before; on the embedded database every statement costs
 * its one thread ~1-2 ms, decision 022).
 */
export async function readSessionForTurn(
  prisma: Pick<PrismaClient, "$queryRaw">,
  sessionId: string,
  studentId: string,
  idempotencyKey: string,
): Promise<SessionForTurn | undefined> {
  const rows = await prisma.$queryRaw<SessionForTurn[]>`
    SELECT s."id", s."preview", s."status"::text AS "status", s."state", s."turnCount", s."problemVersionId",
           s."locale", s."contentLanguage",
           (SELECT json_build_object('seq', t."seq", 'text', t."text", 'stepIndex', t."stepIndex")
              FROM "Turn" t WHERE t."sessionId" = s."id" AND t."idempotencyKey" = ${idempotencyKey}) AS "prior",
           (SELECT json_build_object('text', t."text", 'messageKey', t."messageKey", 'messageParams', t."messageParams")
              FROM "Turn" t WHERE t."sessionId" = s."id" AND t."role" = 'tutor' AND t."seq" < s."turnCount"
              ORDER BY t."seq" DESC LIMIT 1) AS "previous",
           ${storedLearnerSql(
             Prisma.sql`s."studentId"`,
             Prisma.sql`SELECT ss."skillId" FROM "StepSkill" ss JOIN "Step" st ON st."id" = ss."stepId"
                        WHERE st."versionId" = s."problemVersionId"`,
           )} AS "learner",
           EXISTS (SELECT 1 FROM "Attempt" a WHERE a."studentId" = s."studentId") AS "hasAttempts",
           (SELECT json_agg(json_build_object('id', c."id", 'factor', e."factor", 'variant', c."variant"))
              FROM "ExperimentCondition" c JOIN "Experiment" e ON e."id" = c."experimentId"
              WHERE c."id" = ANY(s."conditionIds")) AS "conditions"
    FROM "TutoringSession" s
    WHERE s."id" = ${sessionId} AND s."studentId" = ${studentId}`;
  return rows[0];
}

function sessionNotFound(): AppError {
  return new AppError("not_found", "That practice session doesn't exist.", undefined, {
    key: "tutor.errors.sessionNotFound",
  });
}

type WordingPlan =
  | { kind: "embedded"; engine: string }
  | { kind: "llm"; model: LanguageModel; label: string; transcript: TurnView[] };

/** The embedded engine, or a model within its limits (with the transcript it will need). */
async function planWording(
  prisma: PrismaClient,
  ctx: { sessionId: string; studentId: string },
  options: TurnOptions,
): Promise<WordingPlan> {
  const backend = options.backend ?? { kind: "embedded" as const };
  if (backend.kind === "embedded") return { kind: "embedded", engine: "embedded" };
  // The student's burst limit, the session's token budget, the class and deployment cost caps
  // (lib/sessions/model-limits.ts): past one, the embedded engine answers instead.
  const limit = await checkModelLimits(prisma, ctx);
  if (limit) return { kind: "embedded", engine: `fallback:${limit}` };
  // Every turn the student has seen: the guard's allow-list includes them (the prompt keeps the last 12).
  const recent = await prisma.turn.findMany({
    where: { sessionId: ctx.sessionId },
    orderBy: { seq: "desc" },
    take: 400,
    select: { seq: true, role: true, text: true, stepIndex: true },
  });
  return { kind: "llm", model: backend.model, label: backend.label, transcript: recent.reverse() };
}

/**
 * The model words the stored turn (guarded, sentence by sentence, with its own fallback to
 * the embedded words), then its words replace the stored wording. If that update fails, the
 * screen is brought back to the record: the shown text is withdrawn and the embedded words sent.
 */
async function speakWithModel(
  prisma: PrismaClient,
  ctx: {
    sessionId: string;
    seq: number;
    problem: LoadedProblem;
    studentText: string;
    embedded: ReturnType<typeof takeTurn>;
    before: SessionState;
    transcript: TurnView[];
  },
  m: { model: LanguageModel; label: string; onDelta: (text: string) => void; onReset: () => void },
): Promise<TutorTurn> {
  let shown = false;
  const r = await generateTutorTurn({
    model: m.model,
    label: m.label,
    problem: ctx.problem,
    decision: ctx.embedded.decision,
    embedded: ctx.embedded.turn,
    transcript: ctx.transcript,
    studentText: ctx.studentText,
    before: ctx.before,
    locale: ctx.embedded.turn.locale,
    timeoutMs: env().AI_TIMEOUT_MS,
    onDelta: (text) => {
      shown = true;
      m.onDelta(text);
    },
    onReset: m.onReset,
  });
  try {
    await prisma.turn.update({
      where: { sessionId_seq: { sessionId: ctx.sessionId, seq: ctx.seq + 1 } },
      data: {
        // A model's words: the text as shown, no message key; a fallback: the embedded turn's key.
        text: r.turn.text,
        messageKey: r.turn.messageKey,
        messageParams: r.turn.messageParams ? (r.turn.messageParams as Prisma.InputJsonObject) : Prisma.DbNull,
        locale: r.turn.locale,
        subMove: r.turn.subMove,
        engine: r.engine,
        inputTokens: r.inputTokens,
        outputTokens: r.outputTokens,
        latencyMs: r.latencyMs,
      },
    });
    return r.turn;
  } catch (e) {
    console.error("the model's wording was not stored; the embedded words stand:", e);
    if (r.turn.text !== ctx.embedded.turn.text) {
      if (shown) m.onReset();
      m.onDelta(ctx.embedded.turn.text);
    }
    return ctx.embedded.turn;
  }
}
