import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDatabase } from "@/tests/test-db";
import { exportProblemSet } from "../export-bundle";
import { importBundle } from "../import-bundle";
import { convertOatutor, type OatutorConversion } from "./oatutor";
import { readSourceFiles } from "./read-source";
import { SHARED_DATA } from "./test-data";

/**
 * A slice of the whole OATutor library (three lessons: matrices, a variabilized lesson, one
 * with sub-hints and figures), unpacked from the archive, converted and written with the
 * batched importer, end to end.
 */
const ARCHIVE = path.join(SHARED_DATA, "oatutor/library.tar.xz");
const SLICE = ["content-pool/a41316cmatrices*", "content-pool/af69facexpolog1*", "content-pool/a8e6481uni*"];
const available = fs.existsSync(ARCHIVE);

let prisma: PrismaClient;
let tmp: string;
let conversion: OatutorConversion;

beforeAll(async () => {
  if (!available) return;
  prisma = await testDatabase();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oatutor-slice-"));
  execFileSync("tar", ["-xJf", ARCHIVE, "-C", tmp, "--wildcards", ...SLICE, "skillModel.json"]);
  const files = readSourceFiles(path.join(tmp, "content-pool"), { skillModelNearby: true });
  conversion = convertOatutor(files, { skipInvalid: true }, "library slice");
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(!available)("a slice of the OATutor library, imported in one batch", () => {
  it("converts what it can and reports the rest by reason", () => {
    const problems = conversion.bundle.problemSets.flatMap((s) => s.problems);
    expect(problems.length + new Set(conversion.skipped.map((s) => s.record)).size).toBe(71);
    expect(problems.length).toBeGreaterThan(50);
    // The matrices lesson imports whole: matrix answers are lists with notation "matrix".
    expect(conversion.skipped).toEqual([]);
    expect(JSON.stringify(conversion.bundle)).toContain("[Figure: figure1.gif — not available]");
  });

  it("writes every problem published, exported back identical, and re-imports as no change", async () => {
    const bundle = conversion.bundle;
    const total = bundle.problemSets.reduce((n, s) => n + s.problems.length, 0);
    const summary = await importBundle(prisma, bundle, { batch: true, source: "library slice" });
    expect(summary).toMatchObject({ problems: total, newVersions: total });
    expect(await prisma.problem.count({ where: { publishedVersionId: { not: null } } })).toBe(total);
    expect(await prisma.step.count()).toBe(summary.steps);
    expect(await prisma.hintItem.count()).toBe(summary.hints);
    for (const set of bundle.problemSets) {
      const exported = await exportProblemSet(prisma, set.key);
      expect(exported.problemSets[0]?.problems).toEqual(set.problems);
    }
    const again = await importBundle(prisma, bundle, { batch: true });
    expect(again.newVersions).toBe(0);
    expect(await prisma.problemVersion.count()).toBe(total);
  });
});
