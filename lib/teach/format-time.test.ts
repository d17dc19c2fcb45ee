import { describe, expect, it } from "vitest";
import { formatAgo, formatDateTime } from "./format-time";

const NOW = new Date("2026-03-10T12:00:00Z");
const ago = (ms: number) => new Date(NOW.getTime() - ms);

describe("format-time", () => {
  it.each([
    ["en", "10 Mar 2026, 09:05 UTC"],
    ["es", "10 mar 2026, 09:05 UTC"],
  ])("formats in UTC and says so (%s)", (locale, text) => {
    expect(formatDateTime(new Date("2026-03-10T09:05:00Z"), locale)).toBe(text);
  });
  it("defaults to English", () => {
    expect(formatDateTime(new Date("2026-03-10T09:05:00Z"))).toBe("10 Mar 2026, 09:05 UTC");
  });
  it.each([
    [null, "never", "nunca"],
    [ago(10_000), "just now", "justo ahora"],
    [ago(60_000), "1 minute ago", "hace 1 minuto"],
    [ago(45 * 60_000), "45 minutes ago", "hace 45 minutos"],
    [ago(3 * 3600_000), "3 hours ago", "hace 3 horas"],
    [ago(26 * 3600_000), "1 day ago", "hace 1 día"],
    [ago(9 * 86_400_000), "9 days ago", "hace 9 días"],
  ])("%s -> %s / %s", (d, en, es) => {
    expect(formatAgo(d, NOW)).toBe(en);
    expect(formatAgo(d, NOW, "es")).toBe(es);
  });
});
