import { languageOf, readLocaleNumbers, usesDecimalComma } from "../../math-reading/locale-numbers";
import { replaceNumberWords as readNumberWords } from "../../math-reading/replace-number-words";
import { AR_AND, AR_THE, arabic, arabicAll, readArabicText } from "./arabic-script";
import { stripWrappers } from "./normalize-input";
import type { AnswerSpec } from "./spec";

export { languageOf, usesDecimalComma };

/**
 * The student's language, read into the English the checkers understand. A message typed in
 * Spanish, Swedish or Arabic is rewritten (after normalizeInput: lower case, Unicode cleaned)
 * into its English equivalent: decimal comma "3,5" -> "3.5", grouping "1.000.000" / "1 000" -> "1000000",
 * number words of the language ("tres coma cinco", "dos tercios", "tre komma fem") -> digits,
 * sentence frames ("creo que es", "svaret är") -> English frames, "sí"/"ja" -> "yes", "la b" ->
 * "option b", "3 y 5" -> "3 and 5", "no sé" / "vet inte" -> a non-answer. Arabic is first read
 * by readArabicText (tashkeel and spelling variants folded, ٣٫٥ -> 3.5, ؟ -> ?): "الجواب هو ٥" ->
 * "the answer is 5", "نعم" -> "yes", "الخيار ب" -> "option b", "٣ ونصف" -> "3 1/2", "س = ٤" ->
 * "x = 4", "١٢ سم" -> "12 centimeters", "لا أعرف" -> a non-answer. English ("en", or no
 * locale) is never rewritten: "3,5" keeps its English meaning there.
 *
 * Numbers follow lib/math-reading/locale-numbers.ts (decimal comma, grouping marks, and which
 * numbers are ambiguous: "2.125", "1,000"). Here, for grading:
 * - An ambiguous number is graded both ways (`ambiguous`); if the readings disagree the answer is
 *   unparseable (asked again), so neither reading can turn a wrong answer right.
 * - Where the answer itself is parts separated by commas (a list, a point, an interval), the
 *   no-space commas may be that separator ("(3,5)" for the point (3, 5)): see `separated`.
 * - Spaces never group digits in lists and matrices, where they separate parts.
 * - "3 y 5" / "3 och 5" are two parts ("3 and 5"), but "2 y 1/2" / "2 och 1/2" is the mixed
 *   number 2 1/2 (a proper fraction after a whole number); "3 o 5" / "3 eller 5" is a hedge
 *   ("3 or 5"), never either number.
 */
export interface LocaleReading {
  /** The reading to grade. */
  text: string;
  /** An equally likely reading ("2.125" as 2125): when the verdicts differ, unparseable. */
  ambiguous?: string;
  /** No-space commas as separators ("(3,5)" as the point (3, 5)), for answers made of parts. */
  separated?: string;
}

type Rule = [RegExp, string];

/**
 * A word boundary that knows accented letters and other scripts ("qué", "är", "الجواب"):
 * JavaScript's \b is ASCII-only.
 */
const BOUNDARY = String.raw`(?:(?<=[\p{L}\p{N}])(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]))`;

/** The pattern with \b as a Unicode word boundary (and the u flag). */
export function unicodeWords(re: RegExp): RegExp {
  return u(re);
}

function u(re: RegExp): RegExp {
  return new RegExp(re.source.replaceAll(String.raw`\b`, BOUNDARY), re.flags.includes("u") ? re.flags : `${re.flags}u`);
}
const rules = (list: Rule[]): Rule[] => list.map(([re, to]) => [u(re), to]);
const patterns = (table: Record<string, RegExp>): Record<string, RegExp> =>
  Object.fromEntries(Object.entries(table).map(([k, re]) => [k, u(re)]));
const ruleTables = (table: Record<string, Rule[]>): Record<string, Rule[]> =>
  Object.fromEntries(Object.entries(table).map(([k, list]) => [k, rules(list)]));

/** Whole messages that say "I don't know" or ask for help: read as the English non-answer. */
const NON_ANSWER: Record<string, RegExp> = patterns({
  es: /^[¡¿]?\s*(?:no\s+(?:lo\s+)?s[ée]|no\s+s[ée]\s+(?:c[oó]mo|qu[ée])(?:\s+hacer(?:lo)?)?|ni\s+idea|no\s+tengo\s+(?:ni\s+)?(?:idea|ni\s+idea)|no\s+estoy\s+segur[oa]|no\s+(?:lo\s+)?entiendo|no\s+comprendo|ayuda|ay[uú]dame|necesito\s+ayuda|(?:dame\s+|me\s+das\s+|quiero\s+)?una\s+pista|pista|me\s+rindo|paso|estoy\s+(?:atascad[oa]|perdid[oa]|confundid[oa]|bloquead[oa])|m{2,}|e+h+|e+m+|ni\s+idea\s+la\s+verdad)[.!?\s]*$/,
  sv: /^(?:(?:jag\s+)?vet\s+inte|ingen\s+aning|(?:jag\s+har\s+)?ingen\s+aning|(?:jag\s+är\s+)?inte\s+säker|(?:jag\s+)?förstår\s+inte|hjälp(?:\s+mig)?|(?:ge\s+mig\s+|kan\s+jag\s+få\s+)?en\s+ledtråd|ledtråd|jag\s+ger\s+upp|(?:jag\s+)?sitter\s+fast|jag\s+är\s+(?:förvirrad|vilse)|h+m+|e+h+)[.!?\s]*$/,
  ar: arabic`^(?:(?:والله|أنا|بصراحة|صراحة|آسف|آسفة|sorry)\s+)*(?:لا\s*أعرف|لا\s+أدري|ما\s+أعرف|ما\s+بعرف|مابعرف|ماعرف|ما\s+أدري|مادري|مدري|(?:مش|مو|مب)\s+عارف(?:ة)?|معرفش|ما\s+عرفت(?:ها|ه)?|لم\s+أعرف|(?:ما|مش|مو)\s+عندي\s+(?:أي\s+)?فكرة|ماعندي\s+فكرة|معنديش\s+فكرة|ليس\s+لدي\s+(?:أي\s+)?فكرة|(?:مش|مو|مب|غير|لست)\s+متأكد(?:ة|ا)?|لا\s+أفهم|لم\s+أفهم|ما\s+(?:فهمت|فهمتش|بفهم)|مافهمت|مافهمتش|مفهمتش|(?:مش|مو|مب)\s+فاهم(?:ة)?|ساعدني|ساعديني|مساعدة|(?:أحتاج|محتاج|محتاجة|بدي|أبغى|عايز|عايزة)\s+(?:مساعدة|تلميح)|(?:أعطني|عطني|إديني|هات|ممكن)\s+(?:تلميح|تلميحا|تلميحة)|تلميح|تلميحة|أستسلم|استسلمت|(?:أنا\s+)?(?:عالق|عالقة|محتار|محتارة|ضايع|ضايعة)|أ+م+|ه+م+|m[eu]?sh\s+(?:3a?re?f|fahe?m)|ma3rafsh)(?:\s+(?:الجواب|الإجابة|الحل|شي|شيء|حاجة|والله|أبدا|خالص|بصراحة))*[\s.!?]*$`,
});

/** A question to the tutor (a question word first, "?" last): read as the English non-answer. */
const QUESTION: Record<string, RegExp> = patterns({
  es: /^¿?\s*(?:qu[ée]|c[oó]mo|por\s*qu[ée]|cu[aá]l(?:es)?|cu[aá]nt[oa]s?|d[oó]nde|cu[aá]ndo|puedo|puedes|podr[ií]as|me\s+(?:das|puedes|explicas|ayudas)|tengo\s+que|hay\s+que|debo|es|son|est[aá])\b.*\?\s*$/,
  sv: /^(?:vad|hur|varför|vilken|vilket|vilka|när|var|kan|är|ska|måste|får)\b.*\?\s*$/,
  ar: arabic`^${AR_AND}(?:لماذا|ليش|ليه|لاش|علاش|كيف|كيفاش|إزاي|شلون|ماذا|شو|إيش|وش|شنو|إيه|متى|امتى|أين|وين|فين|هل|كم|أي|مين|من|ما|ممكن|يمكن|يمكنني|أقدر|بقدر|لازم|يجب|هو|هي)\b.*\?\s*$`,
});

/** Sentence frames and connecting words, as the English the checkers strip or read. */
const FRAMES: Record<string, Rule[]> = ruleTables({
  es: [
    [/^[¡¿]+\s*/, ""],
    [
      /\b(?:creo|pienso|supongo|diría|diria|me\s+parece)\s+que\s+(?:es|son|sería|seria|será|sera|da|sale|vale|queda)\b/g,
      "i think it is",
    ],
    [/\b(?:creo|pienso|supongo|diría|diria|me\s+parece)\s+que\b/g, "i think"],
    [/\b(?:la|mi)\s+respuesta\s+(?:final\s+|correcta\s+)?(?:es|sería|seria|será|sera)\b/g, "the answer is"],
    [/\b(?:el|mi)\s+resultado\s+(?:final\s+)?(?:es|sería|seria|será|sera)\b/g, "the answer is"],
    [/\b(?:las|mis)\s+respuestas\s+son\b/g, "the answers are"],
    [/^(?:me\s+)?(?:da|sale|queda|salió|salio|dio)\b/, "i got"],
    [/^(?:es|son|sería|seria|será|sera|debe\s+ser|tiene\s+que\s+ser|debería\s+ser|deberia\s+ser)\b/, "it is"],
    [/^(?:pues|bueno|vale|entonces|a\s+ver|vale)\b,?/, "so"],
    [/^(?:quizás|quizas|quizá|quiza|tal\s+vez|probablemente|seguramente)\b,?/, "maybe"],
    [/(?:,\s*|\s+)(?:creo|supongo|no\s*\?|verdad\s*\?|¿\s*no\s*\?|¿\s*verdad\s*\?)\s*$/, ", i think"],
    [/\b(?:no,?\s+espera|espera|perdón|perdon|quiero\s+decir|mejor\s+dicho|uy)\b/g, "wait"],
    [/\s(?:porque|ya\s+que|puesto\s+que)\b/g, " because"],
    [/\bes\s+igual\s+a\b|\bigual\s+a\b/g, "="],
    // "x vale 4", "x es 4": a variable's value.
    [/\b([a-z])\s+(?:vale|es)\s+(?=[-\d.])/g, "$1 = "],
  ],
  sv: [
    [/\bjag\s+tror\s+(?:att\s+)?(?:det\s+är|det\s+blir|svaret\s+är|svaret\s+blir)\b/g, "i think it is"],
    [/\bjag\s+tror\s+(?:att\s+)?/g, "i think "],
    [/\b(?:svaret|resultatet)\s+(?:är|blir)\b/g, "the answer is"],
    [/\bmitt\s+svar\s+(?:är|blir)\b/g, "my answer is"],
    [/\bsvaren\s+är\b/g, "the answers are"],
    [/^(?:jag\s+fick|jag\s+får|jag\s+har\s+fått)\b/, "i got"],
    [/^(?:det\s+är|det\s+blir|det\s+borde\s+vara|det\s+måste\s+vara|det\s+ska\s+vara)\b/, "it is"],
    [/^(?:så|okej|ok|alltså|nå)\b,?/, "so"],
    [/^(?:kanske|typ|antagligen|förmodligen)\b,?/, "maybe"],
    [/(?:,\s*|\s+)(?:tror\s+jag|väl|eller\s*\?)\s*$/, ", i think"],
    [/\b(?:nej\s+vänta|vänta|förlåt|jag\s+menar)\b/g, "wait"],
    [/\s(?:eftersom|för\s+att)\b/g, " because"],
    [/\bär\s+lika\s+med\b|\blika\s+med\b/g, "="],
    [/\b([a-z])\s+(?:är|blir)\s+(?=[-\d.])/g, "$1 = "],
  ],
  ar: [
    [
      arabicAll`\b${AR_AND}(?:أعتقد|بعتقد|أظن|بظن|أحس|بحس|أتوقع|بتوقع|أخمن|بخمن)(?:\s+(?:أن|إن|انو|أنه|إنه|أنها|إنها))?(?:\s+${AR_THE}(?:جواب|إجابة|حل|ناتج|نتيجة))?(?:\s+(?:هو|هي|يكون|تكون|بيكون|بتكون|يساوي|تساوي))?\b`,
      "i think it is",
    ],
    [arabicAll`\b${AR_AND}(?:في\s+رأيي|برأيي|حسب\s+رأيي|على\s+ما\s+أظن)\b,?`, "i think"],
    [
      arabicAll`\b${AR_AND}ال(?:جواب|إجابة|حل|ناتج|نتيجة)(?:\s+(?:النهائي|النهائية|الصحيح|الصحيحة))?(?:\s+(?:هو|هي|يكون|تكون|سيكون|ستكون|بيكون|بتكون|يساوي|تساوي))?\b(?:\s*:)?`,
      "the answer is",
    ],
    [arabicAll`\b${AR_AND}ال(?:أجوبة|إجابات|حلول)(?:\s+(?:هي|هما))?\b(?:\s*:)?`, "the answers are"],
    [
      arabicAll`\b(?:جوابي|إجابتي|حلي|نتيجتي)(?:\s+(?:النهائي|النهائية))?(?:\s+(?:هو|هي|يكون|تكون))?\b(?:\s*:)?`,
      "my answer is",
    ],
    [
      arabic`^(?:حصلت\s+على|حصلت|طلع\s+معي|طلعت\s+معي|طلعلي|طلع\s+لي|طلع|طلعت|يطلع|بيطلع|وصلت\s+إلى|لقيت|لقيته|لقيتها|وجدت|وجدته|وجدتها)\b`,
      "i got",
    ],
    [
      arabic`^(?:هو|هي|إنه|إنها|انو|يساوي|تساوي|بيساوي|بتساوي|يكون|تكون|لازم\s+يكون|لازم\s+تكون|يجب\s+أن\s+يكون|المفروض)\b`,
      "it is",
    ],
    [arabic`^(?:طيب|طب|إذن|يعني|خلاص|اوك|أوكي|تمام)\b,?`, "so"],
    [arabic`^(?:ممكن|يمكن|ربما|احتمال|غالبا|تقريبا)\b,?`, "maybe"],
    [arabic`(?:,\s*|\s+)(?:أعتقد|أظن|صح|صحيح|مش\s+كده|مو\s+كذا|ولا\s+لا|يمكن|ربما)\s*\??\s*$`, ", i think"],
    [arabicAll`\b(?:لا\s+استنى|لا\s+انتظر|لحظة|استنى|انتظر|قصدي|أقصد|عفوا|آسف|آسفة|سوري)\b`, "wait"],
    [arabicAll`\s(?:لأن|لأنه|لأنها|عشان|علشان|بسبب|حيث\s+أن|بما\s+أن)\b`, " because"],
    [arabicAll`\b(?:يساوي|تساوي|بيساوي|بتساوي)\b`, "="],
    // Arabic school algebra writes س and ص for x and y ("٣س + ٢", "س = ٤").
    [arabicAll`(?<!\p{L})س(?!\p{L})`, "x"],
    [arabicAll`(?<!\p{L})ص(?!\p{L})`, "y"],
    // "٣ ونصف", "٢ وربع": mixed numbers; "٣ أرباع": a fraction; "نصف", "ثلث", "ربع", "ثلثين" last.
    [arabicAll`(\d)\s*و\s*(?:نصف|نص)\b`, "$1 1/2"],
    [arabicAll`(\d)\s*و\s*ربع\b`, "$1 1/4"],
    [arabicAll`(\d)\s*و\s*ثلث\b`, "$1 1/3"],
    [arabicAll`(\d)\s+(?:ال)?أرباع\b`, "$1/4"],
    [arabicAll`(\d)\s+(?:ال)?أثلاث\b`, "$1/3"],
    [arabicAll`(\d)\s+(?:ال)?أخماس\b`, "$1/5"],
    [arabicAll`\b(?:ال)?(?:ثلثين|ثلثان)(?=[\s.!?]*$)`, "2/3"],
    [arabicAll`\b(?:ال)?نصف(?=[\s.!?]*$)`, "1/2"],
    [arabicAll`\b(?:ال)?ثلث(?=[\s.!?]*$)`, "1/3"],
    [arabicAll`\b(?:ال)?ربع(?=[\s.!?]*$)`, "1/4"],
    // "ثلاثة فاصلة خمسة" (three point five), "خمسة على اثنين" (five over two), "٣ من ٤" (three out of four).
    [arabicAll`(\d)\s*فاصلة\s*(?=\d)`, "$1."],
    [arabicAll`(\d)\s+(?:على|من)\s+(?=\d)`, "$1/"],
    // "٣ و٥", "٣ أو ٥", "٣ ولا ٥": the connector as a word of its own, for readConnectors.
    [arabicAll`(\d%?)\s*(و|أو|ولا)\s*(?=-?\d)`, "$1 $2 "],
  ],
});

/**
 * Yes and no, at the start of the message or after a self-correction ("nej vänta, ja"); Spanish
 * "si" without its accent only alone or before a comma ("si x = 2..." is "if").
 */
const YES_NO: Record<string, Rule[]> = ruleTables({
  es: [
    [/(^|wait[,:]?\s*)sí(?=$|[\s,.!])/, "$1yes"],
    [/(^|wait[,:]?\s*)si(?=\s*[,.!]*\s*$|\s*,)/, "$1yes"],
  ],
  sv: [
    [/(^|wait[,:]?\s*)(?:ja|jo|japp|jajamän)(?=$|[\s,.!])/, "$1yes"],
    [/(^|wait[,:]?\s*)(?:nej|nä|nää)(?=$|[\s,.!])/, "$1no"],
  ],
  // "آه", "إيه" and "إي" are yes alone or before a comma only ("إيه ده؟" asks "what is this?").
  ar: [
    [arabic`(^|wait[,:]?\s*)(?:نعم|أجل|بلى|أيوه|أيوا|إيوه|أكيد|طبعا|aywa|aiwa|na3am)(?=$|[\s,.!])`, "$1yes"],
    [arabic`(^|wait[,:]?\s*)(?:آه|إيه|إي)(?=\s*[,.!]*\s*$|\s*,)`, "$1yes"],
    [arabic`(^|wait[,:]?\s*)(?:لا|لأ|لاء|كلا|لع|la2|laa)(?=$|[\s,.!])`, "$1no"],
  ],
});

/** An option named by its letter: "la b", "la opción b", "opción b", "alternativ b". */
const OPTION_LETTER: Record<string, RegExp> = patterns({
  es: /(^|\s)(?:(?:la|el)\s+)?(?:(?:opci[oó]n|alternativa|letra|respuesta)\s+)?(?:(?:la|el)\s+)?([a-z])(?=[).]?\s*$)/,
  sv: /(^|\s)(?:(?:alternativ|alternativet|svar|svarsalternativ|bokstaven)\s+)([a-z])(?=[).]?\s*$)/,
  ar: arabic`(^|\s)(?:${AR_THE}(?:خيار|اختيار|إجابة|جواب|حرف|رمز)\s+)?(?:رقم\s+)?([a-zأبجده])(?=[).]?\s*$)`,
});

/** Options labelled with Arabic letters in their abjad order (أ ب ج د هـ, read folded), as a, b, c, d, e. */
const OPTION_LETTERS: Record<string, string> = { ا: "a", ب: "b", ج: "c", د: "d", ه: "e" };
const optionLetter = (l: string | undefined): string => (l === undefined ? "" : (OPTION_LETTERS[l] ?? l));

/** Two option letters named ("la b o la c", "b eller c"): a hedge, as "b or c" is in English. */
const TWO_LETTERS: Record<string, RegExp> = patterns({
  es: /^(?:(?:la|el|opci[oó]n)\s+)?([a-z])\s+(?:o|u|y|ni)\s+(?:(?:la|el|opci[oó]n)\s+)?([a-z])$/,
  sv: /^(?:alternativ\s+)?([a-z])\s+(?:eller|och)\s+(?:alternativ\s+)?([a-z])$/,
  ar: arabic`^(?:${AR_THE}(?:خيار|اختيار)\s+)?([a-zأبجده])\s+(?:أو|ولا|و)\s*(?:${AR_THE}(?:خيار|اختيار)\s+)?([a-zأبجده])$`,
});

/** Unit words after a number, as the English unit words match-unit knows. */
const UNITS: Record<string, Rule[]> = ruleTables({
  es: [
    [/(\d)\s*(?:por\s*ciento)\b/g, "$1%"],
    [/(\d\s*)metros?\s+cuadrados?\b/g, "$1square meters"],
    [/(\d\s*)cent[ií]metros?\s+cuadrados?\b/g, "$1square centimeters"],
    [/(\d\s*)metros?\s+c[uú]bicos?\b/g, "$1cubic meters"],
    [/(\d\s*)mil[ií]metros?\b/g, "$1millimeters"],
    [/(\d\s*)cent[ií]metros?\b/g, "$1centimeters"],
    [/(\d\s*)kil[oó]metros?\b/g, "$1kilometers"],
    [/(\d\s*)metros?\b/g, "$1meters"],
    [/(\d\s*)kilogramos?\b/g, "$1kilograms"],
    [/(\d\s*)gramos?\b/g, "$1grams"],
    [/(\d\s*)mililitros?\b/g, "$1milliliters"],
    [/(\d\s*)litros?\b/g, "$1liters"],
    [/(\d\s*)segundos?\b/g, "$1seconds"],
    [/(\d\s*)minutos?\b/g, "$1minutes"],
    [/(\d\s*)horas?\b/g, "$1hours"],
    [/(\d\s*)grados?\b/g, "$1degrees"],
  ],
  sv: [
    [/(\d)\s*procent\b/g, "$1%"],
    [/(\d\s*)kvadratmeter\b/g, "$1square meters"],
    [/(\d\s*)kvadratcentimeter\b/g, "$1square centimeters"],
    [/(\d\s*)kubikmeter\b/g, "$1cubic meters"],
    [/(\d\s*)sekunder\b|(\d\s*)sekund\b/g, "$1$2seconds"],
    [/(\d\s*)minuter\b|(\d\s*)minut\b/g, "$1$2minutes"],
    [/(\d\s*)timmar\b|(\d\s*)timme\b/g, "$1$2hours"],
    [/(\d\s*)grader\b/g, "$1degrees"],
  ],
  ar: [
    [arabicAll`(\d)\s*(?:بال|في\s+ال)(?:مئة|مائة|مية)\b`, "$1%"],
    [arabicAll`(\d\s*)(?:سم|سنتيمتر|سنتيمترات|سنتمتر)\s*(?:\^2|مربع|مربعة)`, "$1square centimeters"],
    [arabicAll`(\d\s*)(?:م|متر|مترا|أمتار)\s*(?:\^2|مربع|مربعة)`, "$1square meters"],
    [arabicAll`(\d\s*)(?:م|متر|مترا|أمتار)\s*(?:\^3|مكعب|مكعبة)`, "$1cubic meters"],
    [arabicAll`(\d\s*)(?:مم|ملم|مليمتر|مليمترات|ملليمتر|ملليمترات)\b`, "$1millimeters"],
    [arabicAll`(\d\s*)(?:سم|سنتيمتر|سنتيمترات|سنتمتر|سنتي)\b`, "$1centimeters"],
    [arabicAll`(\d\s*)(?:كم|كيلومتر|كيلومترات|كيلو\s+متر)\b`, "$1kilometers"],
    [arabicAll`(\d\s*)(?:م|متر|مترا|أمتار)\b`, "$1meters"],
    [arabicAll`(\d\s*)(?:كغ|كجم|كلغ|كيلوغرام|كيلوغرامات|كيلوجرام|كيلو\s+غرام|كيلو\s+جرام|كيلو)\b`, "$1kilograms"],
    [arabicAll`(\d\s*)(?:غ|غم|جم|غرام|غرامات|جرام|جرامات)\b`, "$1grams"],
    [arabicAll`(\d\s*)(?:مل|ملل|مليلتر|مليلترات|ملليلتر)\b`, "$1milliliters"],
    [arabicAll`(\d\s*)(?:لتر|لترات|لترا)\b`, "$1liters"],
    [arabicAll`(\d\s*)(?:ثانية|ثوان|ثواني|ث)\b`, "$1seconds"],
    [arabicAll`(\d\s*)(?:دقيقة|دقائق|دقايق|د)\b`, "$1minutes"],
    [arabicAll`(\d\s*)(?:ساعة|ساعات)\b`, "$1hours"],
    [arabicAll`(\d\s*)(?:درجة|درجات)\b`, "$1degrees"],
  ],
});

/** "and" and "or" between numbers in the student's language. */
const CONNECTORS: Record<string, { and: string; or: string }> = {
  es: { and: "y|e", or: "o|u" },
  sv: { and: "och", or: "eller" },
  de: { and: "und", or: "oder" },
  fr: { and: "et", or: "ou" },
  it: { and: "e|ed", or: "o|oppure" },
  pt: { and: "e", or: "ou" },
  // After readArabicText, which writes "أو" as "او".
  ar: { and: "و", or: "او|ولا" },
};

/** How a language's message is read before its tables are (Arabic: readArabicText). */
const READ: Record<string, (s: string) => string> = { ar: readArabicText };

/**
 * "And" written onto the word after a number ("ثلاثة وخمسة" reads "3 وخمسة"): split off so the
 * number words are read again ("3 و 5"); a compound ("خمسة وعشرون") is read whole the first time,
 * and "ولا" ("or") stays a word.
 */
const JOINED_AND: Record<string, RegExp> = { ar: /(\d)\s*و(?!لا(?!\p{L}))(?=\p{L})/gu };

const NUMBER = String.raw`-?(?:\d+(?:\.\d+)?|\.\d+)`;

/** "3 y 5" -> "3 and 5"; "2 y 1/2" -> "2 1/2" (a mixed number); "3 o 5" -> "3 or 5". */
function readConnectors(s: string, lang: string): string {
  const c = CONNECTORS[lang];
  if (!c) return s;
  const mixed = new RegExp(String.raw`(?<![\d.])(\d+)\s+(?:${c.and})\s+(\d+)\s*\/\s*(\d+)(?![\d.])`, "g");
  let out = s.replace(mixed, (m, w: string, n: string, d: string) => (Number(n) < Number(d) ? `${w} ${n}/${d}` : m));
  const between = (words: string) =>
    new RegExp(String.raw`(${NUMBER}%?|[)\]}])\s+(?:${words})\s+(?=[-(\[{]?\s*[-.\d])`, "g");
  out = out.replace(between(c.and), "$1 and ").replace(between(c.or), "$1 or ");
  return out;
}

/** Decimal commas and grouping marks read (locale-numbers.ts); `separated` when no-space commas may be separators. */
function readNumberMarks(s: string, spec: AnswerSpec | undefined): LocaleReading {
  const r = readLocaleNumbers(s, { spacesSeparate: partsBySpaces(spec) });
  const out: LocaleReading = { text: r.text };
  if (r.ambiguous !== undefined) out.ambiguous = r.ambiguous;
  // "(3,5)", "1,2": commas with no space between digits, and no other separator in the message;
  // in a matrix ("[[1,2],[3,4]]", "1,2; 3,4") whatever else separates its rows.
  const matrix = spec?.kind === "list" && spec.notation === "matrix";
  if (r.text !== s && /\d,\d/.test(s) && (matrix || !/,\s|;/.test(s))) out.separated = s;
  return out;
}

function applyRules(s: string, rules: Rule[] | undefined): string {
  let out = s;
  for (const [re, to] of rules ?? []) out = out.replace(re, to);
  return out.replace(/\s+/g, " ").trim();
}

/** Spec kinds whose answers are parts separated by spaces (so spaces never group digits). */
function partsBySpaces(spec: AnswerSpec | undefined): boolean {
  return spec?.kind === "list";
}

/**
 * The student's normalised message read into English (see the top of this file). For English
 * (or an unknown language with a decimal point) the message is returned as it is.
 */
export function readLocaleInput(normalized: string, locale: string | undefined, spec?: AnswerSpec): LocaleReading {
  const lang = languageOf(locale);
  if (lang === "en") return { text: normalized };
  const read = READ[lang]?.(normalized) ?? normalized;
  if (NON_ANSWER[lang]?.test(read) || QUESTION[lang]?.test(read)) return { text: "idk" };
  // Number words first, while the words around them ("es once") are still in the language.
  let s = readNumberWords(read);
  const joined = JOINED_AND[lang];
  const split = joined ? s.replace(joined, "$1 و ") : s;
  if (split !== s) s = readNumberWords(split);
  s = applyRules(s, FRAMES[lang]);
  s = applyRules(s, YES_NO[lang]);
  if (spec?.kind === "choice") {
    const two = TWO_LETTERS[lang]?.exec(stripWrappers(s));
    if (two) return { text: `${optionLetter(two[1])} or ${optionLetter(two[2])}` };
    const letter = OPTION_LETTER[lang];
    if (letter) s = s.replace(letter, (_m, before: string, l: string) => `${before}option ${optionLetter(l)}`);
  }
  const marks: LocaleReading = usesDecimalComma(locale) ? readNumberMarks(s, spec) : { text: s };
  const finish = (t: string) => readConnectors(applyRules(t, UNITS[lang]), lang);
  const out: LocaleReading = { text: finish(marks.text) };
  if (marks.ambiguous) out.ambiguous = finish(marks.ambiguous);
  if (marks.separated) out.separated = finish(marks.separated);
  return out;
}
