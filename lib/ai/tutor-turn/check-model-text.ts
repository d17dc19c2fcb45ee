import { cleanText, readMath, sameValue } from "@/lib/math-reading";
import { findReveal, localeReadings } from "@/lib/tutor/reveal/find-reveal";
import { keepWordLetters } from "@/lib/tutor/reveal/word-letters";
import { joinedDigitsReading, listDecodedVariants, rot13Words } from "./leak-variants";
import { scriptsOf, shingles, type TurnContext } from "./turn-context";

/** Longest model text shown for one turn; enforced on the stream, before anything is shown. */
export const MAX_MODEL_TEXT = 600;

export type TextRefusal = "length" | "script" | "prompt" | "position" | "incomplete" | "unlisted" | "leak";

export interface ModelTextOptions {
  /**
   * The student's language (a locale code such as "es"; default English): the text's numbers are
   * read as that language writes them as well ("3,5", "1.000", "1 000"), for leaks in every
   * reading and for the allow-list in the reading the student makes.
   */
  locale?: string;
}

export interface Refusal {
  reason: TextRefusal;
  detail: string;
}

/**
 * Pointing at an option by where it stands or by its letter: "the first option", "the second
 * one from the top", "option B", "go with (c)", "the last choice". Options are shuffled per
 * session and must be named by their text, so any such reference is refused.
 */
const POSITION = new RegExp(
  [
    String.raw`\b(?:first|second|third|fourth|fifth|sixth|last|top|bottom|middle|upper|lower|rightmost|leftmost|1st|2nd|3rd|4th|5th|primer[ao]?|segund[ao]|tercer[ao]?|cuart[ao]|quint[ao]|[uú]ltim[ao]|premi[eè]re?|deuxi[eè]me|troisi[eè]me|quatri[eè]me|derni[eè]re?|erste[nrs]?|zweite[nrs]?|dritte[nrs]?|vierte[nrs]?|f[uü]nfte[nrs]?|letzte[nrs]?|prim[ao]|second[ao]|terz[ao]|quart[ao]|f[oö]rsta|tredje|fj[aä]rde|femte|sista|[oö]versta|nedersta|mittersta)\s+(?:\w+\s+)?(?:option|choice|one|button|box|item|entry|opci[oó]n|choix|m[oö]glichkeit|alternativ(?:et)?|valet)s?\b`,
    String.raw`\b(?:option|choice|answer|letter|button|opci[oó]n|choix|antwort|alternativ(?:et)?|letra)\s*[#(]?\s*(?:[a-f]|[1-6]|i{1,3}|iv|vi?)\b(?!['’])`,
    // "la b es correcta", "b är rätt": a letter named as the answer in Spanish or Swedish.
    String.raw`\b(?:la|el)\s+[a-f]\s+(?:es|est[aá]|ser[ií]a)\b|(?:^|[\s(])[a-f]\s+(?:är|blir)\s+(?:rätt|korrekt|svaret)\b`,
    String.raw`\([a-f]\)`,
    // Arabic (no \b: Arabic letters are not \w): "الخيار الثاني", "الإجابة الأولى", "الثاني من الأعلى",
    // "الخيار ب", "اختر (ج)", with or without the article and a joined و/ف/ب.
    String.raw`(?<!\p{L})[وفب]?(?:ال)?(?:خيار|اختيار|بديل|زر|مربع|خانة)(?:ات)?\s+ال(?:أول|اول|ثاني|ثالث|رابع|خامس|سادس|أخير|اخير|علوي|سفلي|أوسط|اوسط|وسطى|أعلى|اعلى|أسفل|اسفل)[ةى]?(?!\p{L})`,
    String.raw`(?<!\p{L})[وفب]?(?:ال)?(?:خيار|اختيار|بديل|إجابة|اجابة|جواب|زر|مربع|خانة)(?:ات)?\s+(?:رقم\s+)?(?:[١-٦1-6]|\(?(?:[أابجده]|هـ|[a-f])\)?)(?!\p{L})`,
    String.raw`(?<!\p{L})ال(?:أول|اول|ثاني|ثالث|رابع|خامس|أخير|اخير)[ةى]?\s+من\s+(?:الأعلى|الاعلى|الأسفل|الاسفل|فوق|تحت|اليمين|اليسار)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:اختر|اختاري|اختار|اختارو|حدد|حددي|علّم|علم|اضغط|انقر)\s+(?:على\s+)?(?:ال(?:خيار|إجابة|اجابة)\s+)?\(?(?:[أابجده]|هـ|[a-f])\)?(?!\p{L})`,
    String.raw`\b(?:pick|choose|select|click|tap|press|mark|go\s+with|try|elige|escoge|marca|choisis(?:sez)?|w[aä]hle|v[aä]lj)\s+(?:(?:la|el)\s+)?\(?(?:[b-f]|a(?=\s*[).,!?;:]|\s*$))\)?(?![\w'’])`,
    String.raw`(?:^|[\s(])\(?[a-f]\)\s*(?:is|it|que|est)\b`,
    String.raw`\b(?:one|number|#)\s*[1-6]\s+(?:from|on)\s+(?:the\s+)?(?:top|bottom|left|right|list)\b`,
    String.raw`\bfrom\s+the\s+(?:top|bottom|left|right)\b`,
  ].join("|"),
  "iu",
);

/**
 * Checks model text (everything shown in this turn so far plus what would be shown next)
 * against what code allows for the turn. Refused, in order:
 * - longer than MAX_MODEL_TEXT;
 * - letters of a script the student has neither seen nor written (a disguise: "пять");
 * - five words in a row of the instructions the student never saw (an echoed prompt);
 * - an option referred to by position or letter;
 * - any value (a number, a fraction, a percentage, the value of an arithmetic expression, in
 *   any spelling) that is not in the turn's allow-list;
 * - an open answer stated outside a quote of visible text (lib/tutor/reveal).
 */
export function checkModelText(text: string, ctx: TurnContext, opts: ModelTextOptions = {}): Refusal | null {
  const lang = { locale: opts.locale };
  if (text.length > MAX_MODEL_TEXT) return { reason: "length", detail: `${text.length} characters` };
  const clean = cleanText(text);
  for (const s of scriptsOf(clean)) {
    if (!ctx.scripts.has(s) && !ctx.scripts.has("Other")) return { reason: "script", detail: s };
  }
  for (const s of shingles(clean)) {
    if (ctx.hiddenShingles.has(s)) return { reason: "prompt", detail: s };
  }
  const whole = ctx.earlierTutorText ? `${ctx.earlierTutorText}\n${text}` : text;
  if (ctx.choiceOpen && POSITION.test(cleanText(whole))) return { reason: "position", detail: "an option by position" };
  // Secrets first (a refusal names the leak), then everything else that is not on the list.
  const reveal = findReveal(whole, ctx.secrets, ctx.visible, lang);
  if (reveal) return { reason: "leak", detail: reveal };
  const incomplete = incompleteMaths(cleanText(whole));
  if (incomplete) return { reason: "incomplete", detail: incomplete };
  const capitals = new Set(ctx.visible.raw.join(" ").match(/(?<![\p{L}\d'])\p{Lu}(?![\p{L}\d'])/gu) ?? []);
  // The decoded readings are lower-cased: the words "a" and "I" are told from the letters first.
  const worded = keepWordLetters(whole, ctx.visible.letters);
  for (const v of listDecodedVariants(worded, capitals, opts.locale)) {
    const r = findReveal(v, ctx.secrets, ctx.visible, lang);
    if (r) return { reason: "leak", detail: `decoded, ${r}` };
  }
  // ROT13 leaves digits as they are (read above, where quotes are recognised): values only from its words.
  // An option that is a number ("5/8") is a value too: its digits are not ROT13's to read.
  const rot = rot13Words(whole);
  const r13 =
    findReveal(
      rot,
      ctx.secrets.filter(
        (s) => s.kind === "phrase" || (s.kind === "option" && s.value === null) || s.kind === "notation",
      ),
      ctx.visible,
      lang,
    ) ??
    findReveal(
      rot.replace(/\d/g, "#"),
      ctx.secrets.filter(
        (s) =>
          s.kind === "value" || s.kind === "form" || s.kind === "parts" || (s.kind === "option" && s.value !== null),
      ),
      ctx.visible,
      lang,
    );
  if (r13) return { reason: "leak", detail: `ROT13, ${r13}` };
  const forms = ctx.secrets.filter((s) => s.kind === "form");
  const joined = forms.length ? findReveal(joinedDigitsReading(worded), forms, ctx.visible, lang) : null;
  if (joined) return { reason: "leak", detail: `digits read together, ${joined}` };
  const unlisted = (t: string) => {
    for (const run of readMath(t).runs) {
      const v = run.values.find((x) => !ctx.allowedValues.some((a) => sameValue(a, x)));
      if (v !== undefined) return { reason: "unlisted" as const, detail: `${v} in "${run.text}"` };
    }
    return null;
  };
  // Values from ROT13 words ("gjragl-svir" -> "twenty-five") must be on the list too.
  const rotUnlisted = unlisted(rot13Words(text).replace(/\d/g, "#"));
  if (rotUnlisted) return { ...rotUnlisted, detail: `ROT13, ${rotUnlisted.detail}` };
  // In the student's language the allow-list is read the way the student reads the numbers
  // ("1.000" is 1000 in Spanish); a value is unlisted only if it is so in both readings.
  const local = localeReadings(text, ctx.visible, opts.locale)[0];
  const asWritten = unlisted(text);
  if (local === undefined || asWritten === null) return asWritten;
  return unlisted(local) ? asWritten : null;
}

/**
 * Maths cut short: an operator with a value on one side and nothing on the other ("It starts
 * with 4 1/.", "Then it goes on with = 14.", "It starts with 11:."). Code cannot check what a
 * half-written expression adds up to across sentences, so a turn that contains one is refused.
 * "-2" (a negative number) and a dash between words are not operators here.
 */
const DANGLING_RIGHT = /(?:\d|\b\d*[a-z]\b|\))\s*(?:[/+=×*÷^]|:(?!\s*\p{L}))\s*(?=[.!,;)]|$)/mu;
const DANGLING_LEFT = /(?:^|[.!?;:]\s+|\b(?:with|then|and|is|by|as|to|of|on)\s+)[/=×*÷^+]\s*[\d(]/imu;
const LABEL_COLON = /\b(?:step|steps|question|part|hint|problem|exercise|page|line|item|rung)\s*#?\s*\d+\s*:/giu;

/** An operator standing alone at the end of a sentence: "It starts with -." */
const LONE_OPERATOR = /(?:^|\s)[-−+/=×*÷^](?=\s*[.!;]|\s*$)/mu;

export function incompleteMaths(text: string): string | null {
  const t = text.replace(LABEL_COLON, "label:");
  const m = DANGLING_RIGHT.exec(t) ?? DANGLING_LEFT.exec(t) ?? LONE_OPERATOR.exec(t);
  return m ? `maths cut short ("${m[0].trim()}")` : null;
}
