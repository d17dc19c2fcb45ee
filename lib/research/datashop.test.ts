import { describe, expect, it } from "vitest";
import {
  classifyTransaction,
  DATASHOP_REQUIRED,
  datashopHeader,
  datashopLine,
  datashopRow,
  datashopTime,
  escapeField,
  parseDatashop,
  type Transaction,
} from "./datashop";
import { ktLine } from "./kt-export";
import { numericPseudonym, pseudonym } from "./pseudonym";

const base: Transaction = {
  student: "abc",
  sessionId: "s1",
  time: new Date("2026-03-04T05:06:07.089Z"),
  studentResponse: "ATTEMPT",
  level: "fractions",
  problem: "fractions-p1",
  step: "1: Add 1/2 and 1/4",
  outcome: "INCORRECT",
  selection: "step-1",
  action: "answer",
  input: "2/6",
  feedback: "Not quite.",
  helpLevel: null,
  totalHints: null,
  kcs: ["add-fractions", "common-denominator"],
  conditions: { hints: { name: "Ladder test: direct", type: "hints:direct" } },
  labels: {
    evaluation: "a",
    action: 1,
    stepState: "x",
    move: "focus",
    subMove: "guide_focus",
    engine: "embedded",
    revealed: false,
    messageKey: "tutor.incorrect",
  },
};

describe("DataShop rows", () => {
  it("the header has DataShop's required columns and one column per field of a row", () => {
    const h = datashopHeader();
    for (const c of DATASHOP_REQUIRED) expect(h).toContain(c);
    expect(datashopRow(base)).toHaveLength(h.length);
    expect(h.filter((c) => c === "Condition Name")).toHaveLength(3);
  });

  it("writes a row by column name", () => {
    const h = datashopHeader();
    const row = datashopRow(base);
    const at = (c: string) => row[h.indexOf(c)];
    expect(at("Time")).toBe("2026-03-04 05:06:07.089");
    expect(at("Time Zone")).toBe("UTC");
    expect(at("Tutor Response Type")).toBe("RESULT");
    expect(at("KC (Skills)")).toBe("add-fractions~~common-denominator");
    expect(at("KC Category (Skills)")).toBe("~~");
    expect(at("Condition Name")).toBe("Ladder test: direct");
    expect(at("Condition Type")).toBe("hints:direct");
    expect(at("CF (Tutor Action)")).toBe("1");
    expect(at("CF (Revealed)")).toBe("0");
    expect(at("Help Level")).toBe("");
  });

  it.each([
    ["plain", "plain"],
    ["a\tb", "a\\tb"],
    ["line\nbreak", "line\\nbreak"],
    ["cr\r\n", "cr\\r\\n"],
    ["back\\slash", "back\\\\slash"],
    ["nul\u0000bell\u0007", "nulbell"],
    [null, ""],
    [3, "3"],
  ])("escapes %j as %j", (value, want) => {
    expect(escapeField(value)).toBe(want);
  });

  it("round-trips awkward text through a line", () => {
    const nasty = "x\ty\nz\\n \\t";
    const row = datashopRow({ ...base, input: nasty, feedback: "a\r\nb" });
    const [back] = parseDatashop(datashopLine(row));
    expect(back?.[datashopHeader().indexOf("Input")]).toBe(nasty);
    expect(back?.[datashopHeader().indexOf("Feedback Text")]).toBe("a\r\nb");
  });

  it.each([
    [{ hasStudentTurn: true, attempt: { correct: true }, hintRung: null }, "ATTEMPT", "CORRECT"],
    [{ hasStudentTurn: true, attempt: { correct: false }, hintRung: 2 }, "ATTEMPT", "INCORRECT"],
    [{ hasStudentTurn: true, attempt: null, hintRung: 1 }, "HINT_REQUEST", "HINT"],
    [{ hasStudentTurn: true, attempt: null, hintRung: null }, "MESSAGE", ""],
    [{ hasStudentTurn: false, attempt: null, hintRung: null }, "", ""],
  ] as const)("classifies %j as %s / %s", (p, type, outcome) => {
    expect(classifyTransaction(p)).toMatchObject({ studentResponse: type, outcome });
  });

  it("formats times with milliseconds", () => {
    expect(datashopTime(new Date("2026-12-31T23:59:59.000Z"))).toBe("2026-12-31 23:59:59.000");
  });
});

describe("pseudonyms", () => {
  it("are stable per salt, differ across salts and students, and hide the id", () => {
    expect(pseudonym("salt-one-xxxxxxxx", "u1")).toBe(pseudonym("salt-one-xxxxxxxx", "u1"));
    expect(pseudonym("salt-one-xxxxxxxx", "u1")).not.toBe(pseudonym("salt-two-xxxxxxxx", "u1"));
    expect(pseudonym("salt-one-xxxxxxxx", "u1")).not.toBe(pseudonym("salt-one-xxxxxxxx", "u2"));
    expect(pseudonym("s", "u1")).toMatch(/^[0-9a-f]{40}$/);
    expect(Number.isSafeInteger(numericPseudonym("s", "u1"))).toBe(true);
  });
});

describe("KT rows", () => {
  it("writes Gervet's columns: numeric user, step, seconds, 0/1, the skills joined", () => {
    expect(ktLine({ user: 42, item: "st1", time: new Date(5_000), correct: true, skills: ["b", "a"] })).toBe(
      "42\tst1\t5\t1\ta_b\n",
    );
    expect(ktLine({ user: 1, item: "st2", time: new Date(0), correct: false, skills: [] })).toBe(
      "1\tst2\t0\t0\tnone\n",
    );
  });
});
