/**
 * Times of day as people say them, written as a clock does: "45 past 11", "45 minutes after
 * 11", "1/4 past 11" (number words already read: "a quarter past eleven") -> "11:45" and
 * "11:15"; "15 minutes to 12", "1/4 to 12", "15 minutes before noon" -> "11:45"; "11h45" ->
 * "11:45" (written together: "2 h 30" is a duration; not after a letter: "c8h18" is octane). "to" needs "minutes" or a quarter, or noon
 * or midnight after it: "2 to 3" is a ratio.
 */
export function readClockTimes(s: string): string {
  if (!/\d/.test(s)) return s;
  const hour = (h: string) => (h === "noon" ? 12 : h === "midnight" ? 24 : Number(h));
  const clock = (h: number, m: number) => `${h}:${String(m).padStart(2, "0")}`;
  const QUARTERS: Record<string, number> = { "1/4": 15, "1/2": 30, "3/4": 45 };
  const H = String.raw`(\d{1,2}|noon|midnight)(?!\d|[.:]\d)`;
  return s
    .replace(/(?<![\p{L}\d.:])(\d{1,2})h(\d{2})(?!\d)/gu, (all, h: string, m: string) =>
      Number(h) <= 24 && Number(m) < 60 ? clock(Number(h), Number(m)) : all,
    )
    .replace(
      new RegExp(String.raw`(?<![\d.:/])(\d{1,2}|1/4|1/2|3/4)\s+(?:minutes?\s+)?(?:past|after)\s+${H}`, "g"),
      (all, m: string, h: string) => {
        const minutes = QUARTERS[m] ?? Number(m);
        return minutes > 0 && minutes < 60 && hour(h) <= 24 ? clock(hour(h) % 24 || 12, minutes) : all;
      },
    )
    .replace(
      new RegExp(
        String.raw`(?<![\d.:/])(?:(\d{1,2})\s+minutes?|(1/4))\s+(?:to|before|till|til)\s+${H}|(?<![\d.:/])(\d{1,2})\s+(?:to|before|till|til)\s+(noon|midnight)`,
        "g",
      ),
      (all, m1?: string, q?: string, h1?: string, m2?: string, h2?: string) => {
        const minutes = q ? 15 : Number(m1 ?? m2);
        const h = hour((h1 ?? h2) as string);
        return minutes > 0 && minutes < 60 && h >= 1 && h <= 24 ? clock(h - 1 || 12, 60 - minutes) : all;
      },
    );
}
