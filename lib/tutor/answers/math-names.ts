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
export const FUNCTION_NAMES: ReadonlySet<string> = new Set([
  "sqrt",
  "sin",
  "cos",
  "tan",
  "log",
  "ln",
  "exp",
  "abs",
  "asin",
  "acos",
  "atan",
  "asec",
  "acsc",
  "sec",
  "csc",
  "cot",
]);

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

/** A primed name ("x'") is read as the subscripted "x_pr"; an upper-case one kept apart from its
 * lower-case twin ("B" beside "b", see encodeCase) as "b_up". formatExpr writes both back. */
export const PRIME_SUFFIX = "_pr";
export const UPPER_SUFFIX = "_up";

/**
 * "x'" -> "x_pr" (one letter then a prime, in lower-cased input); "x'(" -> "x_pr*(", and a run
 * of primed letters "x'y'" -> "x_pr*y_pr". A letter after the prime that is not primed itself
 * ("o'clock", "y'all") keeps the apostrophe.
 */
export function readPrimes(s: string): string {
  const once = (t: string) =>
    t.replace(/(?<![a-z'])([a-z])'(?!'|[a-z](?!'))/g, (_m, v: string, at: number, all: string) => {
      return `${v}${PRIME_SUFFIX}${/[\da-z(]/.test(all[at + 2] ?? "") ? "*" : ""}`;
    });
  // The second pass reads "y'" in "x'y'", which follows the first prime.
  return once(once(s));
}

const FUNCTION_AFTER_NUMBER = new RegExp(
  `(\\d)(?:arc)?(?:${[...FUNCTION_NAMES].sort((a, b) => b.length - a.length).join("|")})(?![a-z])`,
  "g",
);

/**
 * The letters a value uses in both cases ("b = 2A/h - B": b), so the student's input must keep
 * case for them. LaTeX commands and function names do not count.
 */
export function caseLetters(value: string): Set<string> {
  const letters = value
    .replace(/\\[A-Za-z]+/g, " ")
    // A function name after a number ("2cos(t)") is no letter c either.
    .replace(FUNCTION_AFTER_NUMBER, "$1 ")
    .replace(/\b(?:arc)?[a-z]{2,}\b/g, " ");
  const out = new Set<string>();
  for (const c of new Set(letters.match(/[A-Z]/g) ?? [])) {
    if (letters.includes(c.toLowerCase())) out.add(c.toLowerCase());
  }
  return out;
}

/**
 * Upper-case letters of `letters` (not inside a word) as "b_up" before the input is lower-cased.
 * A subscripted name ("T_s") is a name of its own and keeps no case.
 */
export function encodeCase(raw: string, letters: ReadonlySet<string>): string {
  if (letters.size === 0) return raw;
  return raw.replace(/(?<![A-Za-z\\])([A-Z])(?![a-z]{2}|\s*_)/g, (m, c: string, at: number, all: string) => {
    const lower = c.toLowerCase();
    if (!letters.has(lower)) return m;
    return `${lower}${UPPER_SUFFIX}${/[\dA-Za-z(]/.test(all[at + 1] ?? "") ? "*" : ""}`;
  });
}

/** A variable name as shown: "x_pr" -> "x'", "b_up" -> "B". */
export function displayName(name: string): string {
  if (name.endsWith(PRIME_SUFFIX)) return `${name.slice(0, -PRIME_SUFFIX.length)}'`;
  if (name.endsWith(UPPER_SUFFIX)) return name.slice(0, -UPPER_SUFFIX.length).toUpperCase();
  return name;
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
    .toLowerCase()
    .replace(/'$/, PRIME_SUFFIX);
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
