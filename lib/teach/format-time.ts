import { toLocale } from "@/lib/i18n/locales";
import { teachWords } from "./words";

/** Dates on the dashboard: server-rendered, so in UTC and saying so, in the reader's notation. */
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

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago" (and "hace 5 minutos"...). */
export function formatAgo(d: Date | null, now: Date, locale = "en"): string {
  const t = teachWords(locale);
  if (!d) return t("time.never");
  const minutes = Math.floor((now.getTime() - d.getTime()) / 60_000);
  if (minutes < 1) return t("time.justNow");
  if (minutes < 60) return t("time.minutesAgo", { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t("time.hoursAgo", { count: hours });
  return t("time.daysAgo", { count: Math.floor(hours / 24) });
}
