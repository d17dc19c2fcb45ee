import { table } from "./test-table";

table("fraction 3/4", { kind: "fraction", value: "3/4" }, [
  ["3/4", "correct"],
  ["3 / 4", "correct"],
  ["3⁄4", "correct"],
  ["¾", "correct"],
  ["6/8", "correct"],
  ["9/12", "correct"],
  ["0.75", "correct"],
  [".75", "correct"],
  ["three quarters", "correct"],
  ["three fourths", "correct"],
  ["I think it's 3/4", "correct"],
  ["the answer is 3/4.", "correct"],
  ["3 over 4", "incorrect"],
  ["3 out of 4", "correct"],
  ["three out of four", "correct"],
  ["3/4 of it", "correct"],
  ["0.75 or 3/4", "correct"],
  ["3 out of 8", "incorrect"],
  ["75%", "partial", "form"],
  ["4/3", "incorrect"],
  ["3/8", "incorrect"],
  ["1/4", "incorrect"],
  ["0.7", "incorrect"],
  ["0.34", "incorrect"],
  ["-3/4", "partial", "sign"],
  ["3/4 or 4/3", "unparseable"],
  ["3/0", "unparseable"],
  ["3", "incorrect"],
  ["4", "incorrect"],
  ["3 4", "unparseable"],
  ["idk", "unparseable"],
]);

table(
  "fraction 3/4 simplified, no decimals",
  { kind: "fraction", value: "3/4", requireSimplified: true, acceptDecimal: false },
  [
    ["3/4", "correct"],
    ["6/8", "partial", "simplify"],
    ["75/100", "partial", "simplify"],
    ["0.75", "partial", "form"],
    ["75%", "partial", "form"],
    ["5/8", "incorrect"],
  ],
);

table("fraction 1/3 (repeating decimal)", { kind: "fraction", value: "1/3" }, [
  ["1/3", "correct"],
  ["2/6", "correct"],
  ["one third", "correct"],
  ["a third", "correct"],
  ["0.333", "partial", "form"],
  ["0.33", "partial", "form"],
  ["0.3333333", "partial", "form"],
  [".333", "partial", "form"],
  ["0.3", "incorrect"],
  ["0.34", "incorrect"],
  ["0.35", "incorrect"],
  ["0.333333333333", "correct"],
  ["3/10", "incorrect"],
  ["33%", "incorrect"],
]);

table("fraction 2/3 (rounded and truncated decimals)", { kind: "fraction", value: "2/3" }, [
  ["2/3", "correct"],
  ["4/6", "correct"],
  ["two thirds", "correct"],
  ["0.67", "partial", "form"],
  ["0.667", "partial", "form"],
  ["0.66", "partial", "form"],
  ["0.666", "partial", "form"],
  ["0.68", "incorrect"],
  ["0.65", "incorrect"],
  ["3/2", "incorrect"],
]);

table("fraction mixed 1 1/2", { kind: "fraction", value: "1 1/2" }, [
  ["1 1/2", "correct"],
  ["3/2", "correct"],
  ["1.5", "correct"],
  ["1½", "correct"],
  ["1 ½", "correct"],
  ["6/4", "correct"],
  ["one and a half", "correct"],
  ["1 and 1/2", "correct"],
  ["I got 1 1/2", "correct"],
  ["150%", "partial", "form"],
  ["1 1/4", "incorrect"],
  ["2 1/2", "incorrect"],
  ["1/2", "incorrect"],
  ["11/2", "incorrect"],
  ["1", "incorrect"],
  ["-1 1/2", "partial", "sign"],
]);

table("fraction mixed, simplified required", { kind: "fraction", value: "1 1/2", requireSimplified: true }, [
  ["1 1/2", "correct"],
  ["3/2", "correct"],
  ["1 2/4", "partial", "simplify"],
  ["6/4", "partial", "simplify"],
  ["1.5", "correct"],
]);

table("fraction negative -2/3", { kind: "fraction", value: "-2/3" }, [
  ["-2/3", "correct"],
  ["−2/3", "correct"],
  ["minus 2/3", "correct"],
  ["negative two thirds", "correct"],
  ["-4/6", "correct"],
  ["2/3", "partial", "sign"],
  ["-0.67", "partial", "form"],
  ["-3/2", "incorrect"],
]);

table("fraction improper -5/2", { kind: "fraction", value: "-5/2" }, [
  ["-5/2", "correct"],
  ["-2 1/2", "correct"],
  ["-2.5", "correct"],
  ["5/2", "partial", "sign"],
  ["-2/5", "incorrect"],
]);

table("fraction integer value 4", { kind: "fraction", value: "4", requireSimplified: true }, [
  ["4", "correct"],
  ["4.0", "correct"],
  ["8/2", "partial", "simplify"],
  ["4/1", "partial", "simplify"],
  ["5", "incorrect"],
]);

table("fraction with unit", { kind: "fraction", value: "3/4", unit: { name: "cups", required: true } }, [
  ["3/4 cups", "correct"],
  ["3/4 cup", "correct"],
  ["3/4", "partial", "unit"],
  ["3/4 liters", "incorrect"],
  ["1/2 cups", "incorrect"],
]);

table("fraction 1/8 decimal", { kind: "fraction", value: "1/8" }, [
  ["0.125", "correct"],
  ["1/8", "correct"],
  ["an eighth", "correct"],
  ["0.12", "partial", "form"],
  ["0.13", "partial", "form"],
  ["0.1", "incorrect"],
]);
