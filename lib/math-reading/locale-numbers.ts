/**
 * Numbers as a language writes them: decimal comma ("3,5" is 3.5 in Spanish and Swedish) and
 * grouping marks ("1.000", "1 000"), read into the plain form the rest of math-reading and the
 * answer checker use ("3.5", "1000"). Used by the answer checker on a student's message and by
 * the guard on model text in the student's language. Pure.
 *
 * The rules, in comma-decimal locales (English is never rewritten):
 * - A comma between digits is the decimal mark ("3,5", "0,125", "2,125" = 2.125), except when the
 *   number has a later point ("1,234.5": grouping) or two or more commas each before exactly
 *   three digits ("1,000,000": grouping). One comma before three digits ending in 0 after a whole
 *   number not starting with 0 ("1,000", "2,500") is ambiguous: a padded decimal in Spain, a
 *   thousand in Mexico. "1,2,3" is left as it is (a list).
 * - A point is the decimal mark too (students and calculators type it), except for certain
 *   grouping: two or more points each before exactly three digits ("1.000.000"), a point before a
 *   decimal comma ("1.234,5"), or one point before three digits ending in 0 after a whole number
 *   not starting with 0 ("1.000", "2.500", "12.340": nobody pads a decimal with zeros unasked).
 *   One point before three other digits ("2.125") is ambiguous.
 * - Spaces (NBSP and narrow NBSP too) group thousands ("1 000", "12 345 678,5") unless the caller
 *   says spaces separate parts (a list).
 * - ",5" at the start of a number is 0.5.
 * An ambiguous number's other reading is returned as `ambiguous` (every ambiguous number read the
 * other way): the checker grades both, the guard looks for leaks in both.
 */

/** Languages that write a decimal comma (the locale's language subtag). */
const DECIMAL_COMMA = new Set([
  "es",
  "sv",
  "de",
  "fr",
  "it",
  "pt",
  "nl",
  "da",
  "nb",
  "nn",
  "no",
  "fi",
  "pl",
  "cs",
  "sk",
  "ru",
  "uk",
  "tr",
  "ro",
  "hu",
  "hr",
  "sr",
  "sl",
  "bg",
  "el",
  "id",
  "vi",
  "ca",
  "gl",
  "eu",
  "lt",
  "lv",
  "et",
]);

/** The language subtag of a locale code ("es-MX" -> "es"); "en" when none. */
export function languageOf(locale: string | undefined): string {
  return (locale ?? "en").toLowerCase().split(/[-_]/)[0] || "en";
}

/** True when the locale writes "3,5" for three and a half. */
export function usesDecimalComma(locale: string | undefined): boolean {
  return DECIMAL_COMMA.has(languageOf(locale));
}

/** Digits with points and commas, standing alone (not inside a longer token such as "v1.2.3"). */
const MARKED = /(?<![\w.,])\d+(?:[.,]\d+)+(?![\d]|[.,]\d)/g;
const GROUPS = (parts: string[]) => parts.slice(1).every((p) => p.length === 3) && /^\d{1,3}$/.test(parts[0]!);

/** One number with points and/or commas: its reading, and the other reading when it is ambiguous. */
export function readMarkedNumber(tok: string): { text: string; alt?: string } {
  const hasComma = tok.includes(",");
  const hasPoint = tok.includes(".");
  if (hasComma && hasPoint) {
    const last = Math.max(tok.lastIndexOf(","), tok.lastIndexOf("."));
    const whole = tok.slice(0, last);
    const mark = tok[last]!;
    const other = mark === "," ? "." : ",";
    if (whole.includes(mark)) return { text: tok };
    const parts = whole.split(other);
    if (!GROUPS(parts)) return { text: tok };
    return { text: `${parts.join("")}.${tok.slice(last + 1)}` };
  }
  if (hasComma) {
    const parts = tok.split(",");
    if (parts.length === 2) {
      const decimal = `${parts[0]}.${parts[1]}`;
      // "1,000", "2,500": a decimal padded with zeros, or a thousand written the English way.
      const grouped = GROUPS(parts) && !parts[0]!.startsWith("0") && parts[1]!.endsWith("0");
      return grouped ? { text: decimal, alt: parts.join("") } : { text: decimal };
    }
    return { text: GROUPS(parts) ? parts.join("") : tok };
  }
  const parts = tok.split(".");
  if (parts.length > 2) return { text: GROUPS(parts) ? parts.join("") : tok };
  const [whole, frac] = parts as [string, string];
  if (!GROUPS(parts) || whole.startsWith("0")) return { text: tok };
  if (frac.endsWith("0")) return { text: whole + frac };
  return { text: tok, alt: whole + frac };
}

const SPACE_GROUPED =
  /(?<![\d.,/]|\d[ \u00a0\u202f])(\d{1,3})((?:[ \u00a0\u202f]\d{3})+)(?![\d]|\s*\/|[ \u00a0\u202f]\d)/g;

export interface LocaleNumbers {
  /** The text with its numbers read. */
  text: string;
  /** The text with every ambiguous number read the other way, when there is one. */
  ambiguous?: string;
}

/**
 * Reads the numbers of a text written in a comma-decimal language (see the rules above). Call it
 * only for such a language (usesDecimalComma). `keep`: numbers left as written (a number the
 * student already sees, so a quote of it stays a quote).
 */
export function readLocaleNumbers(
  text: string,
  opts: { spacesSeparate?: boolean; keep?: (token: string) => boolean } = {},
): LocaleNumbers {
  const keep = opts.keep ?? (() => false);
  let s = text;
  if (!opts.spacesSeparate) {
    s = s.replace(SPACE_GROUPED, (m, a: string, b: string) => (keep(m) ? m : a + b.replace(/[ \u00a0\u202f]/g, "")));
  }
  s = s.replace(/(^|[\s=(-]),(?=\d)/g, "$10.");
  let ambiguous = false;
  const main = s.replace(MARKED, (tok) => {
    if (keep(tok)) return tok;
    const r = readMarkedNumber(tok);
    if (r.alt !== undefined) ambiguous = true;
    return r.text;
  });
  if (!ambiguous) return { text: main };
  const alt = s.replace(MARKED, (tok) => {
    if (keep(tok)) return tok;
    const r = readMarkedNumber(tok);
    return r.alt ?? r.text;
  });
  return alt === main ? { text: main } : { text: main, ambiguous: alt };
}
