import { readUnitAfter, readUnitBefore, type UnitMatch } from "./match-unit";
import { NUMBER_BODY_SOURCE, type ParsedNumber, parseUnsignedBody } from "./parse-number";

export interface Quantity extends ParsedNumber {
  percent: boolean;
  unit: UnitMatch | null;
  /** Position in the text the quantity was read from (including sign, currency and unit). */
  start: number;
  end: number;
  raw: string;
}

const NUMBER_RE = new RegExp(
  String.raw`(?<![\w.])(-(?=\.?\d)|minus\s+|negative\s+)?(${NUMBER_BODY_SOURCE})(?![\d])`,
  "g",
);
const PERCENT_RE = /^\s?(?:%|percent\b|per\s?cent\b|pct\b)/;

/**
 * Every number mentioned in `text` (already normalised and with number words replaced), with its
 * sign, currency prefix, percent sign and unit. A "-" only counts as a sign when it touches the
 * digits and does not follow a word character, so "3-4" reads as 3 and 4 (and "12-13" as a
 * range) and "12 - 1" as a subtraction. Numbers glued to letters
 * on the left ("x2", "step2") are skipped; on the right they are read with their unit ("12cm").
 */
export function findQuantities(text: string, acceptedUnits: string[] = []): Quantity[] {
  const out: Quantity[] = [];
  NUMBER_RE.lastIndex = 0;
  for (;;) {
    const m = NUMBER_RE.exec(text);
    if (!m) break;
    let body = m[2]!;
    let end = m.index + m[0].length;
    const signText = m[1] ?? "";
    let sign = signText ? -1 : 1;
    let parsed = parseUnsignedBody(body, sign);
    if (!parsed && /\s/.test(body)) {
      // "1 3/2" is not a mixed number: read the whole part alone and rescan from there.
      body = body.split(/\s+/)[0]!;
      end = m.index + signText.length + (m[2]!.indexOf(body) + body.length);
      NUMBER_RE.lastIndex = end;
      parsed = parseUnsignedBody(body, sign);
    }
    if (!parsed) continue;
    let start = m.index;
    const before = readUnitBefore(text.slice(Math.max(0, start - 3), start), acceptedUnits);
    if (before) {
      start -= before.length;
      // "-$12" and "$-12" both mean minus twelve dollars.
      const minus = /(?:^|[^\w)])(-\s?)$/.exec(text.slice(0, start));
      if (!signText && minus) {
        sign = -1;
        start -= minus[1]!.length;
        parsed = parseUnsignedBody(body, sign) ?? parsed;
      }
    }
    const rest = text.slice(end, end + 40);
    const pct = PERCENT_RE.exec(rest);
    let unit: UnitMatch | null = before;
    if (pct) end += pct[0].length;
    else {
      const after = readUnitAfter(rest, acceptedUnits);
      if (after) {
        end += after.length;
        if (!unit || (after.accepted && !unit.accepted)) unit = after;
      }
    }
    out.push({ ...parsed, percent: Boolean(pct), unit, start, end, raw: text.slice(start, end) });
    // Digits inside the unit ("cm^2") are not another number.
    NUMBER_RE.lastIndex = Math.max(NUMBER_RE.lastIndex, end);
  }
  return out;
}
