/** A stretch of the text: prose, or the inside of a maths span with its delimiters removed. */
export interface TextSegment {
  math: boolean;
  text: string;
}

const MAX_INLINE_SPAN = 400;
/** A prose word in a `$...$` that opens on a digit means the dollars were currency. */
const PROSE_WORD = /(?:^|[^a-zA-Z\\])[a-zA-Z]{3,}(?![a-zA-Z])/;

function isSpace(c: string | undefined): boolean {
  return c === " " || c === "\n" || c === "\t" || c === "\r";
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

/**
 * Where a `$` opened at `open` closes, or -1. The rule is Pandoc's: the opening `$` has a
 * non-space right after it, the closing `$` has a non-space right before it and no digit right
 * after it ("$20 and $30" is currency). On top of that, a span that opens on a digit and holds
 * a prose word outside any command ("$5 for the pens and 3$") is currency too.
 */
function closeInlineDollar(s: string, open: number): number {
  const first = s[open + 1];
  if (first === undefined || isSpace(first) || first === "$") return -1;
  const limit = Math.min(s.length, open + 1 + MAX_INLINE_SPAN);
  for (let j = open + 1; j < limit; j++) {
    if (s[j] === "\\") {
      j++;
      continue;
    }
    if (s[j] !== "$") continue;
    if (isSpace(s[j - 1]) || isDigit(s[j + 1])) continue;
    if (isDigit(first)) {
      const inner = s.slice(open + 1, j).replace(/\\[a-zA-Z]+\s*(?:\{[^{}]*\})?/g, " ");
      if (PROSE_WORD.test(inner)) return -1;
    }
    return j;
  }
  return -1;
}

/**
 * Splits text into prose and maths: `$$...$$`, `\[...\]`, `\(...\)` and `$...$` spans (see
 * closeInlineDollar for when a `$` is currency). An escaped `\$` is never a delimiter, and a
 * delimiter without its partner stays in the prose.
 */
export function splitMathSpans(s: string): TextSegment[] {
  const out: TextSegment[] = [];
  let prose = 0;
  let i = 0;
  const push = (from: number, to: number, innerFrom: number, innerTo: number) => {
    if (from > prose) out.push({ math: false, text: s.slice(prose, from) });
    out.push({ math: true, text: s.slice(innerFrom, innerTo) });
    prose = to;
  };
  while (i < s.length) {
    const c = s[i];
    if (c === "\\") {
      const n = s[i + 1];
      if (n === "(" || n === "[") {
        const close = s.indexOf(n === "(" ? "\\)" : "\\]", i + 2);
        if (close >= 0) {
          push(i, close + 2, i + 2, close);
          i = close + 2;
          continue;
        }
      }
      i += 2;
      continue;
    }
    if (c === "$") {
      if (s[i + 1] === "$") {
        const close = s.indexOf("$$", i + 2);
        if (close >= 0) {
          push(i, close + 2, i + 2, close);
          i = close + 2;
          continue;
        }
        i += 2;
        continue;
      }
      const close = closeInlineDollar(s, i);
      if (close >= 0) {
        push(i, close + 1, i + 1, close);
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  if (prose < s.length) out.push({ math: false, text: s.slice(prose) });
  return out;
}
