import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkProblem } from "@/lib/content/check-problem";
import { convertOatutor } from "@/lib/content/importers/oatutor";
import { readSourceFiles } from "@/lib/content/importers/read-source";
import { arg, printTable, root } from "./lib";

/**
 * `npm run bench:content-library [-- --limit N --archive path]`: the whole OATutor library
 * (../shared/data/oatutor/library.tar.xz, unpacked to a temporary folder) converted by the
 * importer (records it cannot read are skipped and counted) and played through the real engine
 * by the content checker's four simulated students. Prints what the checker reports (dead ends,
 * false rejections, false acceptances, early reveals) and the time per problem, then one JSON line.
 */
const archive = arg("archive", path.resolve(root, "../shared/data/oatutor/library.tar.xz"));
const limit = Number(arg("limit", "0"));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oatutor-library-"));
try {
  execFileSync("tar", ["-xJf", archive, "-C", tmp]);
  const t0 = performance.now();
  const conversion = convertOatutor(readSourceFiles(tmp, { skillModelNearby: true }), { skipInvalid: true }, "library");
  const convertS = (performance.now() - t0) / 1000;
  let problems = conversion.bundle.problemSets.flatMap((s) => s.problems);
  if (limit > 0) problems = problems.slice(0, limit);
  const totals = { deadEnds: 0, falseRejections: 0, falseAcceptances: 0, earlyReveals: 0 };
  let failed = 0;
  const examples: string[] = [];
  const t1 = performance.now();
  for (const p of problems) {
    const r = checkProblem({ title: p.title, statement: p.statement, steps: p.steps });
    totals.deadEnds += r.deadEnds;
    totals.falseRejections += r.falseRejections;
    totals.falseAcceptances += r.falseAcceptances;
    totals.earlyReveals += r.earlyReveals;
    if (r.problems.length) {
      failed++;
      if (r.earlyReveals && examples.length < 10) examples.push(`${p.key}: ${r.problems[0]}`);
    }
  }
  const checkS = (performance.now() - t1) / 1000;
  for (const e of examples) console.log(`early reveal: ${e}`);
  const summary = {
    problems: problems.length,
    skipped_records: conversion.skipped.length,
    passed: problems.length - failed,
    dead_ends: totals.deadEnds,
    false_rejections: totals.falseRejections,
    false_acceptances: totals.falseAcceptances,
    early_reveals: totals.earlyReveals,
  };
  printTable([{ ...summary, ms_per_problem: Number(((checkS * 1000) / Math.max(1, problems.length)).toFixed(1)) }]);
  console.log(
    JSON.stringify({
      ...summary,
      convert_seconds: Number(convertS.toFixed(1)),
      check_seconds: Number(checkS.toFixed(1)),
    }),
  );
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
