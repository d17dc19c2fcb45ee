import { cleanText } from "../../math-reading/clean-text";
import { isNonAnswer, looksLikeGibberish, normalizeInput } from "./normalize-input";
import { cleanNotation, notationCandidates, orAlternatives } from "./notation-input";
import type { TextSpec } from "./spec";
import { type CheckResult, partial, reason } from "./types";

/** The element symbols: "Co" is cobalt, "CO" carbon and oxygen, "co" nothing. */
export const ELEMENTS = new Set(
  "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og".split(
    " ",
  ),
);

export type State = "s" | "l" | "g" | "aq";

/** One species as written: "3Pb2+ (aq)" -> coefficient 3, key "Pb2+", state "aq". */
export interface Species {
  coefficient: number;
  /** Formula and charge as one text, subscripts as plain digits: "Pb2+", "CH3COO-", "H2O", "e-". */
  key: string;
  state?: State;
  /** Element symbols in the formula (0 for the electron). */
  elements: number;
  charged: boolean;
}

export interface Chemistry {
  /** "→" (reaction), "⇌" (equilibrium), or "" for species with no arrow. */
  arrow: "" | "→" | "⇌";
  /** One side (species, ions) or two (the sides of the equation). */
  sides: Species[][];
}

/**
 * The spellings of arrows and charges made one: LaTeX ("\rightarrow", "\ce{}", "\mathrm{}"),
 * OATutor's "**" for "^", every arrow ("->", "-->", "=>", "=", "⟶" are "→"; "<=>", "<->", "⇄"
 * are "⇌"). Reversible arrows first: "<->" contains "->" and "<=>" contains "=".
 */
function unifyNotation(s: string): string {
  return s
    .replace(/\$/g, " ")
    .replace(/\\(?:ce|mathrm|text)\s*\{([^{}]*)\}/g, "$1")
    .replace(/\\(?:rightleftharpoons|leftrightharpoons|rightleftarrows)/g, " ⇌ ")
    .replace(/\\(?:longrightarrow|rightarrow|to)(?![a-zA-Z])/g, " → ")
    .replace(/\\[,;:! ]/g, " ")
    .replace(/\*\*/g, "^")
    .replace(/<-{1,2}>|<=>|[⇌⇄]/g, " ⇌ ")
    .replace(/-{1,2}>|={1,2}>|[→⟶]|=/g, " → ");
}

const STATE = /^\(\s*(aq|s|l|g)\s*\)/;

interface Scan {
  s: string;
  i: number;
  strict: boolean;
}

const ws = (p: Scan) => {
  while (p.i < p.s.length && /\s/.test(p.s[p.i]!)) p.i++;
};

/** "2", "_2", "_{2}": a count after an element or group; "" if none. */
function readCount(p: Scan): string {
  const m = /^(?:_\{\s*(\d+)\s*\}|_?(\d+))/.exec(p.s.slice(p.i));
  if (!m) return "";
  p.i += m[0].length;
  return m[1] ?? m[2] ?? "";
}

/** "CH3COO", "Ca(OH)2": element symbols (strict) or letters (folded), counts and groups. */
function readFormula(p: Scan): { text: string; elements: number } | null {
  let text = "";
  let elements = 0;
  for (;;) {
    const c = p.s[p.i];
    if (c === undefined) break;
    if (c === "(" || c === "[") {
      // A state symbol is no group.
      if (STATE.test(p.s.slice(p.i))) break;
      const save = p.i;
      p.i++;
      const inner = readFormula(p);
      const close = c === "(" ? ")" : "]";
      if (!inner || p.s[p.i] !== close) {
        p.i = save;
        break;
      }
      p.i++;
      text += `${c}${inner.text}${close}${readCount(p)}`;
      elements += inner.elements;
      continue;
    }
    if (p.strict) {
      if (!/[A-Z]/.test(c)) break;
      const two = p.s.slice(p.i, p.i + 2);
      const symbol = /^[A-Z][a-z]$/.test(two) && ELEMENTS.has(two) ? two : ELEMENTS.has(c) ? c : null;
      if (!symbol) return null;
      p.i += symbol.length;
      text += symbol + readCount(p);
      elements++;
      // Spaces inside a formula do not count ("Na Cl", "H2 O"): the next symbol goes on it.
      const gap = /^\s+(?=[A-Z(])/.exec(p.s.slice(p.i));
      if (gap && !STATE.test(p.s.slice(p.i + gap[0].length))) p.i += gap[0].length;
    } else {
      const m = /^[a-z]+/.exec(p.s.slice(p.i));
      if (!m) break;
      p.i += m[0].length;
      text += m[0] + readCount(p);
      elements++;
    }
  }
  return text ? { text, elements } : null;
}

/** What follows a sign that makes it a charge, not a "+" between species. */
function chargeEnds(rest: string): boolean {
  return /^\s*(?:$|[+→⇌)]|\(\s*(?:aq|s|l|g)\s*\)|aq(?![a-z]))/.test(rest);
}

/**
 * A charge: "^3+", "^{3+}", "^(3+)", "^+3", "^-" (the count of a marked charge is read), or a
 * bare sign after the formula ("Al3+": the digits are the formula's). [digits, sign] or null.
 * A "+" is a charge when the species ends there ("Ag+ + e", "Zn2+aq", "Cu2+(aq)", "Na+ →");
 * after a space, or before the next species ("Al + 3Ag+", "Zn+Cu2+"), it joins two species.
 */
function readCharge(p: Scan, spaced: boolean): [string, string] | null {
  const rest = p.s.slice(p.i);
  const marked = /^\^\s*(?:\{([^{}]*)\}|\(([^()]*)\)|([+-]\d+|\d*[+-]))/.exec(rest);
  if (marked) {
    const body = (marked[1] ?? marked[2] ?? marked[3] ?? "").replace(/\s+/g, "");
    const m = /^(\d*)([+-])$/.exec(body) ?? /^([+-])(\d*)$/.exec(body);
    if (!m) return null;
    p.i += marked[0].length;
    return /\d/.test(m[1]!) || m[1] === "" ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
  }
  // A charge after a space ("SO4 2-", as OATutor writes "$$SO_4$$ 2-"): digits and a sign that end the species.
  const apart = spaced ? /^(\d+)([+-])/.exec(rest) : null;
  if (apart && (/^\s*(?:$|[→⇌])/.test(rest.slice(apart[0].length)) || chargeEnds(rest.slice(apart[0].length)))) {
    p.i += apart[0].length;
    return [apart[1]!, apart[2]!];
  }
  const sign = rest[0];
  if (sign !== "+" && sign !== "-") return null;
  const after = rest.slice(1);
  const ends = /^\s*(?:$|[→⇌])/.test(after);
  if (sign === "+" && !ends && (spaced || !chargeEnds(after))) return null;
  p.i += 1;
  return ["", sign];
}

function readState(p: Scan, afterCharge: boolean): State | undefined {
  ws(p);
  const rest = p.s.slice(p.i);
  const m = STATE.exec(rest) ?? (afterCharge ? /^(aq)(?![a-z])/.exec(rest) : null);
  if (!m) return undefined;
  p.i += m[0].length;
  return m[1] as State;
}

function readSpecies(p: Scan): Species | null {
  ws(p);
  const coef = /^(\d+)\s*(?=[A-Za-z([])/.exec(p.s.slice(p.i));
  let coefficient = 1;
  if (coef) {
    coefficient = Number(coef[1]);
    p.i += coef[0].length;
  }
  if (coefficient === 0) return null;
  // The electron: "e", "e-", "e^-", "e^{-}".
  const electron = /^e(?![a-z])(?:\s*\^?\s*(?:\{\s*-\s*\}|\(\s*-\s*\)|-)(?!>))?/.exec(p.s.slice(p.i));
  if (electron) {
    p.i += electron[0].length;
    return { coefficient, key: "e-", elements: 0, charged: true };
  }
  const formula = readFormula(p);
  if (!formula) return null;
  const before = p.i;
  ws(p);
  const spaced = p.i > before;
  const charge = readCharge(p, spaced);
  if (!charge) p.i = before;
  let key = formula.text;
  if (charge) {
    const [digits, sign] = charge;
    // "Na1+" is "Na+"; a marked count is written after the formula's digits ("Al^{3+}" = "Al3+").
    key = key.replace(/(?<=[A-Za-z)\]])1$/, "") + (digits === "1" ? "" : digits) + sign;
  }
  const state = readState(p, charge !== null);
  return { coefficient, key, elements: formula.elements, charged: charge !== null, ...(state ? { state } : {}) };
}

function readSide(p: Scan, end: number): Species[] | null {
  const out: Species[] = [];
  for (;;) {
    const sp = readSpecies(p);
    if (!sp) return null;
    out.push(sp);
    ws(p);
    if (p.i >= end) return out;
    if (p.s[p.i] !== "+") return null;
    p.i++;
  }
}

/**
 * Reads chemical notation: a formula or ion ("CH3COO-", "Al^{3+}", "H₂O"), species joined by
 * "+", or an equation with one arrow. Strict: element symbols as written (case counts), every
 * symbol a real element. Folded (strict false): lower-cased text, any letters, for finding an
 * answer in prose. Null when the text is not chemistry.
 */
export function readChemistry(text: string, strict = true): Chemistry | null {
  let s = unifyNotation(cleanText(text)).replace(/[.;]+\s*$/, "");
  if (!strict) s = s.toLowerCase();
  s = s.replace(/\s+/g, " ").trim();
  if (!s) return null;
  const arrows = [...s.matchAll(/[→⇌]/g)];
  if (arrows.length > 1) return null;
  const arrow = (arrows[0]?.[0] ?? "") as Chemistry["arrow"];
  const parts = arrow ? [s.slice(0, arrows[0]!.index), s.slice(arrows[0]!.index + 1)] : [s];
  const sides: Species[][] = [];
  for (const part of parts) {
    const p: Scan = { s: part, i: 0, strict };
    const side = readSide(p, part.trimEnd().length);
    if (!side) return null;
    sides.push(side);
  }
  return { arrow, sides };
}

type Match = "same" | "missing-state" | "different";

/**
 * Whether two sides hold the same species with the same coefficients, in any order. A state the
 * answer gives must be given alike; a state only the student gives is not judged.
 */
function compareSide(answer: Species[], given: Species[]): Match {
  if (answer.length !== given.length) return "different";
  let best: Match = "different";
  const used = new Array<boolean>(given.length).fill(false);
  const go = (k: number, missing: boolean) => {
    if (best === "same") return;
    if (k === answer.length) {
      best = missing ? "missing-state" : "same";
      return;
    }
    const a = answer[k]!;
    for (let j = 0; j < given.length; j++) {
      const g = given[j]!;
      if (used[j] || g.key !== a.key || g.coefficient !== a.coefficient) continue;
      if (a.state && g.state && a.state !== g.state) continue;
      used[j] = true;
      go(k + 1, missing || (a.state !== undefined && g.state === undefined));
      used[j] = false;
    }
  };
  go(0, false);
  return best;
}

export function compareChemistry(answer: Chemistry, given: Chemistry): Match {
  if (answer.arrow !== given.arrow || answer.sides.length !== given.sides.length) return "different";
  let out: Match = "same";
  for (const [i, side] of answer.sides.entries()) {
    const m = compareSide(side, given.sides[i]!);
    if (m === "different") return "different";
    if (m === "missing-state") out = m;
  }
  return out;
}

/** The display form of what was read: "Al → Al3+ + 3e-". */
export function formatChemistry(c: Chemistry): string {
  const species = (x: Species) => `${x.coefficient === 1 ? "" : x.coefficient}${x.key}${x.state ? `(${x.state})` : ""}`;
  return c.sides.map((side) => side.map(species).join(" + ")).join(` ${c.arrow} `);
}

/** Spaces removed and arrows made one: the fallback comparison for text that does not read. */
const squeeze = (s: string) =>
  unifyNotation(cleanText(s))
    .replace(/\s+/g, "")
    .replace(/[.;]+$/, "");

/**
 * Chemical notation (textSpec match "chemistry"): see the spec's textMatch. Right species,
 * coefficients, charges and arrow with a state symbol the answer gives left out is partial
 * ("form"); a different one, or anything else different, is incorrect.
 */
export function checkChemistry(spec: TextSpec, raw: unknown): CheckResult {
  const answers = spec.accepted.map((a) => ({ text: a, read: readChemistry(a) }));
  const candidates = notationCandidates(raw);
  let missingState: string | null = null;
  for (const c of candidates) {
    const read = readChemistry(c);
    for (const a of answers) {
      if (read && a.read) {
        const m = compareChemistry(a.read, read);
        if (m === "same") return { verdict: "correct", understood: formatChemistry(read) };
        if (m === "missing-state") missingState ??= formatChemistry(read);
      } else if (!a.read && squeeze(c) === squeeze(a.text)) {
        return { verdict: "correct", understood: squeeze(c) };
      }
    }
  }
  if (missingState !== null)
    return partial(
      "form",
      reason(
        "answers.addStateSymbols",
        "right species and coefficients: now add the state symbols, such as (aq) or (s)",
      ),
      missingState,
    );
  const last = candidates.at(-1) ?? "";
  if (!last || isNonAnswer(normalizeInput(cleanNotation(raw)))) return { verdict: "unparseable" };
  for (const c of candidates) {
    const alternatives = orAlternatives(c);
    if (alternatives.length < 2) continue;
    const hedged = alternatives.some((alt) => {
      const r = readChemistry(alt);
      return answers.some((a) => (r && a.read ? compareChemistry(a.read, r) !== "different" : false));
    });
    if (hedged) return { verdict: "unparseable" };
  }
  const read = readChemistry(last);
  if (!read && looksLikeGibberish(last.toLowerCase())) return { verdict: "unparseable" };
  return { verdict: "incorrect", understood: read ? formatChemistry(read) : squeeze(last) };
}

/* ---- Finding an answer in prose (reveal detection), case folded ---- */

/** Folded readings of an answer: the whole, and the species worth keeping secret on their own. */
function folded(answer: string): { whole: Chemistry | null; pieces: string[] } {
  const strict = readChemistry(answer);
  const whole = readChemistry(answer, false);
  // Ions and compounds; a lone element ("Al", "Cu(s)") or the electron says little on its own.
  const pieces = (strict?.sides.flat() ?? [])
    .filter((x) => x.key !== "e-" && (x.charged || x.elements >= 2 || /\d/.test(x.key)))
    .map((x) => x.key.toLowerCase());
  return { whole, pieces: [...new Set(pieces)] };
}

/** Text folded for finding species: cleaned, lower-cased, charge and subscript marks dropped, states removed. */
function foldText(text: string): string {
  return unifyNotation(cleanText(text))
    .toLowerCase()
    .replace(/\^\s*\(([^()]*)\)/g, "$1")
    .replace(/[\^{}_]/g, "")
    .replace(/\(\s*(?:aq|s|l|g)\s*\)/g, " ")
    .replace(/([+-])aq(?![a-z])/g, "$1 ")
    .replace(/([a-z0-9)\]])\s+(\d+[+-])(?![a-z0-9])/g, "$1$2");
}

/** A species ("al3+", "hco3-", "h2o") in folded text, standing apart from longer formulas. */
function pieceIn(t: string, piece: string): boolean {
  for (let at = t.indexOf(piece); at >= 0; at = t.indexOf(piece, at + 1)) {
    const before = t[at - 1] ?? " ";
    const after = t[at + piece.length] ?? " ";
    if (/[a-z0-9)\]]/.test(before)) continue;
    if (/[+-]$/.test(piece) ? /[0-9]/.test(after) : /[a-z0-9(+-]/.test(after)) continue;
    return true;
  }
  return false;
}

const MAX_WORDS = 16;
const MAX_ARROWS = 20;

/** An equation in prose: around each arrow, the words just before and after it read as the two sides. */
function equationIn(text: string, answer: Chemistry): boolean {
  const t = foldText(text);
  // States and the kind of arrow aside: the arrow was matched already.
  const bare = (c: Chemistry): Chemistry => ({
    arrow: "→",
    sides: c.sides.map((side) => side.map(({ state: _state, ...x }) => x)),
  });
  const target = bare(answer);
  for (const m of [...t.matchAll(/[→⇌]/g)].filter((a) => a[0] === answer.arrow).slice(0, MAX_ARROWS)) {
    const left = /[a-z0-9()[\]+\-\s]*$/.exec(t.slice(0, m.index))?.[0] ?? "";
    const right = /^[a-z0-9()[\]+\-\s]*/.exec(t.slice(m.index + 1))?.[0] ?? "";
    // An equation has a few words a side: the last and first MAX_WORDS word boundaries are tried.
    const starts = [0, ...[...left.matchAll(/\s+/g)].map((w) => (w.index ?? 0) + w[0].length)].slice(-MAX_WORDS);
    const ends = [...[...right.matchAll(/\s+/g)].map((w) => w.index ?? 0), right.length].slice(0, MAX_WORDS);
    for (const a of starts) {
      for (const b of ends) {
        const read = readChemistry(`${left.slice(a)} → ${right.slice(0, b)}`, false);
        if (read?.sides.length === 2 && compareChemistry(target, bare(read)) !== "different") return true;
      }
    }
  }
  return false;
}

/** Whether prose states the whole chemistry answer (in any case and spelling). */
export function chemistryStated(text: string, answer: string): boolean {
  const { whole } = folded(answer);
  if (!whole) return false;
  if (whole.arrow) return equationIn(text, whole);
  const t = foldText(text);
  if (whole.sides[0]!.length === 1) {
    const sp = whole.sides[0]![0]!;
    return pieceIn(t, `${sp.coefficient === 1 ? "" : sp.coefficient}${sp.key}`);
  }
  return whole.sides[0]!.every((sp) => pieceIn(t, sp.key));
}

/**
 * For the tutor's guard: what a text lets a student read off a chemistry answer that the visible
 * texts do not show already: the whole answer, or one of its ions or compounds. Null if nothing.
 */
export function chemistryRevealed(text: string, answer: string, visible: string[]): string | null {
  const seen = (f: (v: string) => boolean) => visible.some(f);
  if (chemistryStated(text, answer) && !seen((v) => chemistryStated(v, answer))) return `states "${answer}"`;
  const t = foldText(text);
  const shown = visible.map(foldText);
  for (const piece of folded(answer).pieces) {
    if (pieceIn(t, piece) && !shown.some((v) => pieceIn(v, piece))) return `names "${piece}" of the answer "${answer}"`;
  }
  return null;
}
