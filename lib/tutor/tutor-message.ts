import { translate } from "@/lib/i18n/translator";

/** A tutor turn as stored: the text as shown, and (embedded turns) its message key and values. */
export interface StoredTutorText {
  text: string;
  messageKey: string | null;
  messageParams: unknown;
  locale: string | null;
}

/**
 * A stored turn in the reader's language: an embedded turn is re-rendered from its message key
 * and values (content inside the values stays as it was shown); a model-written turn, or one in
 * the reader's own language, is the text as shown. Pure.
 */
export function turnTextFor(turn: StoredTutorText, readerLocale: string): string {
  if (!turn.messageKey || turn.locale === readerLocale) return turn.text;
  const params = (turn.messageParams ?? {}) as Record<string, string | number>;
  try {
    return translate(readerLocale)(turn.messageKey, params);
  } catch {
    return turn.text;
  }
}
