import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { flattenKeys, ownMessages } from "@/lib/i18n/messages";

/**
 * Every message key the admin pages and components name literally exists in English and Spanish
 * (a missing key renders as its bare path). A key is looked up under each namespace the file
 * opens (useTranslations / getTranslations) and as a full key (requestTranslator's t).
 */
const files = execFileSync(
  "git",
  ["ls-files", "--cached", "--others", "--exclude-standard", "app/admin", "components/admin"],
  {
    encoding: "utf8",
  },
)
  .split("\n")
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes("/translations/"));

function keysNamed(source: string): { namespaces: string[]; keys: string[] } {
  const namespaces = [...source.matchAll(/(?:useTranslations|getTranslations)\(\s*"([\w.]+)"\s*\)/g)].map(
    (m) => m[1] as string,
  );
  const keys = [...source.matchAll(/\b(?:t|tc)(?:\.rich|\.has)?\(\s*"([\w.]+)"/g)].map((m) => m[1] as string);
  return { namespaces, keys };
}

describe("admin message keys", () => {
  it("finds the files and the keys they use", () => {
    expect(files.length).toBeGreaterThan(20);
    const all = files.flatMap((f) => keysNamed(readFileSync(f, "utf8")).keys);
    expect(all.length).toBeGreaterThan(150);
  });

  for (const locale of ["en", "es"] as const) {
    it(`${locale}: every key a page or component names exists`, () => {
      const known = new Set(flattenKeys(ownMessages(locale)));
      const missing: string[] = [];
      for (const f of files) {
        const { namespaces, keys } = keysNamed(readFileSync(f, "utf8"));
        for (const key of keys) {
          const candidates = [key, ...namespaces.map((ns) => `${ns}.${key}`)];
          if (!candidates.some((k) => known.has(k))) missing.push(`${f}: ${key}`);
        }
      }
      expect(missing).toEqual([]);
    });
  }

  it("names every answer kind, hint kind and import format the editor offers", async () => {
    const { SPEC_KINDS } = await import("./problem-editor/draft");
    const known = new Set(flattenKeys(ownMessages("es")));
    const dynamic = [
      ...SPEC_KINDS.map((k) => `admin.spec.kinds.${k.kind}`),
      ...["hint", "scaffold", "bottom_out"].map((k) => `admin.hints.kinds.${k}`),
      ...["stepwise", "oatutor", "mathdial", "class"].flatMap((f) => [
        `admin.import.formats.${f}`,
        `admin.import.help.${f}`,
      ]),
    ];
    expect(dynamic.filter((k) => !known.has(k))).toEqual([]);
  });
});
