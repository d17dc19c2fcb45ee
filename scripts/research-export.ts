// npm run research:export -- --format datashop|kt --out <file> [--class <id> | --set <id>]
// Writes the DataShop transaction file or the knowledge-tracing file (kt:eval --format gervet
// reads it) of one class, one problem set or everything. Students appear only as pseudonyms
// (docs/research-data.md).

import { once } from "node:events";
import fs from "node:fs";
import { parseArgs } from "node:util";
import { openDatabase } from "@/lib/db/open";
import { env } from "@/lib/env";
import { ktLines } from "@/lib/research/kt-export";
import { datashopLines } from "@/lib/research/load-transactions";
import { researchSalt } from "@/lib/research/salt";
import { allSessions, classSessions, setSessions } from "@/lib/research/scope-where";

const USAGE = "usage: npm run research:export -- --format datashop|kt --out <file> [--class <id> | --set <id>]";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      format: { type: "string" },
      out: { type: "string" },
      class: { type: "string" },
      set: { type: "string" },
    },
  });
  const format = values.format;
  if ((format !== "datashop" && format !== "kt") || !values.out || (values.class && values.set)) {
    console.error(USAGE);
    return 2;
  }
  const db = openDatabase(env().DATABASE_URL, { poolSize: 2 });
  try {
    let where = allSessions;
    if (values.class) {
      const cls = await db.prisma.classroom.findUnique({ where: { id: values.class }, select: { id: true } });
      if (!cls) {
        console.error(`No class with id ${values.class}.`);
        return 1;
      }
      where = classSessions(cls.id);
    } else if (values.set) {
      const set = await db.prisma.problemSet.findFirst({
        where: { OR: [{ id: values.set }, { key: values.set }] },
        select: { id: true },
      });
      if (!set) {
        console.error(`No problem set with id or key ${values.set}.`);
        return 1;
      }
      where = setSessions(set.id);
    }
    const salt = await researchSalt(db.prisma);
    const lines = format === "datashop" ? datashopLines(db.prisma, where, salt) : ktLines(db.prisma, where, salt);
    const out = fs.createWriteStream(values.out);
    let rows = -1;
    for await (const line of lines) {
      rows++;
      if (!out.write(line)) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");
    console.log(`Wrote ${rows} ${format === "datashop" ? "transactions" : "first attempts"} to ${values.out}.`);
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
