import { describe, expect, it } from "vitest";
import { readMath } from "./read-math";

/** The values the reading's runs state (every run's values, flattened). */
const values = (text: string) => readMath(text).runs.flatMap((r) => r.values);

describe("operations said in words are read as the arithmetic they name", () => {
  it.each<[string, number]>([
    ["9 squared", 81],
    ["nine squared", 81],
    ["the square of nine", 81],
    ["9 to the power of 2", 81],
    ["9 raised to 2", 81],
    ["9 to the second power", 81],
    ["3 to the 4th power", 81],
    ["9 times itself", 81],
    ["nine multiplied by itself", 81],
    ["nine nines", 81],
    ["4 cubed", 64],
    ["the cube of four", 64],
    ["four to the third", 64],
    ["2 to the sixth", 64],
    ["3/4 squared", 0.5625],
    ["the product of six and seven", 42],
    ["the product of 6 and 7", 42],
    ["six lots of seven", 42],
    ["6 groups of 7", 42],
    ["six sevens", 42],
    ["seven sixes", 42],
    ["the sum of four and five", 9],
    ["the total of 4 and 5", 9],
    ["the difference between 10 and 1", 9],
    ["the quotient of 45 and 5", 9],
    ["twice 4.5", 9],
    ["double 4.5", 9],
    ["triple 3", 9],
    ["half of 18", 9],
    ["a third of 27", 9],
    ["the square root of 81", 9],
    ["25% of 40", 10],
    ["25 percent of forty", 10],
    ["el 25 % de 40", 10],
    ["25 procent av 40", 10],
    // Spanish, Swedish, French, German, Arabic.
    ["nueve al cuadrado", 81],
    ["el cuadrado de nueve", 81],
    ["el producto de seis y siete", 42],
    ["la suma de cuatro y cinco", 9],
    ["el doble de 4.5", 9],
    ["la mitad de 18", 9],
    ["nio i kvadrat", 81],
    ["produkten av 6 och sju", 42], // "sex" stays a word: it is also English
    ["summan av 4 och 5", 9],
    ["neuf au carré", 81],
    ["le produit de 6 et 7", 42],
    ["neun zum Quadrat", 81],
    ["das Produkt von 6 und 7", 42],
    ["مربع 9", 81],
    ["9 تربيع", 81],
    ["حاصل ضرب 6 و 7", 42],
    ["مجموع 4 و5", 9],
  ])("%j states %d", (text, value) => {
    expect(values(text)).toContain(value);
  });

  it.each<[string, number]>([
    // Only between numbers: a name, a unit or a noun in between is no operand.
    ["the square of the side", 81],
    ["the sum of the parts", 9],
    ["the area is the side squared", 81],
    ["6 rows of 7 eggs", 42],
    ["6 boxes of 7", 42],
    ["twice as many", 2],
    ["a square of side 9", 81],
    ["9 squares", 81],
    // The OATutor library (a probe of every text): a number that is only part of the operand,
    // an ordinal that names a coefficient, "squared" describing the noun after it.
    ["what is the square root of 9x^2?", 3],
    ["then the square root of 2x+6 is taken", Math.SQRT2],
    ["add 8 to the second coefficient 0", 64],
    ["2 squared terms with equal coefficients", 4],
    // "de" after a fraction is "of", not another fraction bar (1/2/18).
    ["la mitad de 18", 1 / 36],
  ])("%j does not state %d", (text, value) => {
    expect(values(text)).not.toContain(value);
  });
});
