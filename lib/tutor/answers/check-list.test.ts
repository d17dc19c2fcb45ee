import { describe, expect, it } from "vitest";
import { splitList } from "./check-list";
import { normalizeInput } from "./normalize-input";
import type { AnswerSpecInput } from "./spec";
import { table } from "./test-table";

const seq: AnswerSpecInput = {
  kind: "list",
  ordered: true,
  items: [
    { kind: "numeric", value: -13 },
    { kind: "numeric", value: -14 },
    { kind: "numeric", value: -15 },
  ],
};

table("ordered list -13, -14, -15", seq, [
  ["-13, -14, -15", "correct"],
  ["-13,-14,-15", "correct"],
  ["-13 -14 -15", "unparseable"],
  ["-13; -14; -15", "correct"],
  ["-13, -14 and -15", "correct"],
  ["−13, −14, −15", "correct"],
  ["the answers are -13, -14, -15", "correct"],
  ["(-13, -14, -15)", "correct"],
  ["minus 13, minus 14, minus 15", "correct"],
  ["-14, -13, -15", "partial", "order"],
  ["-15, -14, -13", "partial", "order"],
  ["-13, -14, -16", "partial", "parts"],
  ["-13, -14", "partial", "parts"],
  ["-13", "partial", "parts"],
  ["-13, -14, -15, -16", "partial", "parts"],
  ["-13, -14, 15", "partial", "sign"],
  ["-1, -2, -3", "incorrect"],
  ["13, 14, 15, 16, 17, 18, 19, 20", "partial", "parts"],
  ["-13, -14 or -15", "unparseable"],
  ["idk", "unparseable"],
  ["", "unparseable"],
]);

table(
  "unordered list of roots",
  {
    kind: "list",
    items: [
      { kind: "numeric", value: 2 },
      { kind: "numeric", value: -3 },
    ],
  },
  [
    ["2, -3", "correct"],
    ["-3, 2", "correct"],
    ["2 and -3", "correct"],
    ["-3 and 2", "correct"],
    ["x = 2, x = -3", "correct"],
    ["x = 2 and x = -3", "correct"],
    ["(2, -3)", "correct"],
    ["2, 3", "partial", "sign"],
    ["2, 4", "partial", "parts"],
    ["2", "partial", "parts"],
    ["2, 2", "partial", "parts"],
    ["1, 4", "incorrect"],
    ["2 or -3", "unparseable"],
  ],
);

table(
  "list of equations x = 2, y = 3",
  {
    kind: "list",
    items: [
      { kind: "equation", value: "x = 2", variables: ["x"] },
      { kind: "equation", value: "y = 3", variables: ["y"] },
    ],
  },
  [
    ["x = 2, y = 3", "correct"],
    ["x=2,y=3", "correct"],
    ["y = 3, x = 2", "correct"],
    ["x = 2 and y = 3", "correct"],
    ["x = 2; y = 3", "correct"],
    ["x = 2, y = 4", "partial", "parts"],
    ["x = 3, y = 2", "incorrect"],
    ["x = 2", "partial", "parts"],
  ],
);

table(
  "ordered coordinate pair (2, 3)",
  {
    kind: "list",
    ordered: true,
    items: [
      { kind: "numeric", value: 2 },
      { kind: "numeric", value: 3 },
    ],
  },
  [
    ["(2, 3)", "correct"],
    ["(2,3)", "correct"],
    ["2, 3", "correct"],
    ["[2, 3]", "correct"],
    ["(3, 2)", "partial", "order"],
    ["(2, 4)", "partial", "parts"],
    ["(1, 1)", "incorrect"],
  ],
);

table(
  "list with thousands: 3 items",
  {
    kind: "list",
    items: [
      { kind: "numeric", value: 1200 },
      { kind: "numeric", value: 5 },
      { kind: "numeric", value: 7 },
    ],
  },
  [
    ["1,200, 5, 7", "correct"],
    ["1200, 5, 7", "correct"],
    ["1,200; 5; 7", "correct"],
    ["1,200 and 5 and 7", "correct"],
  ],
);

table(
  "list with thousands ambiguity: 2 items",
  {
    kind: "list",
    ordered: true,
    items: [
      { kind: "numeric", value: 1 },
      { kind: "numeric", value: 200 },
    ],
  },
  [
    ["1,200", "correct"],
    ["1, 200", "correct"],
    ["1 and 200", "correct"],
  ],
);

table(
  "list of units (cm required)",
  {
    kind: "list",
    items: [
      { kind: "numeric", value: 3, unit: { name: "cm", required: true } },
      { kind: "numeric", value: 4, unit: { name: "cm", required: true } },
    ],
  },
  [
    ["3 cm, 4 cm", "correct"],
    ["3cm and 4cm", "correct"],
    ["3, 4", "partial", "unit"],
    ["3 cm, 4", "partial", "unit"],
    ["3 m, 4 m", "incorrect"],
  ],
);

table(
  "list of fractions and text",
  {
    kind: "list",
    items: [
      { kind: "fraction", value: "1/2" },
      { kind: "text", accepted: ["red"] },
    ],
  },
  [
    ["1/2, red", "correct"],
    ["red, 0.5", "correct"],
    ["1/2, blue", "partial", "parts"],
    ["blue, 1/3", "incorrect"],
  ],
);

table(
  "solution set written as a union of one-member sets",
  {
    kind: "list",
    notation: "set",
    items: [
      { kind: "numeric", value: -2 },
      { kind: "numeric", value: 2 },
    ],
  },
  [
    ["{-2} ∪ {2}", "correct"],
    ["{-2} U {2}", "correct"],
    ["{-2}U{2}", "correct"],
    ["{2} union {-2}", "correct"],
    ["$\\{-2\\} \\cup \\{2\\}$", "correct"],
    ["{-2, 2}", "correct"],
    ["{-2} ∪ {3}", "partial", "parts"],
    ["{2} ∪ {5}", "partial", "parts"],
    ["{-2} ∪ {2} ∪ {3}", "partial", "parts"],
    ["{3} ∪ {4}", "incorrect"],
  ],
);

describe("splitList thousands rule", () => {
  it.each([
    ["1,200", 3, ["1,200"]],
    ["1,200", 2, ["1", "200"]],
    ["1,200, 5", 2, ["1,200", "5"]],
    ["1,2,3", 3, ["1", "2", "3"]],
    ["(2, 3)", 2, ["2", "3"]],
    ["x = 2 and y = 3", 2, ["x = 2", "y = 3"]],
    ["the answers are 4 and 5", 2, ["4", "5"]],
  ] as const)("%s (%i parts)", (input, n, parts) => {
    expect(splitList(normalizeInput(input), n)).toEqual(parts);
  });
});
