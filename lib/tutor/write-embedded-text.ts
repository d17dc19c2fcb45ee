import { formatAnswer } from "./answers";
import { type MessageValues, renderTutorMessage, type TutorMessage } from "./tutor-message";
import type { TurnDecision, TutorProblem, WrapUp } from "./types";

/** The tutor's previous turn, as stored: its words and (embedded) its message key and values. */
export interface PreviousTutorTurn {
  text: string;
  messageKey?: string | null;
  messageParams?: unknown;
}

export interface WordingOptions {
  /** The session's language (default English): the wording is chosen as it will read. */
  locale?: string;
  /** The tutor's last turn: this turn's own sentences differ from its, and a step it quoted is not quoted again. */
  previous?: PreviousTutorTurn | null;
}

/** How many wordings each recurring message has ({variant, select, 0 {...} 1 {...} other {...}}). */
export const VARIANTS = 3;

/**
 * The embedded engine's words for a decided turn, as a message key and its values
 * (messages/<locale>/tutor.json). Content pieces (the problem's title, step prompts, hints,
 * feedback, scaffold questions and answers) are values: they stay in the language they are
 * shown in. Each recurring message has three wordings; `variant` is where the choice starts,
 * and the first wording whose own sentences (content taken out) share none with the previous
 * tutor turn's is taken, so the tutor never says the same sentence twice in a row. A step
 * prompt the previous turn quoted is pointed at ("the step above"), not quoted again. Short
 * turns, one question at a time. Never states a step's answer except when it was told: a wording
 * whose own words contain the open step's answer as a word ("Any attempt helps me see where you
 * are" when the answer is "see") is passed over for one that does not. Pure.
 */
export function embeddedMessage(
  problem: TutorProblem,
  d: TurnDecision,
  variant = 0,
  options: WordingOptions = {},
): TutorMessage {
  const locale = options.locale ?? "en";
  const previous = options.previous ?? null;
  const start = ((variant % VARIANTS) + VARIANTS) % VARIANTS;
  const before = previous ? ownSentences(previous.text, previous.messageParams, locale) : new Set<string>();
  const answer = openAnswerPattern(problem, d);
  let first: TutorMessage | null = null;
  let firstSafe: TutorMessage | null = null;
  for (let i = 0; i < VARIANTS; i++) {
    const m = wordTurn(problem, d, (start + i) % VARIANTS, previous?.text ?? "");
    first ??= m;
    if (!previous && !answer) return m;
    const mine = [...ownSentences(renderTutorMessage(locale, m), m.values, locale)];
    if (answer && mine.some((s) => answer.test(s))) continue;
    firstSafe ??= m;
    if (!mine.some((s) => before.has(s))) return m;
  }
  return firstSafe ?? (first as TutorMessage);
}

/**
 * The open step's answer as a whole-word test over folded own sentences, or null when no step is
 * open (finished, or the step's answer was told) or the answer is a single letter ("a", "I").
 * The answer is folded as the sentences are (./write-embedded-text.ts foldSentence): a decimal
 * answer "3.5" reads "3 5" in a folded sentence, and a pattern of the raw answer never matched it.
 */
function openAnswerPattern(problem: TutorProblem, d: TurnDecision): { test(sentence: string): boolean } | null {
  const next = d.next;
  if (next.finished || (next.revealedSteps ?? []).includes(next.stepIndex)) return null;
  const step = problem.steps[next.stepIndex];
  if (!step) return null;
  let text: string;
  try {
    text = foldSentence(formatAnswer(step.answer));
  } catch {
    return null;
  }
  if (text.length < 2) return null;
  return { test: (sentence) => hasWholeWord(sentence, text) };
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The code point ending just before `i` (a surrogate pair whole). */
function codePointBefore(s: string, i: number): string {
  const low = s.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? s.slice(i - 2, i) : s.slice(i - 1, i);
}

/**
 * Whether `needle` occurs in `text` with no letter or digit right before or after it (any
 * script). A plain search and two one-character checks: a Unicode-class regular expression per
 * answer was compiled and run in V8's interpreter on every turn, ~6% of the server thread under
 * load (bench:turns profile, issue 16).
 */
export function hasWholeWord(text: string, needle: string): boolean {
  if (!needle) return false;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const before = at > 0 && LETTER_OR_DIGIT.test(codePointBefore(text, at));
    const after = end < text.length && LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(end) as number));
    if (!before && !after) return true;
  }
  return false;
}

function wordTurn(problem: TutorProblem, d: TurnDecision, v: number, previousText: string): TutorMessage {
  const prompt = (i: number | null) => (i === null ? "" : (problem.steps[i]?.prompt ?? ""));
  const current = prompt(d.next.finished ? null : d.next.stepIndex);
  const c = d.content;
  const m = (key: string, values: MessageValues = {}): TutorMessage => ({ key: `tutor.${key}`, values });
  // The pointer back to the task: a pending scaffold question (quoted: it must be answered),
  // else the step (quoted, unless the previous turn just quoted it).
  const back = (pending: string | null, quoteStep = true): MessageValues => {
    const target = pending ? "question" : !quoteStep ? "none" : previousText.includes(current) ? "above" : "step";
    return {
      backKey: "tutor.back",
      backValues: { variant: v, target, ...(pending ? { question: pending } : { step: current }) },
    };
  };
  const wrap = (w: WrapUp | null): MessageValues => {
    const kind = !w || w.told === 0 ? "solved" : w.solved === 0 ? "told" : "partly";
    return { wrapKey: `tutor.wrapUp.${kind}`, wrapValues: w ? { ...w } : {} };
  };
  switch (c.kind) {
    case "greeting":
      // No counts here: a number in the tutor's words could be read as a step's answer.
      return m("greeting", { title: problem.title, step: current });
    case "confirm_step":
      return c.nextStep === null
        ? m("confirmStep.last", { variant: v, ...wrap(c.wrap) })
        : m("confirmStep.next", { variant: v, step: prompt(c.nextStep) });
    case "confirm_told":
      return c.nextStep === null
        ? m("confirmTold.last", { variant: v, ...wrap(c.wrap) })
        : m("confirmTold.next", { variant: v, step: prompt(c.nextStep) });
    case "confirm_scaffold":
      return m("confirmScaffold", { variant: v, ...back(null) });
    case "scaffold_incorrect":
      return m("scaffoldIncorrect", { variant: v, question: c.scaffoldText });
    case "scaffold_told":
      return m("scaffoldTold", { variant: v, answer: c.scaffoldAnswer, ...back(null) });
    case "wrong_answer":
      return m("wrongAnswer", { feedback: c.feedback });
    case "incorrect":
      return m("incorrect", { variant: v });
    case "partial":
      // The checker's reason: its key renders it in any language; `reason` is the English text.
      return m("partial", {
        variant: v,
        reason: c.reason,
        ...(c.reasonKey ? { reasonKey: c.reasonKey, reasonValues: c.reasonValues ?? {} } : {}),
      });
    case "hint":
    case "scaffold":
      if (c.afterWrong) return m("help.afterWrong", { variant: v, text: c.text });
      return m(c.encourage ? "help.encourage" : "help.plain", { variant: v, text: c.text });
    case "reveal": {
      const told = { text: c.text, ...(c.textKey ? { textKey: c.textKey, textValues: c.textValues ?? {} } : {}) };
      return m("reveal.typeIn", { variant: v, ...told, answer: c.answer });
    }
    case "type_in":
      return m(`typeIn.${c.reason}`, { variant: v, answer: c.answer });
    case "try_first":
      return m(c.encourage ? "tryFirst.encourage" : "tryFirst.plain", { variant: v, ...back(c.pending, false) });
    case "clarify":
      return m(c.offerHint ? "clarify.hint" : "clarify.plain", { variant: v, ...back(c.pending) });
    case "off_topic":
      return m("offTopic", { variant: v, ...back(c.pending) });
    case "greet_back":
      return m("greetBack", { variant: v, ...back(c.pending) });
    case "frustration":
      return m("frustration", { variant: v, ...back(c.pending, false) });
    case "question":
      return m("question", { variant: v, ...back(c.pending) });
    case "already_finished":
      return m("alreadyFinished", { variant: v });
  }
}

/** Values that are the tutor's own words (rendered from its messages), not content. */
const OWN_NESTED = new Set(["back", "wrap"]);
const CONTROL = new Set(["variant", "target"]);

/**
 * The tutor's own sentences in a turn: the text with every content piece (prompts, hints,
 * feedback, answers, the checker's reason) taken out, split into sentences, folded. A model's
 * turn (no values) counts whole.
 */
export function ownSentences(text: string, params: unknown, locale = "en"): Set<string> {
  let own = text;
  for (const piece of contentPieces(params, locale).sort((a, b) => b.length - a.length)) {
    if (piece.trim()) own = own.split(piece).join(" \u2063 ");
  }
  const out = new Set<string>();
  for (const s of own.split(/(?<=[.!?:;])\s+|\u2063/)) {
    const folded = foldSentence(s);
    if (folded.length > 2) out.add(folded);
  }
  return out;
}

/** A sentence as the repeat and answer checks compare it: lower case, quotes and stops as spaces. */
export function foldSentence(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\s"“”«»¿¡.!?:;,]+/g, " ")
    .trim();
}

function contentPieces(params: unknown, locale: string): string[] {
  if (!params || typeof params !== "object" || Array.isArray(params)) return [];
  const values = params as Record<string, unknown>;
  const out: string[] = [];
  for (const [k, v] of Object.entries(values)) {
    if (CONTROL.has(k) || k.endsWith("Key")) continue;
    if (typeof v === "string" || typeof v === "number") {
      if (typeof v === "string") out.push(v);
    } else if (k.endsWith("Values")) {
      const name = k.slice(0, -"Values".length);
      if (OWN_NESTED.has(name)) out.push(...contentPieces(v, locale));
      else {
        const key = values[`${name}Key`];
        // A nested content message (the checker's reason, a told answer in the tutor's words).
        if (typeof key === "string") {
          try {
            out.push(renderTutorMessage(locale, { key, values: v as MessageValues }));
          } catch {
            // Not renderable: the stored text stands.
          }
        }
      }
    }
  }
  return out;
}

/** The embedded engine's words for a decided turn in `locale` (the session's language). Pure. */
export function writeEmbeddedText(
  problem: TutorProblem,
  d: TurnDecision,
  variant = 0,
  locale = "en",
  previous: PreviousTutorTurn | null = null,
): string {
  return renderTutorMessage(locale, embeddedMessage(problem, d, variant, { locale, previous }));
}
