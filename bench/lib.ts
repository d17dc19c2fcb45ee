import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

export function printTable(rows: Record<string, string | number>[]): void {
  if (!rows.length) return;
  const cols = Object.keys(rows[0] as object);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padStart(width[i] as number)).join("  ");
  console.log(line(cols));
  for (const r of rows) console.log(line(cols.map((c) => String(r[c]))));
}

/** Builds the app unless a build exists (STEPWISE_BENCH_REBUILD=1 forces one). */
export function ensureBuild(): void {
  if (fs.existsSync(path.join(root, ".next/BUILD_ID")) && !process.env.STEPWISE_BENCH_REBUILD) return;
  const r = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) throw new Error("next build failed");
}

/**
 * Starts the production server (scripts/serve.mjs, as `npm start`) on a port with a database; resolves when it answers. `env` adds or
 * overrides variables of this process's environment (e.g. a model provider).
 */
export async function startServer(
  port: number,
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<(() => Promise<void>) & { pid: number }> {
  const profile = process.env.STEPWISE_BENCH_CPU_PROF
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.STEPWISE_BENCH_CPU_PROF}`]
    : [];
  return startProcess(
    [...profile, path.join(root, "scripts/serve.mjs"), "-p", String(port), "-H", "127.0.0.1"],
    { ...env, DATABASE_URL: databaseUrl },
    `http://127.0.0.1:${port}/api/health`,
  );
}

/**
 * Starts `node <args>` with this environment plus `env` (NODE_ENV=production) and resolves
 * when `readyUrl` answers 200; the returned function stops it (SIGTERM) and waits for its exit.
 */
export async function startProcess(
  args: string[],
  env: Record<string, string>,
  readyUrl: string,
): Promise<(() => Promise<void>) & { pid: number }> {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    // STEPWISE_BENCH_SERVER_LOG=1 shows the servers' own output (start-up lines).
    stdio: ["ignore", process.env.STEPWISE_BENCH_SERVER_LOG ? "inherit" : "ignore", "inherit"],
  });
  const exited = new Promise((r) => child.once("exit", r));
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const r = await fetch(readyUrl);
      if (r.ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error(`${args.join(" ")} stopped with code ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = async () => {
    child.kill("SIGTERM");
    await exited;
  };
  return Object.assign(stop, { pid: child.pid as number });
}

/**
 * A fresh database for a benchmark: a new PostgreSQL database when DATABASE_URL names a server
 * (dropped after), else a fresh embedded folder under data/.
 */
export async function prepareBenchDatabase(
  name: string,
): Promise<{ url: string; label: string; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL ?? "";
  if (/^postgres(ql)?:\/\//.test(base)) {
    const { default: pg } = await import("pg");
    const db = `stepwise_bench_${name.replace(/[^a-z0-9]/g, "_")}_${process.pid}`;
    const admin = new URL(base);
    admin.pathname = "/postgres";
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`CREATE DATABASE "${db}"`);
    const u = new URL(base);
    u.pathname = `/${db}`;
    return {
      url: u.toString(),
      label: "postgresql",
      drop: async () => {
        await client.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const rel = `data/bench-${name}`;
  const dir = path.join(root, rel);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.lock`, { force: true });
  return {
    url: `pglite:./${rel}`,
    label: "pglite",
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
