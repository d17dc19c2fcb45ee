import fs from "node:fs";
import path from "node:path";
import type { ProblemInput } from "@/lib/content/format";
import { parseBundle } from "@/lib/content/import-bundle";

/** The demo problems, so browser tests can work whatever problem the picker serves. */
export function demoProblemByTitle(title: string): ProblemInput {
  const dir = path.resolve(__dirname, "../content/demo");
  for (const f of fs.readdirSync(dir)) {
    const bundle = parseBundle(JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")), f);
    for (const set of bundle.problemSets) {
      const found = set.problems.find((p) => p.title === title);
      if (found) return found;
    }
  }
  throw new Error(`No demo problem titled ${title}`);
}
