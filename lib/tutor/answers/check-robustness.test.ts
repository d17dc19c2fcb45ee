import { describe, expect, it } from "vitest";
import {
  type AnswerSpec,
  answerForms,
  checkAnswer,
  formatAnswer,
  matchesWrongAnswer,
  textRevealsAnswer,
} from "./index";
import { spec } from "./test-table";

const SPECS: AnswerSpec[] = [
  spec({ kind: "numeric", value: 12, unit: { name: "cm", required: true } }),
  spec({ kind: "numeric", value: 0.75, tolerance: { abs: 0.01 } }),
  spec({ kind: "fraction", value: "1 1/2", requireSimplified: true }),
  spec({ kind: "percentage", value: 50 }),
  spec({ kind: "expression", value: "2(x+3)", form: "factored" }),
  spec({ kind: "equation", value: "y = 2x + 1", variables: ["x", "y"] }),
  spec({ kind: "equation", value: "x = 4" }),
  spec({ kind: "choice", options: ["a", "b", "c"], correct: 0 }),
  spec({ kind: "text", accepted: ["mitochondria"] }),
  spec({
    kind: "list",
    items: [
      { kind: "numeric", value: 1 },
      { kind: "equation", value: "x = 2" },
    ],
  }),
  spec({ kind: "fraction", value: "5/8", denominator: 40 }),
  spec({ kind: "fraction", value: "11/4", form: "mixed" }),
  spec({ kind: "numeric", value: 0.000000791, scientific: true, sigfigs: 3 }),
  spec({ kind: "numeric", value: 2.34567, decimals: 2 }),
  spec({ kind: "expression", value: "\\frac{1}{{\\theta}^7}", exact: true }),
  spec({ kind: "expression", value: "v_{0} t + x_1", variables: ["v_0", "t", "x_1"] }),
  spec({ kind: "equation", value: "[2, 5)" }),
  spec({ kind: "equation", value: "y >= 2x + 1", variables: ["x", "y"], notation: "inequality" }),
  spec({ kind: "list", notation: "set", items: [] }),
  spec({ kind: "list", notation: "set", items: [{ kind: "numeric", value: 3 }] }),
  spec({ kind: "text", accepted: ['np.mean(squirrel.column("Squirrel ID")%2==0)'], match: "code" }),
  spec({ kind: "text", accepted: ["3Pb2+ (aq) + 2Au(s) → 3Pb (s) + 2Au3+ (aq)"], match: "chemistry" }),
];

/** Deterministic pseudo-random strings over a maths-heavy alphabet. */
function fuzzStrings(count: number): string[] {
  const alphabet = "0123456789xyz+-*/^()=.,;%$ abcdefghijklmnop½²×÷−?!'\"[]{}\\\n\t";
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const len = Math.floor(rand() * 40);
    let s = "";
    for (let j = 0; j < len; j++) s += alphabet[Math.floor(rand() * alphabet.length)];
    out.push(s);
  }
  return out;
}

const PATHOLOGICAL = [
  "9^9^9^9",
  "9^9^9^9^9^9^9^9^9",
  "x^9^9^9^9",
  "(".repeat(400),
  `${"(".repeat(200)}x${")".repeat(200)}`,
  "1".repeat(5000),
  "x".repeat(5000),
  "1e308 * 1e308",
  "0/0",
  "1/0",
  "x/0",
  "sqrt(-1)",
  "log(0)",
  "x = = = 4",
  "====",
  "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30",
  "and and and and",
  "2 x 2 x 2 x 2 x 2 x 2 x 2 x 2 x 2 x 2 x 2 x 2",
  "\u0000\u0001\u0002",
  "🙂 12 🙂",
  "constructor",
  "__proto__",
  "toString",
  "evaluate('1+1')",
  "import('fs')",
  "x = 4; process.exit(1)",
  "12".padEnd(600, " and 13"),
];

describe("never throws, always returns a verdict", () => {
  const inputs = [...fuzzStrings(300), ...PATHOLOGICAL];
  it(`checks ${inputs.length} random and pathological inputs against ${SPECS.length} specs`, () => {
    for (const s of SPECS) {
      for (const input of inputs) {
        const r = checkAnswer(s, input);
        expect(["correct", "partial", "incorrect", "unparseable"]).toContain(r.verdict);
        expect(typeof matchesWrongAnswer(s, input, input)).toBe("boolean");
        expect(typeof textRevealsAnswer(s, input)).toBe("boolean");
      }
      expect(formatAnswer(s)).not.toBe("");
      expect(answerForms(s).length).toBeGreaterThan(0);
    }
  });

  it("survives non-string input at runtime", () => {
    for (const s of SPECS) {
      expect(checkAnswer(s, undefined as unknown as string).verdict).toBe("unparseable");
      expect(checkAnswer(s, 12 as unknown as string).verdict).toBe("unparseable");
    }
  });

  it("finishes pathological inputs quickly", () => {
    const start = Date.now();
    for (const s of SPECS) for (const input of PATHOLOGICAL) checkAnswer(s, input);
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it("truncates huge inputs: a correct answer after 500 characters is not seen", () => {
    const s = spec({ kind: "numeric", value: 12 });
    expect(checkAnswer(s, `${"so ".repeat(200)} the answer is 12`).verdict).toBe("unparseable");
  });
});

describe("unparseable inputs for every kind", () => {
  const nonAnswers = [
    "",
    " ",
    "idk",
    "IDK",
    "i dunno",
    "no idea",
    "hmm",
    "hmmm",
    "umm",
    "?",
    "??",
    "...",
    "help",
    "what do I do?",
    "how do I start?",
    "can you give me a hint?",
    "I don't know",
    "not sure",
    "i give up",
  ];
  for (const s of SPECS) {
    it(`${s.kind}: ${nonAnswers.length} non-answers`, () => {
      for (const input of nonAnswers) expect(checkAnswer(s, input).verdict, input).toBe("unparseable");
    });
  }
});

describe("a wrong answer is never marked correct", () => {
  const wrongs: [AnswerSpec, string[]][] = [
    [
      spec({ kind: "numeric", value: 12 }),
      ["13", "11", "1.2", "120", "-12", "12 or 13", "13 or 12", "it's not 12", "21", "12.5", "$13", "1200%"],
    ],
    [spec({ kind: "fraction", value: "3/4" }), ["4/3", "3/8", "0.7", "0.8", "75", "7/5", "0.075", "3/4 or 1/2"]],
    [spec({ kind: "expression", value: "2(x+3)" }), ["2x+3", "x+6", "2x+5", "2(x-3)", "2x", "2x+6+y", "(x+3)^2"]],
    [spec({ kind: "equation", value: "x = 4" }), ["x = 5", "x = -4", "5", "x^2 = 16", "x = 4 or x = 5", "y = 4"]],
    [spec({ kind: "numeric", value: 0.000000791 }), ["0.000000792", "7.9e-7", "7.91e-6", "0", "7.91", "-7.91e-7"]],
    [spec({ kind: "numeric", value: -0.00000000000805 }), ["-0.00000000000806", "-8e-12", "0", "1e-15"]],
    [spec({ kind: "fraction", value: "5/8", denominator: 40 }), ["5/8", "50/80", "0.625", "24/40", "26/40"]],
    [spec({ kind: "equation", value: "x > 3" }), ["x >= 3", "x < 3", "x > 4", "[3, inf)", "x > 3 or x < 1"]],
    [spec({ kind: "expression", value: "\\frac{1}{{\\theta}^7}" }), ["1/theta^6", "theta^7", "1/x^7", "1.0/θ^7.1"]],
  ];
  for (const [s, inputs] of wrongs) {
    it(`${s.kind} ${formatAnswer(s)}`, () => {
      for (const input of inputs) expect(checkAnswer(s, input).verdict, input).not.toBe("correct");
    });
  }
});
