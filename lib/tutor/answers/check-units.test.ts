import { describe, expect, it } from "vitest";
import { checkAnswer } from "./check-answer";
import { formatAnswer } from "./format-answer";
import type { AnswerSpecInput } from "./spec";
import { spec, table } from "./test-table";

table(
  "numeric cm, unit required",
  { kind: "numeric", value: 12, unit: { name: "cm", aliases: ["centimeters"], required: true } },
  [
    ["12 cm", "correct"],
    ["12cm", "correct"],
    ["12 CM", "correct"],
    ["12 centimeters", "correct"],
    ["12 centimetres", "correct"],
    ["12 centimeter", "correct"],
    ["the answer is 12 cm", "correct"],
    ["12 cm because 3 times 4 is 12", "correct"],
    ["I think it's 12cm.", "correct"],
    ["12", "partial", "unit"],
    ["twelve", "partial", "unit"],
    ["I think it's 12", "partial", "unit"],
    ["12 m", "incorrect"],
    ["12 mm", "incorrect"],
    ["12 meters", "incorrect"],
    ["12 km", "incorrect"],
    ["12 inches", "incorrect"],
    ["$12", "incorrect"],
    ["13 cm", "incorrect"],
    ["13", "incorrect"],
    ["120 mm", "incorrect"],
    ["12 cm^2", "incorrect"],
    ["12 cm²", "incorrect"],
    ["12 square cm", "incorrect"],
    ["12 cms", "correct"],
    ["12 cm or 13 cm", "unparseable"],
  ],
);

table("numeric cm, unit optional", { kind: "numeric", value: 12, unit: { name: "cm" } }, [
  ["12", "correct"],
  ["12 cm", "correct"],
  ["12 m", "incorrect"],
  ["12 kg", "incorrect"],
  ["12 apples", "correct"],
]);

table(
  "numeric dollars with $ alias",
  { kind: "numeric", value: 12, unit: { name: "dollars", aliases: ["$"], required: true } },
  [
    ["$12", "correct"],
    ["$ 12", "correct"],
    ["12$", "correct"],
    ["12 dollars", "correct"],
    ["12 dollar", "correct"],
    ["$12.00", "correct"],
    ["12.00 dollars", "correct"],
    ["12 bucks", "correct"],
    ["it costs $12", "correct"],
    ["the total is $12.", "correct"],
    ["12", "partial", "unit"],
    ["12.00", "partial", "unit"],
    ["€12", "incorrect"],
    ["12 cents", "incorrect"],
    ["$13", "incorrect"],
    ["$1.20", "incorrect"],
    ["-$12", "partial", "sign"],
  ],
);

table("numeric unit name '$' only", { kind: "numeric", value: 2.5, unit: { name: "$", required: true } }, [
  ["$2.50", "correct"],
  ["2.50 dollars", "correct"],
  ["2.5", "partial", "unit"],
  ["$2.05", "incorrect"],
]);

table("numeric km/h", { kind: "numeric", value: 60, unit: { name: "km/h", required: true } }, [
  ["60 km/h", "correct"],
  ["60 kph", "correct"],
  ["60 kilometers per hour", "correct"],
  ["60km/h", "correct"],
  ["60", "partial", "unit"],
  ["60 mph", "incorrect"],
  ["60 m/s", "incorrect"],
]);

table("numeric minutes", { kind: "numeric", value: 45, unit: { name: "minutes", required: true } }, [
  ["45 minutes", "correct"],
  ["45 min", "correct"],
  ["45 mins", "correct"],
  ["forty-five minutes", "correct"],
  ["forty five minutes", "correct"],
  ["45 hours", "incorrect"],
  ["45 seconds", "incorrect"],
  ["45", "partial", "unit"],
]);

describe("numeric understood", () => {
  it.each([
    ["I think it's 12", "12"],
    ["1,200", "1200"],
    [".75", "0.75"],
    ["12 centimeters", "12 cm"],
    ["50%", "50%"],
  ])("%s -> %s", (input, understood) => {
    const s = spec({ kind: "numeric", value: 12, unit: { name: "cm", aliases: ["centimeters"] } });
    expect(checkAnswer(s, input).understood).toBe(understood);
  });

  it("shows $ for money", () => {
    const s = spec({ kind: "numeric", value: 12, unit: { name: "dollars", aliases: ["$"] } });
    expect(checkAnswer(s, "12 dollars").understood).toBe("$12");
    expect(checkAnswer(s, "$12.00").understood).toBe("$12");
  });
});

table("numeric m², unit required", { kind: "numeric", value: 4, unit: { name: "m²", required: true } }, [
  ["4 m²", "correct"],
  ["4 m^2", "correct"],
  ["4 m2", "correct"],
  ["4m²", "correct"],
  ["4 sq m", "correct"],
  ["4 square metres", "correct"],
  ["4 square meters", "correct"],
  ["4 square metre", "correct"],
  ["4 m squared", "correct"],
  ["the area is 4 m²", "correct"],
  ["4", "partial", "unit"],
  ["4 m", "incorrect"],
  ["4 cm²", "incorrect"],
  ["4 m³", "incorrect"],
  ["5 m²", "incorrect"],
]);

table("numeric cm², unit required", { kind: "numeric", value: 4, unit: { name: "cm²", required: true } }, [
  ["4 cm²", "correct"],
  ["4 cm^2", "correct"],
  ["4 cm2", "correct"],
  ["4cm²", "correct"],
  ["4 sq cm", "correct"],
  ["4 square centimetres", "correct"],
  ["4 square centimetre", "correct"],
  ["4 cm squared", "correct"],
  ["4", "partial", "unit"],
  ["4 cm", "incorrect"],
  ["4 m²", "incorrect"],
  ["4 mm²", "incorrect"],
]);

table("numeric unit named 'square metre'", { kind: "numeric", value: 4, unit: { name: "square metre" } }, [
  ["4 square metre", "correct"],
  ["4 square metres", "correct"],
  ["4 m²", "correct"],
  ["4 m^2", "correct"],
  ["4 sq m", "correct"],
  ["4 cm²", "incorrect"],
]);

table(
  "numeric unit with an m² alias",
  { kind: "numeric", value: 4, unit: { name: "square meters", aliases: ["m²"], required: true } },
  [
    ["4 m²", "correct"],
    ["4 m2", "correct"],
    ["4 square metres", "correct"],
    ["4", "partial", "unit"],
    ["4 m", "incorrect"],
  ],
);

table("numeric square units", { kind: "numeric", value: 4, unit: { name: "units²", required: true } }, [
  ["4 units²", "correct"],
  ["4 square units", "correct"],
  ["4 sq units", "correct"],
  ["4", "partial", "unit"],
]);

table("numeric length in m is not an area", { kind: "numeric", value: 2, unit: { name: "m", required: true } }, [
  ["2 m", "correct"],
  ["2 metres", "correct"],
  ["2 m²", "incorrect"],
  ["2 m^2", "incorrect"],
  ["2 m2", "incorrect"],
  ["2 m squared", "incorrect"],
  ["2 m/s", "incorrect"],
]);

table("numeric unit named '%'", { kind: "numeric", value: 4, unit: { name: "%", required: true } }, [
  ["4%", "correct"],
  ["4 %", "correct"],
  ["4 percent", "correct"],
  ["4", "partial", "unit"],
]);

describe("formatAnswer's display form is accepted by checkAnswer", () => {
  it.each([
    { kind: "numeric", value: 4, unit: { name: "m²", required: true } },
    { kind: "numeric", value: 12.5, unit: { name: "cm²" } },
    { kind: "numeric", value: 1200, unit: { name: "m²", required: true } },
    { kind: "numeric", value: 2, unit: { name: "m²" } },
    { kind: "numeric", value: 3, unit: { name: "cm³", required: true } },
    { kind: "numeric", value: 8, unit: { name: "m³" } },
    { kind: "numeric", value: 6, unit: { name: "mm²" } },
    { kind: "numeric", value: 9, unit: { name: "km²" } },
    { kind: "numeric", value: 10, unit: { name: "ft²" } },
    { kind: "numeric", value: 5, unit: { name: "M²" } },
    { kind: "numeric", value: 4, unit: { name: "units²", required: true } },
    { kind: "numeric", value: 4, unit: { name: "square metre", required: true } },
    { kind: "numeric", value: 4, unit: { name: "sq cm", required: true } },
    { kind: "numeric", value: 4, unit: { name: "square meters", aliases: ["m²"], required: true } },
    { kind: "numeric", value: -2, unit: { name: "m/s²" } },
    { kind: "numeric", value: 90, unit: { name: "°", required: true } },
    { kind: "numeric", value: 20, unit: { name: "°C", required: true } },
    { kind: "numeric", value: 4, unit: { name: "%", required: true } },
    { kind: "numeric", value: 12, unit: { name: "cm", required: true } },
    { kind: "numeric", value: 12.5, unit: { name: "dollars", aliases: ["$"], required: true } },
    { kind: "numeric", value: -3, unit: { name: "$", required: true } },
    { kind: "fraction", value: "3/4", unit: { name: "m²", required: true } },
    { kind: "fraction", value: "1 1/2", unit: { name: "cm³", required: true } },
    {
      kind: "list",
      items: [
        { kind: "numeric", value: 2, unit: { name: "m²", required: true } },
        { kind: "numeric", value: 3, unit: { name: "m²", required: true } },
      ],
    },
    { kind: "choice", options: ["4 ÷ 2/3", "4 × 2/3"], correct: 0 },
    { kind: "choice", options: ["4 ÷ 2/3", "4 × 2/3"], correct: 1 },
    { kind: "choice", options: ["Yes, more than half", "No, less than half"], correct: 0 },
    { kind: "choice", options: ["Turn left", "Turn right"], correct: 1 },
    { kind: "text", accepted: ["No, because 7 is odd"] },
  ] satisfies AnswerSpecInput[])("%j", (input: AnswerSpecInput) => {
    const s = spec(input);
    expect(checkAnswer(s, formatAnswer(s)).verdict, formatAnswer(s)).toBe("correct");
  });
});
