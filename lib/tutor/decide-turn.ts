import { type AnswerSpec, type CheckResult, checkAnswer, formatAnswer, matchesWrongAnswer } from "./answers";
import { AR_THE, arabic, foldArabicLetters, readArabicText } from "./answers/arabic-script";
import { exactOption } from "./answers/check-choice";
import { normalizeText } from "./answers/check-text";
import { normalizeInput } from "./answers/normalize-input";
import { classifyMessage, hasAnswerFrame, isQuestionMessage, type MessageIntent } from "./classify-message";
import {
  type SessionState,
  type StudentInput,
  TURN_LABELS,
  type TurnDecision,
  type TurnKind,
  type TutorProblem,
  type TutorStep,
  type TutorWrongAnswer,
  type WrapUp,
} from "./types";

type Codes = Pick<TurnDecision, "evaluation" | "action" | "stepState" | "move" | "subMove">;

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
  options: { locale?: string; hintPolicy?: HintPolicy } = {},
): TurnDecision {
  // The student's language: how their answers and messages are read (decimal comma, "no sé").
  const locale = options.locale ?? "en";
  const policy = options.hintPolicy ?? "ladder";
  if (state.finished || state.stepIndex >= problem.steps.length) {
    return base(state, label("already_finished"), { kind: "already_finished" });
  }
  const step = problem.steps[state.stepIndex] as TutorStep;
  // The step's answer was just told: the student types it in before the tutor moves on.
  if (state.typeIn) return typeInTurn(problem, step, state, input, locale);
  if (input.kind !== "message") return ladderTurn(step, state, "f", input.kind === "stuck", false, false, policy);
  const text = input.text.slice(0, 1000);

  // A pending scaffold question is answered first (unless the student answers the step itself:
  // its answer, or one of its authored wrong answers, which gets its feedback and is recorded
  // for the teacher like any attempt at the step). A message to the tutor (a request, a
  // question, chat, a greeting, frustration) is no answer to it, whatever words it contains
  // ("no, just tell me the answer" is not "no"): it falls through, and the reply keeps the question.
  const stepCheck = checkAnswer(step.answer, text, { locale });
  const intent = classifyMessage(text, locale);
  const scaffold = state.pendingScaffold === null ? undefined : step.hints[state.pendingScaffold];
  const pending = scaffold?.answer ? scaffold.text : null;
  const wrong = step.wrongAnswers.find((w) => matchesWrongAnswer(step.answer, text, w.match));
  if (scaffold?.answer && stepCheck.verdict !== "correct" && !addressedToTutor(scaffold.answer, text, intent, locale)) {
    const s = checkAnswer(scaffold.answer, text, { locale });
    if (s.verdict === "correct") {
      return base({ ...state, pendingScaffold: null, scaffoldAttempts: 0 }, label("confirm_scaffold"), {
        kind: "confirm_scaffold",
        scaffoldText: scaffold.text,
      });
    }
    if (!wrong && readAsAnswer(scaffold.answer, [], text, intent, s, locale) === "attempt") {
      const tries = state.scaffoldAttempts + 1;
      if (tries >= 2) {
        return base({ ...state, pendingScaffold: null, scaffoldAttempts: 0 }, label("scaffold_told"), {
          kind: "scaffold_told",
          scaffoldText: scaffold.text,
          scaffoldAnswer: formatAnswer(scaffold.answer),
        });
      }
      return base({ ...state, scaffoldAttempts: tries }, label("scaffold_incorrect"), {
        kind: "scaffold_incorrect",
        scaffoldText: scaffold.text,
      });
    }
  }

  if (stepCheck.verdict === "correct") return correctTurn(problem, state, text);
  const reading = readAsAnswer(step.answer, step.wrongAnswers, text, intent, stepCheck, locale);

  if (reading === "attempt") {
    const attempt = recordAttempt(state, text, false);
    const after: SessionState = { ...state, attempts: state.attempts + 1, wrongStreak: state.wrongStreak + 1 };
    if (wrong) {
      return {
        ...base(after, label("wrong_answer"), {
          kind: "wrong_answer",
          feedback: wrong.feedback,
          misconception: wrong.misconception,
        }),
        attempt,
      };
    }
    if (stepCheck.verdict === "partial") {
      return { ...base(after, label("partial"), { kind: "partial", ...partialReason(stepCheck) }), attempt };
    }
    // Second wrong answer in a row: climb the ladder with the feedback; third and later at the
    // top of the ladder: tell (the student has attempted and every other rung is given).
    if (after.wrongStreak >= 2) {
      const climbed = ladderTurn(step, after, "a", false, false, after.wrongStreak >= 3, policy);
      if (climbed.content.kind !== "try_first") return { ...climbed, attempt };
    }
    return { ...base(after, label("incorrect"), { kind: "incorrect", offerHint: true }), attempt };
  }

  // Not an attempt: a request, a question, a message to the tutor, or nothing we can read.
  // None is graded; each keeps a pending scaffold question and asks it again.
  if (intent === "reveal_request" || intent === "jailbreak")
    return ladderTurn(step, state, "f", false, true, false, policy);
  if (intent === "hint_request") return ladderTurn(step, state, "f", false, false, false, policy);
  // Nothing but punctuation ("?", "..."): the student is lost; ask, and offer a hint.
  if (!/[\p{L}\p{N}]/u.test(text)) {
    return base(state, label("clarify"), { kind: "clarify", pending, offerHint: true });
  }
  if (reading === "unclear") return base(state, label("clarify"), { kind: "clarify", pending, offerHint: false });
  if (intent === "frustration") return base(state, label("frustration"), { kind: "frustration", pending });
  if (intent === "greeting") return base(state, label("greet_back"), { kind: "greet_back", pending });
  // A question is about the problem only if it says something of it: maths, a word of the
  // problem, or the task itself ("this", "the step"). "What's the best football team?" is chat.
  if (intent === "question" || isQuestionMessage(text, locale)) {
    return aboutTheProblem(problem, step, state, text)
      ? base(state, label("question"), { kind: "question", pending })
      : base(state, label("off_topic"), { kind: "off_topic", pending });
  }
  if (intent === "off_topic") return base(state, label("off_topic"), { kind: "off_topic", pending });
  return base(state, label("clarify"), { kind: "clarify", pending, offerHint: false });
}

/**
 * The turn's labels from TURN_LABELS (types.ts): `variant` picks one where a kind has more
 * than one (e.g. on request or after wrong answers).
 */
function label(kind: TurnKind, variant = 0): Codes {
  const rows = TURN_LABELS[kind] as readonly Codes[];
  return { ...(rows[variant] ?? (rows[0] as Codes)) };
}

/**
 * A message to the tutor rather than an answer to `spec`: a request, a question, chat, a
 * greeting or frustration, unless it is word for word an option (or frames an answer to a
 * hint request: "not sure, maybe 8").
 */
function addressedToTutor(spec: AnswerSpec, text: string, intent: MessageIntent, locale: string): boolean {
  if (namesAnswer(spec, [], text)) return false;
  switch (intent) {
    case "reveal_request":
    case "jailbreak":
    case "question":
    case "greeting":
    case "off_topic":
    case "frustration":
      return true;
    case "hint_request":
      return !hasAnswerFrame(text, locale);
    default:
      return isQuestionMessage(text, locale) && !/^\s*[\p{N}\p{L}]{1,12}\s*\?\s*$/u.test(text);
  }
}

/** Words naming the task itself (any language the tutor speaks). */
const TASK_WORDS =
  /(?<![\p{L}])(?:this|that|it|these|those|step|problem|question|answer|hint|mean|means|meaning|word|solve|work|calculate|find|example|esto|eso|este|esta|paso|problema|pregunta|respuesta|pista|significa|resolver|calcular|hallar|ejemplo|detta|steg|svar|ledtr[aå]d)(?![\p{L}])/iu;
/** The same in Arabic, read after readArabicText ("هذا", "والخطوة", "المسألة", "يعني"). */
const ARABIC_TASK_WORDS = arabic`(?<!\p{L})${AR_THE}(?:هذا|هذه|هذي|هاد|هادا|هاي|ده|دي|خطوة|مسألة|سؤال|جواب|إجابة|تلميح|معنى|يعني|حل|نحل|أحل|احسب|نحسب|أوجد|مثال|طريقة)(?!\p{L})`;
const MATH_SIGNS = /[0-9=+\-*/^()%<>√π×÷]/;
/** Arabic script in a message: read with readArabicText (Arabic-Indic digits, ؟, spelling variants). */
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const STOP = new Set([
  "what",
  "which",
  "where",
  "when",
  "does",
  "have",
  "with",
  "your",
  "about",
  "there",
  "their",
  "would",
  "could",
  "should",
  "best",
  "world",
  "qué",
  "cuál",
  "cómo",
]);

/** Whether a question says anything about the problem (maths, a word of it, the task). */
function aboutTheProblem(problem: TutorProblem, step: TutorStep, state: SessionState, typed: string): boolean {
  const text = ARABIC_SCRIPT.test(typed) ? readArabicText(typed) : typed;
  if (MATH_SIGNS.test(text) || TASK_WORDS.test(text) || ARABIC_TASK_WORDS.test(text)) return true;
  const own = words(
    [problem.title, problem.statement, step.prompt, ...step.hints.slice(0, state.rung).map((h) => h.text)].join(" "),
  );
  return [...words(text)].some((w) => own.has(w));
}

function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of foldArabicLetters(text)
    .toLowerCase()
    .normalize("NFKC")
    .match(/\p{L}{4,}/gu) ?? [])
    if (!STOP.has(w)) {
      out.add(w);
      // An Arabic word without its article and clitics ("والمقام" is "مقام").
      const bare = w.replace(/^[وف]?(?:[بكل]?ال|لل)(?=\p{L}{3})/u, "");
      if (bare !== w) out.add(bare);
    }
  return out;
}

/**
 * The told answer, typed in: it is confirmed (no praise: it was told) and the tutor moves on;
 * anything else gets the told answer again (kindly after a wrong entry), so there is no dead
 * end. No attempt is recorded: copying a told answer is no evidence of the skill (decision 020).
 */
function typeInTurn(
  problem: TutorProblem,
  step: TutorStep,
  state: SessionState,
  input: StudentInput,
  locale: string,
): TurnDecision {
  const answer = formatAnswer(step.answer);
  const again = (reason: "wrong" | "help" | "other", next: SessionState, offTopic = false): TurnDecision => ({
    ...base(next, label("type_in", reason === "wrong" ? 0 : reason === "help" ? 1 : offTopic ? 3 : 2), {
      kind: "type_in",
      answer,
      reason,
    }),
    revealed: true,
  });
  if (input.kind !== "message") return again("help", state);
  const text = input.text.slice(0, 1000);
  const check = checkAnswer(step.answer, text, { locale });
  if (check.verdict === "correct") {
    const next = advance(problem, state);
    return {
      ...base(next, label("confirm_told", next.finished ? 1 : 0), {
        kind: "confirm_told",
        nextStep: next.finished ? null : next.stepIndex,
        wrap: next.finished ? wrapUp(problem, next) : null,
      }),
      stepIndex: state.stepIndex,
    };
  }
  const intent = classifyMessage(text, locale);
  if (readAsAnswer(step.answer, step.wrongAnswers, text, intent, check, locale) === "attempt")
    return again("wrong", { ...state, typeInTries: state.typeInTries + 1 });
  if (intent === "hint_request" || intent === "reveal_request" || intent === "jailbreak") return again("help", state);
  const offTopic = intent === "off_topic" || (intent === "question" && !aboutTheProblem(problem, step, state, text));
  return again("other", state, offTopic);
}

/** How the finished problem went: steps told (bottom-out) and steps the student solved. */
function wrapUp(problem: TutorProblem, state: SessionState): WrapUp {
  const total = problem.steps.length;
  const told = new Set(state.revealedSteps.filter((i) => i < total)).size;
  return { solved: total - told, told, total };
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
    case "frustration":
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
  return base(state, label("greeting"), { kind: "greeting" });
}

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
    typeIn: false,
    typeInTries: 0,
    finished: stepIndex >= problem.steps.length,
  };
}

function correctTurn(problem: TutorProblem, state: SessionState, text: string): TurnDecision {
  const next = advance(problem, state);
  const last = next.finished;
  return {
    ...base(next, label("confirm_step", last ? 1 : 0), {
      kind: "confirm_step",
      nextStep: last ? null : next.stepIndex,
      wrap: last ? wrapUp(problem, next) : null,
    }),
    stepIndex: state.stepIndex,
    attempt: recordAttempt(state, text, true),
  };
}

/**
 * How the ladder is climbed (an experiment's "hints" factor, decision 025):
 * - "ladder": every authored rung in order: hints, scaffold questions (focus and probing), then
 *   the bottom-out.
 * - "no_scaffold": the scaffold questions are passed over: hints, then the bottom-out.
 * - "worked_step": once the student has answered the step, the next rung is the bottom-out (the
 *   worked step) at once; before any answer, the first hint as in "ladder".
 * Every policy keeps the rule that the answer is never told before the student has tried the step.
 */
export const HINT_POLICIES = ["ladder", "no_scaffold", "worked_step"] as const;
export type HintPolicy = (typeof HINT_POLICIES)[number];

/** The state with its rung moved to where `policy` climbs next (unchanged for "ladder"). */
function atPolicyRung(step: TutorStep, state: SessionState, policy: HintPolicy): SessionState {
  let r = state.rung;
  if (policy === "no_scaffold") while (step.hints[r]?.kind === "scaffold") r++;
  if (policy === "worked_step" && state.attempts >= 1) {
    const bottom = step.hints.findIndex((h) => h.kind === "bottom_out");
    r = Math.max(r, bottom >= 0 ? bottom : step.hints.length);
  }
  return r === state.rung ? state : { ...state, rung: r };
}

/**
 * The next rung of the ladder. Hints and the scaffold come on request (or after repeated
 * wrong answers); the bottom-out only once the student has answered the step and every other
 * rung is given. A step without an authored bottom-out gets one written from its answer.
 */
function ladderTurn(
  step: TutorStep,
  at: SessionState,
  evaluation: "a" | "f",
  stuck: boolean,
  askedForAnswer = false,
  allowTellAfterFailures = false,
  policy: HintPolicy = "ladder",
): TurnDecision {
  const state = atPolicyRung(step, at, policy);
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
    const codes = label(rung.kind, afterWrong ? 1 : 0);
    return {
      ...base(next, codes, { kind: rung.kind, rung: state.rung + 1, text: rung.text, afterWrong, encourage }),
      hintRung: state.rung + 1,
    };
  }
  // Only the bottom-out is left (or nothing is authored beyond this point).
  const mayTell = state.attempts >= 1 && (!afterWrong || allowTellAfterFailures);
  if (!mayTell) {
    const pendingRung = state.pendingScaffold === null ? undefined : step.hints[state.pendingScaffold];
    return base(state, label("try_first", afterWrong ? 1 : 0), {
      kind: "try_first",
      encourage,
      pending: pendingRung?.answer ? pendingRung.text : null,
    });
  }
  // Without an authored bottom-out the tutor's own words tell the answer (keyed, for any language).
  const answer = formatAnswer(step.answer);
  const told = rung
    ? { text: rung.text }
    : { text: `The answer to this step is ${answer}.`, textKey: "tutor.reveal.answerIs", textValues: { answer } };
  // The step stays open: the student types the told answer in next (decision 020).
  const next: SessionState = {
    ...state,
    rung: Math.min(state.rung + 1, step.hints.length),
    pendingScaffold: null,
    scaffoldAttempts: 0,
    revealedSteps: state.revealedSteps.includes(state.stepIndex)
      ? state.revealedSteps
      : [...state.revealedSteps, state.stepIndex],
    typeIn: true,
    typeInTries: 0,
  };
  return {
    ...base(next, label("reveal", afterWrong ? 1 : 0), {
      kind: "reveal",
      ...told,
      answer,
      reason: afterWrong ? "failures" : "request",
    }),
    hintRung: state.rung + 1,
    revealed: true,
  };
}
