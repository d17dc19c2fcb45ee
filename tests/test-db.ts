import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, inject } from "vitest";
import { openDatabase } from "@/lib/db/open";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { adminUrl } from "./db-target";

// Cleanups of the databases this file opened. Registered once, at import (the top level of
// the test file): an afterAll registered inside a beforeAll would never run.
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/**
 * A fresh, migrated database for one test file (a copy of the run's template), closed and
 * dropped after the file's tests. Usage: `const prisma = await testDatabase();` at top level
 * of a describe or in beforeAll.
 */
export async function testDatabase(): Promise<PrismaClient> {
  const tpl = inject("dbTemplate");
  if (tpl.kind === "pglite") {
    const blob = new Blob([fs.readFileSync(tpl.file)]);
    const db = new PGlite({ loadDataDir: blob });
    await db.waitReady;
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
    cleanups.push(async () => {
      await prisma.$disconnect();
      await db.close();
    });
    return prisma;
  }
  const name = `stepwise_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl(tpl.url) });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${tpl.template}"`);
  const u = new URL(tpl.url);
  u.pathname = `/${name}`;
  const opened = openDatabase(u.toString(), { poolSize: 5 });
  cleanups.push(async () => {
    await opened.close();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });
  return opened.prisma;
}
