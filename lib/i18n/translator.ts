import { createTranslator } from "use-intl/core";
import { type Locale, toLocale } from "./locales";
import { messagesFor } from "./messages";

/**
 * A translator outside React (lib code, routes, scripts): t("tutor.hint.lead", {...}). ICU
 * messages; a missing key renders its English text (messagesFor merges English under every
 * locale). Pure.
 */
export function translatorFor(locale: string) {
  const l: Locale = toLocale(locale) ?? "en";
  return createTranslator({ locale: l, messages: messagesFor(l) as never });
}

export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

/** An untyped t(key, values) for keys built at run time (tutor message keys stored on turns). */
export function translate(locale: string): Translate {
  const t = translatorFor(locale) as unknown as Translate;
  return (key, values) => t(key, values);
}
