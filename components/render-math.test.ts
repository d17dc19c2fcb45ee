import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MathText } from "./math-text";

// Student text reaches teachers' transcripts through MathText: its maths must not be able to
// cover the page (\rule, \kern, ...) or blow up into megabytes of HTML (\def bombs).
const html = (text: string) => renderToStaticMarkup(createElement(MathText, { text }));
// Sizes in the rendered style attributes (the TeX source itself is kept in a MathML annotation).
const ems = (out: string) =>
  [...out.matchAll(/style="([^"]*)"/g)].flatMap((s) =>
    [...(s[1] ?? "").matchAll(/(-?[\d.]+)em/g)].map((m) => Math.abs(Number(m[1]))),
  );

describe("MathText with hostile maths", () => {
  it("caps user-specified sizes such as \\rule{3000em}{3000em}", () => {
    const out = html("look $\\rule{3000em}{3000em}$ here");
    expect(out).toContain("border-right-width:10em;border-top-width:10em");
    expect(Math.max(...ems(out))).toBeLessThanOrEqual(10);
  });

  it.each(["\\kern{5000em}x", "\\hspace{5000em}x", "\\raisebox{4000em}{x}", "\\rule[2000em]{1em}{1em}"])(
    "caps %s",
    (tex) => {
      // 10em for the size itself, plus the height of an x and KaTeX's own struts.
      expect(Math.max(...ems(html(`$${tex}$`)))).toBeLessThanOrEqual(15);
    },
  );

  // KaTeX caps sizes from above only: huge negative ones are refused after rendering.
  it.each([
    "\\rule[-2000em]{1em}{1em}",
    "\\kern{-5000em}x",
    "\\raisebox{-4000em}{x}",
    "\\def\\n{-3000}\\rule[\\n em]{1em}{1em}",
  ])("shows %s as text instead of typesetting it", (tex) => {
    const out = html(`see $${tex}$`);
    expect(out).not.toContain('class="katex"');
    expect(Math.max(0, ...ems(out))).toBeLessThanOrEqual(40);
  });

  it("stops a \\def macro bomb early instead of rendering thousands of symbols", () => {
    // 1 + 10 + 100 = 111 expansions, 1000 symbols: under KaTeX's default limit of 1000.
    const ten = (m: string) => m.repeat(10);
    const bomb = `$\\def\\a{xxxxxxxxxx}\\def\\b{${ten("\\a")}}\\def\\c{${ten("\\b")}}\\c$`;
    const out = html(bomb);
    expect(out).toContain("katex-error");
    expect(out.length).toBeLessThan(5_000);
  });

  it("stops a self-referencing macro", () => {
    const out = html("$\\def\\x{\\x\\x}\\x$");
    expect(out).toContain("katex-error");
  });

  it("renders a very long expression as plain text instead of typesetting it", () => {
    const out = html(`$${"x+".repeat(3000)}1$`);
    expect(out).not.toContain('class="katex"');
    expect(out).toContain("x+x+");
  });

  it("does not run \\href, \\url or \\htmlClass (trust is off)", () => {
    const out = html("$\\href{javascript:alert(1)}{x}\\htmlClass{evil}{y}\\url{https://e.x}$");
    expect(out).not.toContain("href=");
    expect(out).not.toContain('class="evil"');
    expect(out).not.toContain("<a ");
  });

  it("still renders ordinary maths", () => {
    const out = html("Work out $\\frac{2}{3} + \\sqrt{x^2}$ and $$y = mx + b$$");
    expect(out).toContain('class="katex"');
    expect(out).toContain('class="katex-display"');
    expect(out).not.toContain("katex-error");
  });
});
