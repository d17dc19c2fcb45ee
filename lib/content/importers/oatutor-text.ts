import { escapeDollars } from "./shared";

/** OATutor variables after one option is chosen: name -> value. */
export type ChosenVariables = Record<string, string>;

/** Replaces every `@{name}` with its chosen value (unknown names are left as they are). */
export function variabilize(text: string, vars: ChosenVariables): string {
  return text.replace(/@\{(\w+)\}/g, (m, name: string) => vars[name] ?? m);
}

const FIGURE = /##\s*([^#\s][^#]*?\.(?:png|gif|jpe?g|svg|webp))\s*##/gi;
/** An HTML image tag or a Markdown image, which some OATutor forks use instead. */
const IMAGE_TAG = /<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)["']?[^>]*>|!\[[^\]]*\]\(([^)\s]+)[^)]*\)/gi;

/** What a student sees where OATutor shows a figure that the import does not carry. */
export function figurePlaceholder(name: string): string {
  return `[Figure: ${name.trim() || "image"} — not available]`;
}

/** The figure files a text refers to ("##figure1.gif##" -> "figure1.gif"). */
export function figuresIn(text: string): string[] {
  return [...text.matchAll(FIGURE), ...text.matchAll(IMAGE_TAG)].map((m) => baseName(m[1] ?? m[2] ?? ""));
}

function baseName(src: string): string {
  return src.trim().split(/[\\/]/).pop() || src.trim();
}

/**
 * OATutor text -> Stepwise text (what components/math-text.tsx renders):
 * - `$$…$$` (OATutor's inline KaTeX) becomes `$…$`, with `**` read as `^` inside it;
 * - any other `$` is money and is escaped as `\$`;
 * - the two characters `\n` become a line break (outside maths, where `\neq` is a command);
 * - `##figure1.gif##` figures (and `<img src>` / Markdown images) are not imported: the library
 *   ships without its figures folders and the tutor shows no images, so each becomes a visible
 *   placeholder naming the file, "[Figure: figure1.gif — not available]".
 */
export function oatutorText(text: string): string {
  const t = text
    .replace(FIGURE, (_m, name: string) => figurePlaceholder(name))
    .replace(IMAGE_TAG, (_m, tag: string | undefined, md: string | undefined) =>
      figurePlaceholder(baseName(tag ?? md ?? "")),
    )
    .replace(/\r\n?/g, "\n");
  const parts = t.split("$$");
  // An odd number of "$$" leaves the last one unpaired: keep it as literal text.
  const paired = parts.length % 2 === 1 ? parts : [...parts.slice(0, -2), `${parts.at(-2)}$$${parts.at(-1)}`];
  return paired
    .map((part, i) => {
      // "\n" is a line break in prose; in maths it starts a command ("\neq").
      if (i % 2 === 0) return escapeDollars(part.replace(LINE_BREAK, "\n"));
      const math = part.replace(/\*\*/g, "^").trim();
      return math ? `$${math}$` : "";
    })
    .join("")
    .replace(/[ \t]+\n/g, "\n")
    .trim();
}

/** The two characters "\n", unless they begin a LaTeX command written in prose ("\neq 0"). */
const LINE_BREAK = /\\n(?!(?:eq|e|eg|abla|ot|i|u|mid|leq|geq|subseteq|exists)(?![a-zA-Z]))/g;
