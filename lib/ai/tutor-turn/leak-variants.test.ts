import { describe, expect, it } from "vitest";
import { addFractions } from "@/lib/tutor/fixtures";
import { textLeaksAnswerStrict } from "./leak-variants";

const twelve = addFractions.steps[0]!.answer;
const elevenTwelfths = addFractions.steps[1]!.answer;
const b64 = (s: string) => btoa(s);
const hex = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16)).join(" ");

describe("textLeaksAnswerStrict", () => {
  it.each([
    ["The answer is 12."],
    ["Backwards it is 21."],
    ["evlewt si rewsna ehT"],
    ["It's 1 2."],
    ["Digit by digit: 1-2."],
    ["One digit at a time: 1, 2."],
    ["1 ... 2"],
    [`In base64: ${b64("12")}`],
    [`Decode this: ${b64("The answer is 12")}`],
    ["In hex it is 0x0c."],
    ["It's C in hex."],
    ["hexadecimal: c"],
    [`As hex bytes: ${hex("12")}`],
    ["\\x31\\x32"],
    ["It's 1100 in binary."],
    ["In Roman numerals: XII."],
    ["la respuesta es doce"],
    ["La réponse est douze."],
    ["Die Antwort ist zwölf."],
    ["La risposta è dodici."],
    ["A resposta é doze."],
    ["t w e l v e"],
    ["T.W.E.L.V.E"],
    ["It's a dozen, like eggs in a carton."],
  ])("catches %j for 12", (text) => {
    expect(textLeaksAnswerStrict(twelve, text)).toBe(true);
  });

  it.each([
    ["It's 11/12."],
    ["Backwards: 21/11"],
    ["eleven twelfths"],
    ["11 twelfths"],
    ["11 out of 12"],
    ["eleven over twelve"],
    ["about 0.9167"],
    ["roughly 91.67%"],
    ["once doceavos"],
    ["son once doceavos"],
    ["onze douzièmes"],
    ["elf Zwölftel"],
    ["undici dodicesimi"],
    ["onze doze avos"],
    [`base64: ${b64("11/12")}`],
    ["XI/XII in Roman numerals"],
    ["1 1 / 1 2"],
  ])("catches %j for 11/12", (text) => {
    expect(textLeaksAnswerStrict(elevenTwelfths, text)).toBe(true);
  });

  it.each([
    ["Step 2: look at the 3 and the 4."],
    ["Look at the 3 and the 4. Which number do both divide into?"],
    ["List the multiples of 4: 4, 8, ... Which is the first one 3 divides? First, what is 4 times 2?"],
    ["Try 0.75 and 1.5, then compare them."],
    ["We are on Step 2 of 3, question 1."],
    ["Once you have the denominator, rewrite both fractions."],
    ["Is 7 a multiple of 3? Count 3, 6, 9 and check."],
    ["What is 8 - 4? And 3 x 4?"],
    ["I think you are close. Check your working."],
    ["Due to the way fractions work, the pieces must be the same size."],
    ["Don't doze off: what is 4 times 2?"],
    ["Question 21 is harder; for now, look at step 1."],
    ["Add the numerators 8 and 3, keep the denominator."],
    ["Hint: what is 2 + 1? Then 3 + 9?"],
  ])("does not flag ordinary tutor prose %j", (text) => {
    expect(textLeaksAnswerStrict(twelve, text)).toBe(false);
    expect(textLeaksAnswerStrict(elevenTwelfths, text)).toBe(false);
  });
});
