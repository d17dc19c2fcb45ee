import { isNonAnswer, looksLikeGibberish, normalizeInput } from "./normalize-input";
import { cleanNotation, notationCandidates, orAlternatives } from "./notation-input";
import type { TextSpec } from "./spec";
import type { CheckResult } from "./types";

const WORD = /[\p{L}\p{N}_]/u;

/**
 * A string literal starting at `at` (a ' or "), as [its text with double quotes, the index after
 * it]. Escapes stay as written, except an escaped delimiter, which is re-escaped for '"'. A
 * literal left open runs to the end.
 */
function readLiteral(s: string, at: number): [string, number] {
  const q = s[at]!;
  const triple = s.startsWith(q.repeat(3), at);
  const close = triple ? q.repeat(3) : q;
  let i = at + close.length;
  let body = "";
  while (i < s.length && !s.startsWith(close, i)) {
    const c = s[i]!;
    if (c === "\\" && i + 1 < s.length) {
      const next = s[i + 1]!;
      body += next === q ? (q === '"' ? '\\"' : "'") : `\\${next}`;
      i += 2;
      continue;
    }
    body += c === '"' && q === "'" ? '\\"' : c;
    i++;
  }
  const end = i < s.length ? i + close.length : i;
  return [triple ? `"""${body}"""` : `"${body}"`, end];
}

/**
 * The comparison form of code: spaces outside string literals removed (one kept between two
 * word characters, so "i in x" stays apart from "iin x"), string literals in double quotes,
 * trailing ";" or "." (and the message's own "?" or "!") dropped. Case is kept.
 */
export function canonicalCode(code: string): string {
  const s = code.trim();
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < s.length; ) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      pendingSpace = true;
      i++;
      continue;
    }
    if (pendingSpace && out && WORD.test(out.at(-1)!) && WORD.test(c)) out += " ";
    pendingSpace = false;
    if (c === '"' || c === "'") {
      const [literal, end] = readLiteral(s, i);
      out += literal;
      i = end;
      continue;
    }
    out += c;
    i++;
  }
  return out.replace(/[;.?!]+$/, "");
}

/**
 * Code compared symbol for symbol (textSpec match "code"): see canonicalCode. Sentence frames
 * are removed as for word answers ("I think it's np.mean(xs)"); "x or y" with one of them right
 * is a hedge (unparseable); nothing else is forgiven.
 */
export function checkCode(spec: TextSpec, raw: unknown): CheckResult {
  const accepted = new Set(spec.accepted.map(canonicalCode).filter(Boolean));
  const candidates = notationCandidates(raw);
  for (const c of candidates) {
    const k = canonicalCode(c);
    if (accepted.has(k)) return { verdict: "correct", understood: k };
  }
  const whole = candidates.at(-1) ?? "";
  if (!whole || isNonAnswer(normalizeInput(cleanNotation(raw)))) return { verdict: "unparseable" };
  for (const c of candidates) {
    const alternatives = orAlternatives(c);
    if (alternatives.length > 1 && alternatives.some((a) => accepted.has(canonicalCode(a))))
      return { verdict: "unparseable" };
  }
  // Keyboard mashing, when nothing in it looks like code.
  if (!/[()[\]{}.=_"'<>+*/%-]/.test(whole) && looksLikeGibberish(whole.toLowerCase()))
    return { verdict: "unparseable" };
  return { verdict: "incorrect", understood: canonicalCode(whole) };
}

/** canonicalCode for finding code in prose: no string literals (an apostrophe is no quote), case folded. */
function foldCode(s: string): string {
  let out = "";
  let pendingSpace = false;
  for (const c of s.replace(/'/g, '"')) {
    if (/\s/.test(c)) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && out && WORD.test(out.at(-1)!) && WORD.test(c)) out += " ";
    pendingSpace = false;
    out += c;
  }
  return out.toLowerCase();
}

/**
 * Whether prose contains the code answer (in any case, spaced any way, in either quotes), as a
 * whole: "np.mean(xs)" is not found in "np.mean(xs2)" or "snp.mean(xs)".
 */
export function codeStated(text: string, answer: string): boolean {
  const a = foldCode(canonicalCode(answer));
  if (!a) return false;
  const t = foldCode(text);
  const startsWord = WORD.test(a[0]!);
  const endsWord = WORD.test(a.at(-1)!);
  for (let at = t.indexOf(a); at >= 0; at = t.indexOf(a, at + 1)) {
    const before = t[at - 1] ?? " ";
    const after = t[at + a.length] ?? " ";
    if (startsWord && (WORD.test(before) || before === ".")) continue;
    if (endsWord && (WORD.test(after) || after === "(")) continue;
    return true;
  }
  return false;
}
