/** One LaTeX token: a control sequence ("frac", ",", "%"), a brace, or one plain character. */
export type LatexToken =
  | { t: "cmd"; name: string; space: boolean }
  | { t: "open" }
  | { t: "close" }
  | { t: "char"; c: string };

function isLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
}

/**
 * Splits LaTeX source into tokens. A command is a backslash and either a run of ASCII letters
 * ("\frac") or one other character ("\,", "\%", "\\"). `space` records whether whitespace
 * followed a letter command, which TeX swallows but which separates words ("\pi r").
 */
export function tokenizeLatex(src: string): LatexToken[] {
  const out: LatexToken[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === "\\") {
      let j = i + 1;
      if (isLetter(src[j])) {
        while (isLetter(src[j])) j++;
        const name = src.slice(i + 1, j);
        let k = j;
        while (src[k] === " ") k++;
        out.push({ t: "cmd", name, space: k > j });
        i = k;
      } else if (j < src.length) {
        out.push({ t: "cmd", name: src[j]!, space: false });
        i = j + 1;
      } else {
        out.push({ t: "char", c });
        i++;
      }
    } else if (c === "{") {
      out.push({ t: "open" });
      i++;
    } else if (c === "}") {
      out.push({ t: "close" });
      i++;
    } else {
      out.push({ t: "char", c });
      i++;
    }
  }
  return out;
}
