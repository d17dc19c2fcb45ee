import { toCardinal as ar } from "n2words/ar-SA";
import { toCardinal as bn } from "n2words/bn-BD";
import { toCardinal as cs } from "n2words/cs-CZ";
import { toCardinal as da } from "n2words/da-DK";
import { toCardinal as de } from "n2words/de-DE";
import { toCardinal as el } from "n2words/el-GR";
import { toCardinal as enGB } from "n2words/en-GB";
import { toCardinal as en } from "n2words/en-US";
import { toCardinal as es } from "n2words/es-ES";
import { toCardinal as fa } from "n2words/fa-IR";
import { toCardinal as fi } from "n2words/fi-FI";
import { toCardinal as frBE } from "n2words/fr-BE";
import { toCardinal as fr } from "n2words/fr-FR";
import { toCardinal as he } from "n2words/he-IL";
import { toCardinal as hi } from "n2words/hi-IN";
import { toCardinal as hr } from "n2words/hr-HR";
import { toCardinal as hu } from "n2words/hu-HU";
import { toCardinal as id } from "n2words/id-ID";
import { toCardinal as it } from "n2words/it-IT";
import { toCardinal as ja } from "n2words/ja-JP";
import { toCardinal as ko } from "n2words/ko-KR";
import { toCardinal as lt } from "n2words/lt-LT";
import { toCardinal as lv } from "n2words/lv-LV";
import { toCardinal as ms } from "n2words/ms-MY";
import { toCardinal as nb } from "n2words/nb-NO";
import { toCardinal as nl } from "n2words/nl-NL";
import { toCardinal as pl } from "n2words/pl-PL";
import { toCardinal as pt } from "n2words/pt-PT";
import { toCardinal as ro } from "n2words/ro-RO";
import { toCardinal as ru } from "n2words/ru-RU";
import { toCardinal as srCyrl } from "n2words/sr-Cyrl-RS";
import { toCardinal as srLatn } from "n2words/sr-Latn-RS";
import { toCardinal as sv } from "n2words/sv-SE";
import { toCardinal as tr } from "n2words/tr-TR";
import { toCardinal as uk } from "n2words/uk-UA";
import { toCardinal as vi } from "n2words/vi-VN";
import { toCardinal as zhHans } from "n2words/zh-Hans-CN";
import { toCardinal as zhHant } from "n2words/zh-Hant-TW";

export interface NumberLanguage {
  code: string;
  toCardinal: (n: number) => string;
  /** Accents are part of the word (Vietnamese "năm" 5 vs "nam"): match them exactly. */
  keepAccents?: boolean;
}

/**
 * The languages whose number words are read, in priority order: when two languages spell
 * different numbers the same way, the first wins. Left out on purpose: Thai (no spaces between
 * words), Swahili and Filipino (number words that are common words in other languages).
 */
export const NUMBER_LANGUAGES: NumberLanguage[] = [
  { code: "en-US", toCardinal: en },
  { code: "en-GB", toCardinal: enGB },
  { code: "fr-FR", toCardinal: fr },
  { code: "fr-BE", toCardinal: frBE },
  { code: "es-ES", toCardinal: es },
  { code: "de-DE", toCardinal: de },
  { code: "it-IT", toCardinal: it },
  { code: "pt-PT", toCardinal: pt },
  { code: "nl-NL", toCardinal: nl },
  { code: "pl-PL", toCardinal: pl },
  { code: "sv-SE", toCardinal: sv },
  { code: "da-DK", toCardinal: da },
  { code: "nb-NO", toCardinal: nb },
  { code: "fi-FI", toCardinal: fi },
  { code: "cs-CZ", toCardinal: cs },
  { code: "hr-HR", toCardinal: hr },
  { code: "sr-Latn-RS", toCardinal: srLatn },
  { code: "hu-HU", toCardinal: hu },
  { code: "lt-LT", toCardinal: lt },
  { code: "lv-LV", toCardinal: lv },
  { code: "ro-RO", toCardinal: ro },
  { code: "tr-TR", toCardinal: tr },
  { code: "id-ID", toCardinal: id },
  { code: "ms-MY", toCardinal: ms },
  { code: "vi-VN", toCardinal: vi, keepAccents: true },
  { code: "ru-RU", toCardinal: ru },
  { code: "uk-UA", toCardinal: uk },
  { code: "sr-Cyrl-RS", toCardinal: srCyrl },
  { code: "el-GR", toCardinal: el },
  { code: "ar-SA", toCardinal: ar },
  { code: "he-IL", toCardinal: he },
  { code: "fa-IR", toCardinal: fa },
  { code: "hi-IN", toCardinal: hi },
  { code: "bn-BD", toCardinal: bn },
  { code: "zh-Hans-CN", toCardinal: zhHans },
  { code: "zh-Hant-TW", toCardinal: zhHant },
  { code: "ja-JP", toCardinal: ja },
  { code: "ko-KR", toCardinal: ko },
];
