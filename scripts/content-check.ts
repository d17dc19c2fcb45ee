// npm run content:check [-- --file <bundle.json> ... | --format <oatutor|mathdial|class> --file <path> ...]
//   [--language <code>] [--course-plans <coursePlans.json>]
// Plays every published problem in DATABASE_URL (or the files given) with simulated students
// through the real tutor engine, reads the authored texts, and checks each problem set (and all
// of them together) for patterns. Files are Stepwise bundles unless --format names an importer's
// source format (converted the way content:import would, skipping records it cannot read).
// Every problem is checked in its own language and in each of its translations, as a student
// reading that language would meet it (answers read the language's way, the tutor speaking it);
// --language checks only the problems that can be shown in that language, in it. The report
// gives the counts per language. Ends with one JSON line of counts. Exit 1 on any failure.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { checkProblem, checkProblemSet, type ProblemCheck } from "@/lib/content/check-problem";
import { parseBundle } from "@/lib/content/import-bundle";
import { convertSource } from "@/lib/content/importers/convert-source";
import { parseOatutorCoursePlans } from "@/lib/content/importers/oatutor";
import { readSourceFiles } from "@/lib/content/importers/read-source";
import { FORMATS, type ImportFormat } from "@/lib/content/importers/shared";
import { applyTranslation, baseLanguage } from "@/lib/content/translation";
import { openDatabase } from "@/lib/db/open";
import { env } from "@/lib/env";
import { loadProblemVersion, translationLanguages } from "@/lib/sessions/load-problem";
import type { TutorProblem } from "@/lib/tutor/types";

interface Entry {
  set: string;
  key: string;
  /** The language the problem is checked in: its own, or a translation's. */
  language: string;
  /** False for a translation. */
  original: boolean;
  problem: TutorProblem;
}

const { values } = parseArgs({
  options: {
    file: { type: "string", multiple: true, default: [] },
    format: { type: "string", default: "stepwise" },
    language: { type: "string" },
    "course-plans": { type: "string" },
  },
});

function fromFile(file: string, format: ImportFormat): Entry[] {
  const plans = values["course-plans"] ? readSourceFiles(values["course-plans"])[0] : undefined;
  const bundle =
    format === "stepwise"
      ? parseBundle(JSON.parse(fs.readFileSync(file, "utf8")), file)
      : convertSource(format, readSourceFiles(file, { skillModelNearby: format === "oatutor" }), {
          skipInvalid: true,
          courseLanguages: plans ? parseOatutorCoursePlans(plans) : undefined,
        }).bundle;
  return bundle.problemSets.flatMap((s) =>
    s.problems.flatMap((p) => {
      const problem: TutorProblem = { title: p.title, statement: p.statement, steps: p.steps };
      return [
        { set: s.key, key: p.key, language: p.language ?? "en", original: true, problem },
        ...Object.entries(p.translations ?? {}).map(([language, t]) => ({
          set: s.key,
          key: p.key,
          language,
          original: false,
          problem: applyTranslation(problem, t),
        })),
      ];
    }),
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
      const versionId = r.publishedVersionId as string;
      const problem = await loadProblemVersion(db.prisma, versionId);
      out.push({ set: r.problemSet.key, key: r.key, language: problem.language, original: true, problem });
      for (const language of await translationLanguages(db.prisma, versionId)) {
        const translated = await loadProblemVersion(db.prisma, versionId, language);
        out.push({ set: r.problemSet.key, key: r.key, language, original: false, problem: translated });
      }
    }
    return out;
  } finally {
    await db.close();
  }
}

const FINDINGS = {
  dead_ends: "deadEnds",
  false_rejections: "falseRejections",
  false_acceptances: "falseAcceptances",
  early_reveals: "earlyReveals",
  later_answers: "laterAnswers",
  wrong_answer_leads: "wrongAnswerLeads",
  prompt_answers: "promptAnswers",
  unenforced_forms: "unenforcedForms",
} as const satisfies Record<string, keyof ProblemCheck>;
type Counts = { problems: number; passed: number } & Record<keyof typeof FINDINGS, number>;

const emptyCounts = (): Counts => ({
  problems: 0,
  passed: 0,
  ...(Object.fromEntries(Object.keys(FINDINGS).map((k) => [k, 0])) as Record<keyof typeof FINDINGS, number>),
});

async function main() {
  const all = await problemsToCheck();
  const wanted = values.language;
  const list = wanted ? all.filter((e) => baseLanguage(e.language) === baseLanguage(wanted)) : all;
  const total = {
    ...emptyCounts(),
    sets: 0,
    sets_passed: 0,
    choice_order: 0,
    ...(wanted
      ? {
          language: wanted,
          not_in_language: new Set(all.map((e) => e.key)).size - new Set(list.map((e) => e.key)).size,
        }
      : {}),
    languages: {} as Record<string, Counts>,
  };
  for (const { key, language, problem } of list) {
    const r = checkProblem(problem, { locale: language });
    const ok = r.problems.length === 0;
    const mine = total.languages[language] ?? emptyCounts();
    total.languages[language] = mine;
    for (const c of [total, mine]) {
      c.problems++;
      if (ok) c.passed++;
      for (const [name, field] of Object.entries(FINDINGS)) c[name as keyof typeof FINDINGS] += r[field] as number;
    }
    console.log(`${ok ? "ok  " : "FAIL"} ${key} [${language}]: ${problem.title} (${problem.steps.length} steps)`);
    for (const p of r.problems) console.log(`       ${p}`);
  }
  // Option order is the same in every language: the sets are checked once, in the originals
  // (or in the language asked for).
  const forSets = wanted ? list : list.filter((e) => e.original);
  const sets = new Map<string, TutorProblem[]>();
  for (const e of forSets) sets.set(e.set, [...(sets.get(e.set) ?? []), e.problem]);
  const setResults = [...sets.entries()].map(([k, problems]) => ({
    name: `set ${k}`,
    size: problems.length,
    r: checkProblemSet(problems),
  }));
  // All content together: a habit no single set shows often enough to report on its own.
  const whole = checkProblemSet(forSets.map((e) => e.problem));
  if (sets.size > 1 && whole.problems.length && setResults.some((s) => s.r.problems.length === 0)) {
    setResults.push({ name: `all ${sets.size} sets`, size: forSets.length, r: whole });
  }
  for (const { name, size, r } of setResults) {
    total.sets++;
    if (r.problems.length === 0) total.sets_passed++;
    total.choice_order += r.choiceOrder;
    console.log(`${r.problems.length ? "FAIL" : "ok  "} ${name} (${size} problems)`);
    for (const p of r.problems) console.log(`       ${p}`);
  }
  for (const [language, c] of Object.entries(total.languages))
    console.log(`language ${language}: ${c.passed} of ${c.problems} passed`);
  console.log(JSON.stringify(total));
  if (wanted && list.length === 0) {
    console.error(`No problem can be shown in "${wanted}".`);
    return 1;
  }
  return total.passed === total.problems && total.sets_passed === total.sets ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
