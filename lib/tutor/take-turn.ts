import { decideTurn, greetingDecision, type HintPolicy } from "./decide-turn";
import { renderTutorMessage, type TutorMessage } from "./tutor-message";
import type { SessionState, StudentInput, TurnDecision, TutorProblem, TutorTurn } from "./types";
import { embeddedMessage, type PreviousTutorTurn } from "./write-embedded-text";

/**
 * Decide and word a turn with the embedded engine, in the session's language (`locale`, default
 * English): the student's message is read in that language, and the turn keeps its message key
 * and values so that it can be re-rendered in a reader's language. `options.previous` is the tutor's
 * last turn: this one's own sentences differ from it (write-embedded-text.ts). Pure.
 */
export function takeTurn(
  problem: TutorProblem,
  state: SessionState,
  input: StudentInput | null,
  variant = 0,
  options: { locale?: string; previous?: PreviousTutorTurn | null; hintPolicy?: HintPolicy } = {},
): { turn: TutorTurn; decision: TurnDecision } {
  const locale = options.locale ?? "en";
  const decision =
    input === null
      ? greetingDecision(state)
      : decideTurn(problem, state, input, { locale, hintPolicy: options.hintPolicy });
  const message = embeddedMessage(problem, decision, variant, { locale, previous: options.previous ?? null });
  return { decision, turn: embeddedTurn(decision, message, locale) };
}

/** A decided turn in the embedded engine's words: the message rendered in `locale`, key and values kept. */
export function embeddedTurn(d: TurnDecision, message: TutorMessage, locale: string): TutorTurn {
  return {
    ...toTurn(d, renderTutorMessage(locale, message), locale),
    messageKey: message.key,
    messageParams: message.values,
  };
}

/** A decided turn with words written elsewhere (a model's): no message key. */
export function toTurn(d: TurnDecision, text: string, locale = "en"): TutorTurn {
  const { next: _next, content: _content, ...codes } = d;
  return { ...codes, text, messageKey: null, messageParams: null, locale };
}
