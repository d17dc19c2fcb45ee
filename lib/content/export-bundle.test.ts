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
