import { FUNCTION_NAMES } from "@/lib/tutor/answers/math-names";
import { isQuestion, normalizeInput } from "@/lib/tutor/answers/normalize-input";
import { evaluate, markDegrees, parseMath, variablesOf } from "@/lib/tutor/answers/parse-math";
import { isRejection, type Rejection, reject } from "./oatutor-latex";
import { mathSpec, NUMBER, type OatutorQuestion, type Scalar, type Spec, selfChecks, THOUSANDS } from "./oatutor-math";
import { matrixSpec } from "./oatutor-matrix";
import { chemistrySpec, codeTextSpec, isChemistry } from "./oatutor-notation";

const ELEMENTS = new Set(
  "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr".split(
    " ",
  ),
);
// Every function the checker evaluates (sec, cot, arcsin… too): maths, not words or code.
const MATH_WORDS = new Set([...FUNCTION_NAMES, "arcsin", "arccos", "arctan", "arcsec", "arccsc", "pi"]);
const ENDS_IN_FUNCTION = new RegExp(`(?:${[...FUNCTION_NAMES].join("|")})$`, "i");

/**
 * A function run into a one-letter argument, maybe after a letter: "cosx", "xsinx", "sint";
 * "logm" (log base m, before a bracket). Not "loge": e is a variable to the checker, so log base e
 * would not be ln.
 */
const FUNCTION_OF_LETTER = /^[a-z]?(?:sin|cos|tan|sec|csc|cot|sqrt)[a-z]$|^log[a-df-z]$/;

const GREEK_NAMES = /alpha|beta|gamma|delta|epsilon|theta|lambda|sigma|omega|phi|rho|tau|mu/g;
/** "cosx", "sint", "arcsin": a function name run into its argument, maths not a name. */
const MATH_PREFIX = new RegExp(`^(?:${[...MATH_WORDS].join("|")})`, "i");

/**
 * Prose or a chemical formula typed into an arithmetic box: "Not a parabola", "DNE", "Se",
 * "H2O". A word counts as prose when it has four letters or more and a vowel (not "wxz", the
 * product w·x·z) and is no function or Greek name; a word in capitals ("DNE") too.
 */
export function isWordAnswer(s: string): boolean {
  // "cos(56 degrees)": an angle in degrees inside a function is maths.
  const t = markDegrees(s.trim());
  if (
    /^(?:[A-Z][a-z]?\d*)+$/.test(t) &&
    /[a-z]|\d/.test(t) &&
    (t.match(/[A-Z][a-z]?/g) ?? []).every((e) => ELEMENTS.has(e))
  )
    return true;
  if (/^[A-Z]{2,}$/.test(t)) return true;
  const bare = t.replace(/\\[a-zA-Z]+/g, " ").replace(GREEK_NAMES, " ");
  return (bare.match(/[a-zA-Z]{4,}/g) ?? []).some(
    (w) => /[aeiouy]/i.test(w) && !MATH_WORDS.has(w.toLowerCase()) && !FUNCTION_OF_LETTER.test(w),
  );
}

/**
 * Program code (the data-science lessons): "np.mean(x)", "make_array(1, 2)", "tbl.sort(col)",
 * a string literal filling a blank ('"Type"'), a keyword argument ("descending=True"), a
 * remainder ("arr%2").
 */
export function isCode(s: string): boolean {
  if (/\\[a-zA-Z]/.test(s)) return false;
  const call = /\b([a-z_]{3,})\(/gi;
  for (const m of s.matchAll(call)) if (!ENDS_IN_FUNCTION.test(m[1]!) && !FUNCTION_OF_LETTER.test(m[1]!)) return true;
  if (/^\s*(?:"[^"]*"|'[^']*')\s*$/.test(s)) return true;
  if (/\b[a-zA-Z_]\w*\s*=\s*(?:True|False|None)\b|[a-zA-Z_]\w*\s*%\s*\w/.test(s)) return true;
  // A statement or expression over named values, typed without spaces: "count=count+1",
  // "count/100", "(xs-mean)/sd", "left<=14<=right" (a name: a word of four letters or more).
  if (!/\s/.test(s.trim()) && /[=/%<>]/.test(s) && !/\*\*|\$/.test(s)) {
    const names = s.replace(GREEK_NAMES, " ").match(/[A-Za-z_]{4,}/g) ?? [];
    if (names.some((w) => /[aeiouy]/i.test(w) && !MATH_PREFIX.test(w) && !/^(?:undefined|infinity)$/i.test(w)))
      return true;
  }
  return /[a-zA-Z_]\w*\.[a-zA-Z_]\w*|\b[a-z]+_[a-z_]+\b|==/i.test(s);
}

/** Words only: "DNE", "Not a parabola", "Up" (a single letter or maths is not words). */
function wordsOnly(s: string): boolean {
  return /^[\p{L}][\p{L}\p{N}\s.,'"!?:;]*$/u.test(s) && /\p{L}{2}/u.test(s);
}

/**
 * Whether a text answer survives the word checker's normalisation (punctuation and signs are
 * dropped): "(-3, 4)" would match "(3, 4)", so maths symbols make a text answer unsafe. A hyphen
 * inside a word ("90-degree", "x-axis", "well-known") is no sign: nothing else reads like it.
 */
function textSafe(s: string): boolean {
  const t = s.replace(/(?<=[\p{L}\p{N}])-(?=\p{L}{2})/gu, " ");
  return !/[-+*/^<>|\\[\]{}~=()]/.test(t) && /[\p{L}\p{N}]/u.test(t);
}

/**
 * A text answer: words ("DNE", "Not a parabola", "A 90-degree angle"), or chemical notation
 * ("H2O", "NaCl", "HCO3-", "Al → Al3+ +3e") compared as chemistry, where element case and
 * charges count. Other text with symbols the word checker would drop is refused.
 */
export function textSpec(s: string, accepted: string[] = [s]): Spec | Rejection {
  if (accepted.length === 1 && accepted[0] === s && isChemistry(s)) return chemistrySpec(s);
  // An answer that is itself a question ("What is the positive ion?") is the source's slip.
  if (isQuestion(normalizeInput(s)))
    return reject("answer-is-question", `the answer ${JSON.stringify(s)} is a question, not an answer`);
  const spec: Spec = { kind: "text", accepted };
  if (!textSafe(s)) return reject("text-symbols", `the text ${JSON.stringify(s)} has symbols the text checker ignores`);
  return selfChecks(spec) ? spec : reject("self-check", `the text ${JSON.stringify(s)} does not check`);
}

/** Program code ("np.mean(xs)", "num_rows"): compared symbol for symbol, case and all (match "code"). */
export function codeSpec(s: string): Spec | Rejection {
  return codeTextSpec(s);
}

/** A word of two letters or more that is no maths ("Alison", "kn68413", "November"). */
const PROSE_WORD = /[A-Za-z]{2,}/g;
const GREEK_WORD = new RegExp(`^(?:${GREEK_NAMES.source})$`);
const isProse = (w: string) => !MATH_WORDS.has(w.toLowerCase()) && !GREEK_WORD.test(w.toLowerCase());

/** "{39, 36, 33}": a set of values, any order; "{Alison, June}" or "{ab56781, jh47983}": a set of words. */
function setSpec(s: string, q: OatutorQuestion): Spec | Rejection {
  const parts = topLevelParts(s.trim().slice(1, -1));
  const items: Scalar[] = [];
  const pair = /^\((.*)\)$/;
  if (parts.length > 0 && parts.every((p) => pair.test(p) && (p.match(PROSE_WORD) ?? []).some(isProse)))
    return reject(
      "pairs-of-words",
      `the set ${JSON.stringify(s)} holds ordered pairs of words, and no answer kind holds a pair of texts`,
    );
  // Names (capitals and all, "Penelope") and codes are words, not variables.
  if (parts.length > 0 && parts.every((p) => wordsOnly(p) && (p.match(PROSE_WORD) ?? []).some(isProse))) {
    const spec: Spec = {
      kind: "list",
      items: parts.map((p) => ({ kind: "text", accepted: [p] })),
      ordered: false,
      notation: "set",
    };
    return selfChecks(spec, [s])
      ? spec
      : reject("self-check", `the set ${JSON.stringify(s)} does not check as written`);
  }
  for (const part of parts) {
    const item = mathSpec(part, { ...q, context: "" });
    if (isRejection(item)) return item;
    if (item.kind === "list") return reject("nested-list", `a list inside the set ${JSON.stringify(s)}`);
    items.push(item as Scalar);
  }
  const spec: Spec = { kind: "list", items, ordered: false, notation: "set" };
  return selfChecks(spec, [s]) ? spec : reject("self-check", `the set ${JSON.stringify(s)} does not check as written`);
}

/**
 * Every way OATutor joins the intervals of a union, between a closing and an opening bracket:
 * "U" with or without spaces, "∪", "\cup", "&" (the quadratic-inequality lessons ask for it),
 * "or", "union". Written "∪" in the spec, so that no "U" is read as a variable u.
 */
const UNION_JOIN = /(?<=[\])[])\s*(?:\\cup(?![a-zA-Z])|∪|U|&|or|union)\s*(?=[[(\]])/g;

/** Interval notation as written ("[2, 5)", "(-inf, 3]", a union "(-inf, -2] U (3, inf)" or "(-inf,2]&[6,inf)"). */
function intervalSpec(s: string, q: OatutorQuestion): Spec | Rejection {
  const value = s
    .replace(UNION_JOIN, " ∪ ")
    .replace(/[-+]?inf(?:inity)?\b/gi, (m) => (m.startsWith("-") ? "-\\infty" : "\\infty"));
  const spec = mathSpec(value, q, true);
  if (isRejection(spec)) return reject("interval", `interval notation ${JSON.stringify(s)}: ${spec.message}`);
  // The answer as the source writes it ("(-inf,-6]U(5,inf)") is right as well.
  return selfChecks(spec, [s])
    ? spec
    : reject("interval", `interval notation ${JSON.stringify(s)} does not check as written`);
}

const INTERVAL_CONTEXT = /interval|domain|range|increasing|decreasing|concave|solution set/i;

/** Whether the items' values increase (items that are no constant value count as in order). */
function increasing(items: Scalar[]): boolean {
  const values = items.map((it) => {
    if (it.kind === "numeric") return it.value;
    if (it.kind !== "expression" && it.kind !== "fraction") return Number.NaN;
    const e = parseMath(normalizeInput(it.value));
    return e && variablesOf(e).size === 0 ? evaluate(e, {}) : Number.NaN;
  });
  return values.every((v, i) => i === 0 || !(v < values[i - 1]!));
}

/** "(1, 2)", "(sqrt(3), -1)", "(1.7, 3, 3.5)": a tuple in one pair of brackets, as its coordinates; else null. */
function pointCoordinates(p: string): string[] | null {
  const t = p.trim();
  if (!t.startsWith("(") || !t.endsWith(")")) return null;
  let depth = 0;
  for (const [i, c] of [...t].entries()) {
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0 && i < t.length - 1) return null;
  }
  const inner = topLevelParts(t.slice(1, -1));
  return inner.length >= 2 && !inner.some((x) => x.includes("=")) ? inner : null;
}

/** Splits at commas outside brackets: "x, 2(x+1), (1,2)" -> ["x", "2(x+1)", "(1,2)"]. */
function topLevelParts(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const c of s) {
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    if (c === "," && depth === 0) {
      out.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  out.push(cur.trim());
  return out.filter(Boolean);
}

/**
 * Several answers in one string: numbers or expressions "x, 2(x+1)" (any order: "8,13"
 * answers "find the two numbers" as well as "13,8"), or points "(1,2)", "(1,2),(3,4)"
 * (coordinates in order; several points in the order written). Null when it is not a list.
 */
function listSpec(s: string, q: OatutorQuestion): Spec | Rejection | null {
  const labelled = labelledValues(s, q);
  if (labelled) return labelled;
  // "x = -7/5 or x = 3": the solutions, as a set.
  const alternatives = s.split(/\s+or\s+/);
  const text = alternatives.join(", ").replace(/\s+and\s+/g, ", ");
  const parts = topLevelParts(text);
  const coordinates = parts.map(pointCoordinates);
  if (parts.length === 1) {
    if (!coordinates[0]) return null;
    if (INTERVAL_CONTEXT.test(q.context ?? "")) return intervalSpec(s, q);
  }
  const points = coordinates.every((c) => c !== null);
  const anyPoint = coordinates.some((c) => c !== null);
  const items: Scalar[] = [];
  // Points give their coordinates in order, also beside other values ("m,(0,b)": the slope, then
  // the intercept's coordinates), and a word there ("(0,13), DNE") is a word.
  for (const part of parts.flatMap((p, i) => coordinates[i] ?? [p])) {
    if (anyPoint && wordsOnly(part)) {
      items.push({ kind: "text", accepted: [part] });
      continue;
    }
    const item = mathSpec(part, { ...q, context: "" });
    if (isRejection(item)) return item;
    if (item.kind === "list") return reject("nested-list", `a list inside the list ${JSON.stringify(s)}`);
    items.push(item as Scalar);
  }
  // "(j,k) where j<k": the source's own values must be in that order (the order names the pair's
  // own coordinates, not "(a,b), (c,d) where a<c", an order of several points).
  const asked = (q.context ?? "").replace(/\$/g, "");
  const order = /\bwhere\s+([a-z])\s*<\s*([a-z])\b/i.exec(asked);
  const ordersPair = order && new RegExp(`\\(\\s*${order[1]}\\s*,\\s*${order[2]}\\s*\\)`).test(asked);
  if (order && ordersPair && points && parts.length === 1 && !increasing(items))
    return reject(
      "out-of-order",
      `the answer ${JSON.stringify(s)} is not in the order the question asks for (${order[1]} < ${order[2]})`,
    );
  const spec: Spec =
    points && parts.length === 1
      ? { kind: "list", items, ordered: true, notation: "point" }
      : alternatives.length > 1 && !anyPoint
        ? { kind: "list", items, ordered: false, notation: "set" }
        : { kind: "list", items, ordered: anyPoint };
  return selfChecks(spec, [s]) ? spec : reject("self-check", `the list ${JSON.stringify(s)} does not check as written`);
}

const LABEL_NUMBER =
  /^\s*(?:([A-Za-z][A-Za-z ]*?)\s*=\s*(-?\d+(?:\.\d+)?)|(-?\d+(?:\.\d+)?)\s+([A-Za-z][A-Za-z ]*?))\s*$/;

/**
 * Values named by words, in the order the question asks for them: "Uphill skiing speed = 5,
 * Downhill skiing speed = 10", "6 Main tickets, 10 Terrace tickets". The words are the labels
 * (capitals inside them are no variables); the values are what is checked, in order (swapped is
 * partly right, "order").
 */
function labelledValues(s: string, q: OatutorQuestion): Spec | Rejection | null {
  const parts = topLevelParts(s);
  if (parts.length < 2) return null;
  const values: string[] = [];
  for (const p of parts) {
    const m = LABEL_NUMBER.exec(p);
    const words = m ? (m[1] ?? m[4] ?? "") : "";
    if (!m || !(words.match(PROSE_WORD) ?? []).some(isProse)) return null;
    values.push(m[2] ?? m[3] ?? "");
  }
  const items: Scalar[] = [];
  for (const v of values) {
    const item = mathSpec(v, { ...q, context: "" });
    if (isRejection(item) || item.kind === "list") return null;
    items.push(item as Scalar);
  }
  const spec: Spec = { kind: "list", items, ordered: true };
  return selfChecks(spec, [s]) ? spec : reject("self-check", `the list ${JSON.stringify(s)} does not check as written`);
}

/**
 * A system of equations written one after another with spaces between them:
 * "x-3y-5z=-2 2x-5y-4z=5 -3x+5y+4z=6" (each word one whole equation), as a list of equations.
 */
function spacedSystem(s: string, q: OatutorQuestion): Spec | Rejection | null {
  const words = s.trim().split(/\s+/);
  if (words.length < 2 || !words.every((w) => (w.match(/=/g) ?? []).length === 1 && !/[,;]/.test(w))) return null;
  return equationList(words, q);
}

/**
 * Equations as an unordered list (a system: the order of its equations does not matter), typed
 * with commas between them.
 */
export function equationList(equations: string[], q: OatutorQuestion): Spec | Rejection {
  const items: Scalar[] = [];
  for (const eq of equations) {
    const item = mathSpec(eq, { ...q, context: "" });
    if (isRejection(item)) return item;
    if (item.kind !== "equation") return reject("self-check", `${JSON.stringify(eq)} in a system is no equation`);
    items.push(item);
  }
  const spec: Spec = { kind: "list", items, ordered: false };
  const written = equations.map((e) => e.replace(/\$\$/g, "").trim()).join(", ");
  return selfChecks(spec, [written])
    ? spec
    : reject("self-check", `the system ${JSON.stringify(written)} does not check as written`);
}

/**
 * A "string" answer (OATutor compares it character for character): a number, a list or
 * point, an interval, words, or maths whose written form counts (a factored answer must be
 * given factored). Program code and text whose signs the text checker would drop are rejected.
 */
export function stringSpec(raw: string, q: OatutorQuestion): Spec | Rejection {
  const s = raw.replace(/\$\$/g, " ").replace(/\s+/g, " ").trim();
  if (!s) return reject("no-answer", "no answer given");
  const plain = s.replace(/\s+/g, "");
  if (NUMBER.test(plain) || THOUSANDS.test(plain)) return mathSpec(s, q);
  if (/^n\/a$/i.test(plain)) return textSpec("NA", ["N/A", "NA", "not applicable"]);
  const matrix = matrixSpec(s, q);
  if (matrix) return matrix;
  if (isCode(s)) return codeSpec(s);
  if (/^\{.*\}$/.test(plain)) return setSpec(s, q);
  if (
    /inf|∞|∪|\\cup(?![a-zA-Z])|\bU\b|\)U\(|\]U|U\[|[\])]\s*&\s*[[(]/.test(s) ||
    (/^[[(].*,.*[\])]$/.test(plain) && !/^\(.*\)$/.test(plain))
  )
    return intervalSpec(s, q);
  const list = listSpec(s, q);
  if (list) return list;
  const system = spacedSystem(s, q);
  if (system) return system;
  if (wordsOnly(s)) return textSpec(s);
  const maths = mathSpec(raw, q, true);
  if (!isRejection(maths)) return maths;
  if (textSafe(s)) return textSpec(s);
  return maths.reason === "unreadable-maths"
    ? reject("text-symbols", `the text ${JSON.stringify(s)} is neither maths nor plain words`)
    : maths;
}
