/**
 * Operations said in words that the operator table (number-context-words.ts: "plus", "times",
 * "divided by") cannot take, because the words are not between the two numbers or name one
 * number twice: "9 squared", "the square of 9", "4 cubed", "3 to the fourth power", "the product
 * of 6 and 7", "the sum of 4 and 5", "6 times itself", "6 lots of 7", "six sevens", "twice 4.5",
 * "1/3 of 12", "25% of 40", "the square root of 81". Each is rewritten as the arithmetic it names ("9^2",
 * "6 * 7") so that the run is read and evaluated like "6 × 7" is: a text that names the answer
 * as an operation on visible numbers states it, however the operation is worded.
 *
 * Runs on the reading (lower case, number words already digits, see replaceNumberWords), in the
 * languages the tutor speaks (English, Spanish, Swedish, Arabic) and French and German for the
 * common forms. Only between plain numbers (a decimal or a fraction) that are the whole operand:
 * "the square of the side", "the sum of the parts", "the square root of 9x^2" and "4 to the
 * second coefficient" name no such value and stay as they are.
 */

const N = String.raw`(?<![\d.,/])(\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)?)(?![\d]|[.,/]\d)`;
/** A number as an operand: a fraction in brackets so that "^2" squares all of it. */
const operand = (n: string) => (n.includes("/") ? `(${n})` : n);
const ORDINAL_POWERS: Record<string, number> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
const PLURAL_NUMBERS: Record<string, number> = {
  ones: 1,
  twos: 2,
  threes: 3,
  fours: 4,
  fives: 5,
  sixes: 6,
  sevens: 7,
  eights: 8,
  nines: 9,
  tens: 10,
  elevens: 11,
  twelves: 12,
  twenties: 20,
  hundreds: 100,
};

/** The number is the whole operand: "the square root of 9x^2" or "of 2x+6" is not sqrt(9). */
const WHOLE = String.raw`(?![\p{L}^(]|\s*[+\-*/^]\s*[\p{L}\d(])`;
/** "2 squared terms", "1 cubed factor": "squared" describing a noun after it counts things, it squares nothing. */
const NOT_A_NOUN = String.raw`(?!\s+(?:terms?|variables?|factors?|units?|numbers?|values?|quantit(?:y|ies)|expressions?|monomials?|binomials?|differences?|deviations?|errors?|residuals?)\b)`;
const SQUARED = "squared|al cuadrado|au carre|au carré|zum quadrat|i kvadrat|تربيع|تربيعا";
const CUBED = "cubed|al cubo|au cube|hoch 3|i kubik|تكعيب|تكعيبا";
const SQUARE_OF = "(?:the )?square of|el cuadrado de|le carre de|le carré de|das quadrat von|kvadraten (?:på|av)|مربع";
const CUBE_OF = "(?:the )?cube of|el cubo de|le cube de|kuben (?:på|av)|مكعب";
const ROOT_OF =
  "(?:the )?square root of|la raiz cuadrada de|la raíz cuadrada de|kvadratroten (?:ur|av)|الجذر التربيعي (?:ل|لـ)?";
const POWER_OF =
  "to the power(?: of)?|raised to(?: the power(?: of)?)?|elevado a(?: la)?|a la potencia|puissance|hoch|upphöjt till|أس";
const ITSELF = "(?:times|multiplied by|\\*) itself|por s[ií] mismo|gånger sig själv|mal sich selbst|في نفسه";
/** "the X of A and B": the operation and its connector words per language. */
const OF_A_AND_B: [op: string, words: string][] = [
  ["*", "(?:the )?product of|el producto de|le produit de|das produkt von|produkten av|حاصل ضرب|ناتج ضرب"],
  ["+", "(?:the )?(?:sum|total) of|la suma de|la somme de|die summe von|summan av|مجموع|حاصل جمع|ناتج جمع"],
  [
    "-",
    "(?:the )?difference (?:of|between)|la diferencia (?:de|entre)|la différence (?:de|entre)|die differenz (?:von|zwischen)|differensen (?:av|mellan)|الفرق بين",
  ],
  ["/", "(?:the )?quotient of|el cociente de|le quotient de|der quotient von|kvoten av|خارج قسمة|ناتج قسمة"],
];
const AND = "(?:and|y|et|und|och|و)";
const TIMES_OF = "lots of|groups of|sets of|grupos de|groupes de|grupper om|مجموعات من";
const TWICE: [factor: string, words: string][] = [
  ["2", "twice|double|el doble de|le double de|das doppelte von|dubbla|ضعف"],
  ["3", "triple|thrice|el triple de|le triple de|tre gånger|ثلاثة أضعاف"],
];

const rules: [RegExp, (...m: string[]) => string][] = [
  [new RegExp(String.raw`(?:${ROOT_OF})\s*${N}${WHOLE}`, "gu"), (_, a = "") => `sqrt(${a})`],
  [new RegExp(String.raw`(?:${SQUARE_OF})\s*${N}${WHOLE}`, "gu"), (_, a = "") => `${operand(a)}^2`],
  [new RegExp(String.raw`(?:${CUBE_OF})\s*${N}${WHOLE}`, "gu"), (_, a = "") => `${operand(a)}^3`],
  [new RegExp(String.raw`${N}\s*(?:${SQUARED})(?![\p{L}])${NOT_A_NOUN}`, "gu"), (_, a = "") => `${operand(a)}^2`],
  [new RegExp(String.raw`${N}\s*(?:${CUBED})(?![\p{L}])${NOT_A_NOUN}`, "gu"), (_, a = "") => `${operand(a)}^3`],
  [
    new RegExp(
      String.raw`${N}\s+to the (${Object.keys(ORDINAL_POWERS).join("|")}|\d+(?:st|nd|rd|th))(?:\s+power\b|(?=\s*(?:[.,;:!?)]|$)))`,
      "gu",
    ),
    (_, a = "", k = "") => `${operand(a)}^${ORDINAL_POWERS[k] ?? Number.parseInt(k, 10)}`,
  ],
  [new RegExp(String.raw`${N}\s+(?:${POWER_OF})\s+${N}`, "gu"), (_, a = "", b = "") => `${operand(a)}^${operand(b)}`],
  [new RegExp(String.raw`${N}\s+(?:${ITSELF})`, "gu"), (_, a = "") => `${operand(a)} * ${operand(a)}`],
  ...OF_A_AND_B.map(([op, words]): [RegExp, (...m: string[]) => string] => [
    new RegExp(String.raw`(?:${words})\s*${N}\s*,?\s*${AND}\s*${N}`, "gu"),
    (_, a = "", b = "") => `(${operand(a)} ${op} ${operand(b)})`,
  ]),
  [new RegExp(String.raw`${N}\s+(?:${TIMES_OF})\s+${N}`, "gu"), (_, a = "", b = "") => `${operand(a)} * ${operand(b)}`],
  [
    new RegExp(String.raw`${N}\s+(${Object.keys(PLURAL_NUMBERS).join("|")})(?![\p{L}])`, "gu"),
    (_, a = "", k = "") => `${operand(a)} * ${PLURAL_NUMBERS[k]}`,
  ],
  ...TWICE.map(([factor, words]): [RegExp, (...m: string[]) => string] => [
    new RegExp(String.raw`(?<![\p{L}])(?:${words})\s+(?:of\s+)?${N}`, "gu"),
    (_, a = "") => `${factor} * ${operand(a)}`,
  ]),
  // "25% of 40", "el 25 % de 40", "25% av 40": a percentage of a number.
  [
    new RegExp(String.raw`(?<![\d.,/])(\d+(?:\.\d+)?)\s*%\s+(?:of|de|del|av|von|من)\s+${N}${WHOLE}`, "gu"),
    (_, pc = "", a = "") => `${pc}% * ${operand(a)}`,
  ],
  // "1/3 of 12", "1/2 of 18" (number words read "a third of" and "half of" this way).
  [
    new RegExp(String.raw`(?<![\d.,/])(\d+/\d+)\s+(?:of|de|av|von|من)\s+${N}`, "gu"),
    (_, f = "", a = "") => `(${f}) * ${operand(a)}`,
  ],
];

/** The reading with operations said in words written as arithmetic (see the file's comment). */
export function readOperationPhrases(reading: string): string {
  if (!/\d/.test(reading)) return reading;
  let out = reading;
  for (const [re, to] of rules) out = out.replace(re, (...m: unknown[]) => to(...(m as string[])));
  return out;
}
