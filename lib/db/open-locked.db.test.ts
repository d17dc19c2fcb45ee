import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./open";
import { acquireDatabaseLock, lockPathFor } from "./pglite-lock";

// Issue "hardening": a second server on a locked embedded folder said Ready and answered 503
// forever, even after the first one stopped; the reason was only in its log.

const root = path.resolve(import.meta.dirname, "../..");
// Node itself with tsx's loader (not the tsx wrapper, which would run the script in a child
// process: a different pid, and one that a kill of the wrapper leaves running).
const node = (args: string[]) => [process.execPath, ["--import", "tsx", ...args]] as const;
const base = fs.mkdtempSync(path.join(os.tmpdir(), "stepwise-open-locked-"));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
let n = 0;
const newDir = () => path.join(base, `db${++n}`);

/** Another process that takes the lock on `dir` and keeps it until killed. */
async function holdLockElsewhere(dir: string): Promise<ChildProcess> {
  const script = `
    const { acquireDatabaseLock } = require(${JSON.stringify(path.join(root, "lib/db/pglite-lock.ts"))});
    acquireDatabaseLock(${JSON.stringify(dir)});
    console.log("HELD");
    setInterval(() => {}, 1000);
  `;
  const child = spawn(...node(["--eval", script]), { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (b: Buffer) => b.toString().includes("HELD") && resolve());
    child.once("exit", (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
  return child;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGKILL"); // like a crash: the lock file stays behind
  await exited;
}

/** Runs the app's instrumentation register() as `next start` would, in a fresh process. */
function startServer(dir: string): Promise<{ code: number | null; out: string; ms: number }> {
  const script = `
    const fs = require("node:fs");
    const { register } = require(${JSON.stringify(path.join(root, "instrumentation.ts"))});
    (async () => {
      await register();
      const lock = JSON.parse(fs.readFileSync(${JSON.stringify(lockPathFor(dir))}, "utf8"));
      console.log("STARTED lock pid " + (lock.pid === process.pid ? "mine" : lock.pid));
      process.exit(0);
    })();
  `;
  const started = Date.now();
  // react-server: Next resolves "server-only" this way for instrumentation; plain Node would not.
  const child = spawn(...node(["--conditions=react-server", "--eval", script]), {
    cwd: root,
    env: { ...process.env, NEXT_RUNTIME: "nodejs", DATABASE_URL: `pglite:${dir}`, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (b: Buffer) => {
    out += b;
  });
  child.stderr.on("data", (b: Buffer) => {
    out += b;
  });
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, out, ms: Date.now() - started })));
}

describe("opening an embedded folder that another process holds", () => {
  it("fails at once with the holder's pid, and works once that process is gone", async () => {
    const dir = newDir();
    const holder = await holdLockElsewhere(dir);
    const db = openDatabase(`pglite:${dir}`);
    try {
      const started = Date.now();
      await expect(db.prisma.$queryRawUnsafe("SELECT 1")).rejects.toThrow(
        new RegExp(`in use by another process \\(pid ${holder.pid}`),
      );
      expect(Date.now() - started).toBeLessThan(5_000);

      await stop(holder);
      // The failure is not remembered: the same client opens the folder now.
      await expect(db.prisma.$queryRawUnsafe("SELECT 1 AS one")).resolves.toEqual([{ one: 1 }]);
      expect(JSON.parse(fs.readFileSync(lockPathFor(dir), "utf8")).pid).toBe(process.pid);
    } finally {
      await stop(holder);
      await db.close();
    }
    expect(fs.existsSync(lockPathFor(dir))).toBe(false);
  });

  it("closes cleanly after a failed open", async () => {
    const dir = newDir();
    const holder = await holdLockElsewhere(dir);
    const db = openDatabase(`pglite:${dir}`);
    try {
      await expect(db.prisma.$queryRawUnsafe("SELECT 1")).rejects.toThrow(/in use by another process/);
      await expect(db.close()).resolves.toBeUndefined();
    } finally {
      await stop(holder);
    }
  });
});

describe("server start (instrumentation register)", () => {
  it("exits non-zero with the lock message when the folder is held by another process", async () => {
    const dir = newDir();
    const release = acquireDatabaseLock(dir); // this test process plays the first server
    try {
      const r = await startServer(dir);
      expect(r.code).toBe(1);
      expect(r.out).toContain(`in use by another process (pid ${process.pid}`);
      expect(r.out).toMatch(/Stop that process first/);
      expect(r.out).not.toContain("STARTED");
    } finally {
      release();
    }
  });

  it("starts, holding the database, when the folder is free; and after a crashed holder", async () => {
    const dir = newDir();
    const first = await startServer(dir);
    expect(first.out).toContain("STARTED lock pid mine");
    expect(first.code).toBe(0);

    const crashed = await holdLockElsewhere(dir);
    await stop(crashed); // leaves its lock file behind
    expect(fs.existsSync(lockPathFor(dir))).toBe(true);
    const second = await startServer(dir);
    expect(second.out).toContain("STARTED lock pid mine");
    expect(second.code).toBe(0);
  });
});
