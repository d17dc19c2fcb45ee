import { type LanguageModel, Output, streamText } from "ai";
import { env } from "@/lib/env";
import type { TurnView } from "@/lib/sessions/session-view";
import type { SessionState, TurnDecision, TutorProblem, TutorTurn } from "@/lib/tutor/types";
import { checkModelText, MAX_MODEL_TEXT, type TextRefusal } from "./check-model-text";
import { checkCodes, guardTurn, joinShown } from "./guard";
import { buildTutorPrompt } from "./prompt";
import { sentenceBoundary } from "./release-sentences";
import { modelTurnSchema } from "./schema";
import { buildTurnContext, type TurnContext } from "./turn-context";

export type FallbackReason = "timeout" | "error" | "malformed" | "codes" | TextRefusal | "rate_limited" | "budget";

/** Refusals that a second try may fix; errors and timeouts go straight to the embedded turn. */
const REGENERATE = new Set<FallbackReason>(["codes", "length", "script", "prompt", "position", "unlisted", "leak"]);

export interface ModelTurnResult {
  turn: TutorTurn;
  /** "llm:<label>" for a model-written turn, "fallback:<reason>" for the embedded engine's. */
  engine: string;
  inputTokens: number | null;
  outputTokens: number | null;
  latencyMs: number;
}

export interface ModelTurnArgs {
  model: LanguageModel;
  label: string;
  problem: TutorProblem;
  decision: TurnDecision;
  /** The embedded engine's turn, in the session's language: the draft, and the fallback. */
  embedded: TutorTurn;
  /** The session's language (default: the embedded turn's): the model is told to write in it. */
  locale?: string;
  /** The session's turns so far (all of them: everything the student has seen). */
  transcript: TurnView[];
  studentText: string;
  /** The state before this turn (which rungs were already given). */
  before?: SessionState;
  timeoutMs: number;
  /** Checked text, a sentence at a time. */
  onDelta: (text: string) => void;
  /** Text already shown must be withdrawn (a later sentence failed the guard). */
  onReset: () => void;
}

interface Prepared {
  system: string;
  messages: ReturnType<typeof buildTutorPrompt>["messages"];
  ctx: TurnContext;
  /** Everything sent to the screen in this turn so far, withdrawn text included. */
  shown: string;
}

type Attempt =
  | { ok: true; text: string; codes: Omit<TutorTurn, "text">; inputTokens: number | null; outputTokens: number | null }
  | { ok: false; reason: FallbackReason; inputTokens: number | null; outputTokens: number | null };

/**
 * The model words a turn whose facts code decided. The codes are checked as soon as they
 * arrive, the text is released sentence by sentence after the guard passes it; a guard
 * failure regenerates once, and then (like any error, timeout or malformed output) the
 * embedded engine's turn is served instead (in the session's language, with its message key).
 * No turn is lost.
 */
export async function generateTutorTurn(args: ModelTurnArgs): Promise<ModelTurnResult> {
  const started = performance.now();
  let tokensIn = 0;
  let tokensOut = 0;
  let counted = false;
  let reason: FallbackReason = "error";
  const locale = args.locale ?? args.embedded.locale;
  const { system, messages } = buildTutorPrompt(
    args.problem,
    args.decision,
    args.embedded.text,
    args.transcript,
    args.studentText,
    args.before,
    locale,
  );
  const ctx = buildTurnContext({
    problem: args.problem,
    decision: args.decision,
    before: args.before ?? { ...args.decision.next, rung: 0 },
    transcript: args.transcript,
    studentText: args.studentText,
    draft: args.embedded.text,
    systemPrompt: system,
    locale,
  });
  const prepared: Prepared = { system, messages, ctx, shown: "" };
  for (let round = 0; round < 2; round++) {
    const shownAtStart = prepared.shown.length;
    const a = await attemptOnce(args, prepared);
    if (a.inputTokens !== null || a.outputTokens !== null) counted = true;
    tokensIn += a.inputTokens ?? 0;
    tokensOut += a.outputTokens ?? 0;
    if (a.ok) {
      return {
        turn: { ...a.codes, text: a.text },
        engine: `llm:${args.label}`,
        inputTokens: counted ? tokensIn : null,
        outputTokens: counted ? tokensOut : null,
        latencyMs: Math.round(performance.now() - started),
      };
    }
    reason = a.reason;
    // Withdraw what this try showed (nothing shown: nothing to withdraw).
    if (prepared.shown.length > shownAtStart) args.onReset();
    if (!REGENERATE.has(a.reason)) break; // regenerate only what the guard refused
  }
  args.onDelta(args.embedded.text);
  return {
    turn: args.embedded,
    engine: `fallback:${reason}`,
    inputTokens: counted ? tokensIn : null,
    outputTokens: counted ? tokensOut : null,
    latencyMs: Math.round(performance.now() - started),
  };
}

async function attemptOnce(args: ModelTurnArgs, prepared: Prepared): Promise<Attempt> {
  const { decision } = args;
  const { system, messages, ctx } = prepared;
  const shownBefore = prepared.shown;
  const release = (text: string) => {
    prepared.shown += text;
    args.onDelta(text);
  };
  const controller = new AbortController();
  let timedOut = false;
  const abort = () => {
    timedOut = true;
    controller.abort();
  };
  // The timers also settle `stopped`, so that a provider that ignores the abort signal (a hung
  // stream) still cannot hold the turn.
  let stop: () => void = () => {};
  const stopped = new Promise<"stopped">((resolve) => {
    stop = () => resolve("stopped");
  });
  const abortAndStop = () => {
    abort();
    stop();
  };
  let firstToken: ReturnType<typeof setTimeout> | undefined = setTimeout(abortAndStop, args.timeoutMs);
  const whole = setTimeout(abortAndStop, args.timeoutMs * 4);
  let failure: unknown = null;
  let released = 0;
  let codesOk = false;
  const none = { inputTokens: null, outputTokens: null };
  try {
    const result = streamText({
      model: args.model,
      system,
      messages,
      output: Output.object({ schema: modelTurnSchema }),
      abortSignal: controller.signal,
      maxRetries: 0,
      temperature: 0.3,
      onError: ({ error }) => {
        failure = error;
      },
    });
    const iterator = result.partialOutputStream[Symbol.asyncIterator]();
    for (;;) {
      const next = await Promise.race([iterator.next(), stopped]);
      if (next === "stopped") return { ok: false, reason: "timeout", ...none };
      if (next.done) break;
      const partial = next.value;
      if (firstToken) {
        clearTimeout(firstToken);
        firstToken = undefined;
      }
      if (typeof partial.text !== "string") continue;
      if (!codesOk) {
        const complete = ["evaluation", "action", "stepState", "move", "subMove"].every((k) => k in partial);
        if (!complete) return { ok: false, reason: "malformed", ...none }; // text before the codes
        if (!checkCodes(partial, decision)) return { ok: false, reason: "codes", ...none };
        codesOk = true;
      }
      // Length is enforced on the stream: a runaway reply stops before more of it is read.
      if (partial.text.length > MAX_MODEL_TEXT) return { ok: false, reason: "length", ...none };
      const end = sentenceBoundary(partial.text);
      if (end > released) {
        // Each sentence is checked with everything shown in this turn before it is released.
        const checked = joinShown(shownBefore, partial.text.slice(0, end));
        const refusal = checkModelText(checked, ctx, { locale: ctx.locale });
        if (refusal) {
          logRefusal(refusal, checked);
          return { ok: false, reason: refusal.reason, ...none };
        }
        release(partial.text.slice(released, end));
        released = end;
      }
    }
    if (timedOut) return { ok: false, reason: "timeout", ...none };
    if (failure) return { ok: false, reason: "error", ...none };
    let final: Awaited<typeof result.output>;
    try {
      const out = await Promise.race([result.output, stopped]);
      if (out === "stopped") return { ok: false, reason: "timeout", ...none };
      final = out;
    } catch {
      return { ok: false, reason: timedOut ? "timeout" : failure ? "error" : "malformed", ...none };
    }
    const usage = await Promise.resolve(result.usage).catch(() => null);
    const tokens = { inputTokens: usage?.inputTokens ?? null, outputTokens: usage?.outputTokens ?? null };
    // The guard reads the text in the student's language too ("3,5", number words).
    const problemFound = guardTurn(final, decision, ctx, shownBefore, { locale: ctx.locale });
    if (problemFound && env().AI_GUARD_LOG === "1") {
      const checked = joinShown(shownBefore, final.text);
      logRefusal(checkModelText(checked, ctx, { locale: ctx.locale }) ?? { reason: problemFound }, checked);
    }
    if (problemFound) return { ok: false, reason: problemFound === "empty" ? "malformed" : problemFound, ...tokens };
    if (final.text.length > released) release(final.text.slice(released));
    const { text: _t, ...rest } = args.embedded;
    return {
      ok: true,
      text: final.text,
      // The model's own words: stored as shown, in the session's language, with no message key.
      codes: {
        ...rest,
        subMove: final.subMove as TutorTurn["subMove"],
        messageKey: null,
        messageParams: null,
        locale: prepared.ctx.locale,
      },
      ...tokens,
    };
  } catch {
    return { ok: false, reason: timedOut ? "timeout" : "error", ...none };
  } finally {
    if (firstToken) clearTimeout(firstToken);
    clearTimeout(whole);
    controller.abort();
  }
}

/** A refused reply in the server's log, when AI_GUARD_LOG is "1" (lib/env.ts). */
function logRefusal(refusal: { reason: string; detail?: string }, text: string): void {
  if (env().AI_GUARD_LOG !== "1") return;
  console.warn(`guard refused (${refusal.reason}): ${refusal.detail ?? ""} in ${JSON.stringify(text.slice(0, 600))}`);
}
