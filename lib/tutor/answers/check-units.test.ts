import { describe, expect, it } from "vitest";
import { checkAnswer } from "./check-answer";
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
