import { FUNCTION_NAMES } from "@/lib/tutor/answers/math-names";
import { isQuestion, normalizeInput } from "@/lib/tutor/answers/normalize-input";
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
const MATH_WORDS = new Set([...FUNCTION_NAMES, "arcsin", "arccos", "arctan", "pi"]);
const ENDS_IN_FUNCTION = new RegExp(`(?:${[...FUNCTION_NAMES].join("|")})$`, "i");

const GREEK_NAMES = /alpha|beta|gamma|delta|epsilon|theta|lambda|sigma|omega|phi|rho|tau|mu/g;
/** "cosx", "sint", "arcsin": a function name run into its argument, maths not a name. */
const MATH_PREFIX = new RegExp(`^(?:${[...MATH_WORDS].join("|")})`, "i");

/**
 * Prose or a chemical formula typed into an arithmetic box: "Not a parabola", "DNE", "Se",
 * "H2O". A word counts as prose when it has four letters or more and a vowel (not "wxz", the
 * product w·x·z) and is no function or Greek name; a word in capitals ("DNE") too.
 */
export function isWordAnswer(s: string): boolean {
  const t = s.trim();
  if (
    /^(?:[A-Z][a-z]?\d*)+$/.test(t) &&
    /[a-z]|\d/.test(t) &&
    (t.match(/[A-Z][a-z]?/g) ?? []).every((e) => ELEMENTS.has(e))
  )
    return true;
  if (/^[A-Z]{2,}$/.test(t)) return true;
  const bare = t.replace(/\\[a-zA-Z]+/g, " ").replace(GREEK_NAMES, " ");
  return (bare.match(/[a-zA-Z]{4,}/g) ?? []).some((w) => /[aeiouy]/i.test(w) && !MATH_WORDS.has(w.toLowerCase()));
}

/**
 * Program code (the data-science lessons): "np.mean(x)", "make_array(1, 2)", "tbl.sort(col)",
 * a string literal filling a blank ('"Type"'), a keyword argument ("descending=True"), a
 * remainder ("arr%2").
 */
export function isCode(s: string): boolean {
  if (/\\[a-zA-Z]/.test(s)) return false;
  const call = /\b([a-z_]{3,})\(/gi;
  for (const m of s.matchAll(call)) if (!ENDS_IN_FUNCTION.test(m[1]!)) return true;
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

/** "{39, 36, 33}": a set of values, any order. */
function setSpec(s: string, q: OatutorQuestion): Spec | Rejection {
  const parts = topLevelParts(s.trim().slice(1, -1));
  const items: Scalar[] = [];
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
  // "x = -7/5 or x = 3": the solutions, as a set.
  const alternatives = s.split(/\s+or\s+/);
  const text = alternatives.join(", ").replace(/\s+and\s+/g, ", ");
  const parts = topLevelParts(text);
  const point = /^\(([^()]+),([^()]+)\)$/;
  if (parts.length === 1 && point.test(parts[0]!.replace(/\s+/g, ""))) {
    if (INTERVAL_CONTEXT.test(q.context ?? "")) return intervalSpec(s, q);
  } else if (parts.length < 2) return null;
  const points = parts.every((p) => point.test(p.replace(/\s+/g, "")));
  const items: Scalar[] = [];
  for (const part of points ? parts.flatMap((p) => topLevelParts(p.replace(/^\s*\(|\)\s*$/g, ""))) : parts) {
    const item = mathSpec(part, { ...q, context: "" });
    if (isRejection(item)) return item;
    if (item.kind === "list") return reject("nested-list", `a list inside the list ${JSON.stringify(s)}`);
    items.push(item as Scalar);
  }
  const spec: Spec =
    points && parts.length === 1
      ? { kind: "list", items, ordered: true, notation: "point" }
      : alternatives.length > 1 && !points
        ? { kind: "list", items, ordered: false, notation: "set" }
        : { kind: "list", items, ordered: points };
  return selfChecks(spec, [s]) ? spec : reject("self-check", `the list ${JSON.stringify(s)} does not check as written`);
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
  if (wordsOnly(s)) return textSpec(s);
  const maths = mathSpec(raw, q, true);
  if (!isRejection(maths)) return maths;
  if (textSafe(s)) return textSpec(s);
  return maths.reason === "unreadable-maths"
    ? reject("text-symbols", `the text ${JSON.stringify(s)} is neither maths nor plain words`)
    : maths;
}
