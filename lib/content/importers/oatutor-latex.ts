import { encodeCase, FUNCTION_NAMES, GREEK_LETTERS, UPPER_SUFFIX } from "@/lib/tutor/answers/math-names";
import { normalizeInput } from "@/lib/tutor/answers/normalize-input";
import { DEGREE_SIGN, evaluate, markDegrees, parseMath } from "@/lib/tutor/answers/parse-math";

/** Why an OATutor answer was not imported: a short stable code plus a readable message. */
export interface Rejection {
  reason: string;
  message: string;
}

export function reject(reason: string, message: string): Rejection {
  return { reason, message };
}

export function isRejection(x: unknown): x is Rejection {
  return typeof x === "object" && x !== null && "reason" in x && "message" in x;
}

/** An OATutor maths answer read as plain, lower-case maths (the checker's syntax). */
export interface PlainMath {
  /** Lower-case, except that a capital kept apart from its lower-case twin is "b_up" (see showCase). */
  plain: string;
  /** A number already read (scientific notation such as 1.55E+25 or 6.89×10**-19). */
  value?: number;
  unit?: { name: string; aliases: string[] };
  percent?: boolean;
  /** An inequality ("x >= -5") or interval ("[2, 5)"). */
  relation?: boolean;
}

const DEGREES = { name: "degrees", aliases: ["°", "degree", "deg"] };
const DOLLARS = { name: "dollars", aliases: ["$"] };
// The checker reads sec, csc, cot and the inverse functions (lib/tutor/answers/parse-math.ts).
const UNSUPPORTED_FUNCTIONS = /\b(?:sinh|cosh|tanh)\b/;
/** The functions the checker evaluates, longest first, for the rewriting regexes below. */
const FUNCTIONS = [...FUNCTION_NAMES].sort((a, b) => b.length - a.length).join("|");
/** A function name as the last word before a bracket: a call, not a product. */
const ENDS_IN_FUNCTION = new RegExp(`(?:${FUNCTIONS})$`);
/** A function name typed before a number without brackets: "ln2", "cot 2". */
const FUNCTION_BEFORE_NUMBER = new RegExp(`(?<![a-z_])(${FUNCTIONS})(\\d+(?:\\.\\d+)?)(?![\\d.(a-z])`, "g");
/** A power of a function before its bracket: "sin^2(x)", "sec**2(x)", "tan^(-1)(x)". */
const FUNCTION_POWER = new RegExp(
  `(?<![a-z])(${FUNCTIONS})\\s*(?:\\^|\\*\\*)\\s*(\\(\\s*-?\\d+\\s*\\)|-?\\d+)\\s*(?=\\()`,
);
/** A trigonometric function written anywhere in the answer. */
const TRIG_FUNCTION = /(?<![a-zA-Z])(?:sin|cos|tan|sec|csc|cot)(?![a-zA-Z])/;
/** A whole number written right before an improper fraction: "48\frac{3}{2}" (48 + 3/2 or 48 × 3/2). */
const NUMBER_BEFORE_FRACTION = /(?<![\d.^_{a-zA-Z])(\d+)\s*\\[dt]?frac\s*\{\s*(\d+)\s*\}\s*\{\s*(\d+)\s*\}/;
/** Trigonometric functions, whose argument the checker reads in radians. */
const TRIG_OF_NUMBER = /\b(?:sin|cos|tan|sec|csc|cot)\(\s*(-?\d+(?:\.\d+)?)\s*\)/;
/** Names that are no variable letters: functions, pi, Greek letters (for the case check). */
const NAMED_WORDS = new RegExp(
  `(?:arc)?(?:${[...FUNCTIONS.split("|"), "pi", ...GREEK_LETTERS].join("|")})(?![a-z])`,
  "g",
);

/** Whether the checker reads "log" as base 10 (OATutor's maths engine does); else it is spelled out. */
const LOG_IS_BASE_10 = (() => {
  const e = parseMath("log(100)");
  return e !== null && Math.abs(evaluate(e, {}) - 2) < 1e-9;
})();

/** The index after the bracket that closes the one at s[i] ("(" / "{" / "\left("). */
function closing(s: string, i: number): number {
  const open = s[i];
  const close = open === "(" ? ")" : open === "{" ? "}" : open === "[" ? "]" : "";
  if (!close) return -1;
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    if (s[j] === open) depth++;
    else if (s[j] === close && --depth === 0) return j + 1;
  }
  return -1;
}

/** The argument of a function written after position i: "(…)", "\left(…\right)", "{…}" or one token. */
function argumentAt(s: string, i: number): { arg: string; end: number } | null {
  let j = i;
  while (s[j] === " ") j++;
  if (s.startsWith("\\left(", j)) {
    let depth = 0;
    for (let k = j; k < s.length; k++) {
      if (s.startsWith("\\left(", k)) depth++;
      else if (s.startsWith("\\right)", k) && --depth === 0) return { arg: s.slice(j + 6, k), end: k + 7 };
    }
    return null;
  }
  if (s[j] === "(" || s[j] === "{") {
    const end = closing(s, j);
    return end < 0 ? null : { arg: s.slice(j + 1, end - 1), end };
  }
  const token = /^(?:\\[a-zA-Z]+|[a-zA-Z0-9.]+)/.exec(s.slice(j));
  return token ? { arg: token[0], end: j + token[0].length } : null;
}

/**
 * Logarithms with their base made explicit: OATutor's `\log_{b}(x)` (also
 * `\operatorname{log_b}`, `log_b`) becomes `(\ln(x)/\ln(b))`, and `\log(x)` is base 10 as in
 * OATutor's maths engine (spelled `(\ln(x)/\ln(10))` should the checker read log as natural).
 */
export function explicitLogs(latex: string): string {
  let s = latex
    .replace(/\\(?:operatorname|mathrm)\{\s*log_\{?([^{}]+?)\}?\s*\}/g, "\\log_{$1}")
    .replace(/\\(?:operatorname|mathrm)\{\s*(log|ln)\s*\}/g, "\\$1");
  const re = /\\log|(?<![a-zA-Z\\])log(?![a-zA-Z])/g;
  for (let guard = 0; guard < 20; guard++) {
    re.lastIndex = 0;
    const m = re.exec(s);
    if (!m) break;
    let i = m.index + m[0].length;
    let base = "10";
    const sub = /^_(?:\{([^{}]+)\}|([a-zA-Z0-9]))/.exec(s.slice(i));
    if (sub) {
      base = (sub[1] ?? sub[2] ?? "10").trim();
      i += sub[0].length;
    }
    const a = argumentAt(s, i);
    if (!a) break;
    const call = base === "10" && LOG_IS_BASE_10 ? `\\operatorname{log}(${a.arg})` : `(\\ln(${a.arg})/\\ln(${base}))`;
    s = `${s.slice(0, m.index)}${call}${s.slice(a.end)}`;
  }
  return s;
}

/** "sin^2(x)" -> "(sin(x))^2", "sec**2(x)" too (the checker has no power of a function name). */
function powersOfFunctions(plain: string): string | Rejection {
  let s = plain;
  for (let guard = 0; guard < 20; guard++) {
    const m = FUNCTION_POWER.exec(s);
    if (!m) return s;
    const power = m[2]!.replace(/[()\s]/g, "");
    if (power === "-1") {
      if (!/^(?:sin|cos|tan|sec|csc)$/.test(m[1]!))
        return reject("unsupported-function", `${m[1]}^-1 (an inverse the checker does not evaluate)`);
      // sin^-1(x) is arcsin(x), sec^-1(x) arcsec(x), which the checker reads.
      s = `${s.slice(0, m.index)}a${m[1]}${s.slice(m.index + m[0].length)}`;
      continue;
    }
    const open = m.index + m[0].length;
    const end = closing(s, open);
    if (end < 0) return s;
    s = `${s.slice(0, m.index)}(${m[1]}${s.slice(open, end)})^${power}${s.slice(end)}`;
  }
  return s;
}

/**
 * Letters the answer uses in both cases as separate variables ("b = 2A/h - B": b), which the
 * answer keeps apart (the checker does too, see caseLetters); a rejection when a capital with a
 * lower-case twin is part of a word ("Penelope"), which is no variable.
 */
function keptCase(latex: string): Set<string> | Rejection {
  const bare = latex.replace(/\\[a-zA-Z]+/g, " ").replace(NAMED_WORDS, " ");
  const letters = new Set(bare.match(/[a-zA-Z]/g) ?? []);
  const kept = new Set<string>();
  for (const c of letters) {
    if (c === c.toLowerCase() || !letters.has(c.toLowerCase())) continue;
    // Only a capital that encodeCase encodes can be kept apart: not inside a word.
    const inWord = new RegExp(`[A-Za-z]${c}|${c}[a-z]{2}`).test(bare);
    if (inWord)
      return reject(
        "case-sensitive-variables",
        `uses both ${c} and ${c.toLowerCase()}, which a student's typing cannot tell apart`,
      );
    kept.add(c.toLowerCase());
  }
  return kept;
}

/** The plain maths as written in a spec: "b = 2a/h - b_up" -> "b = 2a/h - B" (the checker reads it so). */
export function showCase(plain: string): string {
  return plain.replace(new RegExp(`\\b([a-z])${UPPER_SUFFIX}\\b`, "g"), (_m, c: string) => c.toUpperCase());
}

/** "$$550$$ nm": a number in maths, its unit in prose after it. */
export const UNIT_AFTER = /^\$\$\s*(-?[\d.,]+)\s*\$\$\s*([a-zA-Z][a-zA-Z/]*)\.?\s*$/;

const SCIENTIFIC =
  /^([-+]?\d+(?:\.\d+)?)\s*(?:[eE]\s*([-+]?\d+)|(?:×|\\times|\*|\\cdot|x)\s*\{?\s*10\s*\}?\s*(?:\*\*|\^)\s*\{?\(?\s*([-+]?\d+)\s*\)?\}?)\s*([a-zA-Z]{1,3}(?:\/[a-zA-Z]{1,3})?)?$/;

/**
 * Reads an OATutor answer (LaTeX inside `$$…$$`, or plain text like "y**(3/4)") as the plain,
 * lower-case maths that the answer checker parses, through the checker's own reading of typed
 * answers (normalizeInput). What the checker cannot represent is rejected with a reason:
 * matrices, primed variables, infinity outside an interval, functions it does not know, trig of
 * degrees, and answers whose variables differ only by case.
 */
export function readOatutorMath(raw: string): PlainMath | Rejection {
  let s = raw.trim();
  let unit: PlainMath["unit"];
  let percent = false;
  const unitAfter = UNIT_AFTER.exec(s);
  if (unitAfter) {
    s = unitAfter[1] as string;
    const name = unitAfter[2] as string;
    unit = name === "degrees" ? DEGREES : { name, aliases: [] };
  }
  if (/\\\$/.test(s)) {
    unit = DOLLARS;
    s = s.replace(/\\\$/g, "");
  }
  s = s.replace(/\$\$/g, " ").trim();
  if (/^\$[^$]*\$$/.test(s)) s = s.slice(1, -1);
  if (/^-?\$\s*\d/.test(s)) {
    unit = DOLLARS;
    s = s.replace("$", "");
  }
  if (s.includes("$")) return reject("unreadable-maths", `stray "$" in ${JSON.stringify(raw)}`);
  s = s.replace(/\\left(?![a-zA-Z])|\\right(?![a-zA-Z])/g, "");
  // "h ≈ 3.88": the value the question asks for, rounded.
  s = s.replace(/\\approx(?![a-zA-Z])|≈/g, "=");
  // "√229i": √229·i or √(229i)? (the checker reads a bare root sign over the whole operand).
  if (/√\d+(?:\.\d+)?[a-zA-Z]/.test(s))
    return reject(
      "unreadable-maths",
      `a root sign without brackets over a number and a name in ${JSON.stringify(raw)}`,
    );
  if (/\\begin\{[a-z]*matrix\}/.test(s)) return reject("matrix", "a matrix answer (there is no matrix answer kind)");
  const mixed = NUMBER_BEFORE_FRACTION.exec(s);
  if (mixed && Number(mixed[2]) >= Number(mixed[3]))
    return reject(
      "ambiguous-mixed-number",
      `${mixed[0]} in ${JSON.stringify(raw)} reads as ${mixed[1]} + ${mixed[2]}/${mixed[3]} or ${mixed[1]} × ${mixed[2]}/${mixed[3]}`,
    );
  const degrees = /(?:\*\*|\^)\s*\{?\s*\\circ\s*\}?|°|\\degree\b/g;
  if (degrees.test(s)) {
    // Inside a trigonometric function, an angle in degrees ("cos(56°)", read by the checker);
    // elsewhere the unit of the answer.
    if (TRIG_FUNCTION.test(s)) s = s.replace(degrees, " degrees ");
    else {
      unit = DEGREES;
      s = s.replace(degrees, "").trim();
    }
  }
  // "logm(n)": log base m (not "loge": e is a variable to the checker).
  s = s.replace(/(?<![a-zA-Z\\])log([a-df-z])(?=\()/g, "log_$1");
  // "ln*t": a function name times a letter is the function of that letter.
  s = s.replace(/(?<![a-zA-Z])(ln|log)\s*\*\s*([a-zA-Z])(?![a-zA-Z(])/g, "$1($2)");
  // "$$9x^2-48x+64$$." ends a sentence; "{10}^8" without any LaTeX command groups with braces.
  s = s.replace(/\s*[.;,]+$/, "");
  if (!/\\[a-zA-Z{}]/.test(s)) s = s.replace(/\{/g, "(").replace(/\}/g, ")");
  if (/\\?%\s*$/.test(s)) {
    percent = true;
    s = s.replace(/\\?%\s*$/, "").trim();
  }
  const sci = SCIENTIFIC.exec(s.replace(/\s+/g, " "));
  if (sci) {
    const value = Number(`${sci[1]}e${sci[2] ?? sci[3]}`);
    if (Number.isFinite(value)) {
      const u = sci[4] ? { name: sci[4], aliases: [] } : unit;
      return { plain: String(value), value, unit: u, percent };
    }
  }
  // A lower-case letter with digits ("m2", "m1 m2") is a subscripted name, as "m_2" would be;
  // not after a number or a letter ("5m2", "cm2"), where it may be a unit.
  for (let pass = 0; pass < 2; pass++) s = s.replace(/(?<![A-Za-z0-9_.\\])([a-z])(\d+)(?![\d.])/g, "$1_{$2}");
  // Primed variables (x') are read by the checker; whether this answer checks as written is
  // decided by the self-check. Names that differ only in case are kept apart ("B" as "b_up").
  const kept = keptCase(s);
  if (isRejection(kept)) return kept;
  s = encodeCase(s, kept);
  // The checker's own reading of typed answers (LaTeX, Unicode, Greek names, subscripts).
  let plain = normalizeInput(explicitLogs(s).replace(/\b(ln|log)\s*\|([^|]+)\|/g, "$1(|$2|)"), 2000);
  if (/→|->|=>/.test(plain)) return reject("unreadable-maths", "an arrow in the answer");
  // "(x-y+z=5)": brackets around a whole equation group nothing.
  const bracketed = /^\((.*=.*)\)$/.exec(plain);
  if (bracketed && closing(plain, 0) === plain.length) plain = bracketed[1]!.trim();
  const relation = /<|>|!=/.test(plain) || /^[[(\]].*,.*[\])[]$/.test(plain.replace(/\s+/g, ""));
  if (/infinity/.test(plain) && !relation) return reject("infinity", "infinity in the answer");
  if (UNSUPPORTED_FUNCTIONS.test(plain))
    return reject("unsupported-function", `a function the checker does not know in ${JSON.stringify(plain)}`);
  // Degrees inside a trigonometric function are an angle ("cos(56 degrees)" -> "cos(56°)"); elsewhere they are not maths.
  plain = markDegrees(plain).replaceAll(DEGREE_SIGN, "°");
  if (/\bdeg(?:rees?)?\b/.test(plain))
    return reject("trig-in-degrees", "degrees outside a trigonometric function's argument");
  // OATutor's physics lessons write "tan(15)" for 15 degrees; the checker reads radians.
  const trig = TRIG_OF_NUMBER.exec(plain);
  if (trig && Math.abs(Number(trig[1])) > 2 * Math.PI)
    return reject("trig-in-degrees", `${trig[0]} is most likely in degrees; the checker reads radians`);
  const powered = powersOfFunctions(plain);
  if (isRejection(powered)) return powered;
  // "f(x) = …" names a function: its brackets are no product.
  const named = /^\s*[a-z]\s*\((?:[^()]|\([^()]*\))*\)\s*=/.exec(powered)?.[0] ?? "";
  plain =
    named +
    powered
      .slice(named.length)
      // "ln2", "6sqrt2" typed without brackets: "ln(2)" ("sin2x" is left to the checker: sin(2x)).
      .replace(FUNCTION_BEFORE_NUMBER, "$1($2)")
      // "3p(p+1)", "10p (3p+5q)^2": a name before a bracket is a product (not a call of p);
      // "2cot(2x)", "tan(x) sec(x)": a function name before one is a call.
      .replace(/([a-z]+(?:_[a-z0-9]+)?|\d|\))\s*\(/g, (_m, prev: string) =>
        ENDS_IN_FUNCTION.test(prev) ? `${prev}(` : `${prev}*(`,
      );
  return { plain, unit, percent, relation };
}
