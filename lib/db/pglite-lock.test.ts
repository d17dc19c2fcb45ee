import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDatabaseLock, DatabaseLockedError, lockPathFor } from "./pglite-lock";

const dirs: string[] = [];
function tempDir() {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "stepwise-lock-"));
  dirs.push(d);
  return path.join(d, "db");
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

// A second process tries to take the lock and prints what happened.
function tryFromAnotherProcess(dir: string): string {
  const script = `
    import { acquireDatabaseLock } from ${JSON.stringify(path.resolve(import.meta.dirname, "pglite-lock.ts"))};
    try { acquireDatabaseLock(${JSON.stringify(dir)}); console.log("ACQUIRED"); }
    catch (e) { console.log("REFUSED: " + e.message); }
  `;
  const tsx = path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx");
  return execFileSync(tsx, ["--eval", script], { encoding: "utf8" });
}

describe("the embedded database lock", () => {
  it("refuses a second process while the first holds it, saying what to do", () => {
    const dir = tempDir();
    const release = acquireDatabaseLock(dir);
    const out = tryFromAnotherProcess(dir);
    expect(out).toMatch(/^REFUSED: The embedded database at .* is in use by another process \(pid \d+/);
    expect(out).toMatch(/Stop that process first/);
    expect(out).toMatch(/DATABASE_URL=postgres/);
    release();
    expect(fs.existsSync(lockPathFor(dir))).toBe(false);
    expect(tryFromAnotherProcess(dir)).toMatch(/^ACQUIRED/);
  });

  it("takes over a lock left by a process that no longer runs", () => {
    const dir = tempDir();
    fs.writeFileSync(
      lockPathFor(dir),
      JSON.stringify({ pid: 2 ** 22 + 17, host: os.hostname(), command: "gone", since: "x" }),
    );
    const release = acquireDatabaseLock(dir);
    expect(JSON.parse(fs.readFileSync(lockPathFor(dir), "utf8")).pid).toBe(process.pid);
    release();
  });

  it("refuses a second open in the same process", () => {
    const dir = tempDir();
    const release = acquireDatabaseLock(dir);
    expect(() => acquireDatabaseLock(dir)).toThrow(/already open in this process/);
    release();
  });

  it("takes over a lock that names this process's pid but is not held here (a restarted container)", () => {
    // In a container the app is often pid 1 (or another small, repeatable pid) on every start,
    // and the hostname stays: a lock left by a killed run names the new run's own pid.
    const dir = tempDir();
    fs.writeFileSync(
      lockPathFor(dir),
      JSON.stringify({ pid: process.pid, host: os.hostname(), command: "next start", since: "x" }),
    );
    const release = acquireDatabaseLock(dir);
    expect(JSON.parse(fs.readFileSync(lockPathFor(dir), "utf8")).since).not.toBe("x");
    release();
  });

  it.runIf(process.platform === "linux")("takes over a lock whose pid now belongs to another process", () => {
    // The parent (vitest) is alive, but it is not the process that wrote this lock: the
    // recorded start time does not match.
    const dir = tempDir();
    fs.writeFileSync(
      lockPathFor(dir),
      JSON.stringify({ pid: process.ppid, host: os.hostname(), command: "gone", since: "x", started: "1" }),
    );
    const release = acquireDatabaseLock(dir);
    expect(JSON.parse(fs.readFileSync(lockPathFor(dir), "utf8")).pid).toBe(process.pid);
    release();
  });

  it("says which process holds the lock", () => {
    const dir = tempDir();
    fs.writeFileSync(
      lockPathFor(dir),
      JSON.stringify({ pid: process.ppid, host: os.hostname(), command: "vitest", since: "x" }),
    );
    let error: unknown;
    try {
      acquireDatabaseLock(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseLockedError);
    expect((error as DatabaseLockedError).holderPid).toBe(process.ppid);
    fs.rmSync(lockPathFor(dir));
  });
});
