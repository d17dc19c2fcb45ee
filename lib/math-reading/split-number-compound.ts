import type { NumberLexicon } from "./build-number-lexicon";
import { DENOMINATORS } from "./fraction-words";

/** German stems for one in compounds ("eineinhalb", "eindrittel"): "eins" loses its "s". */
const ONE_STEMS = new Set(["ein", "eine"]);

function numberPart(lex: NumberLexicon, s: string): number | undefined {
  if (ONE_STEMS.has(s)) return 1;
  return lex.phrases.get(s);
}

/**
 * A number written as one word that the lexicon does not hold: German and Italian thousands
 * ("zweitausendfünfhundert", "duemilacinquecento"), German fractions ("dreiviertel",
 * "zweidrittel") and halves ("zweieinhalb", "anderthalb"). Returns the digits or null.
 */
export function splitNumberCompound(lex: NumberLexicon, w: string): string | null {
  if (w.length < 6 || w.length > 48) return null;
  if (w === "anderthalb") return "1 1/2";
  if (w.endsWith("einhalb")) {
    const whole = w.length === 7 ? 0 : numberPart(lex, w.slice(0, -7));
    if (whole === 0) return "1/2";
    if (whole !== undefined) return `${whole} 1/2`;
  }
  for (let p = 3; p <= w.length - 3; p++) {
    const head = numberPart(lex, w.slice(0, p));
    if (head === undefined) continue;
    const tail = w.slice(p);
    const d = DENOMINATORS[tail];
    if (d !== undefined && /^(?:drittel|viertel|funftel|sechstel|siebtel|achtel|neuntel|zehntel)$/.test(tail)) {
      return `${head}/${d}`;
    }
    if (head >= 1000 && head % 1000 === 0) {
      const rest = lex.phrases.get(tail);
      if (rest !== undefined && rest > 0 && rest < 1000) return String(head + rest);
    }
  }
  return null;
}
