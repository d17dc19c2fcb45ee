import { type AnswerSpec, type CheckResult, checkAnswer, formatAnswer, matchesWrongAnswer } from "./answers";
import { exactOption } from "./answers/check-choice";
import { normalizeText } from "./answers/check-text";
import { normalizeInput } from "./answers/normalize-input";
import { classifyMessage, hasAnswerFrame, isQuestionMessage, type MessageIntent } from "./classify-message";
import type { SessionState, StudentInput, TurnDecision, TutorProblem, TutorStep, TutorWrongAnswer } from "./types";

/**
 * The tutoring policy: given the problem, what the tutor remembers and the student's input,
 * decide the next turn (codes, move, content, attempt record, next state). Pure.
 *
 * Pedagogy: focus and probing before telling. A step's answer is told (bottom-out) only after
 * the student has answered the step at least once and every other rung has been given.
 */
export function decideTurn(
  problem: TutorProblem,
  state: SessionState,
  input: StudentInput,
  options: { locale?: string } = {},
): TurnDecision {
  // The student's language: how their answers and messages are read (decimal comma, "no sé").
  const locale = options.locale ?? "en";
  if (state.finished || state.stepIndex >= problem.steps.length) {
    return base(
      state,
      { evaluation: "g", action: 12, stepState: "z", move: "generic", subMove: "farewell" },
      {
        kind: "already_finished",
      },
    );
  }
  const step = problem.steps[state.stepIndex] as TutorStep;
  if (input.kind !== "message") return ladderTurn(problem, step, state, "f", input.kind === "stuck");
  const text = input.text.slice(0, 1000);

  // A pending scaffold question is answered first (unless the student answers the step itself).
  const stepCheck = checkAnswer(step.answer, text, { locale });
  const intent = classifyMessage(text, locale);
  if (state.pendingScaffold !== null && stepCheck.verdict !== "correct") {
    const scaffold = step.hints[state.pendingScaffold];
    if (scaffold?.answer) {
      const s = checkAnswer(scaffold.answer, text, { locale });
      if (s.verdict === "correct") {
        return base(
          { ...state, pendingScaffold: null, scaffoldAttempts: 0 },
          { evaluation: "b", action: 3, stepState: "x", move: "focus", subMove: "guide_focus" },
          { kind: "confirm_scaffold", scaffoldText: scaffold.text },
        );
      }
      if (readAsAnswer(scaffold.answer, [], text, intent, s, locale) === "attempt") {
        const tries = state.scaffoldAttempts + 1;
        if (tries >= 2) {
          return base(
            { ...state, pendingScaffold: null, scaffoldAttempts: 0 },
            { evaluation: "a", action: 1, stepState: "x", move: "telling", subMove: "reveal_strategy" },
            { kind: "scaffold_told", scaffoldText: scaffold.text, scaffoldAnswer: formatAnswer(scaffold.answer) },
          );
        }
        return base(
          { ...state, scaffoldAttempts: tries },
          { evaluation: "a", action: 1, stepState: "x", move: "probing", subMove: "seek_self_correction" },
          { kind: "scaffold_incorrect", scaffoldText: scaffold.text },
        );
      }
    }
  }

  if (stepCheck.verdict === "correct") return correctTurn(problem, state, text);
  const reading = readAsAnswer(step.answer, step.wrongAnswers, text, intent, stepCheck, locale);

  if (reading === "attempt") {
    const attempt = recordAttempt(state, text, false);
    const after: SessionState = { ...state, attempts: state.attempts + 1, wrongStreak: state.wrongStreak + 1 };
    const wrong = step.wrongAnswers.find((w) => matchesWrongAnswer(step.answer, text, w.match));
    if (wrong) {
      return {
        ...base(
          after,
          { evaluation: "a", action: 1, stepState: "x", move: "probing", subMove: "seek_self_correction" },
          { kind: "wrong_answer", feedback: wrong.feedback, misconception: wrong.misconception },
        ),
        attempt,
      };
    }
    if (stepCheck.verdict === "partial") {
      return {
        ...base(
          after,
          { evaluation: "c", action: 4, stepState: "x", move: "focus", subMove: "guide_focus" },
          { kind: "partial", ...partialReason(stepCheck) },
        ),
        attempt,
      };
    }
    // Second wrong answer in a row: climb the ladder with the feedback; third and later at the
    // top of the ladder: tell (the student has attempted and every other rung is given).
    if (after.wrongStreak >= 2) {
      const climbed = ladderTurn(problem, step, after, "a", false, false, after.wrongStreak >= 3);
      if (climbed.content.kind !== "try_first") return { ...climbed, attempt };
    }
    return {
      ...base(
        after,
        { evaluation: "a", action: 1, stepState: "x", move: "probing", subMove: "seek_self_correction" },
        { kind: "incorrect", offerHint: true },
      ),
      attempt,
    };
  }

  // Not an attempt: a request, a question, a message to the tutor, or nothing we can read.
  if (intent === "reveal_request" || intent === "jailbreak") return ladderTurn(problem, step, state, "f", false, true);
  if (intent === "hint_request") return ladderTurn(problem, step, state, "f", false);
  if (reading === "unclear") {
    return base(
      state,
      { evaluation: "d", action: 6, stepState: "x", move: "generic", subMove: "general_inquiry" },
      { kind: "clarify" },
    );
  }
  if (intent === "question") {
    return base(
      state,
      { evaluation: "f", action: 11, stepState: "x", move: "focus", subMove: "recall_info" },
      {
        kind: "question",
      },
    );
  }
  if (intent === "off_topic" || intent === "greeting") {
    return base(
      state,
      { evaluation: "e", action: 7, stepState: "x", move: "focus", subMove: "guide_focus" },
      {
        kind: "redirect",
      },
    );
  }
  return base(
    state,
    { evaluation: "d", action: 6, stepState: "x", move: "generic", subMove: "general_inquiry" },
    {
      kind: "clarify",
    },
  );
}

/**
 * A partial answer's reason: the checker's English text and, when it has one, its message key
 * (else the generic "part of that is right"), so that the tutor can say it in any language.
 */
function partialReason(check: CheckResult): {
  reason: string;
  reasonKey?: string;
  reasonValues?: Record<string, string | number>;
} {
  if (!check.reason) return { reason: "part of that is right", reasonKey: "tutor.partialReason" };
  if (!check.reasonKey) return { reason: check.reason };
  return { reason: check.reason, reasonKey: check.reasonKey, reasonValues: check.reasonValues ?? {} };
}

/** Longer free-text messages without an answer frame are explanations or chat, not answers. */
const MAX_BARE_TEXT_ANSWER_WORDS = 12;

/**
 * Whether a message the checker does not accept is an attempt at `spec`. The rule: a message is
 * an attempt only if it is not addressed to the tutor. Requests (hint, answer), questions,
 * greetings and messages about the tutor itself (instructions, role-play, "say it backwards")
 * never are, for any answer kind, whatever numbers or words they contain; a bare tentative
 * answer ("15?") is an answer, not a question. Two exceptions make a message an answer anyway:
 * it is word for word an option or an authored wrong answer, or it is a hint request that frames
 * an answer the checker reads ("not sure, but I think it's 15"; not for free-text answers, where
 * every sentence reads as one, and for a choice only if it names an option). Off-topic chat
 * that names no option is no answer to a choice. For free-text answers a long message (more
 * than 12 words) without an answer frame is not an attempt either: the tutor asks for just
 * the answer.
 */
function readAsAnswer(
  spec: AnswerSpec,
  wrongAnswers: TutorWrongAnswer[],
  text: string,
  intent: MessageIntent,
  check: CheckResult,
  locale: string,
): "attempt" | "request" | "unclear" {
  if (check.verdict !== "incorrect" && check.verdict !== "partial") return "request";
  if (namesAnswer(spec, wrongAnswers, text)) return "attempt";
  // A choice is answered by choosing: a message naming no option reads as "incorrect" only
  // because it is not the right one.
  const chose = spec.kind !== "choice" || spec.options.includes(check.understood ?? "");
  if (isQuestionMessage(text, locale)) return "request";
  switch (intent) {
    case "jailbreak":
    case "reveal_request":
    case "question":
    case "greeting":
      return "request";
    case "hint_request":
      return spec.kind !== "text" && chose && hasAnswerFrame(text, locale) ? "attempt" : "request";
    case "off_topic":
      if (!chose) return "request";
      break;
    default:
      break;
  }
  if (spec.kind === "text") {
    const tokens = text.trim().split(/\s+/).filter(Boolean);
    // Code and chemistry count only their prose words: "3Pb2+ (aq) + 2Au(s) → ..." is no sentence.
    const words =
      (spec.match ?? "words") === "words"
        ? tokens.length
        : tokens.filter((t) => /^[A-Za-z]{3,}[.,;:!?]?$/.test(t)).length;
    if (words > MAX_BARE_TEXT_ANSWER_WORDS && !hasAnswerFrame(text, locale)) {
      const wrong = wrongAnswers.some((w) => matchesWrongAnswer(spec, text, w.match));
      if (!wrong) return "unclear";
    }
  }
  return "attempt";
}

/** The message is, word for word (give or take a trailing "?"), an option or an authored wrong answer. */
function namesAnswer(spec: AnswerSpec, wrongAnswers: TutorWrongAnswer[], text: string): boolean {
  const bare = normalizeInput(text).replace(/[?!.\s]+$/, "");
  if (!bare) return false;
  if (spec.kind === "choice" && exactOption(spec, bare) >= 0) return true;
  const said = normalizeText(bare);
  return !!said && wrongAnswers.some((w) => normalizeText(normalizeInput(w.match)) === said);
}

/** The opening turn of a session. */
export function greetingDecision(state: SessionState): TurnDecision {
  return base(
    state,
    { evaluation: "g", action: 12, stepState: "x", move: "generic", subMove: "greeting" },
    {
      kind: "greeting",
    },
  );
}

type Codes = Pick<TurnDecision, "evaluation" | "action" | "stepState" | "move" | "subMove">;

function base(next: SessionState, codes: Codes, content: TurnDecision["content"]): TurnDecision {
  return { ...codes, hintRung: null, revealed: false, stepIndex: next.stepIndex, content, attempt: null, next };
}

function recordAttempt(state: SessionState, answer: string, correct: boolean) {
  return { stepIndex: state.stepIndex, answer, correct, firstAttempt: state.attempts === 0, hintsUsed: state.rung };
}

function advance(problem: TutorProblem, state: SessionState): SessionState {
  const stepIndex = state.stepIndex + 1;
  return {
    ...state,
    stepIndex,
    rung: 0,
    attempts: 0,
    wrongStreak: 0,
    pendingScaffold: null,
    scaffoldAttempts: 0,
    finished: stepIndex >= problem.steps.length,
  };
}

function correctTurn(problem: TutorProblem, state: SessionState, text: string): TurnDecision {
  const next = advance(problem, state);
  const last = next.finished;
  return {
    ...base(
      next,
      last
        ? { evaluation: "b", action: 3, stepState: "z", move: "generic", subMove: "farewell" }
        : { evaluation: "b", action: 3, stepState: "y", move: "focus", subMove: "guide_focus" },
      { kind: "confirm_step", nextStep: last ? null : next.stepIndex },
    ),
    stepIndex: state.stepIndex,
    attempt: recordAttempt(state, text, true),
  };
}

/**
 * The next rung of the ladder. Hints and the scaffold come on request (or after repeated
 * wrong answers); the bottom-out only once the student has answered the step and every other
 * rung is given. A step without an authored bottom-out gets one written from its answer.
 */
function ladderTurn(
  problem: TutorProblem,
  step: TutorStep,
  state: SessionState,
  evaluation: "a" | "f",
  stuck: boolean,
  askedForAnswer = false,
  allowTellAfterFailures = false,
): TurnDecision {
  const afterWrong = evaluation === "a";
  const encourage = askedForAnswer || stuck;
  const rung = step.hints[state.rung];
  if (rung && rung.kind !== "bottom_out") {
    const next: SessionState = {
      ...state,
      rung: state.rung + 1,
      wrongStreak: afterWrong ? state.wrongStreak : state.wrongStreak,
      pendingScaffold: rung.kind === "scaffold" ? state.rung : state.pendingScaffold,
      scaffoldAttempts: rung.kind === "scaffold" ? 0 : state.scaffoldAttempts,
    };
    const codes: Codes =
      rung.kind === "scaffold"
        ? { evaluation, action: afterWrong ? 1 : 8, stepState: "x", move: "focus", subMove: "guide_focus" }
        : { evaluation, action: afterWrong ? 1 : 8, stepState: "x", move: "focus", subMove: "seek_strategy" };
    return {
      ...base(next, codes, { kind: rung.kind, rung: state.rung + 1, text: rung.text, afterWrong, encourage }),
      hintRung: state.rung + 1,
    };
  }
  // Only the bottom-out is left (or nothing is authored beyond this point).
  const mayTell = state.attempts >= 1 && (!afterWrong || allowTellAfterFailures);
  if (!mayTell) {
    return base(
      state,
      { evaluation, action: 6, stepState: "x", move: "focus", subMove: "guide_focus" },
      {
        kind: "try_first",
        encourage,
      },
    );
  }
  // Without an authored bottom-out the tutor's own words tell the answer (keyed, for any language).
  const answer = formatAnswer(step.answer);
  const told = rung
    ? { text: rung.text }
    : { text: `The answer to this step is ${answer}.`, textKey: "tutor.reveal.answerIs", textValues: { answer } };
  const next = advance(problem, { ...state, revealedSteps: [...state.revealedSteps, state.stepIndex] });
  return {
    ...base(
      next,
      {
        evaluation,
        action: afterWrong ? 2 : 9,
        stepState: next.finished ? "z" : "y",
        move: "telling",
        subMove: "reveal_answer",
      },
      {
        kind: "reveal",
        ...told,
        nextStep: next.finished ? null : next.stepIndex,
        reason: afterWrong ? "failures" : "request",
      },
    ),
    stepIndex: state.stepIndex,
    hintRung: state.rung + 1,
    revealed: true,
  };
}
