import type { LanguageModel } from "ai";
import { generateTutorTurn } from "@/lib/ai/tutor-turn/generate-tutor-turn";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordFirstAttempt } from "@/lib/mastery/student-state";
import { shuffleChoices } from "@/lib/tutor/shuffle-choices";
import { takeTurn } from "@/lib/tutor/take-turn";
import { type SessionState, type StudentInput, sessionStateSchema, type TutorTurn } from "@/lib/tutor/types";
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

const BUTTON_TEXT = { hint: "Hint, please.", stuck: "I'm stuck." } as const;

/** Which engine words the turn, and where its checked text goes as it is produced. */
export interface TurnOptions {
  backend?: { kind: "embedded" } | { kind: "llm"; model: LanguageModel; label: string };
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
 * One student turn: decide the tutor's reply and store both turns, any attempt and the new
 * state in one transaction before answering. A retried submit with the same idempotency key
 * gets the stored reply. Two submits racing on one session: the session's turnCount only moves
 * from the value read (and (session, seq) is unique), so the loser retries on the new state.
 */
export async function submitTurn(
  prisma: PrismaClient,
  args: { sessionId: string; studentId: string; request: TurnRequest },
  options: TurnOptions = {},
): Promise<SubmittedTurn> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await submitOnce(prisma, args, options);
    } catch (e) {
      const retry = e instanceof ConcurrentTurn || isUniqueViolation(e);
      if (retry && attempt < 5) continue;
      throw e;
    }
  }
}

async function submitOnce(
  prisma: PrismaClient,
  { sessionId, studentId, request }: { sessionId: string; studentId: string; request: TurnRequest },
  options: TurnOptions,
): Promise<SubmittedTurn> {
  const session = await prisma.tutoringSession.findFirst({
    where: { id: sessionId, studentId },
    select: {
      id: true,
      preview: true,
      status: true,
      state: true,
      turnCount: true,
      problemVersionId: true,
      turns: { where: { idempotencyKey: request.idempotencyKey }, select: { seq: true, text: true, stepIndex: true } },
    },
  });
  if (!session) throw new AppError("not_found", "That practice session doesn't exist.");
  // The session's own option order: the checker, the policy, the model and the view all see it.
  const problem = shuffleChoices(await loadProblemVersion(prisma, session.problemVersionId), session.id);
  const state = sessionStateSchema.parse(session.state);

  const prior = session.turns[0];
  if (prior) {
    const reply = await prisma.turn.findUnique({
      where: { sessionId_seq: { sessionId, seq: prior.seq + 1 } },
      select: { seq: true, role: true, text: true, stepIndex: true },
    });
    if (!reply) throw new AppError("conflict", "That message is still being answered. Try again in a moment.");
    options.onDelta?.(reply.text);
    return {
      studentTurn: { seq: prior.seq, role: "student", text: prior.text, stepIndex: prior.stepIndex },
      tutorTurn: reply,
      view: buildSessionView(session, problem, state, []),
      replayed: true,
    };
  }

  const input: StudentInput =
    request.kind === "message" ? { kind: "message", text: request.text } : { kind: request.kind };
  const seq = session.turnCount;
  const embedded = takeTurn(problem, state, input, seq);
  const decision = embedded.decision;
  const studentText = request.kind === "message" ? request.text : BUTTON_TEXT[request.kind];
  const worded = await wordTurn(
    prisma,
    { sessionId, studentId, problem, studentText, embedded, before: state },
    options,
  );
  const turn = worded.turn;
  const attempt = decision.attempt && !session.preview ? decision.attempt : null;
  const written = await writeTurnPair(prisma, {
    sessionId,
    studentId,
    seq,
    studentText,
    studentStep: state.stepIndex,
    idempotencyKey: request.idempotencyKey,
    tutor: turn,
    engine: worded.engine,
    usage: worded.usage,
    next: decision.next,
    attempt: attempt ? { ...attempt, stepId: problem.stepIds[attempt.stepIndex] as string } : null,
  });
  if (!written) throw new ConcurrentTurn();
  if (attempt?.firstAttempt) {
    // The turn is stored and will be acknowledged whatever happens here: a failed update is
    // healed by the next read, which replays the student's attempts.
    await recordFirstAttempt(
      prisma,
      studentId,
      { itemId: problem.stepIds[attempt.stepIndex] as string, skills: problem.stepSkills[attempt.stepIndex] ?? [] },
      { correct: attempt.correct, hintsUsed: attempt.hintsUsed, t: Date.now() },
    ).catch((e) => console.error("knowledge update failed (will replay):", e));
  }

  return {
    studentTurn: { seq, role: "student", text: studentText, stepIndex: state.stepIndex },
    tutorTurn: { seq: seq + 1, role: "tutor", text: turn.text, stepIndex: turn.stepIndex },
    view: buildSessionView(session, problem, decision.next, []),
    replayed: false,
  };
}

interface Worded {
  turn: TutorTurn;
  engine: string;
  usage?: { inputTokens: number | null; outputTokens: number | null; latencyMs: number | null };
}

/** The embedded engine's words, or a model's (guarded, with its own fallback), within limits. */
async function wordTurn(
  prisma: PrismaClient,
  ctx: {
    sessionId: string;
    studentId: string;
    problem: LoadedProblem;
    studentText: string;
    embedded: ReturnType<typeof takeTurn>;
    before: SessionState;
  },
  options: TurnOptions,
): Promise<Worded> {
  const onDelta = options.onDelta ?? (() => {});
  const backend = options.backend ?? { kind: "embedded" as const };
  if (backend.kind === "embedded") {
    onDelta(ctx.embedded.turn.text);
    return { turn: ctx.embedded.turn, engine: "embedded" };
  }
  const limit = await modelLimitReached(prisma, ctx.sessionId, ctx.studentId);
  if (limit) {
    onDelta(ctx.embedded.turn.text);
    return { turn: ctx.embedded.turn, engine: `fallback:${limit}` };
  }
  // Every turn the student has seen: the guard's allow-list includes them (the prompt keeps the last 12).
  const recent = await prisma.turn.findMany({
    where: { sessionId: ctx.sessionId },
    orderBy: { seq: "desc" },
    take: 400,
    select: { seq: true, role: true, text: true, stepIndex: true },
  });
  const r = await generateTutorTurn({
    model: backend.model,
    label: backend.label,
    problem: ctx.problem,
    decision: ctx.embedded.decision,
    embedded: ctx.embedded.turn,
    transcript: recent.reverse(),
    studentText: ctx.studentText,
    before: ctx.before,
    timeoutMs: env().AI_TIMEOUT_MS,
    onDelta,
    onReset: options.onReset ?? (() => {}),
  });
  return {
    turn: r.turn,
    engine: r.engine,
    usage: { inputTokens: r.inputTokens, outputTokens: r.outputTokens, latencyMs: r.latencyMs },
  };
}

/**
 * The student's burst limit, the session's token budget, the class and deployment cost caps
 * for model-written turns (lib/sessions/model-limits.ts): the reason the embedded engine
 * answers instead, or null.
 */
async function modelLimitReached(
  prisma: PrismaClient,
  sessionId: string,
  studentId: string,
): Promise<"rate_limited" | "budget" | "class_budget" | "deployment_budget" | null> {
  return checkModelLimits(prisma, { sessionId, studentId });
}
