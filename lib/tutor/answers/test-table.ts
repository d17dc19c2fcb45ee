/** Shared helper for the table-driven checker tests (not itself a test file). */
import { describe, expect, it } from "vitest";
import { checkAnswer } from "./check-answer";
import { type AnswerSpec, type AnswerSpecInput, answerSpec } from "./spec";
import type { Verdict } from "./types";

export type Row = [input: string, verdict: Verdict, partialKind?: string];

export function spec(input: AnswerSpecInput): AnswerSpec {
  return answerSpec.parse(input);
}

/** One describe block per spec: every row is checked for verdict, partial kind and reason. */
export function table(name: string, specInput: AnswerSpecInput, rows: Row[]): void {
  const s = spec(specInput);
  describe(name, () => {
    it.each(rows)("%j -> %s %s", (input, verdict, kind) => {
      const r = checkAnswer(s, input);
      expect(r.verdict).toBe(verdict);
      if (kind) expect(r.partialKind).toBe(kind);
      if (r.verdict === "partial") {
        expect(r.reason).toBeTruthy();
        // A reason must never give the answer away; only "parts" reasons carry counts.
        if (r.partialKind !== "parts") expect(r.reason).not.toMatch(/\d/);
      }
      if (r.verdict === "unparseable") expect(r.understood).toBeUndefined();
    });
  });
}
