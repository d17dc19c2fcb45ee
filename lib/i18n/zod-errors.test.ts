import { describe, expect, it } from "vitest";
import { z } from "zod";
import { zodErrorMap } from "./zod-errors";

const schema = z.object({ name: z.string().max(3), custom: z.string().min(1, "Enter it.") });

function messages(locale: string | null | undefined, data: unknown): string[] {
  const r = schema.safeParse(data, { error: zodErrorMap(locale) });
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe("zodErrorMap", () => {
  it.each([
    ["en", /Too big/],
    ["es", /Demasiado grande/],
    ["sv", /^För stor/],
    ["ar", /[\u0600-\u06FF]/],
    ["es-MX", /Demasiado grande/],
    ["de", /Too big/],
    [undefined, /Too big/],
    [null, /Too big/],
  ])("%s: zod's own message is in that language (else English)", (locale, pattern) => {
    const [first] = messages(locale, { name: "toolong", custom: "x" });
    expect(first).toMatch(pattern);
  });

  it("leaves a message the schema sets itself as it is", () => {
    expect(messages("es", { name: "ok", custom: "" })).toEqual(["Enter it."]);
  });

  it("returns one map per locale (built once)", () => {
    expect(zodErrorMap("es")).toBe(zodErrorMap("es-ES"));
    expect(zodErrorMap("es")).not.toBe(zodErrorMap("sv"));
  });
});
