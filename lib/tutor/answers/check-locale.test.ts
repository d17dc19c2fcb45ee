/**
 * Answers in the student's language (localize-input.ts): decimal commas, grouping marks, number
 * words, frames, yes/no, option letters and connectors in Spanish, Swedish and Arabic, and the
 * near misses that must stay wrong. English rows show that English keeps its meaning.
 */
import { describe, expect, it } from "vitest";
import { checkAnswer } from "./check-answer";
import { readLocaleInput, usesDecimalComma } from "./localize-input";
import { normalizeInput } from "./normalize-input";
import { spec, table } from "./test-table";

const pair = (a: number, b: number) => ({
  kind: "list" as const,
  items: [
    { kind: "numeric" as const, value: a },
    { kind: "numeric" as const, value: b },
  ],
});

table(
  "es: 3.5 (decimal comma, number words, frames)",
  { kind: "numeric", value: 3.5 },
  [
    ["3,5", "correct"],
    ["3.5", "correct"],
    ["3,50", "correct"],
    ["+3,5", "correct"],
    ["tres coma cinco", "correct"],
    ["es tres coma cinco", "correct"],
    ["creo que es 3,5", "correct"],
    ["la respuesta es 3,5", "correct"],
    ["mi respuesta final es 3,5", "correct"],
    ["me da 3,5", "correct"],
    ["3,5 creo", "correct"],
    ["¿3,5?", "correct"],
    ["3,6 no espera, 3,5", "correct"],
    ["3,5 porque 7 entre 2 es 3,5", "correct"],
    ["tres y medio", "correct"],
    ["-3,5", "partial", "sign"],
    // Near misses.
    ["35", "incorrect"],
    ["3,05", "incorrect"],
    ["5,3", "incorrect"],
    ["3,6", "incorrect"],
    ["tres coma seis", "incorrect"],
    ["treinta y cinco", "incorrect"],
    ["3 y 5", "unparseable"],
    ["3 o 3,5", "unparseable"],
    ["3,5 o 4", "unparseable"],
    ["3,5 no espera, 3,6", "incorrect"],
    ["no sé", "unparseable"],
    ["¿es 3,5?", "unparseable"],
  ],
  "es",
);

table(
  "es: 35 (a decimal comma is never a thousands comma for 35)",
  { kind: "numeric", value: 35 },
  [
    ["35", "correct"],
    ["treinta y cinco", "correct"],
    ["3,5", "incorrect"],
    ["3 y 5", "unparseable"],
  ],
  "es",
);

table(
  "es: 1000 (grouping)",
  { kind: "numeric", value: 1000 },
  [
    ["1000", "correct"],
    ["1.000", "correct"],
    ["1 000", "correct"],
    ["1\u00a0000", "correct"],
    ["1\u202f000", "correct"],
    ["mil", "unparseable"],
    ["es mil", "correct"],
    // "1,000" is one (Spain) or a thousand (Mexico): asked again, never graded either way.
    ["1,000", "unparseable"],
    ["1.001", "incorrect"],
    ["10.000", "incorrect"],
    ["100", "incorrect"],
    ["1,0", "incorrect"],
  ],
  "es",
);

table(
  "es: 1,000,000 and 1.234,5",
  { kind: "numeric", value: 1234.5 },
  [
    ["1.234,5", "correct"],
    ["1234,5", "correct"],
    ["1 234,5", "correct"],
    ["1,234.5", "correct"],
    ["1.234.5", "incorrect"],
    ["1.234,6", "incorrect"],
    ["12.345", "incorrect"],
  ],
  "es",
);

table(
  "es: 2.125 (one point before three digits is ambiguous)",
  { kind: "numeric", value: 2.125 },
  [
    ["2,125", "correct"],
    ["2.125", "unparseable"],
    ["2125", "incorrect"],
    ["2,12", "incorrect"],
    ["2,126", "incorrect"],
  ],
  "es",
);

table(
  "es: 2125 (the other reading of 2.125)",
  { kind: "numeric", value: 2125 },
  [
    ["2125", "correct"],
    ["2 125", "correct"],
    ["2.125", "unparseable"],
    ["2,125", "incorrect"],
  ],
  "es",
);

table(
  "es: 0.125 (a whole part of 0 is never grouped)",
  { kind: "numeric", value: 0.125 },
  [
    ["0,125", "correct"],
    ["0.125", "correct"],
    [",125", "correct"],
    ["125", "incorrect"],
  ],
  "es",
);

table(
  "es: fraction 2/3",
  { kind: "fraction", value: "2/3" },
  [
    ["dos tercios", "correct"],
    ["2/3", "correct"],
    ["creo que son dos tercios", "correct"],
    ["dos de tres", "correct"],
    ["0,67", "partial", "form"],
    ["tres tercios", "incorrect"],
    ["dos cuartos", "incorrect"],
    ["3/2", "incorrect"],
  ],
  "es",
);

table(
  "es: mixed 2 1/2",
  { kind: "fraction", value: "5/2" },
  [
    ["2 y 1/2", "correct"],
    ["dos y medio", "correct"],
    ["2,5", "correct"],
    ["2 y 3/2", "unparseable"],
    ["2 y 1/3", "incorrect"],
  ],
  "es",
);

table(
  "es: percentage 25",
  { kind: "percentage", value: 25 },
  [
    ["25 por ciento", "correct"],
    ["veinticinco por ciento", "correct"],
    ["25 %", "correct"],
    ["0,25", "partial", "form"],
    ["2,5 %", "incorrect"],
    ["25,5 %", "incorrect"],
  ],
  "es",
);

table(
  "es: units (12 m required)",
  { kind: "numeric", value: 12, unit: { name: "m", required: true } },
  [
    ["12 metros", "correct"],
    ["12 m", "correct"],
    ["doce metros", "correct"],
    ["12", "partial", "unit"],
    ["12 centímetros", "incorrect"],
    ["12 kilómetros", "incorrect"],
    ["13 metros", "incorrect"],
  ],
  "es",
);

table(
  "es: 1.5 cm",
  { kind: "numeric", value: 1.5, unit: { name: "cm" } },
  [
    ["1,5 cm", "correct"],
    ["1,5 centímetros", "correct"],
    ["15 cm", "incorrect"],
    ["1,5 metros", "incorrect"],
  ],
  "es",
);

table(
  "es: list 3, 5",
  pair(3, 5),
  [
    ["3 y 5", "correct"],
    ["3; 5", "correct"],
    ["3, 5", "correct"],
    ["tres y cinco", "correct"],
    ["las respuestas son 3 y 5", "correct"],
    // Two values where two are asked: "3,5" with no space can only be the two parts.
    ["3,5", "correct"],
    ["3 y 6", "partial", "parts"],
    ["3,6", "partial", "parts"],
    ["35", "incorrect"],
  ],
  "es",
);

table(
  "es: list 3.5, 4.2 (decimal commas, other separators)",
  pair(3.5, 4.2),
  [
    ["3,5; 4,2", "correct"],
    ["3,5, 4,2", "correct"],
    ["3,5 y 4,2", "correct"],
    ["3,5 e 4,2", "correct"],
    ["3,4; 5,2", "incorrect"],
    ["3; 5; 4; 2", "incorrect"],
    // One number where two are asked: "3,5" is read as the two parts 3 and 5 (as splitList reads "1,200").
    ["3,5", "incorrect"],
    ["3,5; 4", "partial", "parts"],
  ],
  "es",
);

table(
  "es: point (3, 5)",
  {
    kind: "list",
    ordered: true,
    items: [
      { kind: "numeric", value: 3 },
      { kind: "numeric", value: 5 },
    ],
  },
  [
    ["(3,5)", "correct"],
    ["(3; 5)", "correct"],
    ["(3, 5)", "correct"],
    ["(5,3)", "partial", "order"],
    ["(3,6)", "partial", "parts"],
  ],
  "es",
);

const matrix = (values: number[]) => ({
  kind: "list" as const,
  ordered: true,
  notation: "matrix" as const,
  columns: 2,
  items: values.map((value) => ({ kind: "numeric" as const, value })),
});

table(
  "es: matrix [[1, 2], [3, 4]] (no-space commas separate entries)",
  matrix([1, 2, 3, 4]),
  [
    ["[[1,2],[3,4]]", "correct"],
    ["[[1,2], [3,4]]", "correct"],
    ["[[1, 2], [3, 4]]", "correct"],
    ["1,2; 3,4", "correct"],
    ["1 2; 3 4", "correct"],
    ["[[1,2],[4,3]]", "partial", "parts"],
    ["[[1,3],[2,4]]", "incorrect"],
  ],
  "es",
);

table(
  "es: matrix [[1.5, 2], [3, 4]] (decimal commas in entries)",
  matrix([1.5, 2, 3, 4]),
  [
    ["[[1,5, 2], [3, 4]]", "correct"],
    ["[[1,5; 2]; [3; 4]]", "correct"],
    ["[[15, 2], [3, 4]]", "partial", "parts"],
  ],
  "es",
);

table(
  "es: interval [2, 5)",
  { kind: "equation", value: "[2, 5)" },
  [
    ["[2,5)", "correct"],
    ["[2; 5)", "correct"],
    ["[2,5]", "partial", "endpoint"],
    ["[2,6)", "incorrect"],
  ],
  "es",
);

table(
  "es: equation x = 4",
  { kind: "equation", value: "x = 4" },
  [
    ["x vale 4", "correct"],
    ["x es igual a 4", "correct"],
    ["x vale cuatro", "correct"],
    ["4", "correct"],
    ["x vale 5", "incorrect"],
    ["x vale 4,5", "incorrect"],
  ],
  "es",
);

table(
  "es: equation x = 3.5",
  { kind: "equation", value: "x = 3.5" },
  [
    ["x = 3,5", "correct"],
    ["x = 7/2", "correct"],
    ["x = 3,6", "incorrect"],
    ["x = 35", "incorrect"],
  ],
  "es",
);

table(
  "es: expression 3.5x + 2",
  { kind: "expression", value: "3.5x + 2" },
  [
    ["3,5x + 2", "correct"],
    ["2 + 3,5x", "correct"],
    ["3,5x + 3", "incorrect"],
    ["35x + 2", "incorrect"],
  ],
  "es",
);

table(
  "es: yes/no",
  { kind: "choice", options: ["Yes", "No"], correct: 0 },
  [
    ["sí", "correct"],
    ["si", "correct"],
    ["Sí.", "correct"],
    ["sí, porque 4 es par", "correct"],
    ["no", "incorrect"],
    ["no, porque es impar", "incorrect"],
    ["no, espera, sí", "correct"],
    ["no sé", "unparseable"],
    ["no lo sé", "unparseable"],
    ["ni idea", "unparseable"],
    ["si x es 4 entonces", "incorrect"],
  ],
  "es",
);

table(
  "es: yes/no authored in Spanish (an option typed word for word is never re-read)",
  { kind: "choice", options: ["Sí", "No"], correct: 1 },
  [
    ["no", "correct"],
    ["sí", "incorrect"],
    ["si", "incorrect"],
    ["no sé", "unparseable"],
  ],
  "es",
);

table(
  "es: option letters",
  { kind: "choice", options: ["cat", "dog", "cow"], correct: 1 },
  [
    ["la b", "correct"],
    ["b", "correct"],
    ["opción b", "correct"],
    ["la opción b", "correct"],
    ["creo que es la b", "correct"],
    ["es la b", "correct"],
    ["la c", "incorrect"],
    ["la a", "incorrect"],
    ["la b o la c", "unparseable"],
    ["b o c", "unparseable"],
    ["no sé", "unparseable"],
  ],
  "es",
);

table(
  "es: numeric options",
  { kind: "choice", options: ["2.5", "3.5", "4.5"], correct: 1 },
  [
    ["3,5", "correct"],
    ["la b", "correct"],
    ["2,5", "incorrect"],
    ["35", "incorrect"],
  ],
  "es",
);

table(
  "sv: 3.5",
  { kind: "numeric", value: 3.5 },
  [
    ["3,5", "correct"],
    ["svaret är 3,5", "correct"],
    ["det är 3,5", "correct"],
    ["jag tror det är 3,5", "correct"],
    ["tre komma fem", "correct"],
    ["tre och en halv", "correct"],
    ["3,5 tror jag", "correct"],
    ["tre komma sex", "incorrect"],
    ["35", "incorrect"],
    ["3,5 eller 4", "unparseable"],
    ["vet inte", "unparseable"],
    ["jag vet inte", "unparseable"],
    ["en ledtråd", "unparseable"],
    ["hjälp", "unparseable"],
    ["är det 3,5?", "unparseable"],
  ],
  "sv",
);

table(
  "sv: grouping and fractions",
  { kind: "numeric", value: 1000.5 },
  [
    ["1 000,5", "correct"],
    ["1000,5", "correct"],
    ["1.000,5", "correct"],
    ["1 000,6", "incorrect"],
    ["10 000,5", "incorrect"],
  ],
  "sv",
);

table(
  "sv: fraction 2/3",
  { kind: "fraction", value: "2/3" },
  [
    ["två tredjedelar", "correct"],
    ["2/3", "correct"],
    ["tre fjärdedelar", "incorrect"],
    ["två fjärdedelar", "incorrect"],
  ],
  "sv",
);

table(
  "sv: yes/no and letters",
  { kind: "choice", options: ["Yes", "No"], correct: 1 },
  [
    ["nej", "correct"],
    ["Nej.", "correct"],
    ["ja", "incorrect"],
    ["nej vänta, ja", "incorrect"],
    ["ja vänta, nej", "correct"],
    ["vet inte", "unparseable"],
  ],
  "sv",
);

table(
  "sv: list and option letters",
  pair(3, 5),
  [
    ["3 och 5", "correct"],
    ["3; 5", "correct"],
    ["3 och 6", "partial", "parts"],
  ],
  "sv",
);

table(
  "sv: option letters",
  { kind: "choice", options: ["cat", "dog", "cow"], correct: 2 },
  [
    ["alternativ c", "correct"],
    ["c", "correct"],
    ["alternativ b", "incorrect"],
    ["b eller c", "unparseable"],
  ],
  "sv",
);

// Arabic: Arabic-Indic digits and ٫, tashkeel and spelling variants, frames, units, س for x,
// option letters أ ب ج د, and the non-answers ("لا أعرف", "ساعدني", a question) that are never graded.
table(
  "ar: 3.5 (Arabic-Indic digits, frames, number words)",
  { kind: "numeric", value: 3.5 },
  [
    ["٣٫٥", "correct"],
    ["3.5", "correct"],
    ["۳٫۵", "correct"],
    ["الجواب هو ٣٫٥", "correct"],
    ["الإجابة: ٣٫٥", "correct"],
    ["الجَوَابُ هُوَ ٣٫٥", "correct"],
    ["أعتقد أنها ٣٫٥", "correct"],
    ["اعتقد انها ٣٫٥", "correct"],
    ["هو ٣٫٥", "correct"],
    ["يمكن ٣٫٥", "correct"],
    ["حصلت على ٣٫٥", "correct"],
    ["طلع معي ٣٫٥", "correct"],
    ["٣٫٥ صح؟", "correct"],
    ["٣٫٦ لا انتظر ٣٫٥", "correct"],
    ["٣٫٥ لأن ٧ على ٢ يساوي ٣٫٥", "correct"],
    ["ثلاثة ونصف", "correct"],
    ["٣ ونصف", "correct"],
    ["ثلاثة فاصلة خمسة", "correct"],
    ["سبعة على اثنين", "correct"],
    // Near misses.
    ["٣٫٦", "incorrect"],
    ["٣٥", "incorrect"],
    ["٥٫٣", "incorrect"],
    ["خمسة على اثنين", "incorrect"],
    ["٣٫٥ لا انتظر ٣٫٦", "incorrect"],
    ["٣ أو ٣٫٥", "unparseable"],
    ["٣٫٥ ولا ٤", "unparseable"],
    // Not answers: never graded, whatever number they hold.
    ["لا أعرف", "unparseable"],
    ["لااعرف", "unparseable"],
    ["ما بعرف", "unparseable"],
    ["مش عارف والله", "unparseable"],
    ["مدري", "unparseable"],
    ["مش فاهم", "unparseable"],
    ["ما فهمت", "unparseable"],
    ["مش متأكد", "unparseable"],
    ["ساعدني", "unparseable"],
    ["أعطني تلميح", "unparseable"],
    ["تلميح", "unparseable"],
    ["استسلم", "unparseable"],
    ["امم", "unparseable"],
    ["هل هو ٣٫٥؟", "unparseable"],
    ["هو ٣٫٥؟", "unparseable"],
    ["ليش ٣٫٥؟", "unparseable"],
    ["كيف أبدأ؟", "unparseable"],
    ["ما الجواب؟", "unparseable"],
    ["msh 3aref", "unparseable"],
  ],
  "ar",
);

table(
  "ar: units (12 cm required)",
  { kind: "numeric", value: 12, unit: { name: "cm", required: true } },
  [
    ["١٢ سم", "correct"],
    ["١٢سم", "correct"],
    ["12 سنتيمتر", "correct"],
    ["الجواب ١٢ سم", "correct"],
    ["اثنا عشر سنتيمتر", "correct"],
    ["١٢", "partial", "unit"],
    ["١٢ م", "incorrect"],
    ["١٢ متر", "incorrect"],
    ["١٢ كم", "incorrect"],
    ["١٣ سم", "incorrect"],
  ],
  "ar",
);

table(
  "ar: area (20 m^2)",
  { kind: "numeric", value: 20, unit: { name: "m^2", required: true } },
  [
    ["٢٠ متر مربع", "correct"],
    ["٢٠ م²", "correct"],
    ["٢٠ سم مربع", "incorrect"],
  ],
  "ar",
);

table(
  "ar: fraction 3/4",
  { kind: "fraction", value: "3/4" },
  [
    ["ثلاثة أرباع", "correct"],
    ["٣/٤", "correct"],
    ["الإجابة ٣/٤", "correct"],
    ["٣ أرباع", "correct"],
    ["ثلاثة من أربعة", "correct"],
    ["٣ على ٤", "correct"],
    ["٠٫٧٥", "correct"],
    ["ربع", "incorrect"],
    ["٤/٣", "incorrect"],
    ["ثلاثة أخماس", "incorrect"],
  ],
  "ar",
);

table(
  "ar: percentage 25",
  { kind: "percentage", value: 25 },
  [
    ["٢٥٪", "correct"],
    ["25 بالمئة", "correct"],
    ["٢٥ في المائة", "correct"],
    ["خمسة وعشرون بالمئة", "correct"],
    ["٢٫٥٪", "incorrect"],
  ],
  "ar",
);

table(
  "ar: equation x = 4 (س is x)",
  { kind: "equation", value: "x = 4" },
  [
    ["س = ٤", "correct"],
    ["س يساوي ٤", "correct"],
    ["x = 4", "correct"],
    ["٤", "correct"],
    ["س = ٥", "incorrect"],
    ["س = ٤٫٥", "incorrect"],
  ],
  "ar",
);

table(
  "ar: expression 3x + 2",
  { kind: "expression", value: "3x + 2" },
  [
    ["٣س + ٢", "correct"],
    ["٢ + ٣س", "correct"],
    ["3س+2", "correct"],
    ["٣س + ٣", "incorrect"],
  ],
  "ar",
);

table(
  "ar: list 3, 5",
  pair(3, 5),
  [
    ["٣ و ٥", "correct"],
    ["٣ و٥", "correct"],
    ["٣، ٥", "correct"],
    ["ثلاثة وخمسة", "correct"],
    ["٣ و ٦", "partial", "parts"],
    ["٣ أو ٥", "unparseable"],
  ],
  "ar",
);

table(
  "ar: yes/no",
  { kind: "choice", options: ["Yes", "No"], correct: 0 },
  [
    ["نعم", "correct"],
    ["نَعَم", "correct"],
    ["أيوه", "correct"],
    ["أكيد", "correct"],
    ["نعم لأن ٤ زوجي", "correct"],
    ["لا انتظر، نعم", "correct"],
    ["لا", "incorrect"],
    ["لأ", "incorrect"],
    ["نعم انتظر، لا", "incorrect"],
    ["لا أعرف", "unparseable"],
    ["مش متأكد", "unparseable"],
  ],
  "ar",
);

table(
  "ar: yes/no authored in Arabic (an option typed word for word is never re-read)",
  { kind: "choice", options: ["نعم", "لا"], correct: 1 },
  [
    ["لا", "correct"],
    ["نعم", "incorrect"],
    ["لا أعرف", "unparseable"],
  ],
  "ar",
);

table(
  "ar: option letters (Latin, and أ ب ج د in abjad order)",
  { kind: "choice", options: ["cat", "dog", "cow"], correct: 1 },
  [
    ["ب", "correct"],
    ["b", "correct"],
    ["الخيار ب", "correct"],
    ["الإجابة ب", "correct"],
    ["أعتقد أنها ب", "correct"],
    ["الخيار b", "correct"],
    ["ج", "incorrect"],
    ["أ", "incorrect"],
    ["ب أو ج", "unparseable"],
    ["ب ولا ج", "unparseable"],
    ["لا أعرف", "unparseable"],
  ],
  "ar",
);

table(
  "ar: options written in Arabic (spelling variants fold on both sides)",
  { kind: "choice", options: ["قطة", "كلب", "بقرة"], correct: 1 },
  [
    ["كلب", "correct"],
    ["كَلْب", "correct"],
    ["الجواب هو كلب", "correct"],
    ["ب", "correct"],
    ["بقرة", "incorrect"],
    ["بقره", "incorrect"],
    ["لا أعرف", "unparseable"],
  ],
  "ar",
);

table(
  "ar: a word answer (tashkeel and ة/ه fold on both sides)",
  { kind: "text", accepted: ["خلية"] },
  [
    ["خلية", "correct"],
    ["خليه", "correct"],
    ["خليّة", "correct"],
    ["الجواب هو خلية", "correct"],
    ["هي خلية", "correct"],
    ["لا أعرف", "unparseable"],
    ["هل هي خلية؟", "unparseable"],
    // A wrong word in Arabic script is a wrong answer (it was asked again: only a-z and 0-9
    // counted as an answer), and so is a word in any other script.
    ["نواة", "incorrect"],
    ["الجواب هو نسيج", "incorrect"],
    ["клетка", "incorrect"],
    ["…؟!", "unparseable"],
  ],
  "ar",
);

// Arabic writes the article joined to its noun: "المقام" and "مقام" are one answer, as
// "the denominator" and "denominator" are, whichever of them the author accepted. A word that
// only begins with the letters ("ألف", a thousand) keeps them.
table(
  "ar: a word answer with or without the article ال",
  { kind: "text", accepted: ["المقام"] },
  [
    ["المقام", "correct"],
    ["مقام", "correct"],
    ["الجواب هو مقام", "correct"],
    ["البسط", "incorrect"],
    ["بسط", "incorrect"],
  ],
  "ar",
);
table(
  "ar: an accepted word without the article",
  { kind: "text", accepted: ["بسط"] },
  [
    ["البسط", "correct"],
    ["بسط", "correct"],
    ["المقام", "incorrect"],
  ],
  "ar",
);
table(
  "ar: an option written with the article",
  { kind: "choice", options: ["الرياض", "جدة"], correct: 0 },
  [
    ["الرياض", "correct"],
    ["رياض", "correct"],
    ["جدة", "incorrect"],
    ["الجدة", "incorrect"],
  ],
  "ar",
);
// Options that differ only in the article stay apart, as "a square" and "square" do.
table(
  "ar: options that differ only in the article",
  { kind: "choice", options: ["المقام", "مقام", "البسط"], correct: 0 },
  [
    ["المقام", "correct"],
    ["مقام", "incorrect"],
  ],
  "ar",
);
table(
  "ar: letters that are not the article stay",
  { kind: "text", accepted: ["ألف"] },
  [
    ["ألف", "correct"],
    ["الف", "correct"],
    ["ف", "incorrect"],
  ],
  "ar",
);

// English keeps its meaning: a comma is a thousands separator or a list separator there.
table("en: 3.5 keeps the English reading of commas", { kind: "numeric", value: 3.5 }, [
  ["3.5", "correct"],
  ["3,5", "unparseable"],
]);
table("en: 1000", { kind: "numeric", value: 1000 }, [
  ["1,000", "correct"],
  ["1.000", "incorrect"],
]);
table("en: list 3, 5", pair(3, 5), [
  ["3,5", "correct"],
  ["3 and 5", "correct"],
]);

describe("readLocaleInput", () => {
  it("leaves English (and a missing locale) as it is", () => {
    for (const s of ["3,5", "1.000", "sí", "la b", "no sé"]) {
      expect(readLocaleInput(s, "en").text).toBe(s);
      expect(readLocaleInput(s, undefined).text).toBe(s);
      expect(readLocaleInput(s, "en-GB").text).toBe(s);
    }
  });

  it("knows which languages write a decimal comma", () => {
    expect(["es", "es-MX", "sv", "de-DE", "fr"].map(usesDecimalComma)).toEqual([true, true, true, true, true]);
    expect(["en", "en-US", "ar", undefined].map(usesDecimalComma)).toEqual([false, false, false, false]);
  });

  it("reads regional Spanish the same (es-MX is es)", () => {
    const s = spec({ kind: "numeric", value: 3.5 });
    expect(checkAnswer(s, "3,5", { locale: "es-MX" }).verdict).toBe("correct");
  });

  it("reads Arabic into the English the checkers understand", () => {
    const read = (s: string, kind?: "choice") =>
      readLocaleInput(
        normalizeInput(s),
        "ar",
        kind ? spec({ kind: "choice", options: ["a", "b", "c"], correct: 0 }) : undefined,
      ).text;
    expect(read("الجواب هو ٥")).toBe("the answer is 5");
    expect(read("والإجابةُ النهائية هي ٥")).toBe("the answer is 5");
    expect(read("أعتقد أنها ١٢")).toBe("i think it is 12");
    expect(read("جوابي ٧")).toBe("my answer is 7");
    expect(read("طلع معي ٧")).toBe("i got 7");
    expect(read("٣ ونصف")).toBe("3 1/2");
    expect(read("٣س + ٢ = ١١")).toBe("3x + 2 = 11");
    expect(read("١٢ سم")).toBe("12 centimeters");
    expect(read("٢٥ بالمئة")).toBe("25%");
    expect(read("٣ و٥")).toBe("3 and 5");
    expect(read("نعم")).toBe("yes");
    expect(read("الخيار ج", "choice")).toBe("option c");
    expect(read("أ أو د", "choice")).toBe("a or d");
    for (const s of ["لا أعرف", "ما بعرف", "مش فاهم", "ساعدني", "أعطني تلميح", "هل هو ١٢؟", "ليش ١٢؟"]) {
      expect(read(s), s).toBe("idk");
    }
  });

  it("leaves Arabic as it is in English (an English session reads no Arabic frames)", () => {
    for (const s of ["الجواب هو ٥", "نعم", "لا أعرف"]) expect(readLocaleInput(s, "en").text).toBe(s);
  });
});
