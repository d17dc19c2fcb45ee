import { cleanText, readMath, sameValue } from "@/lib/math-reading";
import { findReveal, keepPronounOne } from "@/lib/tutor/reveal/find-reveal";
import { listDecodedVariants } from "./leak-variants";
import { scriptsOf, shingles, type TurnContext } from "./turn-context";

/** Longest model text shown for one turn; enforced on the stream, before anything is shown. */
export const MAX_MODEL_TEXT = 600;

export type TextRefusal = "length" | "script" | "prompt" | "position" | "unlisted" | "leak";

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
    String.raw`\b(?:first|second|third|fourth|fifth|sixth|last|final|top|bottom|middle|upper|lower|left|right(?:most)?|leftmost|1st|2nd|3rd|4th|5th|primer[ao]?|segund[ao]|tercer[ao]?|[uú]ltim[ao]|premi[eè]re?|deuxi[eè]me|derni[eè]re?|erste[nrs]?|zweite[nrs]?|letzte[nrs]?)\s+(?:\w+\s+)?(?:option|choice|one|answer|button|box|item|entry|opci[oó]n|respuesta|choix|r[eé]ponse|antwort|m[oö]glichkeit)s?\b`,
    String.raw`\b(?:option|choice|answer|letter|button|opci[oó]n|choix|antwort)\s*[#(]?\s*(?:[a-f]|[1-6])\b(?!['’])`,
    String.raw`\b(?:pick|choose|select|click|tap|press|mark|go\s+with|try|elige|escoge|choisis(?:sez)?|w[aä]hle)\s+\(?(?:[b-f]|a(?=\s*[).,!?;:]|\s*$))\)?(?![\w'’])`,
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
export function checkModelText(text: string, ctx: TurnContext): Refusal | null {
  if (text.length > MAX_MODEL_TEXT) return { reason: "length", detail: `${text.length} characters` };
  const clean = cleanText(text);
  for (const s of scriptsOf(clean)) {
    if (!ctx.scripts.has(s) && !ctx.scripts.has("Other")) return { reason: "script", detail: s };
  }
  for (const s of shingles(clean)) {
    if (ctx.hiddenShingles.has(s)) return { reason: "prompt", detail: s };
  }
  const whole = ctx.earlierTutorText ? `${ctx.earlierTutorText}\n${text}` : text;
  const reading = readMath(keepPronounOne(whole));
  if (ctx.choiceOpen && POSITION.test(reading.text)) return { reason: "position", detail: "an option by position" };
  // Secrets first (a refusal names the leak), then everything else that is not on the list.
  const reveal = findReveal(reading, ctx.secrets, ctx.visible);
  if (reveal) return { reason: "leak", detail: reveal };
  for (const v of listDecodedVariants(whole)) {
    const r = findReveal(v, ctx.secrets, ctx.visible);
    if (r) return { reason: "leak", detail: `decoded, ${r}` };
  }
  for (const run of readMath(text).runs) {
    const v = run.values.find((x) => !ctx.allowedValues.some((a) => sameValue(a, x)));
    if (v !== undefined) return { reason: "unlisted", detail: `${v} in "${run.text}"` };
  }
  return null;
}
