const ONES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** English words for a whole number 0..999,999 ("one hundred and five"); null outside. */
export function spellNumber(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n >= 1_000_000) return null;
  if (n < 20) return ONES[n]!;
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? `-${ONES[n % 10]}` : "");
  if (n < 1000) {
    const rest = n % 100;
    return `${ONES[Math.floor(n / 100)]} hundred${rest ? ` and ${spellNumber(rest)}` : ""}`;
  }
  const rest = n % 1000;
  return `${spellNumber(Math.floor(n / 1000))} thousand${rest ? `${rest < 100 ? " and" : ""} ${spellNumber(rest)}` : ""}`;
}

const DENOM_WORDS: Record<number, [string, string][]> = {
  2: [["half", "halves"]],
  3: [["third", "thirds"]],
  4: [
    ["quarter", "quarters"],
    ["fourth", "fourths"],
  ],
  5: [["fifth", "fifths"]],
  6: [["sixth", "sixths"]],
  7: [["seventh", "sevenths"]],
  8: [["eighth", "eighths"]],
  9: [["ninth", "ninths"]],
  10: [["tenth", "tenths"]],
};

/** "three quarters", "three fourths", "one and a half" for small proper or mixed fractions. */
export function spellFraction(num: number, den: number): string[] {
  const words = DENOM_WORDS[den];
  if (!words || num <= 0) return [];
  const whole = Math.floor(num / den);
  const part = num % den;
  if (part === 0) return [];
  const out: string[] = [];
  for (const [one, many] of words) {
    const frac = `${spellNumber(part)} ${part === 1 ? one : many}`;
    if (whole === 0) {
      out.push(frac);
      if (part === 1) out.push(`a ${one}`);
    } else {
      out.push(`${spellNumber(whole)} and ${part === 1 ? `a ${one}` : frac}`);
    }
  }
  return out;
}
