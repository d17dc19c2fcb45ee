/** Dates on the dashboard: server-rendered, so in UTC and saying so. */
const dateTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** "10 Mar 2026, 12:05 UTC" */
export function formatDateTime(d: Date): string {
  return `${dateTime.format(d)} UTC`;
}

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago". */
export function formatAgo(d: Date | null, now: Date): string {
  if (!d) return "never";
  const minutes = Math.floor((now.getTime() - d.getTime()) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? "" : "s"} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? "" : "s"} ago`;
  const days = Math.floor(hours / 24);
  return `${days} day${days === 1 ? "" : "s"} ago`;
}
