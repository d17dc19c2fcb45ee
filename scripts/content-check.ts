// npm run content:check [-- --file <bundle.json> ... | --format <oatutor|mathdial|class> --file <path> ...]
// Plays every published problem in DATABASE_URL (or the files given) with simulated students
// through the real tutor engine, reads the authored texts, and checks each problem set (and all
// of them together) for patterns. Files are Stepwise bundles unless --format names an importer's
// source format (converted the way content:import would, skipping records it cannot read).
// Ends with one JSON line of counts. Exit 1 on any failure.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { checkProblem, checkProblemSet } from "@/lib/content/check-problem";
import { parseBundle } from "@/lib/content/import-bundle";
import { convertSource } from "@/lib/content/importers/convert-source";
import { readSourceFiles } from "@/lib/content/importers/read-source";
import { FORMATS, type ImportFormat } from "@/lib/content/importers/shared";
import { openDatabase } from "@/lib/db/open";
import { env } from "@/lib/env";
import { loadProblemVersion } from "@/lib/sessions/load-problem";
import type { TutorProblem } from "@/lib/tutor/types";

interface Entry {
  set: string;
  key: string;
  problem: TutorProblem;
}

const { values } = parseArgs({
  options: { file: { type: "string", multiple: true, default: [] }, format: { type: "string", default: "stepwise" } },
});

function fromFile(file: string, format: ImportFormat): Entry[] {
  const bundle =
    format === "stepwise"
      ? parseBundle(JSON.parse(fs.readFileSync(file, "utf8")), file)
      : convertSource(format, readSourceFiles(file, { skillModelNearby: format === "oatutor" }), { skipInvalid: true })
          .bundle;
  return bundle.problemSets.flatMap((s) =>
    s.problems.map((p) => ({
      set: s.key,
      key: p.key,
      problem: { title: p.title, statement: p.statement, steps: p.steps },
    })),
  );
}

async function problemsToCheck(): Promise<Entry[]> {
  const format = values.format as ImportFormat;
  if (!FORMATS.includes(format)) throw new Error(`--format must be one of ${FORMATS.join(", ")}`);
  if (values.file.length) return values.file.flatMap((f) => fromFile(f, format));
  const db = openDatabase(env().DATABASE_URL, { poolSize: 2 });
  try {
    const rows = await db.prisma.problem.findMany({
      where: { status: "published", publishedVersionId: { not: null } },
      orderBy: [{ problemSet: { key: "asc" } }, { position: "asc" }],
      select: { key: true, publishedVersionId: true, problemSet: { select: { key: true } } },
    });
    const out: Entry[] = [];
    for (const r of rows) {
      const problem = await loadProblemVersion(db.prisma, r.publishedVersionId as string);
      out.push({ set: r.problemSet.key, key: r.key, problem });
    }
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
    later_answers: 0,
    wrong_answer_leads: 0,
    prompt_answers: 0,
    sets: 0,
    sets_passed: 0,
    choice_order: 0,
  };
  for (const { key, problem } of list) {
    const r = checkProblem(problem);
    const ok = r.problems.length === 0;
    if (ok) total.passed++;
    total.dead_ends += r.deadEnds;
    total.false_rejections += r.falseRejections;
    total.false_acceptances += r.falseAcceptances;
    total.early_reveals += r.earlyReveals;
    total.later_answers += r.laterAnswers;
    total.wrong_answer_leads += r.wrongAnswerLeads;
    total.prompt_answers += r.promptAnswers;
    console.log(`${ok ? "ok  " : "FAIL"} ${key}: ${problem.title} (${problem.steps.length} steps)`);
    for (const p of r.problems) console.log(`       ${p}`);
  }
  const sets = new Map<string, TutorProblem[]>();
  for (const e of list) sets.set(e.set, [...(sets.get(e.set) ?? []), e.problem]);
  const setResults = [...sets.entries()].map(([k, problems]) => ({
    name: `set ${k}`,
    size: problems.length,
    r: checkProblemSet(problems),
  }));
  // All content together: a habit no single set shows often enough to report on its own.
  const whole = checkProblemSet(list.map((e) => e.problem));
  if (sets.size > 1 && whole.problems.length && setResults.some((s) => s.r.problems.length === 0)) {
    setResults.push({ name: `all ${sets.size} sets`, size: list.length, r: whole });
  }
  for (const { name, size, r } of setResults) {
    total.sets++;
    if (r.problems.length === 0) total.sets_passed++;
    total.choice_order += r.choiceOrder;
    console.log(`${r.problems.length ? "FAIL" : "ok  "} ${name} (${size} problems)`);
    for (const p of r.problems) console.log(`       ${p}`);
  }
  console.log(JSON.stringify(total));
  return total.passed === total.problems && total.sets_passed === total.sets ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
