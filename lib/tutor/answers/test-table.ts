/** Shared helper for the table-driven checker tests (not itself a test file). */
import { describe, expect, it } from "vitest";
import { translate } from "../../i18n/translator";
import { checkAnswer } from "./check-answer";
import { formatAnswer } from "./format-answer";
import { type AnswerSpec, type AnswerSpecInput, answerSpec } from "./spec";
import type { CheckResult, Verdict } from "./types";

export type Row = [input: string, verdict: Verdict, partialKind?: string];

export function spec(input: AnswerSpecInput): AnswerSpec {
  return answerSpec.parse(input);
}

/** Numbers a form reason may name: the denominator, decimal places or figures the spec asks for. */
function formParameters(s: AnswerSpec): string[] {
  if (s.kind === "fraction" && s.denominator !== undefined) return [String(s.denominator)];
  if (s.kind === "numeric") return [s.decimals, s.sigfigs].filter((x) => x !== undefined).map(String);
  return [];
}

/**
 * A partial reason must never give the answer away: no numbers at all ("parts" reasons carry
 * counts), except the form's own parameter ("write it with denominator 40"), and never the
 * answer as the tutor would show it.
 */
export function expectSafeReason(s: AnswerSpec, reason: string | undefined, kind: string | undefined): void {
  expect(reason).toBeTruthy();
  if (kind === "parts") return;
  const allowed = formParameters(s);
  expect((reason ?? "").match(/\d+/g)?.filter((d) => !allowed.includes(d)) ?? []).toEqual([]);
  const shown = formatAnswer(s);
  if (shown.length > 1 && !allowed.includes(shown)) expect(reason).not.toContain(shown);
}

const english = translate("en");

/** A partial's message key renders, in English, exactly its English reason. */
export function expectReasonKey(r: CheckResult): void {
  if (r.verdict !== "partial") return;
  expect(r.reasonKey).toMatch(/^answers\./);
  expect(english(r.reasonKey!, r.reasonValues)).toBe(r.reason);
}

/**
 * One describe block per spec: every row is checked for verdict, partial kind and reason
 * (locale: the student's language, as checkAnswer takes it).
 */
export function table(name: string, specInput: AnswerSpecInput, rows: Row[], locale?: string): void {
  const s = spec(specInput);
  describe(name, () => {
    it.each(rows)("%j -> %s %s", (input, verdict, kind) => {
      const r = checkAnswer(s, input, locale ? { locale } : {});
      expect(r.verdict).toBe(verdict);
      if (kind) expect(r.partialKind).toBe(kind);
      if (r.verdict === "partial") {
        expectSafeReason(s, r.reason, r.partialKind);
        expectReasonKey(r);
      }
      if (r.verdict === "unparseable") expect(r.understood).toBeUndefined();
    });
  });
}
