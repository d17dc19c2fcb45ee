import { toLocale } from "@/lib/i18n/locales";
import { type Messages, messagesFor } from "@/lib/i18n/messages";
import { type Translate, translate } from "@/lib/i18n/translator";

/** A value of a tutor message: text or a number, or (for a nested message `<x>Key`) its values `<x>Values`. */
export type MessageValue = string | number;
export type MessageValues = Record<string, MessageValue | Record<string, MessageValue>>;

/** A tutor message: its key (a full path such as "tutor.confirmStep.last") and its values. */
export interface TutorMessage {
  key: string;
  values: MessageValues;
}

/** A tutor turn as stored: the text as shown, and (embedded turns) its message key and values. */
export interface StoredTutorText {
  text: string;
  messageKey: string | null;
  messageParams: unknown;
  locale: string | null;
}

/** Namespaces a nested message key may name (the tutor's words, the answer checker's reasons). */
const NESTED = /^(?:tutor|answers)\./;

const translators = new Map<string, Translate>();

/** One translator per locale: its parsed messages are cached for the life of the process. */
function translatorOf(tag: string): Translate {
  const locale = toLocale(tag) ?? "en";
  let t = translators.get(locale);
  if (!t) {
    t = translate(locale);
    translators.set(locale, t);
  }
  return t;
}

/** Whether the catalogues (English under every locale) have a message at `key`. */
export function hasMessage(key: string): boolean {
  let cur: string | Messages | undefined = messagesFor("en");
  for (const part of key.split(".")) cur = typeof cur === "object" ? cur[part] : undefined;
  return typeof cur === "string";
}

/**
 * A tutor message in `locale`. A value named `<x>Key` holding a "tutor." or "answers." key (the
 * checker's reason for a partial answer, `reasonKey` with `reasonValues`) is rendered first, in
 * the same locale, into `<x>`; a key the catalogues lack leaves `<x>` as stored (the English
 * text). Content inside the values (prompts, hints, feedback) stays as it was shown. Pure.
 */
export function renderTutorMessage(locale: string, message: TutorMessage): string {
  const t = translatorOf(locale);
  const flat: Record<string, MessageValue> = {};
  for (const [k, v] of Object.entries(message.values)) if (typeof v !== "object") flat[k] = v;
  for (const [k, v] of Object.entries(message.values)) {
    if (!k.endsWith("Key") || typeof v !== "string" || !NESTED.test(v) || !hasMessage(v)) continue;
    const name = k.slice(0, -"Key".length);
    const nested = message.values[`${name}Values`];
    flat[name] = t(v, typeof nested === "object" ? nested : undefined);
  }
  // An empty optional part (a pointer with nothing to point at) leaves no stray space.
  return t(message.key, flat).trim();
}

/**
 * A stored turn in the reader's language: an embedded turn is re-rendered from its message key
 * and values (content inside the values stays as it was shown); a model-written turn, or one in
 * the reader's own language, is the text as shown. Pure.
 */
export function turnTextFor(turn: StoredTutorText, readerLocale: string): string {
  if (!turn.messageKey || turn.locale === readerLocale) return turn.text;
  const params = turn.messageParams;
  if (params !== null && params !== undefined && (typeof params !== "object" || Array.isArray(params)))
    return turn.text;
  if (!hasMessage(turn.messageKey)) return turn.text;
  try {
    const text = renderTutorMessage(readerLocale, { key: turn.messageKey, values: (params ?? {}) as MessageValues });
    return text === turn.messageKey ? turn.text : text;
  } catch {
    return turn.text;
  }
}
