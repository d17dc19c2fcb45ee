import fs from "node:fs";
import path from "node:path";
import type { ContentBundle } from "@/lib/content/format";
import { mergeBundles, parseBundle } from "@/lib/content/import-bundle";

export const DEMO_CONTENT_DIR = path.resolve(process.cwd(), "content/demo");

/** The demo bundles (skills first), merged and validated. */
export function loadDemoContent(dir = DEMO_CONTENT_DIR): ContentBundle {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort((a, b) => (a === "skills.json" ? -1 : b === "skills.json" ? 1 : a.localeCompare(b)));
  const bundles = files.map((f) => parseBundle(JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")), f));
  return parseBundle(mergeBundles(bundles), "content/demo");
}
