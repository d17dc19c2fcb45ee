import { toLocale } from "@/lib/i18n/locales";

/**
 * Every date the app shows, in one notation: server-rendered, so in UTC and saying so, in the
 * reader's language ("10 Mar 2026, 12:05 UTC"). Pure.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function dateTime(locale: string): Intl.DateTimeFormat {
  const l = toLocale(locale) ?? "en";
  let f = formats.get(l);
  if (!f) {
    // English keeps the day-month-year order the dashboard has always shown.
    f = new Intl.DateTimeFormat(l === "en" ? "en-GB" : l, {
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: "UTC",
    });
    formats.set(l, f);
  }
  return f;
}

/** "10 Mar 2026, 12:05 UTC" (en), "10 mar 2026, 12:05 UTC" (es). */
export function formatDateTime(d: Date, locale = "en"): string {
  return `${dateTime(locale).format(d)} UTC`;
}
