import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "../../../messages/en/answers.json";
import es from "../../../messages/es/answers.json";
import sv from "../../../messages/sv/answers.json";
import { translate } from "../../i18n/translator";
import { checkAnswer } from "./check-answer";
import type { AnswerSpecInput } from "./spec";
import { spec } from "./test-table";

const dir = __dirname;
const sources = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
const used = new Set(
  sources.flatMap((f) => [...readFileSync(join(dir, f), "utf8").matchAll(/"answers\.(\w+)"/g)].map((m) => m[1]!)),
);

describe("partial reason keys", () => {
  it("every key the checker uses is in messages/en/answers.json, and every message there is used", () => {
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(en).filter((k) => !used.has(k))).toEqual([]);
  });

  it("Spanish and Swedish have every key", () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
  });

  const cases: [spec: AnswerSpecInput, input: string, key: string][] = [
    [{ kind: "fraction", value: "3/4", requireSimplified: true }, "6/8", "answers.simplifyFraction"],
    [{ kind: "fraction", value: "3/4", denominator: 40 }, "0.75", "answers.withDenominator"],
    [{ kind: "numeric", value: 1.23456, decimals: 2 }, "1.23456", "answers.roundDecimalPlaces"],
    [{ kind: "numeric", value: 1.23456, decimals: 1 }, "1.23456", "answers.roundDecimalPlaces"],
    [{ kind: "numeric", value: 2.5, decimals: 2 }, "2.5", "answers.exactDecimalPlaces"],
    [{ kind: "numeric", value: 1234, sigfigs: 2 }, "1234", "answers.roundSignificantFigures"],
    [{ kind: "numeric", value: 12, unit: { name: "cm", required: true } }, "12", "answers.includeUnit"],
    [{ kind: "numeric", value: 4 }, "-4", "answers.checkSign"],
    [{ kind: "percentage", value: 50 }, "0.5", "answers.asPercentage"],
    [{ kind: "equation", value: "x = 4" }, "2x = 8", "answers.solveFor"],
    [
      {
        kind: "list",
        items: [
          { kind: "numeric", value: 1 },
          { kind: "numeric", value: 2 },
          { kind: "numeric", value: 3 },
        ],
      },
      "1, 2, 5",
      "answers.partsRight",
    ],
    [
      {
        kind: "list",
        ordered: true,
        items: [
          { kind: "numeric", value: 1 },
          { kind: "numeric", value: 2 },
        ],
      },
      "2, 1",
      "answers.wrongOrder",
    ],
    [{ kind: "expression", value: "x^2 + 2x", form: "expanded" }, "x(x + 2)", "answers.writeExpanded"],
    [{ kind: "expression", value: "6x + 6", form: "expanded" }, "4x + 2x + 6", "answers.combineLikeTerms"],
  ];

  it.each(cases)("%j %j -> %s, rendered in en, es and sv", (input, typed, key) => {
    const r = checkAnswer(spec(input), typed);
    expect(r.verdict).toBe("partial");
    expect(r.reasonKey).toBe(key);
    expect(translate("en")(r.reasonKey!, r.reasonValues)).toBe(r.reason);
    for (const locale of ["es", "sv"]) {
      const text = translate(locale)(r.reasonKey!, r.reasonValues);
      expect(text).not.toBe(r.reason);
      expect(text).not.toMatch(/[{}]/);
    }
  });
});
