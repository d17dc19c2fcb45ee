const DECIMAL_DIGIT = /\p{Nd}/u;
const cache = new Map<string, string>();

/**
 * The ASCII digit for a decimal digit of any script ("٥", "۵", "५", "৫", "๕" -> "5"). Unicode
 * encodes every script's digits as one contiguous run 0..9, so the value is the distance from
 * the start of the run (runs of several scripts that touch, like the mathematical digits, are
 * still aligned on tens).
 */
export function asciiDigit(c: string): string {
  const hit = cache.get(c);
  if (hit !== undefined) return hit;
  const cp = c.codePointAt(0) ?? 0;
  let start = cp;
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  const out = String((cp - start) % 10);
  cache.set(c, out);
  return out;
}
