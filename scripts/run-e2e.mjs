// npm run test:e2e: browser tests against the production build on a fresh database.
// The database follows DATABASE_URL: a new PostgreSQL database on that server (dropped after),
// or else a fresh embedded one in data/e2e. Then: migrate, seed, build, Playwright.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { findChromium } from "./find-chromium.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules/.bin", name);
const baseUrl = process.env.DATABASE_URL ?? "";
const usePostgres = /^postgres(ql)?:\/\//.test(baseUrl);
const extra = process.argv.slice(2);

function run(cmd, args, env) {
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root, env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.join(" ")} failed (exit ${r.status})`);
}

async function main() {
  const chromium = await findChromium();
  let dbUrl;
  let cleanup = async () => {};
  if (usePostgres) {
    const u = new URL(baseUrl);
    if (!["localhost", "127.0.0.1", "::1"].includes(u.hostname))
      throw new Error("e2e tests only create databases on a local server");
    const name = `stepwise_e2e_${process.pid}`;
    const admin = new URL(baseUrl);
    admin.pathname = "/postgres";
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
    u.pathname = `/${name}`;
    dbUrl = u.toString();
    cleanup = async () => {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    };
  } else {
    // E2E_DB_DIR lets parallel runs (each with its own E2E_PORT and NEXT_DIST_DIR) coexist.
    const rel = process.env.E2E_DB_DIR ?? "data/e2e";
    const dir = path.join(root, rel);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(`${dir}.lock`, { force: true });
    dbUrl = `pglite:./${rel}`;
  }
  try {
    const env = { DATABASE_URL: dbUrl, CHROMIUM_PATH: chromium, NEXT_TELEMETRY_DISABLED: "1" };
    run(bin("tsx"), ["scripts/db-migrate.ts"], env);
    run(bin("tsx"), ["scripts/seed.ts"], env);
    if (!process.env.E2E_SKIP_BUILD) run(bin("next"), ["build"], env);
    run(bin("playwright"), ["test", ...extra], env);
  } finally {
    await cleanup();
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
