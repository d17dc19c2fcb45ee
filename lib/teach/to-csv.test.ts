import { describe, expect, it } from "vitest";
import { csvCell, fileSlug, parseCsv, toCsv } from "./to-csv";

describe("csvCell", () => {
  it.each<[Parameters<typeof csvCell>[0], string]>([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rlf", '"cr\rlf"'],
    [null, ""],
    [undefined, ""],
    [0.42, "0.42"],
    [true, "true"],
    [new Date("2026-03-10T12:00:00Z"), "2026-03-10T12:00:00.000Z"],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+cmd", "'+cmd"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["-3", "-3"],
    ["-3/4", "-3/4"],
    ["-0.5", "-0.5"],
    ["3/4", "3/4"],
    ["Tomás", "Tomás"],
  ])("%j -> %j", (value, out) => {
    expect(csvCell(value)).toBe(out);
  });
});

describe("toCsv", () => {
  it("writes a BOM, CRLF rows, and reads back to the same cells", () => {
    const rows = [
      ["Maya, O.", 'She said "7"', "line\nbreak", 3],
      ["Leo", "", null, 0],
    ];
    const csv = toCsv(["name", "answer", "note", "n"], rows);
    expect(csv.startsWith("\uFEFFname,answer,note,n\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ["name", "answer", "note", "n"],
      ["Maya, O.", 'She said "7"', "line\nbreak", "3"],
      ["Leo", "", "", "0"],
    ]);
  });
});

describe("fileSlug", () => {
  it.each([
    ["Grade 7 / Maths", "grade-7-maths"],
    ["Tomás's class", "tomas-s-class"],
    ['"; rm -rf', "rm-rf"],
    ["***", "class"],
  ])("%j -> %j", (name, slug) => {
    expect(fileSlug(name)).toBe(slug);
  });
});
