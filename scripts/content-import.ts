// npm run content:import -- --format <stepwise|oatutor|mathdial|class> <path> [--skip-invalid]
//   [--set <key>] [--draft] [--skill-model <skillModel.json>] [--course-plans <coursePlans.json>]
// Imports into the database DATABASE_URL names, in one transaction (all or nothing), matched by
// key (re-importing the same content changes nothing). Ends with one JSON line of counts.
import { parseArgs } from "node:util";
import { importContent } from "@/lib/content/importers/import-content";
import { parseOatutorCoursePlans, parseOatutorSkillModel } from "@/lib/content/importers/oatutor";
import { readSourceFiles } from "@/lib/content/importers/read-source";
import { FORMATS, type ImportFormat } from "@/lib/content/importers/shared";
import { pendingMigrations } from "@/lib/db/migrate";
import { createConnector } from "@/lib/db/open";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

const USAGE =
  "usage: npm run content:import -- --format <stepwise|oatutor|mathdial|class> <path> [--skip-invalid] [--set <key>] [--draft] [--skill-model <file>] [--course-plans <file>]";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: "string" },
      "skip-invalid": { type: "boolean", default: false },
      set: { type: "string" },
      draft: { type: "boolean", default: false },
      "skill-model": { type: "string" },
      "course-plans": { type: "string" },
    },
  });
  const format = values.format as ImportFormat | undefined;
  const target = positionals[0];
  if (!format || !FORMATS.includes(format) || !target || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const files = readSourceFiles(target, { skillModelNearby: format === "oatutor" });
  const skillModelFile = values["skill-model"] ? readSourceFiles(values["skill-model"])[0] : undefined;
  const skillModel = skillModelFile ? parseOatutorSkillModel(skillModelFile) : undefined;
  // OATutor's course plans name each course's language (otherwise: coursePlans.json beside the
  // pool, else the known courses, see lib/content/importers/oatutor.ts).
  const plansFile = values["course-plans"] ? readSourceFiles(values["course-plans"])[0] : undefined;
  const courseLanguages = plansFile ? parseOatutorCoursePlans(plansFile) : undefined;
  const connector = createConnector(env().DATABASE_URL, { poolSize: 2 });
  const prisma = new PrismaClient({ adapter: connector.factory });
  try {
    const pending = await pendingMigrations(connector);
    if (pending.length)
      throw new Error(`The database has unapplied migrations (${pending.join(", ")}): run npm run db:migrate first.`);
    const result = await importContent(prisma, {
      format,
      files,
      skillModel,
      courseLanguages,
      skipInvalid: values["skip-invalid"],
      setKey: values.set,
      draft: values.draft,
      label: target,
    });
    for (const s of result.skipped) console.error(`skipped ${s.file}: ${s.record}: ${s.field}: ${s.message}`);
    const m = result.summary;
    console.log(
      `Imported into ${connector.target.label}: ${m.problems} problems in ${m.problemSets} set(s) (${m.newVersions} new versions, ${m.translations} translations written), ${m.skills} new or updated skills, ${result.skipped.length} records skipped.`,
    );
    console.log(JSON.stringify(result.counts));
    return 0;
  } finally {
    await prisma.$disconnect();
    await connector.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
