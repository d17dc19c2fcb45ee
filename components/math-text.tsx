import { Fragment } from "react";
import { renderMath } from "./render-math";

/**
 * Text with KaTeX math: $$display$$ and $inline$. A "$" followed by a space or closing on a
 * space is left as text, so "costs $5 and $6" is not read as math. Authors write money in words
 * or escape it as \$.
 */
const MATH = /\$\$([^$]+?)\$\$|\$(?![\s$])((?:\\\$|[^$\n])+?)(?<![\s\\])\$/g;

export function splitMath(text: string): { math: boolean; display: boolean; value: string }[] {
  const parts: { math: boolean; display: boolean; value: string }[] = [];
  let last = 0;
  for (const m of text.matchAll(MATH)) {
    const at = m.index ?? 0;
    if (at > last) parts.push({ math: false, display: false, value: text.slice(last, at) });
    parts.push({ math: true, display: m[1] !== undefined, value: (m[1] ?? m[2] ?? "").trim() });
    last = at + m[0].length;
  }
  if (last < text.length) parts.push({ math: false, display: false, value: text.slice(last) });
  return parts.map((p) => (p.math ? p : { ...p, value: p.value.replace(/\\\$/g, "$") }));
}

const FRACTION = "¼½¾⅐-⅞";
const NUMBER = `[0-9][0-9${FRACTION}]*(?:[.,][0-9]+)*[${FRACTION}]?|[${FRACTION}]`;
/** A one-letter variable ("x"), not a letter of a word. */
const VARIABLE = "(?<![\\p{L}])[A-Za-z](?![\\p{L}])";
const TERM = `[-−(√]*(?:${NUMBER}|${VARIABLE})[)%]*`;
/**
 * Written maths in plain text: numbers (with vulgar fractions and decimal separators between
 * digits) and one-letter variables joined by operators ("2½ + 1⅔", "(3 + 4) × 2", "x + 7 = 15",
 * "-5", "25%"). Western digits only: Arabic-Indic digits order themselves in right-to-left text.
 */
const MATH_RUN = new RegExp(`${TERM}(?:\\s*[-−+×÷*/=<>≤≥^:]\\s*${TERM})*`, "gu");
const HAS_NUMBER = new RegExp(`[0-9${FRACTION}]`);
/** The first strong letter decides a text's direction, as `dir="auto"` does. */
const FIRST_LETTER = /\p{L}/u;
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

export function isRightToLeft(text: string): boolean {
  const letter = FIRST_LETTER.exec(text)?.[0];
  return letter !== undefined && RTL_LETTER.test(letter);
}

/**
 * A right-to-left text's written maths, to be laid out left to right: the bidirectional
 * algorithm otherwise reorders it ("2½ + 1⅔" shown as "⅔1 + ½2"), because digits and neutral
 * signs take the direction around them. A left-to-right text is one part: its maths is in order.
 */
export function splitMathRuns(text: string, rtl = isRightToLeft(text)): { ltr: boolean; value: string }[] {
  if (!rtl) return [{ ltr: false, value: text }];
  const parts: { ltr: boolean; value: string }[] = [];
  let last = 0;
  for (const [at, run] of latinRuns(text)) {
    parts.push(...mathRuns(text.slice(last, at)));
    parts.push({ ltr: true, value: run });
    last = at + run.length;
  }
  parts.push(...mathRuns(text.slice(last)));
  return parts;
}

function mathRuns(text: string): { ltr: boolean; value: string }[] {
  const parts: { ltr: boolean; value: string }[] = [];
  let last = 0;
  for (const m of text.matchAll(MATH_RUN)) {
    if (!HAS_NUMBER.test(m[0])) continue;
    const at = m.index ?? 0;
    if (at > last) parts.push({ ltr: false, value: text.slice(last, at) });
    parts.push({ ltr: true, value: m[0] });
    last = at + m[0].length;
  }
  if (last < text.length) parts.push({ ltr: false, value: text.slice(last) });
  return parts;
}

const RTL_OR_ARABIC_PUNCTUATION = "\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Syriac}\\p{Script=Thaana}،؛؟";
/** A stretch of left-to-right words (with a number before them: "45 km") up to the next right-to-left letter. */
const LATIN_STRETCH = new RegExp(`(?:[0-9][0-9.,]*\\s*)?[A-Za-z][^${RTL_OR_ARABIC_PUNCTUATION}]*`, "gu");

/**
 * English inside a right-to-left text (content not translated, a unit, a name): each stretch
 * of it is laid out left to right, or its sentence's closing "?" lands at the wrong end ("?how
 * many equal pieces"). A stretch ends at its last letter or digit; an English sentence (two
 * words or more) keeps its closing punctuation, a unit or a lone word leaves the sentence's own
 * to it. A single letter is a variable: written maths handles it.
 */
function latinRuns(text: string): [at: number, run: string][] {
  const out: [number, string][] = [];
  for (const m of text.matchAll(LATIN_STRETCH)) {
    const core = m[0].replace(/[^\p{L}\p{N})\]%]+$/u, "");
    const words = core.match(/[A-Za-z]{2,}/g)?.length ?? 0;
    if (words === 0) continue;
    const tail = words >= 2 ? (/^[.?!:;,]+/.exec(m[0].slice(core.length))?.[0] ?? "") : "";
    out.push([m.index ?? 0, core + tail]);
  }
  return out;
}

/**
 * The text in its own direction (`dir="auto"`: English content in an Arabic page keeps its
 * punctuation where it belongs), KaTeX and written maths always left to right.
 */
export function MathText({ text, className }: { text: string; className?: string }) {
  const rtl = isRightToLeft(text);
  return (
    <span className={className} dir="auto">
      {splitMath(text).map((p, i) => {
        const html = p.math ? renderMath(p.value, p.display) : null;
        return html !== null ? (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
            key={i}
            dir="ltr"
            // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX output with trust off escapes its input
            dangerouslySetInnerHTML={{ __html: html }}
          />
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
          <Fragment key={i}>
            {p.math ? p.display ? `$$${p.value}$$` : `$${p.value}$` : <PlainText text={p.value} rtl={rtl} />}
          </Fragment>
        );
      })}
    </span>
  );
}

function PlainText({ text, rtl }: { text: string; rtl: boolean }) {
  return splitMathRuns(text, rtl).map((r, i) =>
    r.ltr ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
      <bdi key={i} dir="ltr">
        {r.value}
      </bdi>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
      <Fragment key={i}>{r.value}</Fragment>
    ),
  );
}
