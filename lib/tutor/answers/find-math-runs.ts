import { FUNCTION_NAMES, splitLetterRun } from "./math-names";
import { DEGREE_SIGN, rewriteMathWords } from "./parse-math";

export interface MathRun {
  text: string;
  start: number;
  end: number;
}

const FUNCTION_WORDS = new Set([...FUNCTION_NAMES, "pi", "arcsin", "arccos", "arctan", "arcsec", "arccsc"]);
/** What a word of maths is made of; DEGREE_SIGN marks degrees in a trigonometric function ("cos(56°)"). */
const MATH_CHARACTERS = new RegExp(`^[0-9a-z_+\\-*/^().=|${DEGREE_SIGN}]+$`);
/** Single letters that are far more often English words than variables. */
const ENGLISH_LETTERS = new Set(["a", "i"]);

/** A run of letters made only of allowed names and functions: "xy", "theta", "sinx", "x_1". */
function allowedRun(r: string, allowed: ReadonlySet<string>): boolean {
  // A subscripted name ("x_3", "v_0") is never an English word.
  if (allowed.has(r) || FUNCTION_WORDS.has(r) || /^[a-z]_[a-z0-9]+$/.test(r)) return true;
  // "log_2": a function with a base.
  if (FUNCTION_WORDS.has(r.replace(/_[a-z0-9]+$/, ""))) return true;
  return splitLetterRun(r, allowed).every((p) => allowed.has(p) || FUNCTION_WORDS.has(p));
}

/**
 * Whether a whitespace-separated word is maths. Letters-only words count only when they are
 * allowed variables ("x", "xy", "theta"), a function name, or a lone letter that is not "a"/"i" (so an
 * unexpected variable "y" is read as maths and then judged wrong, not skipped). Words mixing
 * letters with digits/operators count when every letter run is short ("2x", "12cm") or made of
 * allowed names ("1/theta^7"), so prose like "step2" does not.
 */
function isMathWord(w: string, allowed: ReadonlySet<string>): boolean {
  if (!w || !MATH_CHARACTERS.test(w)) return false;
  const runs = w.match(/[a-z]+(?:_[a-z0-9]+)?/g) ?? [];
  if (/^[a-z]+(?:_[a-z0-9]+)?$/.test(w)) {
    if (allowedRun(w, allowed)) return true;
    return w.length === 1 && !ENGLISH_LETTERS.has(w);
  }
  return runs.every((r) => r.length <= 2 || allowedRun(r, allowed));
}

/**
 * Maximal stretches of maths in prose: "I think it is 2x + 6" -> ["2x + 6"]. The text is first
 * rewritten with word operators and number words (unless `rewrite` is false), so runs index into
 * the returned text.
 */
export function findMathRuns(
  normalized: string,
  allowed: ReadonlySet<string>,
  rewrite = true,
): { text: string; runs: MathRun[] } {
  const text = rewrite ? rewriteMathWords(normalized) : normalized;
  const runs: MathRun[] = [];
  let cur: MathRun | null = null;
  for (const m of text.matchAll(/\S+/g)) {
    const raw = m[0];
    const lead = /^["'[{]*/.exec(raw)![0].length;
    const core = raw.slice(lead).replace(/["'\]}]*[.,!?;:]*["'\]}]*$/, "");
    const start = m.index + lead;
    const end = start + core.length;
    const math = isMathWord(core, allowed);
    const trailingStop = core.length + lead < raw.length;
    if (math) {
      if (cur) {
        cur.end = end;
        cur.text = text.slice(cur.start, end);
      } else cur = { text: core, start, end };
    }
    if ((!math || trailingStop) && cur) {
      runs.push(cur);
      cur = null;
    }
  }
  if (cur) runs.push(cur);
  return { text, runs: runs.filter((r) => /[0-9a-z]/.test(r.text)) };
}

const SEPARATOR_GAP = /^(?:\s|[,;/&]|\b(?:or|and|maybe|perhaps|possibly|either)\b)*$/;

/** "2x + 6 or 2x + 3": the run and its neighbour are alternatives, not one answer. */
export function isHedged(text: string, runs: MathRun[], index: number): boolean {
  const here = runs[index];
  if (!here) return false;
  const prev = runs[index - 1];
  const next = runs[index + 1];
  if (prev && /\S/.test(text.slice(prev.end, here.start)) && SEPARATOR_GAP.test(text.slice(prev.end, here.start))) {
    return prev.text.replace(/\s/g, "") !== here.text.replace(/\s/g, "");
  }
  if (next && /\S/.test(text.slice(here.end, next.start)) && SEPARATOR_GAP.test(text.slice(here.end, next.start))) {
    return next.text.replace(/\s/g, "") !== here.text.replace(/\s/g, "");
  }
  return false;
}
