import { readChemistry } from "@/lib/tutor/answers/check-chemistry";
import { type Rejection, reject } from "./oatutor-latex";
import { type Spec, selfChecks } from "./oatutor-math";

/*
 * OATutor answers compared symbol for symbol (OATutor compares strings): program code and
 * chemical notation, imported as text answers with match "code" or "chemistry"
 * (lib/tutor/answers/check-code.ts, check-chemistry.ts).
 */

/**
 * Chemical notation worth comparing as chemistry: it reads as formulas, charges and at most one
 * arrow with real element symbols, and has a digit, charge, state or arrow, or a formula of two
 * symbols or more in mixed case ("NaCl"). A lone symbol ("Se", "No", "In") and capitals ("CO",
 * "OK") stay words. With `ionsOnly`, only a charge or an arrow counts (in an arithmetic box,
 * "10 N" or "2H" is more likely a quantity or maths).
 */
export function isChemistry(s: string, ionsOnly = false): boolean {
  const read = readChemistry(s);
  if (!read) return false;
  const species = read.sides.flat();
  // A lone "e" is Euler's number, not an electron.
  if (!species.some((x) => x.elements > 0)) return false;
  if (read.arrow || species.some((x) => x.charged)) return true;
  if (ionsOnly) return false;
  if (species.some((x) => x.state !== undefined) || /\d/.test(s)) return true;
  return species.some((x) => x.elements >= 2) && /[a-z]/.test(s);
}

/** Spaces made single: the accepted text as a student sees it in the bottom-out. */
const tidy = (s: string) => s.replace(/\s+/g, " ").trim();

/** A formula, ion or equation ("CH3COO-", "Al → Al3+ +3e"): text with match "chemistry". */
export function chemistrySpec(s: string): Spec | Rejection {
  const text = tidy(s);
  if (!readChemistry(text))
    return reject(
      "chemistry-notation",
      `the chemical notation ${JSON.stringify(text)} does not read as formulas, charges and one arrow`,
    );
  const spec: Spec = { kind: "text", accepted: [text], match: "chemistry" };
  return selfChecks(spec) ? spec : reject("self-check", `the chemical notation ${JSON.stringify(text)} does not check`);
}

/** Program code ("make_array(left_end,right_end)", "num_rows"): text with match "code". */
export function codeTextSpec(s: string): Spec | Rejection {
  const text = tidy(s);
  const spec: Spec = { kind: "text", accepted: [text], match: "code" };
  return selfChecks(spec)
    ? spec
    : reject("code-answer", `program code ${JSON.stringify(text)} does not check as written`);
}
