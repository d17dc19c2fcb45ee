import { describe, expect, it } from "vitest";
import { readMath } from "./read-math";

describe("times of day as people say them read as a clock writes them", () => {
  it.each<[string, string]>([
    ["a quarter to twelve", "11:45"],
    ["a quarter to noon", "11:45"],
    ["15 minutes before noon", "11:45"],
    ["fifteen minutes to twelve", "11:45"],
    ["45 past 11", "11:45"],
    ["forty-five minutes past eleven", "11:45"],
    ["three quarters past eleven", "11:45"],
    ["a quarter past nine", "9:15"],
    ["half past two", "2:30"],
    ["20 after 3.", "3:20"],
    ["10 to midnight", "23:50"],
    ["11h45", "11:45"],
  ])("%j -> %j", (text, clock) => {
    expect(readMath(text).text).toContain(clock);
  });

  it.each<string>([
    "2 to 3",
    "the ratio 12 to 18",
    "2 h 30 min",
    "from 5 to 7 minutes",
    "half of 12",
    "a quarter of 20",
    "octane, c8h18",
  ])("%j is no time of day", (text) => {
    expect(readMath(text).text).not.toMatch(/\d:\d\d/);
  });
});
