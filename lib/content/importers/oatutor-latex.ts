import { normalizeInput } from "@/lib/tutor/answers/normalize-input";
import { evaluate, parseMath } from "@/lib/tutor/answers/parse-math";

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

/** "sin^2(x)" -> "(sin(x))^2" (the checker has no power of a function name). */
function powersOfFunctions(plain: string): string | Rejection {
  let s = plain;
  for (let guard = 0; guard < 20; guard++) {
    const m = /(?<![a-z])(sin|cos|tan|ln)\s*\^\s*(\(\s*-?\d+\s*\)|-?\d+)\s*(?=\()/.exec(s);
    if (!m) return s;
    const power = m[2]!.replace(/[()\s]/g, "");
    if (power === "-1") {
      if (m[1] === "ln") return reject("unsupported-function", "ln^-1 (an inverse written as a power)");
      // sin^-1(x) is arcsin(x), which the checker reads.
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

/** The checker lower-cases what students type: variables "A" and "a" cannot be told apart. */
function caseClash(latex: string): Rejection | null {
  const bare = latex.replace(/\\[a-zA-Z]+/g, " ").replace(/\b(?:sqrt|sin|cos|tan|ln|log|exp|abs|pi)\b/g, " ");
  const letters = new Set(bare.match(/[a-zA-Z]/g) ?? []);
  for (const c of letters) {
    if (c !== c.toLowerCase() && letters.has(c.toLowerCase())) {
      return reject(
        "case-sensitive-variables",
        `uses both ${c} and ${c.toLowerCase()}, which a student's typing cannot tell apart`,
      );
    }
  }
  return null;
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
  if (/\\begin\{[a-z]*matrix\}/.test(s)) return reject("matrix", "a matrix answer (there is no matrix answer kind)");
  const degrees = /(?:\*\*|\^)\s*\{?\s*\\circ\s*\}?|°|\\degree\b/g;
  if (degrees.test(s)) {
    unit = DEGREES;
    s = s.replace(degrees, "").trim();
  }
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
  // Primed variables (x') are read by the checker now; whether this answer checks as written is
  // decided by the self-check below. Names that differ only in case stay refused: the spec's
  // value is read lower-cased here, which would accept "b" for "B".
  const clash = caseClash(s);
  if (clash) return clash;
  // The checker's own reading of typed answers (LaTeX, Unicode, Greek names, subscripts).
  let plain = normalizeInput(explicitLogs(s).replace(/\b(ln|log)\s*\|([^|]+)\|/g, "$1(|$2|)"), 2000);
  if (/→|->|=>/.test(plain)) return reject("unreadable-maths", "an arrow in the answer");
  const relation = /<|>|!=/.test(plain) || /^[[(\]].*,.*[\])[]$/.test(plain.replace(/\s+/g, ""));
  if (/infinity/.test(plain) && !relation) return reject("infinity", "infinity in the answer");
  if (UNSUPPORTED_FUNCTIONS.test(plain))
    return reject("unsupported-function", `a function the checker does not know in ${JSON.stringify(plain)}`);
  if (/\bdegrees\b/.test(plain)) return reject("trig-in-degrees", "degrees inside an expression");
  // OATutor's physics lessons write "tan(15)" for 15 degrees; the checker reads radians.
  const trig = /\b(?:sin|cos|tan)\(\s*(-?\d+(?:\.\d+)?)\s*\)/.exec(plain);
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
      // "ln2", "sin x" typed without brackets: "ln(2)".
      .replace(/\b(sqrt|sin|cos|tan|ln|log)(\d+(?:\.\d+)?)(?![\d.(])/g, "$1($2)")
      // "3p(p+1)", "10p (3p+5q)^2": a name before a bracket is a product (not a call of p).
      .replace(/([a-z]+(?:_[a-z0-9]+)?|\d|\))\s*\(/g, (_m, prev: string) =>
        /(?:sqrt|sin|cos|tan|ln|log|exp|abs)$/.test(prev) ? `${prev}(` : `${prev}*(`,
      );
  return { plain, unit, percent, relation };
}
