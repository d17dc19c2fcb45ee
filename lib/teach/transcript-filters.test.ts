import { describe, expect, it } from "vitest";
import { dateRange, hasFilters, parseTranscriptFilters, transcriptQuery } from "./transcript-filters";

describe("parseTranscriptFilters", () => {
  const cases: [string, Record<string, string | string[] | undefined>, object][] = [
    ["nothing", {}, { flags: [], page: 1 }],
    [
      "every filter",
      {
        student: "cm1",
        set: "cm2",
        problem: "cm3",
        from: "2026-03-01",
        to: "2026-03-09",
        flag: ["fallback", "revealed"],
        move: "telling",
        subMove: "reveal_answer",
        step: "st1",
        answer: "7",
        page: "3",
      },
      {
        student: "cm1",
        set: "cm2",
        problem: "cm3",
        from: "2026-03-01",
        to: "2026-03-09",
        flags: ["revealed", "fallback"],
        move: "telling",
        subMove: "reveal_answer",
        step: "st1",
        answer: "7",
        page: 3,
      },
    ],
    [
      "bad values are dropped",
      {
        student: "x' OR 1=1 --",
        from: "2026-02-30",
        to: "yesterday",
        flag: ["nope", "offtopic"],
        move: "dance",
        page: "-4",
      },
      { flags: ["offtopic"], page: 1 },
    ],
    ["an answer without a step is dropped", { answer: "7" }, { flags: [], page: 1 }],
    ["a sub-move without a move is dropped", { subMove: "greeting" }, { flags: [], page: 1 }],
    ["empty strings are no filter", { student: "", flag: "flagged", page: "" }, { flags: ["flagged"], page: 1 }],
    ["a single flag string", { flag: "revealed" }, { flags: ["revealed"], page: 1 }],
  ];
  for (const [name, input, want] of cases)
    it(name, () => {
      expect(parseTranscriptFilters(input)).toEqual(want);
    });
});

describe("transcriptQuery", () => {
  it("round-trips, resets the page unless it is set", () => {
    const f = parseTranscriptFilters({
      student: "cm1",
      flag: ["revealed", "flagged"],
      page: "4",
      answer: "a b",
      step: "s",
    });
    const q = transcriptQuery(f);
    expect(q).toBe("?student=cm1&step=s&answer=a+b&flag=revealed&flag=flagged");
    const params = new URLSearchParams(q);
    const back = parseTranscriptFilters({
      ...Object.fromEntries(params),
      flag: params.getAll("flag"),
    });
    expect(back).toEqual({ ...f, page: 1 });
    expect(transcriptQuery(f, { page: 5 })).toContain("page=5");
    expect(transcriptQuery(f, { student: undefined, flags: [] })).toBe("?step=s&answer=a+b");
  });

  it("knows when anything is filtered", () => {
    expect(hasFilters(parseTranscriptFilters({ page: "3" }))).toBe(false);
    expect(hasFilters(parseTranscriptFilters({ flag: "offtopic" }))).toBe(true);
  });
});

describe("dateRange", () => {
  it("includes the whole of the last day", () => {
    expect(dateRange(parseTranscriptFilters({ from: "2026-03-01", to: "2026-03-01" }))).toEqual({
      gte: new Date("2026-03-01T00:00:00.000Z"),
      lt: new Date("2026-03-02T00:00:00.000Z"),
    });
    expect(dateRange(parseTranscriptFilters({}))).toEqual({});
  });
});
