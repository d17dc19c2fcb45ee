import { table } from "./test-table";

table("percentage 50", { kind: "percentage", value: 50 }, [
  ["50%", "correct"],
  ["50 %", "correct"],
  ["50 percent", "correct"],
  ["50 per cent", "correct"],
  ["fifty percent", "correct"],
  ["50", "correct"],
  ["the answer is 50%", "correct"],
  ["I think it's 50 percent", "correct"],
  ["50.0%", "correct"],
  ["0.5", "partial", "form"],
  [".5", "partial", "form"],
  ["half", "partial", "form"],
  ["50% of the students", "correct"],
  ["1/2 = 50%", "correct"],
  ["1/2", "partial", "form"],
  ["a half", "partial", "form"],
  ["5%", "incorrect"],
  ["500%", "incorrect"],
  ["0.05", "incorrect"],
  ["25%", "incorrect"],
  ["50% or 25%", "unparseable"],
  ["idk", "unparseable"],
]);

table("percentage 12.5 with acceptDecimal", { kind: "percentage", value: 12.5, acceptDecimal: true }, [
  ["12.5%", "correct"],
  ["12.5", "correct"],
  ["0.125", "correct"],
  ["1/8", "correct"],
  ["12%", "incorrect"],
  ["13%", "incorrect"],
]);

table("percentage 33.3 with tolerance", { kind: "percentage", value: 33.333, tolerance: { abs: 0.05 } }, [
  ["33.3%", "correct"],
  ["33.33%", "correct"],
  ["33%", "incorrect"],
  ["0.333", "partial", "form"],
  ["1/3", "partial", "form"],
]);

table("percentage 1", { kind: "percentage", value: 1 }, [
  ["1%", "correct"],
  ["1", "correct"],
  ["0.01", "partial", "form"],
  ["10%", "incorrect"],
]);
