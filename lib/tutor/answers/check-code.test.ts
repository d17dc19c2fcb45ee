import { describe, expect, it } from "vitest";
import { checkAnswer } from "./check-answer";
import { codeStated } from "./check-code";
import { textRevealsAnswer } from "./detect-reveal";
import { formatAnswer } from "./format-answer";
import { answerForms } from "./list-answer-forms";
import { matchesWrongAnswer } from "./match-wrong-answer";
import { spec, table } from "./test-table";

// Real answers from the OATutor library (Data 8 discussion worksheets, Pre-Calculus sequences).
table("code: a call with two names", { kind: "text", accepted: ["make_array(left_end,right_end)"], match: "code" }, [
  ["make_array(left_end,right_end)", "correct"],
  ["make_array(left_end, right_end)", "correct"],
  ["make_array( left_end , right_end )", "correct"],
  ["make_array(left_end,right_end);", "correct"],
  ["make_array(left_end,right_end).", "correct"],
  ["I think it's make_array(left_end, right_end)", "correct"],
  ["The answer is make_array(left_end,right_end).", "correct"],
  ["make_array(left_end,right_end) is my answer", "correct"],
  ["make_array(left_end,right_end)?", "correct"],
  // Near misses: swapped arguments, another identifier, case, a bracket, a missing underscore.
  ["make_array(right_end,left_end)", "incorrect"],
  ["make_array(left_end,right_edge)", "incorrect"],
  ["Make_array(left_end,right_end)", "incorrect"],
  ["make_array(LEFT_END,RIGHT_END)", "incorrect"],
  ["make_array[left_end,right_end]", "incorrect"],
  ["make_array(left_end,right_end", "incorrect"],
  ["makearray(left_end,right_end)", "incorrect"],
  ["make array left end right end", "incorrect"],
  ["not make_array(left_end,right_end)", "incorrect"],
  ["make_array(left_end,right_end) or make_array(right_end,left_end)", "unparseable"],
  ["idk", "unparseable"],
  ["is it make_array(left_end,right_end)?", "unparseable"],
  ["", "unparseable"],
]);

table(
  "code: strings in either quotes, keyword arguments",
  {
    kind: "text",
    accepted: ['squirrel.group("Location").sort("count",descending=True).column("Location").item(0)'],
    match: "code",
  },
  [
    ["squirrel.group('Location').sort('count', descending=True).column('Location').item(0)", "correct"],
    ['squirrel.group("Location").sort("count", descending = True).column("Location").item(0)', "correct"],
    ["squirrel.group(“Location”).sort(“count”, descending=True).column(“Location”).item(0)", "correct"],
    ['squirrel.group("Location").sort("count",descending=true).column("Location").item(0)', "incorrect"],
    ['squirrel.group("location").sort("count",descending=True).column("Location").item(0)', "incorrect"],
    ['squirrel.group("Location").sort("count").column("Location").item(0)', "incorrect"],
    ['squirrel.group("Location").sort("count",descending=True).column("Location").item(1)', "incorrect"],
    // Spaces inside a string literal count.
    ['squirrel.group("Location ").sort("count",descending=True).column("Location").item(0)', "incorrect"],
  ],
);

table("code: spaces between words stay apart", { kind: "text", accepted: ["i in np.arange(100)"], match: "code" }, [
  ["i in np.arange(100)", "correct"],
  ["i  in  np.arange( 100 )", "correct"],
  ["iin np.arange(100)", "incorrect"],
  ["i in np.arange(1000)", "incorrect"],
  ["i in np.arange(100):", "incorrect"],
]);

table("code: signs and numbers are the answer", { kind: "text", accepted: ["abs(num_heads-5)"], match: "code" }, [
  ["abs(num_heads - 5)", "correct"],
  ["abs(num_heads+5)", "incorrect"],
  ["abs(5-num_heads)", "incorrect"],
  ["abs(num_heads-5.0)", "incorrect"],
]);

table(
  "code: a recursive formula written as OATutor asks",
  {
    kind: "text",
    accepted: ["a_1=17,a_n=a_(n-1)+9"],
    match: "code",
  },
  [
    ["a_1=17,a_n=a_(n-1)+9", "correct"],
    ["a_1 = 17, a_n = a_(n-1) + 9", "correct"],
    ["a_1=17,a_n=a_(n-1)-9", "incorrect"],
    ["a_1=-17,a_n=a_(n-1)+9", "incorrect"],
    ["a_1=9,a_n=a_(n-1)+17", "incorrect"],
  ],
);

describe("code answers elsewhere", () => {
  const s = spec({ kind: "text", accepted: ["np.mean(xs)"], match: "code" });

  it("is shown as written", () => {
    expect(formatAnswer(s)).toBe("np.mean(xs)");
    for (const f of answerForms(s)) expect(checkAnswer(s, f).verdict).toBe("correct");
  });

  it.each([
    ["Try np.mean(xs) here.", true],
    ["Try NP.MEAN( xs ) here.", true],
    ["np.mean(xs2) is different", false],
    ["snp.mean(xs)", false],
    ["Use np.mean on the array.", false],
  ])("finds the code in %j: %s", (text, found) => {
    expect(codeStated(text, "np.mean(xs)")).toBe(found);
    expect(textRevealsAnswer(s, text)).toBe(found);
  });

  it("matches an authored wrong answer symbol for symbol", () => {
    expect(matchesWrongAnswer(s, "np.mean( ys )", "np.mean(ys)")).toBe(true);
    expect(matchesWrongAnswer(s, "np.mean(xs)", "np.mean(ys)")).toBe(false);
    expect(matchesWrongAnswer(s, "np.median(ys)", "np.mean(ys)")).toBe(false);
  });

  it("is no item of a list", () => {
    const item = { kind: "text" as const, accepted: ["np.mean(xs)"], match: "code" as const };
    expect(() => spec({ kind: "list", items: [item, item] })).toThrow(/stand alone/);
  });
});
