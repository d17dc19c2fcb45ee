import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { deployMigrations } from "@/lib/db/migrate";
import { createConnector } from "@/lib/db/open";
import { adminUrl, assertLocal, testTarget } from "./db-target";

/**
 * Migrates one template database per test run; each test file then gets a fresh copy
 * (a PGlite data dump, or CREATE DATABASE ... TEMPLATE on PostgreSQL).
 */
export default async function setup(project: TestProject) {
  const target = testTarget();
  if (target.kind === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stepwise-tpl-"));
    const connector = createConnector(`pglite:${dir}/db`);
    await deployMigrations(connector);
    await connector.close();
    const db = new PGlite(`${dir}/db`);
    const dump = await db.dumpDataDir("none");
    await db.close();
    const file = path.join(dir, "template.tar");
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    project.provide("dbTemplate", { kind: "pglite", file });
    return () => fs.rmSync(dir, { recursive: true, force: true });
  }
  assertLocal(target.url);
  const name = `stepwise_tpl_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl(target.url) });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const u = new URL(target.url);
  u.pathname = `/${name}`;
  const connector = createConnector(u.toString(), { poolSize: 2 });
  await deployMigrations(connector);
  await connector.close();
  project.provide("dbTemplate", { kind: "postgres", url: target.url, template: name });
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    // Safety net: databases of this run's test files that were not dropped (a crashed worker).
    const left = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'stepwise_test_%'",
    );
    for (const { datname } of left.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    dbTemplate: { kind: "pglite"; file: string } | { kind: "postgres"; url: string; template: string };
  }
}
