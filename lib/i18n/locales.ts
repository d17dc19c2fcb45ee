/**
 * The languages Stepwise speaks. Every one is complete (every key, checked by
 * lib/i18n/messages.test.ts); a locale added later may start partial, and a message missing in a
 * partial locale falls back to English (lib/i18n/messages.ts). Arabic is laid out right to left. Pure.
 */
export const locales = ["en", "es", "sv", "ar"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";
/** Locales whose every message key must exist (the test fails otherwise). */
export const completeLocales: readonly Locale[] = ["en", "es", "sv", "ar"];

/** Each language's name in itself, for the switcher. */
export const localeNames: Record<Locale, string> = {
  en: "English",
  es: "Español",
  sv: "Svenska",
  ar: "العربية",
};

const rtl = new Set<string>(["ar", "he", "fa", "ur"]);

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function textDirection(locale: string): "rtl" | "ltr" {
  return rtl.has(locale.split("-")[0]?.toLowerCase() ?? "") ? "rtl" : "ltr";
}

/** "es-MX" -> "es"; null when the language is not one we speak. */
export function toLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const lang = tag.trim().split(/[-_]/)[0]?.toLowerCase();
  return isLocale(lang) ? lang : null;
}

/**
 * The best supported locale for an Accept-Language header (RFC 9110 12.5.4: tags with q
 * weights, "*" ignored), or null when none is supported.
 */
export function matchAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .slice(0, 512)
    .split(",")
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      const weight = q === undefined ? 1 : Number(q);
      return { tag: tag ?? "", weight: Number.isFinite(weight) ? weight : 0, i };
    })
    .filter((r) => r.weight > 0 && r.tag !== "*")
    .sort((a, b) => b.weight - a.weight || a.i - b.i);
  for (const r of ranked) {
    const l = toLocale(r.tag);
    if (l) return l;
  }
  return null;
}
