import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isMainThread, parentPort, Worker } from "node:worker_threads";
import { checkProblem } from "@/lib/content/check-problem";
import type { ContentBundle } from "@/lib/content/format";
import { importBundle } from "@/lib/content/import-bundle";
import { convertOatutor, type OatutorSkillModel } from "@/lib/content/importers/oatutor";
import { readSourceFiles } from "@/lib/content/importers/read-source";
import type { SkippedRecord } from "@/lib/content/importers/shared";
import { deployMigrations } from "@/lib/db/migrate";
import { createConnector } from "@/lib/db/open";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { arg, prepareBenchDatabase, printTable, root } from "./lib";
import { chunks, coursesIn, LIBRARY_ARCHIVE } from "./oatutor-library";

/**
 * `npm run bench:content [-- --limit N --course name --archive path --workers N --skipped --keep]`: the
 * whole OATutor library (../shared/data/oatutor/library.tar.xz, unpacked to a temporary folder)
 * converted by the importer course by course in worker threads, imported into a fresh database
 * (in transactions of a few hundred problems), and played through the real engine by the
 * content checker's simulated students. Prints a table per course, the records left out
 * grouped by reason (examples; every one with --skipped, and in bench/results/content-skipped.tsv),
 * then one JSON line. --limit takes the first N problems (by id), --course those whose course
 * name contains the text.
 */

interface Job {
  course: string;
  pool: string;
  ids: string[];
  skillModel: string;
}

interface Checked {
  key: string;
  deadEnds: number;
  falseRejections: number;
  falseAcceptances: number;
  earlyReveals: number;
  unenforcedForms: number;
  problems: string[];
}

interface Done {
  course: string;
  bundle: ContentBundle;
  skipped: SkippedRecord[];
  downgraded: SkippedRecord[];
  checks: Checked[];
  convertSeconds: number;
  checkSeconds: number;
}

/** Worker: converts one course's problems and plays each through the checker. */
function work(job: Job, skillModel: OatutorSkillModel): Done {
  const t0 = performance.now();
  const files = job.ids.flatMap((id) =>
    readSourceFiles(path.join(job.pool, id)).map((f) => ({ ...f, path: `${id}/${f.path}` })),
  );
  // Read: the unpacked copy goes now, so that no large folder is left to delete at the end.
  for (const id of job.ids) fs.rmSync(path.join(job.pool, id), { recursive: true, force: true });
  const conversion = convertOatutor(files, { skipInvalid: true, skillModel }, job.course);
  const t1 = performance.now();
  const checks: Checked[] = [];
  for (const set of conversion.bundle.problemSets) {
    for (const p of set.problems) {
      const r = checkProblem({ title: p.title, statement: p.statement, steps: p.steps });
      checks.push({
        key: p.key,
        deadEnds: r.deadEnds,
        falseRejections: r.falseRejections,
        falseAcceptances: r.falseAcceptances,
        earlyReveals: r.earlyReveals,
        unenforcedForms: r.unenforcedForms,
        problems: r.problems,
      });
    }
  }
  return {
    course: job.course,
    bundle: conversion.bundle,
    skipped: conversion.skipped,
    downgraded: conversion.downgraded,
    checks,
    convertSeconds: (t1 - t0) / 1000,
    checkSeconds: (performance.now() - t1) / 1000,
  };
}

if (!isMainThread) {
  let model: OatutorSkillModel | undefined;
  parentPort?.on("message", (job: Job) => {
    model ??= JSON.parse(fs.readFileSync(job.skillModel, "utf8")) as OatutorSkillModel;
    parentPort?.postMessage(work(job, model));
  });
}

/** Runs jobs on worker threads (this file, loaded through tsx), biggest first. */
function runWorkers(jobs: Job[], count: number, onDone: (d: Done) => Promise<void>): Promise<void> {
  const queue = [...jobs].sort((a, b) => b.ids.length - a.ids.length);
  const boot = `import("tsx/esm/api").then((api) => api.tsImport(${JSON.stringify(import.meta.url)}, ${JSON.stringify(import.meta.url)}))`;
  const pending: Promise<void>[] = [];
  return new Promise((resolve, reject) => {
    let running = 0;
    const start = () => {
      const w = new Worker(boot, { eval: true });
      running++;
      const next = () => {
        const job = queue.shift();
        if (job) w.postMessage(job);
        else {
          void w.terminate();
          if (--running === 0) Promise.all(pending).then(() => resolve(), reject);
        }
      };
      w.on("message", (d: Done) => {
        pending.push(onDone(d));
        next();
      });
      w.on("error", reject);
      next();
    };
    if (queue.length === 0) resolve();
    const n = Math.min(count, queue.length);
    for (let i = 0; i < n; i++) start();
  });
}

const stepOf = (s: SkippedRecord) => /^step (\S+?):/.exec(s.field)?.[1] ?? /\[\d+\] (\S+?)-h/.exec(s.field)?.[1] ?? "";
const problemOf = (s: SkippedRecord) => s.record.replace(/^problem /, "").replace(/ step.*$/, "");

function countBy<T>(items: T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return new Map([...m].sort((a, b) => b[1] - a[1]));
}

async function main() {
  const archive = arg("archive", LIBRARY_ARCHIVE);
  const limit = Number(arg("limit", "0"));
  const only = arg("course", "");
  const workers = Math.max(1, Number(arg("workers", String(Math.min(2, os.availableParallelism())))));
  const t0 = performance.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oatutor-library-"));
  const db = await prepareBenchDatabase("content");
  const connector = createConnector(db.url, { poolSize: 2 });
  const prisma = new PrismaClient({ adapter: connector.factory });
  const rows: Record<string, string | number>[] = [];
  const all: Done[] = [];
  const importSeconds = new Map<string, number>();
  let unpackSeconds = 0;
  try {
    execFileSync("tar", ["-xJf", archive, "-C", tmp]);
    const pool = path.join(tmp, "content-pool");
    const skillModel = path.join(tmp, "skillModel.json");
    const courses = coursesIn(pool, only, limit);
    unpackSeconds = (performance.now() - t0) / 1000;
    await deployMigrations(connector);
    const skillsDone = new Set<string>();
    let importing = Promise.resolve();
    const onDone = (d: Done) => {
      importing = importing.then(async () => {
        const t = performance.now();
        const fresh = { ...d.bundle, skills: d.bundle.skills.filter((s) => !skillsDone.has(s.key)) };
        for (const chunk of chunks(fresh, 300)) {
          await importBundle(prisma, chunk, { source: `bench:content:${d.course}`, batch: true });
        }
        for (const s of d.bundle.skills) skillsDone.add(s.key);
        importSeconds.set(d.course, (performance.now() - t) / 1000);
        all.push(d);
        console.error(`${d.course}: ${d.checks.length} problems (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
      });
      return importing;
    };
    const jobs = [...courses].map(([course, ids]) => ({ course, pool, ids, skillModel }));
    await runWorkers(jobs, workers, onDone);
    for (const [course, ids] of courses) {
      const d = all.find((x) => x.course === course);
      if (!d) continue;
      const sum = (k: keyof Omit<Checked, "key" | "problems">) => d.checks.reduce((n, c) => n + c[k], 0);
      const reasons = countBy(d.skipped, (s) => s.reason ?? "other");
      rows.push({
        course: course.slice(0, 40),
        problems: ids.length,
        imported: d.checks.length,
        skipped: ids.length - d.checks.length,
        skipped_by_reason: [...reasons].map(([r, n]) => `${r} ${n}`).join(", ") || "-",
        scaffolds_as_hints: d.downgraded.length,
        passed: d.checks.filter((c) => c.problems.length === 0).length,
        false_rejections: sum("falseRejections"),
        false_acceptances: sum("falseAcceptances"),
        early_reveals: sum("earlyReveals"),
        unenforced_forms: sum("unenforcedForms"),
        dead_ends: sum("deadEnds"),
        seconds: Number((d.convertSeconds + d.checkSeconds + (importSeconds.get(course) ?? 0)).toFixed(1)),
      });
    }
  } finally {
    const t = performance.now();
    await prisma.$disconnect();
    await connector.close();
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!process.argv.includes("--keep")) await db.drop();
    console.error(
      `closed the database and removed temporary files in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
  }
  report(rows, all, { unpackSeconds, importSeconds, t0, db: db.label });
}

function report(
  rows: Record<string, string | number>[],
  all: Done[],
  t: { unpackSeconds: number; importSeconds: Map<string, number>; t0: number; db: string },
): void {
  printTable(rows);
  const skipped = all.flatMap((d) => d.skipped);
  const downgraded = all.flatMap((d) => d.downgraded);
  const every = process.argv.includes("--skipped");
  console.log("\nrecords left out, by reason (file | problem | step | message):");
  for (const [reason, n] of countBy(skipped, (s) => s.reason ?? "other")) {
    const of = skipped.filter((s) => (s.reason ?? "other") === reason);
    console.log(`  ${reason}: ${n} records, ${new Set(of.map(problemOf)).size} problems`);
    for (const s of every ? of : of.slice(0, 3))
      console.log(`    ${s.file} | ${problemOf(s)} | ${stepOf(s)} | ${s.message.slice(0, 110)}`);
  }
  console.log(`scaffolds kept as plain hints (answer not importable): ${downgraded.length}`);
  for (const [reason, n] of countBy(downgraded, (s) => s.reason ?? "other")) console.log(`  ${reason}: ${n}`);
  const checks = all.flatMap((d) => d.checks);
  const failing = checks.filter((c) => c.problems.length);
  const other = failing.filter((c) => !(c.deadEnds || c.falseRejections || c.falseAcceptances || c.earlyReveals));
  console.log(
    `\nproblems the checker flags: ${failing.length}, of which ${other.length} only for authoring advice (a prompt or hint stating an answer, a step another step answers); examples:`,
  );
  for (const c of failing.slice(0, 12)) console.log(`  ${c.key}: ${c.problems[0]?.slice(0, 140)}`);
  const out = path.join(root, "bench/results/content-skipped.tsv");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    ["kind\treason\tfile\tproblem\tstep\tfield\tmessage"]
      .concat(
        [...skipped.map((s) => ["skipped", s] as const), ...downgraded.map((s) => ["scaffold_as_hint", s] as const)]
          .sort((a, b) => (a[1].reason ?? "").localeCompare(b[1].reason ?? ""))
          .map(([k, s]) => [k, s.reason ?? "other", s.file, problemOf(s), stepOf(s), s.field, s.message].join("\t")),
      )
      .join("\n"),
  );
  console.log(`all records left out: ${path.relative(root, out)}`);
  const flaggedOut = path.join(root, "bench/results/content-flagged.tsv");
  fs.writeFileSync(
    flaggedOut,
    ["problem\tmessage"]
      .concat(failing.flatMap((c) => c.problems.map((m) => `${c.key}\t${m.replace(/\s+/g, " ")}`)))
      .join("\n"),
  );
  console.log(`every problem the checker flags, with its messages: ${path.relative(root, flaggedOut)}`);
  const total = (k: string) => rows.reduce((n, r) => n + Number(r[k] ?? 0), 0);
  const sum = (f: (d: Done) => number) => Number(all.reduce((n, d) => n + f(d), 0).toFixed(1));
  console.log(
    JSON.stringify({
      courses: rows.length,
      problems: total("problems"),
      imported: total("imported"),
      skipped_problems: total("skipped"),
      skipped_records: skipped.length,
      skipped_by_reason: Object.fromEntries(countBy(skipped, (s) => s.reason ?? "other")),
      scaffolds_as_hints: downgraded.length,
      passed: total("passed"),
      flagged_for_advice_only: other.length,
      false_rejections: total("false_rejections"),
      false_acceptances: total("false_acceptances"),
      early_reveals: total("early_reveals"),
      unenforced_forms: total("unenforced_forms"),
      dead_ends: total("dead_ends"),
      database: t.db,
      unpack_seconds: Number(t.unpackSeconds.toFixed(1)),
      convert_seconds: sum((d) => d.convertSeconds),
      check_seconds: sum((d) => d.checkSeconds),
      import_seconds: Number([...t.importSeconds.values()].reduce((a, b) => a + b, 0).toFixed(1)),
      seconds: Number(((performance.now() - t.t0) / 1000).toFixed(1)),
    }),
  );
}

if (isMainThread) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
