import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/translator";

/**
 * A partial answer's reply: the tutor's opener, then the checker's reason. Many reasons have a
 * colon of their own ("right value: now write it as a mixed number"), so an opener ending in a
 * colon read "Part of the way: right value: now ..." (found in a browser walk). Every reason of
 * every language, under every opener: at most one colon per sentence.
 */
const VALUES = { denominator: 8, count: 2, right: 1, total: 3, constant: "C", variable: "x" };

describe.each(["en", "es", "sv", "ar"])("partial replies in %s", (locale) => {
  const file = path.resolve(import.meta.dirname, `../../messages/${locale}/answers.json`);
  const reasons = Object.keys(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>);
  const t = translate(locale);
  it("read with at most one colon a sentence", () => {
    expect(reasons.length).toBeGreaterThan(20);
    for (const key of reasons)
      for (const variant of [0, 1, 2]) {
        const text = t("tutor.partial", { variant, reason: t(`answers.${key}`, VALUES) });
        for (const sentence of text.split(/(?<=[.!?؟])\s/))
          expect(sentence.split(":").length, text).toBeLessThanOrEqual(2);
      }
  });
});
