/**
 * Whether a stretch of a text repeats something the student can already see. A value that is
 * already on screen ("What is $|3|$?" when the answer is 3) reveals nothing when it is quoted
 * with its surroundings; the same value stated anew ("the answer is 3") does.
 */
export interface Word {
  t: string;
  start: number;
  end: number;
}

const EDGE = /^[\s"'`“”‘’«»()[\]{}.,;!?¿¡]+|[\s"'`“”‘’«»()[\]{}.,;!?¿¡]+$/g;

/** The text's words (maths runs stay whole: "|3|", "3/10"), edges of punctuation trimmed. */
export function splitWords(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const raw = m[0];
    const lead = raw.length - raw.replace(/^[\s"'`“”‘’«»([{.,;!?¿¡]+/, "").length;
    const t = raw.replace(EDGE, "");
    if (!t) continue;
    const start = (m.index ?? 0) + lead;
    out.push({ t: t.toLowerCase(), start, end: start + t.length });
  }
  return out;
}

/** Visible texts as " w1 w2 w3 " strings, for whole-word sequence search. */
export function indexVisible(texts: string[]): string[] {
  return texts.map(
    (t) =>
      ` ${splitWords(t)
        .map((w) => w.t)
        .join(" ")} `,
  );
}

const MIN_QUOTE_WORDS = 3;
const MAX_SIDE = 4;

/**
 * True when the words covering [start, end) of `text`, with some words around them (three
 * words at least in all), appear word for word in one of the visible texts. With `selfQuote`, a
 * maths run ("3/10", "|x| + 2") that appears as it is counts as quoted by itself: the caller
 * allows it when the secret is only a part of the run (10 in "3/10"), not its value.
 */
export function isQuoted(
  words: Word[],
  start: number,
  end: number,
  visible: string[],
  selfQuote = true,
  /** Words around the stretch that must be quoted too (an option's own words are on screen anyway). */
  context = 0,
): boolean {
  const i0 = words.findIndex((w) => w.end > start);
  if (i0 < 0) return false;
  let i1 = i0;
  while (i1 + 1 < words.length && (words[i1 + 1] as Word).start < end) i1++;
  const seq = (a: number, b: number) =>
    ` ${words
      .slice(a, b + 1)
      .map((w) => w.t)
      .join(" ")} `;
  const has = (s: string) => visible.some((v) => v.includes(s));
  for (let left = 0; left <= MAX_SIDE && i0 - left >= 0; left++) {
    for (let right = 0; right <= MAX_SIDE && i1 + right < words.length; right++) {
      if (left + right < context) continue;
      const size = i1 - i0 + 1 + left + right;
      const words_ = seq(i0 - left, i1 + right);
      // Two words are a quote only when they are a whole visible text (a title: "Simplify 18/24").
      if (size < MIN_QUOTE_WORDS ? size >= 2 && visible.includes(words_) : has(words_)) return true;
    }
  }
  // A short text that is itself all quoted ("$|3|$") or a run like "|3|" seen verbatim.
  const self = seq(i0, i1);
  const token = (words[i0] as Word).t;
  const structured = i1 > i0 || /[^\d.,-]/.test(token);
  return selfQuote && structured && has(self);
}
