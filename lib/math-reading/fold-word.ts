const ASCII = /^[ -~]*$/;
const MARK_AFTER_EUROPEAN_LETTER = /([\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}])\p{M}+/gu;
const SPECIAL: Record<string, string> = {
  ß: "ss",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ł: "l",
  đ: "d",
  ı: "i",
  ς: "σ",
  // Ukrainian і/ї and the Latin "i" n2words writes in "вiсiм" must all meet.
  і: "i",
  ї: "i",
  ё: "е",
  ـ: "",
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ى: "ی",
  ي: "ی",
  ك: "ک",
  ة: "ه",
  "ँ": "ं",
  "़": "",
};
const SPECIAL_CHARS = new RegExp(`[${Object.keys(SPECIAL).join("")}]`, "g");
/** Hebrew points and Arabic short vowels: written or not, the word is the same. */
const SEMITIC_POINTS = /[\u0591-\u05C7\u064B-\u065F\u0670]/g;
const cache = new Map<string, string>();

/**
 * The matching form of a word: lower-case, without accents on Latin, Greek and Cyrillic letters
 * ("fünf" -> "funf", "três" -> "tres", "ένα" -> "ενα"), without Hebrew and Arabic points, with
 * the usual spelling variants merged (Arabic alef and ya forms, Devanagari chandrabindu), and
 * without apostrophes ("п'ять" -> "пять").
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII.test(lower)) return lower.includes("'") ? lower.replace(/'/g, "") : lower;
  const hit = cache.get(lower);
  if (hit !== undefined) return hit;
  const out = lower
    .normalize("NFD")
    .replace(MARK_AFTER_EUROPEAN_LETTER, "$1")
    .replace(SEMITIC_POINTS, "")
    .normalize("NFC")
    .replace(SPECIAL_CHARS, (c) => SPECIAL[c] ?? c)
    .replace(/['\u2019\u02bc]/g, "");
  if (cache.size > 20_000) cache.clear();
  cache.set(lower, out);
  return out;
}
