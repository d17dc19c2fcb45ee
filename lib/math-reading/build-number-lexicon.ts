import { foldWord } from "./fold-word";
import { NUMBER_EXTRAS } from "./number-extras";
import { NUMBER_LANGUAGES } from "./number-languages";
import { tokenizeWords } from "./tokenize-words";

/** Every spelled number known, keyed by its words folded and joined without separators. */
export interface NumberLexicon {
  /** "vingtcinq" -> 25, "twentyfive" -> 25, "二十五" -> 25. */
  phrases: Map<string, number>;
  /** Every folded word that occurs in some phrase: a cheap first filter. */
  words: Set<string>;
  /** The most words in one phrase. */
  maxWords: number;
  /** The keys spelled in English. */
  english: Set<string>;
}

const FINANCIAL: Record<string, string> = {
  壹: "一",
  贰: "二",
  貳: "二",
  叁: "三",
  參: "三",
  肆: "四",
  伍: "五",
  陆: "六",
  陸: "六",
  柒: "七",
  捌: "八",
  玖: "九",
  拾: "十",
  佰: "百",
  仟: "千",
};

/** Exact (accent-keeping) form, for languages where accents tell numbers from words. */
export function exactWord(w: string): string {
  return w.toLowerCase().normalize("NFC").replace(/'/g, "");
}

/** Chinese as written every day: financial digits to common ones, "一十五" -> "十五", "二百" -> "两百". */
function chineseVariants(s: string): string[] {
  const common = [...s].map((c) => FINANCIAL[c] ?? c).join("");
  const out = [s, common];
  if (common.startsWith("一十")) out.push(common.slice(1));
  if (/^二[百千万萬]/.test(common)) out.push(`两${common.slice(1)}`);
  return out;
}

let built: NumberLexicon | null = null;

const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

function add(lex: NumberLexicon, phrase: string, value: number, exact: boolean, english = false): string {
  const texts = CJK.test(phrase) ? tokenizeWords(phrase).map((t) => t.text) : phrase.split(/[\s,-]+/).filter(Boolean);
  if (texts.length === 0) return "";
  const words = texts.map((t) => (exact ? exactWord(t) : foldWord(t)));
  const key = words.join("");
  if (!lex.phrases.has(key)) lex.phrases.set(key, value);
  for (const w of words) lex.words.add(w);
  if (words.length > lex.maxWords) lex.maxWords = words.length;
  if (english) lex.english.add(key);
  return key;
}

function valuesToSpell(): number[] {
  const out: number[] = [];
  for (let n = 0; n <= 1000; n++) out.push(n);
  for (let k = 2; k < 100; k++) out.push(k * 1000);
  for (let k = 100; k < 1000; k += 100) out.push(k * 1000);
  out.push(1_000_000);
  return out;
}

/**
 * The lexicon, built once on first use from n2words (0..1000, the thousands 2000..99 000 and the hundreds of thousands,
 * and a million in each language of NUMBER_LANGUAGES) plus NUMBER_EXTRAS.
 */
export function getNumberLexicon(): NumberLexicon {
  if (built) return built;
  const lex: NumberLexicon = { phrases: new Map(), words: new Set(), maxWords: 1, english: new Set() };
  const values = valuesToSpell();
  for (const lang of NUMBER_LANGUAGES) {
    const chinese = lang.code.startsWith("zh");
    const english = lang.code.startsWith("en");
    for (const n of values) {
      let spelled: string;
      try {
        spelled = lang.toCardinal(n);
      } catch {
        continue;
      }
      const forms = chinese ? chineseVariants(spelled) : [spelled];
      for (const f of forms) add(lex, f, n, lang.keepAccents === true, english);
    }
  }
  for (const [phrase, value] of NUMBER_EXTRAS) add(lex, phrase, value, false, /^(?:a|one|nought) /.test(`${phrase} `));
  built = lex;
  return lex;
}
