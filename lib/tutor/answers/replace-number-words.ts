const SMALL: Record<string, number> = {
  zero: 0,
  none: 0,
  oh: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
/** Denominator words. "second" is left out: "the second one" is far more common than 1/2. */
const DENOMS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
  twelfth: 12,
  twelfths: 12,
  hundredth: 100,
  hundredths: 100,
};

interface Tok {
  w: string;
  start: number;
  end: number;
}

interface Parsed {
  text: string;
  next: number;
}

/** Reads a cardinal ("one hundred and five", "twenty-one", "a thousand") starting at tokens[i]. */
function readCardinal(toks: Tok[], i: number): { value: number; next: number } | null {
  let total = 0;
  let current = 0;
  let j = i;
  let last: "small" | "tens" | "scale" | null = null;
  let any = false;
  const first = toks[j];
  if (first && (first.w === "a" || first.w === "an") && toks[j + 1] && SCALES[toks[j + 1]!.w] !== undefined) {
    current = 1;
    j++;
    last = "small";
  }
  while (j < toks.length) {
    const w = toks[j]!.w;
    if (SMALL[w] !== undefined && w !== "none" && w !== "oh") {
      if (last === "small" || (last === "tens" && SMALL[w]! >= 10) || (last === "tens" && SMALL[w] === 0)) break;
      current += SMALL[w]!;
      last = "small";
    } else if (TENS[w] !== undefined) {
      if (last === "small" || last === "tens") break;
      current += TENS[w]!;
      last = "tens";
    } else if (SCALES[w] !== undefined && (any || current > 0)) {
      const scale = SCALES[w]!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      last = "scale";
    } else if (
      w === "and" &&
      last === "scale" &&
      toks[j + 1] &&
      (SMALL[toks[j + 1]!.w] ?? TENS[toks[j + 1]!.w]) !== undefined
    ) {
      j++;
      continue;
    } else break;
    any = true;
    j++;
  }
  if (!any) return null;
  return { value: total + current, next: j };
}

function readNumberPhrase(toks: Tok[], i: number): Parsed | null {
  const t = toks[i];
  if (!t) return null;
  const denomAfter = (k: number) => (toks[k] ? DENOMS[toks[k]!.w] : undefined);
  // "a half", "a quarter", "a third"
  if ((t.w === "a" || t.w === "an" || t.w === "one") && denomAfter(i + 1) !== undefined) {
    return { text: `1/${denomAfter(i + 1)}`, next: i + 2 };
  }
  const card = readCardinal(toks, i);
  // A bare "half" in an answer ("half", "half of them") is 1/2.
  if (!card && t.w === "half") return { text: "1/2", next: i + 1 };
  if (!card) return null;
  const d = denomAfter(card.next);
  if (d !== undefined && card.value > 0) return { text: `${card.value}/${d}`, next: card.next + 1 };
  // "one and a half", "two and three quarters"
  if (toks[card.next]?.w === "and") {
    const frac = readNumberPhrase(toks, card.next + 1);
    if (frac && /^\d+\/\d+$/.test(frac.text)) return { text: `${card.value} ${frac.text}`, next: frac.next };
  }
  return { text: String(card.value), next: card.next };
}

/**
 * Replaces spelled-out numbers with digits: "twenty-one" -> "21", "three quarters" -> "3/4",
 * "one and a half" -> "1 1/2". Words must be adjacent (spaces or hyphens only). Ordinals other
 * than fraction denominators are left alone so "the third step" stays prose.
 */
export function replaceNumberWords(s: string, keepLoneOne = false): string {
  const toks: Tok[] = [];
  for (const m of s.matchAll(/[a-z]+/g)) toks.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  if (toks.length === 0) return s;
  let out = "";
  let pos = 0;
  let i = 0;
  while (i < toks.length) {
    // Only consider runs whose tokens are separated by spaces/hyphens.
    let runEnd = i + 1;
    while (runEnd < toks.length && /^[\s-]+$/.test(s.slice(toks[runEnd - 1]!.end, toks[runEnd]!.start))) runEnd++;
    const run = toks.slice(i, runEnd);
    let k = 0;
    while (k < run.length) {
      const p = readNumberPhrase(run, k);
      // In tutor prose "this one" / "one more step" are not the number 1, nor "half" 1/2.
      const loneOne = keepLoneOne && ((p?.text === "1" && run[k]!.w === "one") || run[k]!.w === "half");
      if (p && p.next > k && !loneOne) {
        const a = run[k]!;
        const b = run[p.next - 1]!;
        out += s.slice(pos, a.start) + p.text;
        pos = b.end;
        k = p.next;
      } else k++;
    }
    i = runEnd;
  }
  return out + s.slice(pos);
}
