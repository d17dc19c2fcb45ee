import fs from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors";
import type { SourceFile } from "./shared";

const TEXT_FILES = /\.(json|jsonl|csv)$/i;

/**
 * Reads what the CLI was given: one file, or every .json/.jsonl/.csv file under a folder
 * (paths relative to the folder, with "/" separators). For an OATutor content pool, a
 * skillModel.json and coursePlans.json next to the folder (as in OATutor-Content) are read too.
 */
export function readSourceFiles(target: string, opts: { skillModelNearby?: boolean } = {}): SourceFile[] {
  if (!fs.existsSync(target)) throw new AppError("bad_request", `${target}: no such file or folder`);
  const stat = fs.statSync(target);
  if (stat.isFile()) return [{ path: path.basename(target), text: fs.readFileSync(target, "utf8") }];
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && TEXT_FILES.test(entry.name)) {
        out.push({ path: path.relative(target, full).split(path.sep).join("/"), text: fs.readFileSync(full, "utf8") });
      }
    }
  };
  walk(target);
  if (opts.skillModelNearby && !out.some((f) => /(^|\/)skillModel\.json$/.test(f.path))) {
    const nearby = path.join(path.dirname(path.resolve(target)), "skillModel.json");
    if (fs.existsSync(nearby)) out.push({ path: "../skillModel.json", text: fs.readFileSync(nearby, "utf8") });
  }
  // OATutor-Content keeps the courses (with their languages) in coursePlans.json beside the pool.
  if (opts.skillModelNearby && !out.some((f) => /(^|\/)coursePlans\.json$/.test(f.path))) {
    const nearby = path.join(path.dirname(path.resolve(target)), "coursePlans.json");
    if (fs.existsSync(nearby)) out.push({ path: "../coursePlans.json", text: fs.readFileSync(nearby, "utf8") });
  }
  return out;
}
