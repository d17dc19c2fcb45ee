import { dropArabicArticle, foldArabicLetters } from "../answers/arabic-script";

/**
 * Arabic counts two of a thing with the noun alone: "لتران" / "لترين" (two litres), "ساعتان" (two
 * hours), "زجاجتين" (two bottles). A text that says the answer 2 this way states it as surely as
 * "2 لتر". The dual is the noun's stem with "ان" or "ين" (a feminine noun's ة written ت before
 * it); without vowels it is spelt like other words, so a word reads as a dual only when its stem
 * is a noun of the visible texts (as written, without the article, or from its plural in "ات"), and
 * not when the word itself is on screen already ("على زجاجتين" restated from the statement).
 * Returns the text with each such dual as "2 <stem>", or null when there is none.
 */
export function readArabicDuals(text: string, visibleTexts: string[]): string | null {
  if (!/[\u0600-\u06FF]/.test(text)) return null;
  const { nouns, seen } = visibleWords(visibleTexts);
  let changed = false;
  const out = foldArabicLetters(text).replace(/\p{L}+/gu, (word) => {
    if (seen.has(word) || seen.has(dropArabicArticle(word))) return word;
    // Every split of the clitics in front ("و", "ب", "ال", "لل"): "لتران" is no "ل" + "تران".
    for (const pre of PREFIXES) {
      if (!word.startsWith(pre)) continue;
      const rest = word.slice(pre.length);
      const dual = /^(\p{L}{2,})(?:ان|ين)$/u.exec(rest);
      const stem = dual?.[1];
      if (!stem) continue;
      const forms = [stem, stem.endsWith("ت") ? `${stem.slice(0, -1)}ه` : ""];
      if (!forms.some((f) => f && nouns.has(f))) continue;
      changed = true;
      return `${pre}2 ${stem}`;
    }
    return word;
  });
  return changed ? out : null;
}

/** The clitics a dual may carry in front, the empty one first. */
const PREFIXES = [
  "",
  ...["", "و", "ف"].flatMap((c) => ["", "ب", "ك", "ل"].flatMap((p) => [`${c}${p}ال`, `${c}${p}`])),
  "لل",
  "ولل",
  "فلل",
].filter((p, i, all) => all.indexOf(p) === i);

/**
 * The visible texts' words without the article ("seen") and the nouns a dual may be made of
 * (those, and the singular of plurals in "ات"). One turn's guard asks for every reading of the
 * model's text against the same visible texts: built once per list.
 */
const visibleWordsOf = new WeakMap<string[], { nouns: Set<string>; seen: Set<string> }>();
function visibleWords(visibleTexts: string[]): { nouns: Set<string>; seen: Set<string> } {
  const cached = visibleWordsOf.get(visibleTexts);
  if (cached) return cached;
  const nouns = new Set<string>();
  const seen = new Set<string>();
  for (const v of visibleTexts) {
    for (const w of foldArabicLetters(v).match(/\p{L}+/gu) ?? []) {
      const bare = dropArabicArticle(w);
      seen.add(bare);
      nouns.add(bare);
      if (bare.endsWith("ات") && bare.length > 4) {
        nouns.add(bare.slice(0, -2));
        nouns.add(`${bare.slice(0, -2)}ه`);
      }
    }
  }
  const words = { nouns, seen };
  visibleWordsOf.set(visibleTexts, words);
  return words;
}
