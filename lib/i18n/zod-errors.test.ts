import { describe, expect, it } from "vitest";
import { z } from "zod";
import { problemInput, skillInput } from "@/lib/content/format";
import { translate } from "./translator";
import { type IssueLike, zodErrorMap, zodIssueInWords, zodWordsMap } from "./zod-errors";

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

describe("zodIssueInWords: zod issues as sentences that name the field", () => {
  const en = translate("en");
  const es = translate("es");
  const content = z.object({
    title: z.string().min(1).max(5),
    key: z.string().regex(/^[a-z]+$/),
    email: z.email().optional(),
    steps: z
      .array(z.object({ prompt: z.string().min(3), hints: z.array(z.object({ text: z.string().max(4) })) }))
      .min(1)
      .max(2),
    kind: z.enum(["hint", "scaffold"]).optional(),
    count: z.number().int().min(0).optional(),
    ratio: z.number().gt(0).optional(),
    extra: z.strictObject({ a: z.string().optional() }).optional(),
    check: z
      .string()
      .refine((s) => s !== "no", "Say yes.")
      .optional(),
  });
  const ok = { title: "T", key: "k", steps: [{ prompt: "abc", hints: [] }] };
  function first(data: unknown, t = en): string {
    const r = content.safeParse(data);
    if (r.success) throw new Error("expected an issue");
    return zodIssueInWords(r.error.issues[0] as IssueLike, t);
  }

  it("a step without its answer: the answer is missing, not 'of no shape Stepwise accepts' (a browser walk)", () => {
    const step = {
      prompt: "How many?",
      skills: ["halving"],
      hints: [{ kind: "bottom_out", text: "It is 6." }],
      wrongAnswers: [],
    };
    const r = problemInput.safeParse({ key: "p", title: "T", statement: "S", steps: [step] });
    if (r.success) throw new Error("expected an issue");
    const issue = r.error.issues.find((i) => i.path.includes("answer")) as IssueLike;
    expect(zodIssueInWords(issue, en)).toBe("Step 1: the answer is missing.");
    // An answer of the wrong shape still says so.
    const bad = problemInput.safeParse({
      key: "p",
      title: "T",
      statement: "S",
      steps: [{ ...step, answer: { kind: "numeric" } }],
    });
    if (bad.success) throw new Error("expected an issue");
    expect(zodIssueInWords(bad.error.issues[0] as IssueLike, en)).not.toMatch(/answer is missing/);
  });

  it("a content key's rule says which characters it allows, in each language", () => {
    const r = skillInput.safeParse({ key: "Bad Key!", name: "Halving" });
    if (r.success) throw new Error("expected an issue");
    const issue = r.error.issues.find((i) => i.code === "invalid_format") as IssueLike;
    expect(zodIssueInWords(issue, en)).toBe(
      "The key is not written only with lowercase letters, digits, '.', '_' or '-' (starting with a letter or digit).",
    );
    expect(zodIssueInWords(issue, es)).toContain("letras minúsculas");
  });

  it.each([
    ["empty string", { ...ok, title: "" }, "The title can't be empty."],
    ["string too long", { ...ok, title: "abcdefg" }, "The title can be at most 5 characters long: shorten it."],
    ["missing field", { key: "k", steps: ok.steps }, "The title is missing."],
    ["wrong type", { ...ok, title: 3 }, "The title should be text."],
    ["regex", { ...ok, key: "A B" }, "The key is not written with the characters allowed here."],
    ["email", { ...ok, email: "nope" }, "The email address is not an email address."],
    ["array too short", { ...ok, steps: [] }, "The list of steps needs at least 1 item."],
    [
      "array too long",
      { ...ok, steps: [ok.steps[0], ok.steps[0], ok.steps[0]] },
      "The list of steps can have at most 2 items.",
    ],
    [
      "nested, with positions",
      { ...ok, steps: [ok.steps[0], { prompt: "a", hints: [] }] },
      "Step 2: the step's question needs at least 3 characters.",
    ],
    [
      "deeper",
      { ...ok, steps: [{ prompt: "abc", hints: [{ text: "ok" }, { text: "too long" }] }] },
      "Step 1, hint 2: the text can be at most 4 characters long: shorten it.",
    ],
    ["enum", { ...ok, kind: "other" }, 'The kind must be one of: "hint", "scaffold".'],
    ["number too small", { ...ok, count: -1 }, "The field “count” must be at least 0."],
    ["number exclusive", { ...ok, ratio: 0 }, "The field “ratio” must be more than 0."],
    ["not a whole number", { ...ok, count: 1.5 }, "The field “count” should be a whole number."],
    ["unknown keys", { ...ok, extra: { b: 1 } }, "The field “extra” has fields Stepwise does not know: b."],
    ["a refinement's own message", { ...ok, check: "no" }, "Say yes."],
  ])("%s", (_name, data, sentence) => {
    expect(first(data)).toBe(sentence);
  });

  it.each([
    [{ ...ok, title: "" }, "Hay que rellenar el título."],
    [{ key: "k", steps: ok.steps }, "Falta el título."],
    [
      { ...ok, steps: [ok.steps[0], { prompt: "a", hints: [] }] },
      "Paso 2: la pregunta del paso necesita al menos 3 caracteres.",
    ],
  ])("in Spanish: %j", (data, sentence) => {
    expect(first(data, es)).toBe(sentence);
  });

  it("never shows zod's own English wording, for every issue above", () => {
    for (const data of [
      { ...ok, title: "" },
      { ...ok, count: -1 },
      { ...ok, steps: [] },
    ])
      expect(first(data)).not.toMatch(/Too small|Too big|expected|Invalid/);
  });

  it("works as a parse's error map; a message the schema sets itself still wins", () => {
    const schema = z.object({ name: z.string().min(1), custom: z.string().min(1, "Enter it.") });
    const r = schema.safeParse({ name: "", custom: "" }, { error: zodWordsMap(en) });
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual(["The name can't be empty.", "Enter it."]);
  });
});
