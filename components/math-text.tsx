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

export function MathText({ text, className }: { text: string; className?: string }) {
  return (
    <span className={className}>
      {splitMath(text).map((p, i) => {
        const html = p.math ? renderMath(p.value, p.display) : null;
        return html !== null ? (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
            key={i}
            // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX output with trust off escapes its input
            dangerouslySetInnerHTML={{ __html: html }}
          />
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
          <Fragment key={i}>{p.math ? (p.display ? `$$${p.value}$$` : `$${p.value}$`) : p.value}</Fragment>
        );
      })}
    </span>
  );
}
