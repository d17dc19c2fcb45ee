import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/translator";
import { readTurn } from "./read-turn";

const params = { title: "Pizza", step: "What is 1/2 + 1/4?" };
const shownEs = translate("es")("tutor.greeting", params);
const shownEn = translate("en")("tutor.greeting", params);
const tutorEs = {
  role: "tutor" as const,
  text: shownEs,
  messageKey: "tutor.greeting",
  messageParams: params,
  locale: "es",
};

describe("readTurn", () => {
  it("a Spanish session read in English: the English words, the Spanish original alongside", () => {
    expect(readTurn(tutorEs, "en")).toEqual({ text: shownEn, original: { text: shownEs, locale: "es" } });
  });

  it("read in the language it was shown in: the stored text, no original", () => {
    expect(readTurn(tutorEs, "es")).toEqual({ text: shownEs, original: null });
  });

  it("a model-written turn (no key) stays as written, with no original to offer", () => {
    expect(readTurn({ ...tutorEs, messageKey: null, messageParams: null }, "en")).toEqual({
      text: shownEs,
      original: null,
    });
  });

  it("a turn stored before languages were recorded was English", () => {
    const old = { ...tutorEs, text: shownEn, locale: null };
    expect(readTurn(old, "en")).toEqual({ text: shownEn, original: null });
    expect(readTurn(old, "es")).toEqual({ text: shownEs, original: { text: shownEn, locale: "en" } });
  });

  it("student turns are shown as typed", () => {
    const typed = { role: "student" as const, text: "no sé", messageKey: null, messageParams: null, locale: "es" };
    expect(readTurn(typed, "en")).toEqual({ text: "no sé", original: null });
  });
});
