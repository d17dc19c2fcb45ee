export { formatDateTime } from "@/lib/i18n/format-date-time";

import { teachWords } from "./words";

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
