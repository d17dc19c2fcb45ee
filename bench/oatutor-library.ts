/**
 * The whole OATutor library (../shared/data/oatutor/library.tar.xz) for the benchmarks: listing
 * its problems by course, and importing it converted into a database (bench:content does the same
 * with the content checker in worker threads; bench:turns --content oatutor uses importLibrary).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ContentBundle } from "@/lib/content/format";
import { importBundle } from "@/lib/content/import-bundle";
import { convertOatutor, type OatutorSkillModel } from "@/lib/content/importers/oatutor";
import { naturalCompare } from "@/lib/content/importers/oatutor-files";
import { readSourceFiles } from "@/lib/content/importers/read-source";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { root } from "./lib";

export const LIBRARY_ARCHIVE = path.resolve(root, "../shared/data/oatutor/library.tar.xz");

/** The problems of the unpacked library by course (from each problem's courseName). */
export function coursesIn(pool: string, only: string, limit: number): Map<string, string[]> {
  const ids = fs
    .readdirSync(pool, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort(naturalCompare);
  const out = new Map<string, string[]>();
  let n = 0;
  for (const id of ids) {
    if (limit > 0 && n >= limit) break;
    let course = "(unreadable problem file)";
    try {
      course = String(
        JSON.parse(fs.readFileSync(path.join(pool, id, `${id}.json`), "utf8")).courseName || "(no course)",
      );
    } catch {
      // reported by the importer, in the course named here
    }
    if (only && !course.toLowerCase().includes(only.toLowerCase())) continue;
    out.set(course, [...(out.get(course) ?? []), id]);
    n++;
  }
  return out;
}

/** Sets grouped into transactions of at most `size` problems (a set is never split). */
export function chunks(bundle: ContentBundle, size: number): ContentBundle[] {
  const out: ContentBundle[] = [];
  let cur: ContentBundle["problemSets"] = [];
  let n = 0;
  for (const set of bundle.problemSets) {
    if (n > 0 && n + set.problems.length > size) {
      out.push({ ...bundle, skills: [], problemSets: cur });
      cur = [];
      n = 0;
    }
    cur.push(set);
    n += set.problems.length;
  }
  if (cur.length) out.push({ ...bundle, skills: [], problemSets: cur });
  if (out[0]) out[0].skills = bundle.skills;
  return out;
}

/**
 * Unpacks the library, converts it course by course (invalid records skipped, as bench:content
 * does) and imports it, published, in transactions of 300 problems. Returns the imported
 * problems' keys. `limit` takes the first N problems (0: all).
 */
export async function importLibrary(
  prisma: PrismaClient,
  opts: { archive?: string; limit?: number } = {},
): Promise<{ keys: string[]; seconds: number }> {
  const t0 = performance.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oatutor-library-"));
  const keys: string[] = [];
  try {
    execFileSync("tar", ["-xJf", opts.archive ?? LIBRARY_ARCHIVE, "-C", tmp]);
    const pool = path.join(tmp, "content-pool");
    const skillModel = JSON.parse(fs.readFileSync(path.join(tmp, "skillModel.json"), "utf8")) as OatutorSkillModel;
    const skillsDone = new Set<string>();
    for (const [course, ids] of coursesIn(pool, "", opts.limit ?? 0)) {
      const files = ids.flatMap((id) =>
        readSourceFiles(path.join(pool, id)).map((f) => ({ ...f, path: `${id}/${f.path}` })),
      );
      const { bundle } = convertOatutor(files, { skipInvalid: true, skillModel }, course);
      const fresh = { ...bundle, skills: bundle.skills.filter((s) => !skillsDone.has(s.key)) };
      for (const chunk of chunks(fresh, 300)) {
        await importBundle(prisma, chunk, { source: `bench:oatutor:${course}`, batch: true });
      }
      for (const s of bundle.skills) skillsDone.add(s.key);
      for (const set of bundle.problemSets) for (const p of set.problems) keys.push(p.key);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return { keys, seconds: (performance.now() - t0) / 1000 };
}
