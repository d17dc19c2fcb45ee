import { describe, expect, it } from "vitest";
import { convertSource } from "@/lib/content/importers/convert-source";
import type { ImportFormat, SourceFile } from "@/lib/content/importers/shared";
import { AppError, publicError } from "@/lib/errors";
import { translate } from "@/lib/i18n/translator";
import { findingInWords, importErrorInWords, recordInWords } from "./import-text";

const en = translate("en");
const es = translate("es");

/** What the upload route would answer for this conversion's failure. */
function replyFor(format: ImportFormat, files: SourceFile[], opts = {}, t = en) {
  try {
    convertSource(format, files, opts);
  } catch (e) {
    return importErrorInWords(e, t, (x) => publicError(x, t));
  }
  throw new Error("expected the conversion to fail");
}

const step = (over: Record<string, unknown> = {}) => ({
  prompt: "2 + 2 = ?",
  answer: { kind: "numeric", value: 4 },
  skills: ["count"],
  hints: [{ kind: "hint", text: "Count on." }],
  ...over,
});
const bundle = (problem: Record<string, unknown>) =>
  JSON.stringify({
    format: "stepwise",
    version: 1,
    skills: [{ key: "count", name: "Counting" }],
    problemSets: [
      {
        key: "set-1",
        title: "Set",
        problems: [{ key: "p-1", title: "P", statement: "S", steps: [step()], ...problem }],
      },
    ],
  });

describe("the import's errors in words (what the upload route answers)", () => {
  it.each([
    [
      "not a bundle at all",
      "stepwise",
      [{ path: "notes.txt", text: "hello" }],
      {
        file: "notes.txt",
        where: "the file as a whole",
        problem: /^The file you chose has no Stepwise bundle in it: expected a \.json file/,
      },
    ],
    [
      "not JSON",
      "stepwise",
      [{ path: "b.json", text: "{nope" }],
      { file: "b.json", where: "the file as a whole", problem: /^This is not valid JSON, so it cannot be read \(/ },
    ],
    [
      "an empty title (a zod issue)",
      "stepwise",
      [{ path: "b.json", text: bundle({ title: "" }) }],
      { file: "b.json", where: "problem “p-1”", problem: /^The title can't be empty\.$/ },
    ],
    [
      "an empty step question, deep in the problem",
      "stepwise",
      [{ path: "b.json", text: bundle({ steps: [step(), step({ prompt: "" })] }) }],
      { file: "b.json", where: "problem “p-1”", problem: /^Step 2: the step's question can't be empty\.$/ },
    ],
    [
      "a field the format does not know",
      "stepwise",
      [{ path: "b.json", text: bundle({ colour: "red" }) }],
      { file: "b.json", where: "problem “p-1”", problem: /Stepwise does not know: colour\.$/ },
    ],
    [
      "a MathDial file that is not JSON lines",
      "mathdial",
      [{ path: "d.jsonl", text: "{oops\n" }],
      { file: "d.jsonl", where: "line 1", problem: /^This is not valid JSON/ },
    ],
    ["no file", "stepwise", [], { file: "", where: "what you chose", problem: /^No file was chosen/ }],
  ] as const)("%s", (_name, format, files, at) => {
    const { status, body } = replyFor(format, [...files]);
    expect(status).toBe(400);
    expect(body.at?.file).toBe(at.file);
    expect(body.at?.where).toBe(at.where);
    expect(body.at?.problem).toMatch(at.problem);
    // The message says the same in one sentence, and never in zod's or the importer's jargon.
    expect(body.message).toContain(body.at?.problem);
    expect(body.message).not.toMatch(/\(file\)|Too small|expected string|: file: /);
  });

  it("answers in Spanish for a Spanish reader", () => {
    const { body } = replyFor("stepwise", [{ path: "b.json", text: bundle({ title: "" }) }], {}, es);
    expect(body.at).toEqual({ file: "b.json", where: "problema «p-1»", problem: "Hay que rellenar el título." });
    expect(body.message).toBe("En b.json, problema «p-1»: Hay que rellenar el título.");
  });

  it("an error with its own message key keeps it; anything else is the generic text, without details", () => {
    const known = new AppError("bad_request", "Unknown skill", undefined, {
      key: "admin.importText.unknownSkill",
      values: { key: "frac" },
    });
    expect(importErrorInWords(known, en, (x) => publicError(x, en)).body).toEqual({
      code: "bad_request",
      message: expect.stringMatching(/^A problem uses the skill “frac”/),
    });
    const spy = console.error;
    console.error = () => {};
    const internal = importErrorInWords(new Error("db down at 10.0.0.1"), en, (x) => publicError(x, en));
    console.error = spy;
    expect(internal.status).toBe(500);
    expect(internal.body.message).not.toContain("10.0.0.1");
  });
});

describe("records and skipped records in words", () => {
  it.each([
    ['problem set "fr"', "problem set “fr”"],
    ['problem "p-1"', "problem “p-1”"],
    ['skill "add"', "skill “add”"],
    ["problem a01 step a01a", "problem “a01”, step “a01a”"],
    ["problem a01 step a01a pathway", "problem “a01”, step “a01a”"],
    ["line 12", "line 12"],
    ["line 3 (qid 42)", "line 3 (question 42)"],
    ["row 11 (section 2.1)", "row 11 (section 2.1)"],
    ["header", "the header row"],
    ["file", "the file as a whole"],
    ["something else", "“something else”"],
  ])("%s -> %s", (record, words) => {
    expect(recordInWords(record, en)).toBe(words);
  });

  it.each([
    [
      { file: "c.csv", record: "header", field: "problems", message: "column missing" },
      "The column “problems” is missing.",
    ],
    [
      { file: "c.csv", record: "row 2 (section 1)", field: "section_id", message: "must not be empty" },
      "The field “section_id” is empty.",
    ],
    [
      {
        file: "p/a.json",
        record: "problem a",
        field: "id",
        message: 'its key "oatutor-a" is already taken by problem A',
        reason: "duplicate-key",
      },
      "Its key “oatutor-a” is already taken by problem A in the same import.".replace("taken", "used"),
    ],
    [
      { file: "x.json", record: "problem a", field: "stepAnswer", message: "a matrix answer" },
      "The field “stepAnswer”: a matrix answer",
    ],
    [{ file: "x.json", record: "problem a", field: "(file)", message: "something odd" }, "Something odd"],
  ])("%j", (finding, problem) => {
    expect(findingInWords(finding, en).problem).toBe(problem);
  });
});
