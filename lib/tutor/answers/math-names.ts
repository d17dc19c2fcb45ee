import { GREEK_LETTERS } from "@/lib/math-reading/greek-letters";

/**
 * Names in maths: Greek letters (spelled out, as LaTeX gives them: "\theta" -> "theta"),
 * subscripted names ("x_1", "v_0"), the functions the checker evaluates, and how a run of
 * letters splits into them ("2xtheta" -> x, theta; "sinx" -> sin, x).
 */

export { GREEK_LETTERS };

const GREEK_SET: ReadonlySet<string> = new Set(GREEK_LETTERS);

/** Lower-case Greek characters in alphabet order (final sigma and the variant forms added below). */
const GREEK_CHARS = "αβγδεζηθικλμνξοπρστυφχψω";
const GREEK_BY_CHAR: Record<string, string> = Object.fromEntries(
  [...GREEK_CHARS].map((c, i) => [c, GREEK_LETTERS[i]!] as const),
);
Object.assign(GREEK_BY_CHAR, { ς: "sigma", ϑ: "theta", ϕ: "phi", ϵ: "epsilon", ϱ: "rho", ϖ: "pi" });

/** The functions the checker evaluates (log is base 10, ln natural). */
export const FUNCTION_NAMES: ReadonlySet<string> = new Set(["sqrt", "sin", "cos", "tan", "log", "ln", "exp", "abs"]);

/**
 * Names found inside a longer run of letters ("2xtheta", "sinx", "pir^2"). Short Greek names
 * ("mu", "xi", "eta") are not looked for there: "xi" is more often x times i. They still count
 * as whole words ("2 mu") and when the spec declares them.
 */
const NAMES_IN_RUNS = [...FUNCTION_NAMES, "pi", ...GREEK_LETTERS.filter((g) => g.length >= 4)];

export function isGreekName(name: string): boolean {
  return GREEK_SET.has(name);
}

/** Whether a name (already canonical) is one a variable may have: a letter, a Greek name or a declared word, optionally subscripted. */
export const VARIABLE_NAME = /^[a-z]+(?:_[a-z0-9]+)?$/;

/** Greek characters as names, spaced off from neighbouring letters and digits: "2θ" -> "2 theta". */
export function spellGreek(s: string): string {
  return s.replace(/[\u0370-\u03ff]/g, (c, at: number, all: string) => {
    const lower = c.toLowerCase();
    const name = GREEK_BY_CHAR[lower];
    if (!name) return c;
    // "μm" and "μg" are units (micro-), not the letter mu.
    if (lower === "μ" && /^[a-z]/i.test(all[at + 1] ?? "")) return c;
    const before = /[a-z0-9_]/i.test(all[at - 1] ?? "") ? " " : "";
    const after = /[a-z0-9]/i.test(all[at + 1] ?? "") ? " " : "";
    return `${before}${name}${after}`;
  });
}

/**
 * The canonical form of a declared variable name: "\theta", "θ" and "Theta" -> "theta";
 * "v_{0}" -> "v_0"; "X" -> "x".
 */
export function canonicalName(raw: string): string {
  return spellGreek(raw.trim())
    .trim()
    .replace(/^\\/, "")
    .replace(/_\{([^{}]*)\}/, "_$1")
    .replace(/[₀-₉]+/, (d) => `_${[...d].map((c) => c.charCodeAt(0) - 0x2080).join("")}`)
    .toLowerCase();
}

/**
 * Splits a run of letters into names, longest first from the left: declared names and known
 * names ("theta", "sin", "pi") stay whole, anything else is one letter each ("xy" -> x, y).
 */
export function splitLetterRun(run: string, declared: ReadonlySet<string> = new Set()): string[] {
  if (declared.has(run) || GREEK_SET.has(run) || FUNCTION_NAMES.has(run)) return [run];
  const known = [...declared].filter((d) => /^[a-z]{2,}$/.test(d)).concat(NAMES_IN_RUNS);
  const out: string[] = [];
  let i = 0;
  while (i < run.length) {
    let best = "";
    for (const k of known) if (k.length > best.length && run.startsWith(k, i)) best = k;
    const piece = best || run[i]!;
    out.push(piece);
    i += piece.length;
  }
  return out;
}
