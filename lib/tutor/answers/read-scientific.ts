/**
 * Scientific notation in the spellings students and imports use, rewritten to the one the
 * number reader knows ("7.91e-7"): "7.91x10^-7", "7.91 * 10^(-7)" (what "×", "·" and LaTeX
 * "\times 10^{-7}" become after normalizeInput), "7.91 times 10 to the power of -7",
 * "7.91*10**-7". Text must already be normalised (lower case).
 */
const SPELLED =
  /(?<![\w.])(\d+(?:\.\d+)?|\.\d+)\s*(?:\*|x|times|multiplied by)\s*10\s*(?:\^|\*\*|to the power of|to the)\s*(?:\(\s*([+-]?)\s*(\d+)\s*\)|([+-]?)\s*(\d+))(?!\d|\.\d)/g;

export function rewriteScientific(text: string): string {
  if (!text.includes("10")) return text;
  return text.replace(SPELLED, (_m, mant: string, s1: string, e1: string, s2: string, e2: string) => {
    const sign = (s1 ?? s2 ?? "") === "-" ? "-" : "";
    return `${mant}e${sign}${e1 ?? e2}`;
  });
}
