import { describe, expect, it } from "vitest";
import { checkAnswer } from "./check-answer";
import { chemistryRevealed, chemistryStated, formatChemistry, readChemistry } from "./check-chemistry";
import { textRevealsAnswer } from "./detect-reveal";
import { formatAnswer } from "./format-answer";
import { answerForms } from "./list-answer-forms";
import { matchesWrongAnswer } from "./match-wrong-answer";
import { spec, table } from "./test-table";

// Real answers from the OATutor library (Chemistry 1A: ions, conjugate bases, half reactions).
table("chemistry: an ion", { kind: "text", accepted: ["Al3+"], match: "chemistry" }, [
  ["Al3+", "correct"],
  ["Al^3+", "correct"],
  ["Al^{3+}", "correct"],
  ["Al^(3+)", "correct"],
  ["Al^{+3}", "correct"],
  ["Al³⁺", "correct"],
  ["$Al^{3+}$", "correct"],
  ["Al3+ (aq)", "correct"],
  ["I think it's Al3+", "correct"],
  ["Al3+.", "correct"],
  // Near misses: the charge, its sign, the element's case, a coefficient.
  ["Al2+", "incorrect"],
  ["Al3-", "incorrect"],
  ["Al", "incorrect"],
  ["Al+", "incorrect"],
  ["al3+", "incorrect"],
  ["AL3+", "incorrect"],
  ["2Al3+", "incorrect"],
  ["Al3+ or Al2+", "unparseable"],
  ["is it Al3+?", "unparseable"],
  ["idk", "unparseable"],
]);

table("chemistry: a polyatomic ion", { kind: "text", accepted: ["CH3COO-"], match: "chemistry" }, [
  ["CH3COO-", "correct"],
  ["CH_3COO^-", "correct"],
  ["CH₃COO⁻", "correct"],
  ["CH3COO^{-}", "correct"],
  ["CH3COO", "incorrect"],
  ["CH3COO+", "incorrect"],
  ["CH3COOH", "incorrect"],
  ["Ch3COO-", "incorrect"],
  ["C2H3O2-", "incorrect"],
]);

table("chemistry: element case", { kind: "text", accepted: ["CoCl2"], match: "chemistry" }, [
  ["CoCl2", "correct"],
  ["CoCl_2", "correct"],
  ["Co Cl2", "correct"],
  ["COCl2", "incorrect"],
  ["cocl2", "incorrect"],
  ["CoCl3", "incorrect"],
]);

table("chemistry: a half reaction", { kind: "text", accepted: ["Al → Al3+ +3e"], match: "chemistry" }, [
  ["Al → Al3+ + 3e", "correct"],
  ["Al -> Al3+ + 3e-", "correct"],
  ["Al --> Al^{3+} + 3e^-", "correct"],
  ["Al ⟶ Al³⁺ + 3e⁻", "correct"],
  ["Al = Al3+ + 3e", "correct"],
  ["Al→Al3++3e", "correct"],
  ["Al → 3e + Al3+", "correct"],
  ["Al(s) → Al3+(aq) + 3e-", "correct"],
  ["The oxidation half reaction is Al → Al3+ + 3e-", "correct"],
  // Near misses: a coefficient, a charge, the sides swapped, the arrow, a lower-case element.
  ["Al → Al3+ + 2e", "incorrect"],
  ["Al → Al2+ + 3e", "incorrect"],
  ["Al3+ + 3e → Al", "incorrect"],
  ["Al ⇌ Al3+ + 3e", "incorrect"],
  ["al → al3+ + 3e", "incorrect"],
  ["Al → Al3+", "incorrect"],
  ["Al → Al3+ + 3e + e", "incorrect"],
]);

table(
  "chemistry: state symbols the answer gives",
  {
    kind: "text",
    accepted: ["Zn(s) → Zn2+aq + 2e"],
    match: "chemistry",
  },
  [
    ["Zn(s) → Zn2+(aq) + 2e-", "correct"],
    ["Zn (s) → Zn^{2+} (aq) + 2e^-", "correct"],
    ["Zn(s) → 2e- + Zn2+(aq)", "correct"],
    ["Zn → Zn2+ + 2e", "partial", "form"],
    ["Zn(s) → Zn2+ + 2e", "partial", "form"],
    ["Zn(l) → Zn2+(aq) + 2e", "incorrect"],
    ["Zn(s) → Zn2+(s) + 2e", "incorrect"],
    ["Zn(s) → Zn+(aq) + 2e", "incorrect"],
  ],
);

table(
  "chemistry: a balanced equation",
  {
    kind: "text",
    accepted: ["3Pb2+ (aq) + 2Au(s) → 3Pb (s) + 2Au3+ (aq)"],
    match: "chemistry",
  },
  [
    ["3Pb2+(aq) + 2Au(s) → 3Pb(s) + 2Au3+(aq)", "correct"],
    ["2Au(s) + 3Pb2+(aq) -> 2Au3+(aq) + 3Pb(s)", "correct"],
    ["3Pb2+ + 2Au → 3Pb + 2Au3+", "partial", "form"],
    ["Pb2+(aq) + Au(s) → Pb(s) + Au3+(aq)", "incorrect"],
    ["3Pb2+(aq) + 2Au(s) → 3Pb(s) + 2Au3+(aq) + e", "incorrect"],
    ["2Pb2+(aq) + 3Au(s) → 2Pb(s) + 3Au3+(aq)", "incorrect"],
    ["3Pb2+(aq) + 2Au(s) ⇌ 3Pb(s) + 2Au3+(aq)", "incorrect"],
  ],
);

table("chemistry: an equilibrium", { kind: "text", accepted: ["H2O ⇌ H+ + OH-"], match: "chemistry" }, [
  ["H2O <=> H+ + OH-", "correct"],
  ["H_2O <-> OH^- + H^+", "correct"],
  ["H2O → H+ + OH-", "incorrect"],
  ["H2O ⇌ H- + OH+", "incorrect"],
]);

describe("reading chemical notation", () => {
  it.each([
    ["Ag+ + e → Ag", "Ag+ + e- → Ag"],
    ["Al + 3Ag+ → Al3+ + 3Ag", "Al + 3Ag+ → Al3+ + 3Ag"],
    ["Al+3Ag+→Al3++3Ag", "Al + 3Ag+ → Al3+ + 3Ag"],
    ["Zn(s) + Cu2+(aq)→ Zn2+aq + Cu(s)", "Zn(s) + Cu2+(aq) → Zn2+(aq) + Cu(s)"],
    ["SO₄²⁻", "SO42-"],
    ["Ca(OH)2", "Ca(OH)2"],
    ["Na1+", "Na+"],
  ])("%j reads as %j", (text, read) => {
    const r = readChemistry(text);
    expect(r && formatChemistry(r)).toBe(read);
  });

  it.each(["W+2", "al3+", "Xy2", "Anode: Mg->Mg**2++2e-", "Al → Al3+ → Al", "banana"])("%j is not chemistry", (t) => {
    expect(readChemistry(t)).toBeNull();
  });
});

describe("chemistry answers elsewhere", () => {
  const ion = spec({ kind: "text", accepted: ["Al3+"], match: "chemistry" });
  const half = spec({ kind: "text", accepted: ["Al → Al3+ +3e"], match: "chemistry" });

  it("is shown as written, and every listed form is accepted", () => {
    expect(formatAnswer(half)).toBe("Al → Al3+ +3e");
    for (const s of [ion, half]) for (const f of answerForms(s)) expect(checkAnswer(s, f).verdict).toBe("correct");
  });

  it.each([
    [ion, "So aluminium forms Al³⁺ ions.", true],
    [ion, "It is al^{3+}.", true],
    [ion, "It is Al 3+.", true],
    [ion, "Count the charge on Al2+ first.", false],
    [ion, "Al3 is no ion", false],
    [half, "Write al --> 3e + al3+ for it.", true],
    [half, "Al → Al3+ + 3e- is the half reaction.", true],
    [half, "Al → Al3+ is not balanced for charge.", false],
    [half, "Which species loses electrons?", false],
  ] as const)("%j states itself in %j: %s", (s, text, found) => {
    expect(textRevealsAnswer(s, text)).toBe(found);
  });

  it("for the guard: an ion of the answer counts on its own unless it is visible", () => {
    expect(chemistryRevealed("The product is Al3+.", "Al → Al3+ +3e", [])).not.toBeNull();
    expect(
      chemistryRevealed("Look at Al3+ in the reaction.", "Al → Al3+ +3e", ["Al(s) + Ag+ (aq) → Al3+ (aq) + Ag (s)"]),
    ).toBeNull();
    expect(
      chemistryRevealed("It is Al → Al3+ + 3e.", "Al → Al3+ +3e", ["Al(s) + Ag+ (aq) → Al3+ (aq) + Ag (s)"]),
    ).not.toBeNull();
    expect(chemistryStated("Al(s) + Ag+ (aq) → Al3+ (aq) + Ag (s)", "Al → Al3+ +3e")).toBe(false);
  });

  it("matches an authored wrong answer by its species", () => {
    expect(matchesWrongAnswer(ion, "Al^{2+}", "Al2+")).toBe(true);
    expect(matchesWrongAnswer(ion, "Al3-", "Al2+")).toBe(false);
  });
});
