// npm run content:check: plays every published problem in DATABASE_URL (or the bundles given
// with --file) with simulated students through the real tutor engine. Exit 1 on any failure.
import fs from "node:fs";
import { checkProblem } from "@/lib/content/check-problem";
import { parseBundle } from "@/lib/content/import-bundle";
import { openDatabase } from "@/lib/db/open";
import { env } from "@/lib/env";
import { loadProblemVersion } from "@/lib/sessions/load-problem";
import type { TutorProblem } from "@/lib/tutor/types";

async function problemsToCheck(): Promise<{ key: string; problem: TutorProblem }[]> {
  const files = process.argv.flatMap((a, i, all) => (all[i - 1] === "--file" ? [a] : []));
  if (files.length) {
    return files.flatMap((f) =>
      parseBundle(JSON.parse(fs.readFileSync(f, "utf8")), f).problemSets.flatMap((s) =>
        s.problems.map((p) => ({ key: p.key, problem: { title: p.title, statement: p.statement, steps: p.steps } })),
      ),
    );
  }
  const db = openDatabase(env().DATABASE_URL, { poolSize: 2 });
  try {
    const rows = await db.prisma.problem.findMany({
      where: { status: "published", publishedVersionId: { not: null } },
      orderBy: [{ problemSet: { key: "asc" } }, { position: "asc" }],
      select: { key: true, publishedVersionId: true },
    });
    const out = [];
    for (const r of rows)
      out.push({ key: r.key, problem: await loadProblemVersion(db.prisma, r.publishedVersionId as string) });
    return out;
  } finally {
    await db.close();
  }
}

async function main() {
  const list = await problemsToCheck();
  const total = {
    problems: list.length,
    passed: 0,
    dead_ends: 0,
    false_rejections: 0,
    false_acceptances: 0,
    early_reveals: 0,
  };
  for (const { key, problem } of list) {
    const r = checkProblem(problem);
    const ok = r.problems.length === 0;
    if (ok) total.passed++;
    total.dead_ends += r.deadEnds;
    total.false_rejections += r.falseRejections;
    total.false_acceptances += r.falseAcceptances;
    total.early_reveals += r.earlyReveals;
    console.log(`${ok ? "ok  " : "FAIL"} ${key}: ${problem.title} (${problem.steps.length} steps)`);
    for (const p of r.problems) console.log(`       ${p}`);
  }
  console.log(JSON.stringify(total));
  return total.passed === total.problems ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
