import { Converter, MAX_DEPTH } from "./convert-latex";
import { splitMathSpans } from "./split-math-spans";
import { tokenizeLatex } from "./tokenize-latex";

const LATEX_HINT = /[\\$]|[\^_]\{/;
const isWordChar = (c: string | undefined) => c !== undefined && /[a-zA-Z0-9]/.test(c);

function convertSpan(src: string, math: boolean): string {
  const out = new Converter(tokenizeLatex(src), math, latexToPlainText).run().replace(/\s?\uE000\s?/g, "");
  return math ? out.replace(/\s+/g, " ").trim() : out;
}

function latexToPlainText(text: string, depth: number): string {
  if (depth > MAX_DEPTH || !LATEX_HINT.test(text)) return text;
  let out = "";
  for (const seg of splitMathSpans(text)) {
    const piece = convertSpan(seg.text, seg.math);
    if (isWordChar(out.at(-1)) && isWordChar(piece[0]) && seg.math) out += " ";
    out += piece;
  }
  return out;
}

/**
 * LaTeX maths anywhere in a text (inside `$...$`, `$$...$$`, `\(...\)`, `\[...\]`, or bare
 * commands in prose) as plain ASCII maths mathjs can parse: "\frac{5}{8}" -> "5/8",
 * "\sqrt[3]{x}" -> "x^(1/3)", "\left( \right)" dropped, "\text{cm}" -> "cm", "\theta" ->
 * "theta". Unknown commands keep their name. Dollars that are clearly currency stay (see
 * splitMathSpans). Prose without a backslash, dollar, "^{" or "_{" is returned unchanged.
 */
export function latexToPlain(text: string): string {
  return latexToPlainText(text, 0);
}
