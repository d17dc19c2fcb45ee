import { describe, expect, it } from "vitest";
import { AR_AND, AR_THE, arabic, dropArabicArticle, foldArabicLetters, readArabicText } from "./arabic-script";
import { unicodeWords } from "./localize-input";

describe("readArabicText: one spelling for what students write several ways", () => {
  it.each([
    // Tashkeel and tatweel.
    ["أَعْطِنِي تَلْمِيحًا", "اعطني تلميحا"],
    ["مرحبـــا", "مرحبا"],
    ["حَلّ", "حل"],
    // Alef with hamza or madda, ta marbuta, alef maqsura, hamza seats, Persian ya and kaf.
    ["أين إجابة آخر", "اين اجابه اخر"],
    ["مسألة", "مساله"],
    ["متى على", "متي علي"],
    ["سؤال أسئلة", "سوال اسيله"],
    ["فی کتاب", "في كتاب"],
    // Digits, the decimal and thousands separators, and punctuation.
    ["٣٫٥", "3.5"],
    ["۳٫۵", "3.5"],
    ["١٬٠٠٠", "1,000"],
    ["٢٥٪", "25%"],
    ["لماذا؟", "لماذا?"],
    ["نعم، لا؛ ربما", "نعم, لا; ربما"],
    // Bidi and zero-width marks, and a lam-alef ligature.
    ["\u200f١٢\u200f", "12"],
    ["\ufefb أعرف", "لا اعرف"],
  ])("%j -> %j", (typed, read) => {
    expect(readArabicText(typed)).toBe(read);
  });

  it("leaves text with no Arabic in it as it is", () => {
    for (const s of ["3,5", "la respuesta es 3,5", "jag vet inte", "x = 4?"]) expect(readArabicText(s)).toBe(s);
  });

  it("is idempotent", () => {
    const once = readArabicText("أَعْطِنِي الإِجَابَةَ يا أستاذ؟ ٣٫٥");
    expect(readArabicText(once)).toBe(once);
  });
});

describe("foldArabicLetters on a pattern's source", () => {
  it("folds letters and keeps the regex syntax (no ? for ؟, no digits read)", () => {
    expect(foldArabicLetters(String.raw`^(?:أعطني|إعطني)\s+تلميحة?$`)).toBe(String.raw`^(?:اعطني|اعطني)\s+تلميحه?$`);
  });
});

describe("\\b on Arabic script", () => {
  it("JavaScript's \\b does not see Arabic letters; the Unicode boundary of unicodeWords does", () => {
    expect(/\bحل\b/.test("ما هو حل")).toBe(false);
    const word = unicodeWords(arabic`\bحل\b`);
    expect(word.test("ما هو حل")).toBe(true);
    expect(word.test("حل المعادلة")).toBe(true);
    expect(word.test("حل؟")).toBe(true);
    // Inside a longer word: no match.
    for (const t of ["الحل", "حلول", "محلول", "مستحلب"]) expect(word.test(t), t).toBe(false);
  });

  it("takes the clitics only where a pattern asks for them (AR_THE, AR_AND)", () => {
    const noun = unicodeWords(arabic`\b${AR_THE}حل\b`);
    for (const t of ["حل", "الحل", "والحل", "فالحل", "بالحل", "للحل"]) expect(noun.test(t), t).toBe(true);
    expect(noun.test("محلول")).toBe(false);
    const verb = unicodeWords(arabic`\b${AR_AND}ساعدني\b`);
    for (const t of ["ساعدني", "وساعدني", "فساعدني"]) expect(verb.test(t), t).toBe(true);
    expect(verb.test("بساعدني")).toBe(false);
  });

  it("meets any spelling once the text is read (tashkeel would otherwise split the word)", () => {
    const re = unicodeWords(arabic`\bأعطني\s+تلميحا?\b`);
    expect(re.test("أَعْطِنِي تَلْمِيحًا")).toBe(false);
    for (const t of ["أَعْطِنِي تَلْمِيحًا", "اعطني تلميح", "إعطني تلميحاً", "أعطـــني تلميح"]) {
      expect(re.test(readArabicText(t)), t).toBe(true);
    }
  });
});

describe("dropArabicArticle", () => {
  it.each([
    ["المقام", "مقام"],
    ["الجواب هو المقام", "جواب هو مقام"],
    ["الف", "الف"],
    ["الذي", "الذي"],
    ["the denominator", "the denominator"],
    ["كالمقام", "كالمقام"],
  ])("%j -> %j", (input, out) => {
    expect(dropArabicArticle(input)).toBe(out);
  });
});
