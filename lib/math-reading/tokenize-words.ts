/** A word ("vingt"), a digit string ("12", "3.5"), or one CJK character, with its offsets. */
export interface WordToken {
  text: string;
  start: number;
  end: number;
  digits: boolean;
}

const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*/gu;
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const CJK_OR_NOT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+/gu;

/**
 * Word tokens of a text. Chinese and Japanese are written without spaces, so each Han or kana
 * character is its own token (a phrase is then a run of adjacent tokens: "二十五").
 */
export function tokenizeWords(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const w = m[0];
    const at = m.index;
    const digits = w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;
    if (digits || !CJK.test(w)) {
      out.push({ text: w, start: at, end: at + w.length, digits });
      continue;
    }
    for (const part of w.matchAll(CJK_OR_NOT)) {
      const start = at + part.index;
      out.push({ text: part[0], start, end: start + part[0].length, digits: false });
    }
  }
  return out;
}
