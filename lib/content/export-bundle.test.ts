import { describe, expect, it } from "vitest";
import { contentJsonSchema } from "./content-json-schema";
import { contentSchemaModule, generateContentJsonSchema, serializeBundle } from "./export-bundle";
import { parseBundle } from "./import-bundle";

describe("the content format's JSON Schema", () => {
  it("is in sync with the zod schema (regenerate: npm run content:export -- --json-schema lib/content/content-json-schema.ts)", () => {
    expect(contentJsonSchema).toEqual(generateContentJsonSchema());
  });

  it("describes every answer kind and hint kind", () => {
    const text = JSON.stringify(contentJsonSchema);
    for (const kind of ["numeric", "fraction", "percentage", "expression", "equation", "choice", "text", "list"])
      expect(text).toContain(`"const":"${kind}"`);
    for (const kind of ["hint", "scaffold", "bottom_out"]) expect(text).toContain(`"const":"${kind}"`);
  });

  it("generates a module that exports the schema", () => {
    expect(contentSchemaModule({ a: 1 })).toContain('export const contentJsonSchema = {\n  "a": 1\n} as const;');
  });
});

describe("serializeBundle", () => {
  it("writes 2-space JSON with a final newline, keys in the format's order", () => {
    const bundle = parseBundle({
      version: 1,
      format: "stepwise",
      problemSets: [
        {
          problems: [
            {
              steps: [
                {
                  wrongAnswers: [],
                  hints: [{ text: "h", kind: "hint" }],
                  skills: ["s"],
                  answer: { value: 2, kind: "numeric" },
                  prompt: "p",
                },
              ],
              statement: "st",
              title: "t",
              key: "p1",
            },
          ],
          title: "Set",
          key: "set",
        },
      ],
      skills: [{ name: "S", key: "s" }],
    });
    const text = serializeBundle(bundle);
    expect(text.endsWith("}\n")).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(["format", "version", "skills", "problemSets"]);
    expect(text.indexOf('"kind": "numeric"')).toBeLessThan(text.indexOf('"value": 2'));
    expect(text).toContain('"description": ""');
    expect(text).toContain('"published": true');
  });
});

describe("text answers with a matching mode", () => {
  const bundle = (answer: Record<string, unknown>) => ({
    version: 1,
    format: "stepwise",
    problemSets: [
      {
        key: "set",
        title: "Set",
        problems: [
          {
            key: "p1",
            title: "t",
            statement: "st",
            steps: [{ prompt: "p", answer, skills: ["s"], hints: [{ kind: "hint", text: "h" }] }],
          },
        ],
      },
    ],
    skills: [{ key: "s", name: "S" }],
  });
  const answerOf = (text: string) => JSON.parse(text).problemSets[0].problems[0].steps[0].answer;

  it.each([
    { kind: "text", accepted: ["make_array(left_end,right_end)"], match: "code" },
    { kind: "text", accepted: ["Al → Al3+ +3e"], match: "chemistry" },
    { kind: "text", accepted: ["denominator"], match: "words" },
  ])("round-trips %j through serialize and parse", (answer) => {
    const once = serializeBundle(parseBundle(bundle(answer)));
    expect(answerOf(once)).toEqual(answer);
    expect(serializeBundle(parseBundle(JSON.parse(once)))).toBe(once);
  });

  it("adds nothing to a text answer written without one (same JSON, same content hash)", () => {
    expect(answerOf(serializeBundle(parseBundle(bundle({ kind: "text", accepted: ["denominator"] }))))).toEqual({
      kind: "text",
      accepted: ["denominator"],
    });
  });

  it("refuses an unknown mode", () => {
    expect(() => parseBundle(bundle({ kind: "text", accepted: ["x"], match: "regex" }))).toThrow();
  });
});
