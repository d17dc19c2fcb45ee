import { describe, expect, it } from "vitest";
import { addFractions } from "@/lib/tutor/fixtures";
import { labelWrongAnswers, normaliseAnswerText, type StepForLabels } from "./label-wrong-answers";

const [lcd, add] = addFractions.steps;
const steps = new Map<string, StepForLabels>([
  ["lcd", { answerSpec: lcd!.answer, wrongAnswers: lcd!.wrongAnswers }],
  ["add", { answerSpec: add!.answer, wrongAnswers: add!.wrongAnswers }],
  ["broken", { answerSpec: { kind: "nonsense" }, wrongAnswers: [{ match: "7", misconception: "x" }] }],
]);

describe("normaliseAnswerText", () => {
  it.each([
    ["  Seven ", "seven"],
    ["11 /  24", "11 / 24"],
    ["A\tB\nC", "a b c"],
  ])("%j -> %j", (raw, norm) => {
    expect(normaliseAnswerText(raw)).toBe(norm);
  });
});

describe("labelWrongAnswers", () => {
  it("labels groups that match an authored wrong answer with the checker (equivalent forms too)", () => {
    const out = labelWrongAnswers(
      [
        { stepId: "lcd", answer: "7", sample: "7", count: 5 },
        { stepId: "lcd", answer: "it is 7", sample: "It is 7", count: 2 },
        { stepId: "lcd", answer: "24", sample: "24", count: 3 },
        { stepId: "add", answer: "22/48", sample: "22/48", count: 1 },
        { stepId: "add", answer: "11/24", sample: "11/24", count: 4 },
      ],
      steps,
    );
    expect(out.get("lcd")?.map((g) => [g.answer, g.count, g.misconception])).toEqual([
      ["7", 5, "added denominators"],
      ["24", 3, null],
      ["it is 7", 2, "added denominators"],
    ]);
    expect(out.get("add")?.map((g) => [g.answer, g.misconception])).toEqual([
      ["11/24", "added denominators"],
      ["22/48", "added denominators"],
    ]);
  });

  it("keeps the top N per step and survives an unreadable answer spec or an unknown step", () => {
    const groups = Array.from({ length: 8 }, (_, i) => ({
      stepId: "broken",
      answer: String(i),
      sample: String(i),
      count: i,
    }));
    groups.push({ stepId: "gone", answer: "x", sample: "x", count: 1 });
    const out = labelWrongAnswers(groups, steps, 3);
    expect(out.get("broken")?.map((g) => [g.answer, g.misconception])).toEqual([
      ["7", null],
      ["6", null],
      ["5", null],
    ]);
    expect(out.get("gone")?.[0]?.misconception).toBeNull();
  });
});
