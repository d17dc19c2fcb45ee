import { toLocale } from "@/lib/i18n/locales";
import { type Translate, translate } from "@/lib/i18n/translator";

/**
 * The dashboard's words outside React (needs-help reasons, turn labels, durations, shares,
 * relative times): `teachWords(locale)("needsHelp.inactive", { days })` reads
 * messages/<locale>/teach.json. One translator per locale, kept. Pure.
 */
const cache = new Map<string, Translate>();

export function teachWords(locale: string): Translate {
  const l = toLocale(locale) ?? "en";
  let t = cache.get(l);
  if (!t) {
    const full = translate(l);
    t = (key, values) => full(`teach.${key}`, values);
    cache.set(l, t);
  }
  return t;
}
