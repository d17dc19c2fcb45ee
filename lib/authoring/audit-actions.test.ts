import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every action the code writes to the audit log has words in every language: the log showed raw
 * codes ("class.create", "override.pin", "user.password.change") for a third of them (found in a
 * browser walk). The actions are read from the source: the first "a.b" string within a few lines
 * of each audit write, and `override.${kind}` for each override kind.
 */
const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

function auditActions(): Set<string> {
  const out = new Set<string>();
  for (const file of [...sourceFiles(path.join(root, "lib")), ...sourceFiles(path.join(root, "app"))]) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:recordAudit|\baudit|auditLog\.create)\(/g)) {
      const after = text.slice(m.index, (m.index ?? 0) + 400);
      const action = /["`]([a-z_]+(?:\.[a-z_]+)+)["`]/.exec(after)?.[1];
      if (action) out.add(action);
      // `override.${kind}` (lib/teach/manage-class.ts): one action per override kind.
      if (after.includes("`override.$")) for (const kind of ["pin", "skip", "none"]) out.add(`override.${kind}`);
    }
  }
  return out;
}

describe.each(["en", "es", "sv", "ar"])("audit log actions in %s", (locale) => {
  it("every action the code writes has words", () => {
    const actions = auditActions();
    expect(actions.size).toBeGreaterThan(30);
    const words = JSON.parse(readFileSync(path.join(root, `messages/${locale}/admin.json`), "utf8")).audit
      .actions as Record<string, string>;
    const missing = [...actions].filter((a) => !words[a.replace(/[^\w]/g, "_")]);
    expect(missing).toEqual([]);
  });
});
