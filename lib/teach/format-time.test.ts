import { describe, expect, it } from "vitest";
import { formatAgo, formatDateTime } from "./format-time";

const NOW = new Date("2026-03-10T12:00:00Z");
const ago = (ms: number) => new Date(NOW.getTime() - ms);

describe("format-time", () => {
  it("formats in UTC and says so", () => {
    expect(formatDateTime(new Date("2026-03-10T09:05:00Z"))).toBe("10 Mar 2026, 09:05 UTC");
  });
  it.each([
    [null, "never"],
    [ago(10_000), "just now"],
    [ago(60_000), "1 minute ago"],
    [ago(45 * 60_000), "45 minutes ago"],
    [ago(3 * 3600_000), "3 hours ago"],
    [ago(26 * 3600_000), "1 day ago"],
    [ago(9 * 86_400_000), "9 days ago"],
  ])("%s -> %s", (d, text) => {
    expect(formatAgo(d, NOW)).toBe(text);
  });
});
