import { describe, expect, it } from "vitest";
import { writeReply } from "@/lib/ai/testing/fake-openai-server";
import { addFractions as problem } from "@/lib/tutor/fixtures";
import { takeTurn } from "@/lib/tutor/take-turn";
import { initialState } from "@/lib/tutor/types";
import { buildTutorPrompt, languageName } from "./prompt";

describe("the tutor prompt", () => {
  const { turn, decision } = takeTurn(problem, initialState(), { kind: "hint" }, 0, { locale: "es" });

  it.each([
    ["es", "Write in Spanish (es)"],
    ["sv", "Write in Swedish (sv)"],
    ["ar", "Write in Arabic (ar)"],
    ["en", "Write in English (en)"],
  ])("names the student's language (%s)", (locale, line) => {
    const { system } = buildTutorPrompt(problem, decision, turn.text, [], "una pista", undefined, locale);
    expect(system).toContain(line);
  });

  it("is otherwise what it was: only the language line differs, the draft is the session's words", () => {
    const en = buildTutorPrompt(problem, decision, "draft", [], "hint", undefined, "en").system;
    const es = buildTutorPrompt(problem, decision, "draft", [], "hint", undefined, "es").system;
    const lines = (s: string) => s.split("\n").filter((l) => !l.startsWith("Write in "));
    expect(lines(es)).toEqual(lines(en));
    expect(buildTutorPrompt(problem, decision, turn.text, [], "x", undefined, "es").system).toContain(turn.text);
  });

  it("names a language it does not speak by its code rather than failing", () => {
    expect(languageName("es")).toBe("Spanish");
    expect(languageName("not a tag")).toBe("not a tag");
  });
});

describe("the fake model (e2e) in the student's language", () => {
  it.each([
    ["es", "Gracias por contármelo."],
    ["en", "Thanks for telling me."],
  ])("%s: its own words and the session's draft", (locale, thanks) => {
    const { turn, decision } = takeTurn(problem, initialState(), { kind: "hint" }, 0, { locale });
    const { system } = buildTutorPrompt(problem, decision, turn.text, [], "hint", undefined, locale);
    const reply = JSON.parse(writeReply({ messages: [{ role: "system", content: system }] }, { mode: "ok" }));
    expect(reply.text).toBe(`[model] ${thanks} ${turn.text}`);
  });
});
