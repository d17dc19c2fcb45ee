import { execFileSync } from "node:child_process";
import { findLiterals } from "@/lib/i18n/find-literals";

// Lists user-visible string literals in UI code (npx tsx scripts/find-literals.ts [folder...]).
const roots = process.argv.slice(2).length ? process.argv.slice(2) : ["app", "components"];
const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", ...roots], {
  encoding: "utf8",
})
  .split("\n")
  .filter((f) => /\.(tsx?|jsx?)$/.test(f) && !/\.test\.tsx?$/.test(f));
let n = 0;
for (const f of files) {
  for (const l of findLiterals(f)) {
    n++;
    console.log(`${l.file}:${l.line}: ${l.text}`);
  }
}
console.log(`${n} literal(s)`);
process.exitCode = n ? 1 : 0;
