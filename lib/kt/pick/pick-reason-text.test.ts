import { describe, expect, it } from "vitest";
import {
  type Explained,
  explainComplete,
  explainDecayed,
  explainDue,
  explainLearn,
  explainNothingLeft,
  explainPinned,
  explainPrerequisite,
  explainReviewAll,
} from "./explain-pick";
import { pickReasonText, readPickReason } from "./pick-reason-text";

const DAY = 86_400_000;
const now = 100 * DAY;
const band = [0.5, 0.9] as const;

/** Every kind of reason the picker gives, with varied values (bands, prerequisites, ages). */
const cases: [string, Explained][] = [
  ["pinned once", explainPinned(0, 1)],
  ["pinned 2 of 3", explainPinned(1, 3)],
  ["learn, close, no prereqs", explainLearn("Fractions", 0.88, "none", 12, 0.7, band)],
  ["learn, far, mastered prereqs, below band", explainLearn("Ratios", 0.31, "mastered", 12, 0.41, band)],
  ["learn, moved on, above band", explainLearn("Ratios", 0.5, "moved-on", 12, 0.93, band)],
  ["learn, prereqs likely learnt (gain rule)", explainLearn("Ratios", 0.5, "likely", 0, 0.6, band)],
  ["decayed days", explainDecayed("Angles", 0.8, 0.96, now - 12 * DAY, now, 0.7, band)],
  ["decayed hours", explainDecayed("Angles", 0.8, 0.96, now - 3 * 3_600_000, now, 0.7, band)],
  ["due just now", explainDue("Area", 0.97, 0.9, now - 60_000, now, 0.8, band)],
  ["due 1 day", explainDue("Area", 0.97, 0.9, now - DAY - 1, now, 0.95, band)],
  ["review all, never", explainReviewAll("Area", 0.5, 0.5, Number.NEGATIVE_INFINITY, now, 0.95, 12)],
  ["review all, today faded", explainReviewAll("Area", 0.97, 0.9, now - 3_600_000, now, 0.95, 0)],
  ["review all, days", explainReviewAll("Area", 0.97, 0.97, now - 3 * DAY, now, 0.95, 0)],
  ["prerequisite", explainPrerequisite("Integers", 0.2, "Equations")],
  ["complete", explainComplete(0.95)],
  ["nothing left", explainNothingLeft()],
];

describe("pick reasons as key + values", () => {
  it.each(cases)("%s: the teacher's English from the key is the stored English text", (_, e) => {
    const stored = { reason: "ignored", reasonKey: e.why.key, reasonParams: e.why.values };
    expect(pickReasonText(stored, "teacher", "en")).toBe(e.reason);
  });

  it.each(cases)("%s: the student's line is friendly (no jargon, no decimals), in en and es", (_, e) => {
    for (const locale of ["en", "es"]) {
      const line = pickReasonText({ reasonKey: e.why.key, reasonParams: e.why.values }, "student", locale) ?? "";
      expect(line.length).toBeGreaterThan(10);
      expect(line).not.toMatch(/\d[.,]\d/);
      expect(line).not.toMatch(/predicted|success|prerequisite|mastery|éxito|previsto|dominio \d/i);
      expect(line).not.toContain("student.picks");
    }
  });

  it("a teacher reads numbers in their language's notation", () => {
    const e = explainLearn("Fracciones", 0.42, "none", 12, 0.7, band);
    const es = pickReasonText({ reasonKey: e.why.key, reasonParams: e.why.values }, "teacher", "es") ?? "";
    expect(es).toContain("0,42");
    expect(es).toContain("éxito previsto 0,70");
  });

  it("the student's words follow the reason", () => {
    const line = (e: Explained) =>
      pickReasonText({ reasonKey: e.why.key, reasonParams: e.why.values }, "student", "en");
    expect(line(explainLearn("Fractions", 0.88, "none", 12, 0.7, band))).toBe(
      "You're close to mastering Fractions: a little more practice should do it.",
    );
    expect(line(explainLearn("Fractions", 0.4, "none", 12, 0.7, band))).toContain("which you're learning now");
    expect(line(explainDue("Area", 0.97, 0.9, 0, now, 0.8, band))).toBe(
      "It's been a while since you practised Area: a quick review keeps it fresh.",
    );
    expect(line(explainPinned(0, 2))).toBe("Your teacher chose this one for you.");
    // The problem may be titled after another skill (a step of it practises the prerequisite):
    // the line says this problem practises it, not only that the skill comes first.
    expect(line(explainPrerequisite("Factors", 0.3, "Equivalent fractions"))).toBe(
      "It practises Factors, which comes first: it will help you with Equivalent fractions.",
    );
  });

  it("old rows without a key: the teacher sees the text, the student nothing", () => {
    const old = { reason: "Practises X (mastery 0.42); predicted success 0.70.", reasonKey: null, reasonParams: null };
    expect(pickReasonText(old, "teacher", "es")).toBe(old.reason);
    expect(pickReasonText(old, "student", "en")).toBeNull();
  });

  it.each([
    ["unknown key", "guess", {}],
    ["values not an object", "learn", "x"],
    ["a nested value", "learn", { skill: { a: 1 } }],
  ])("a malformed stored reason is not read: %s", (_, key, params) => {
    expect(readPickReason(key, params)).toBeNull();
  });
});
