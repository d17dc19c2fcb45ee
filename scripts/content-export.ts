// npm run content:export -- <set-key> <path>: writes one problem set (latest versions, with the
// skills it uses and their prerequisites) as a Stepwise bundle that content:import reads back.
// npm run content:export -- --json-schema <path.json|path.ts>: writes the format's JSON Schema.
import fs from "node:fs";
import { parseArgs } from "node:util";
import {
  contentSchemaModule,
  exportProblemSet,
  generateContentJsonSchema,
  serializeBundle,
} from "@/lib/content/export-bundle";
import { openDatabase } from "@/lib/db/open";
import { env } from "@/lib/env";

const USAGE = "usage: npm run content:export -- <set-key> <path>  |  --json-schema <path.json|path.ts>";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { "json-schema": { type: "string" } } });
  const schemaPath = values["json-schema"];
  if (schemaPath) {
    const schema = generateContentJsonSchema();
    fs.writeFileSync(
      schemaPath,
      schemaPath.endsWith(".ts") ? contentSchemaModule(schema) : `${JSON.stringify(schema, null, 2)}\n`,
    );
    console.log(`Wrote the content format's JSON Schema to ${schemaPath}.`);
    return 0;
  }
  const [setKey, out] = positionals;
  if (!setKey || !out || positionals.length > 2) {
    console.error(USAGE);
    return 2;
  }
  const db = openDatabase(env().DATABASE_URL, { poolSize: 2 });
  try {
    const bundle = await exportProblemSet(db.prisma, setKey);
    fs.writeFileSync(out, serializeBundle(bundle));
    const problems = bundle.problemSets.flatMap((s) => s.problems);
    console.log(
      `Exported "${setKey}" to ${out}: ${problems.length} problems, ${problems.reduce((n, p) => n + p.steps.length, 0)} steps, ${bundle.skills.length} skills.`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
