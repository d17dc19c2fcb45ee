import katex, { type KatexOptions } from "katex";

/**
 * The one place that calls KaTeX. Its input is student and author text shown to other people
 * (teachers read students' transcripts), so the options are about containment, not fidelity:
 * - maxSize: every user-given size (\rule, \kern, \raisebox, ...) is capped at 10em, so a
 *   `\rule{3000em}{3000em}` cannot cover the page;
 * - maxExpand: at most 100 macro expansions, so a \def bomb cannot turn 30 characters into
 *   megabytes of HTML (KaTeX's default, 1000, still allows ~1000x growth);
 * - trust: false: no \href, \url, \includegraphics, \htmlClass/\htmlId/\htmlStyle/\htmlData;
 * - strict: "ignore": LaTeX-compatibility warnings would only fill the server log.
 * None of these changed the output of any of the ~45,000 distinct expressions in the demo
 * content and the OATutor library (checked when they were introduced).
 */
export const KATEX_OPTIONS = {
  throwOnError: false,
  trust: false,
  strict: "ignore",
  maxSize: 10,
  maxExpand: 100,
  output: "htmlAndMathml",
} as const satisfies KatexOptions;

/** Longer expressions are shown as their source text (the longest real one is ~400). */
export const MAX_MATH_LENGTH = 2000;

/**
 * KaTeX caps sizes only from above (Math.min(size, maxSize)): `\rule[-2000em]{1em}{1em}` or
 * `\kern{-5000em}` come out as 2000em struts and margins. Output with any length beyond this
 * is shown as source text instead. Real content stays under 10em (a 4x4 matrix is 6.8em).
 */
export const MAX_RENDERED_EM = 40;

const STYLE = /style="([^"]*)"/g;
const EM = /(-?\d+(?:\.\d+)?)em/g;

function outOfBounds(html: string): boolean {
  for (const style of html.matchAll(STYLE)) {
    for (const m of (style[1] ?? "").matchAll(EM)) if (Math.abs(Number(m[1])) > MAX_RENDERED_EM) return true;
  }
  return false;
}

/**
 * KaTeX HTML for one TeX expression, or null when it should be shown as its source text
 * instead: too long to typeset, or lengths out of bounds.
 */
export function renderMath(tex: string, displayMode: boolean): string | null {
  if (tex.length > MAX_MATH_LENGTH) return null;
  const html = katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode });
  return outOfBounds(html) ? null : html;
}
