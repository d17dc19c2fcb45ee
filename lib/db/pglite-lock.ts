import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * PGlite does not lock its data folder: a second process opening it silently loses writes.
 * We hold `<dir>.lock` (created with O_EXCL) for the life of the process. A lock left by a
 * process that no longer runs on this host is taken over; a live one is refused clearly.
 * "No longer runs" also covers a pid that was reused: by this very process (a restarted
 * container gets the same small pid and hostname) or, on Linux, by another process (its start
 * time differs from the one recorded).
 */
export class DatabaseLockedError extends Error {
  /** The holder's pid (0 when the lock file could not be read). */
  readonly holderPid: number;

  constructor(dir: string, holder: LockInfo) {
    super(
      `The embedded database at ${dir} is in use by another process ` +
        `(pid ${holder.pid}: ${holder.command}, since ${holder.since}).\n` +
        `The embedded database (PGlite) allows one process at a time. Stop that process first ` +
        `(for example the running app server), then run this again; or set ` +
        `DATABASE_URL=postgres://... to share one database between several processes.`,
    );
    this.name = "DatabaseLockedError";
    this.holderPid = holder.pid;
  }
}

interface LockInfo {
  pid: number;
  host: string;
  command: string;
  since: string;
  /** Linux: the holder's start time (clock ticks since boot), to tell a reused pid. */
  started?: string;
}

// Shared by every copy of this module in the process: Next bundles instrumentation.ts and each
// route separately, and each bundle gets its own module instance.
const globalForLocks = globalThis as unknown as { stepwiseDatabaseLocks?: Map<string, string> };
globalForLocks.stepwiseDatabaseLocks ??= new Map<string, string>();
const held = globalForLocks.stepwiseDatabaseLocks;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Field 22 of /proc/<pid>/stat (start time), or undefined where there is no /proc. */
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 2 (the command) is in parentheses and may hold spaces: count from the last ")".
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

/** Whether the process that wrote `holder` still runs (only knowable on this host). */
function holderRuns(holder: LockInfo): boolean {
  if (holder.host !== os.hostname()) return true;
  // Not held by this process (acquire checked), so an earlier process with the same pid wrote it.
  if (holder.pid === process.pid) return false;
  if (!isAlive(holder.pid)) return false;
  const started = holder.started && startTimeOf(holder.pid);
  return !started || started === holder.started;
}

export function lockPathFor(dir: string): string {
  return `${dir.replace(/[\\/]+$/, "")}.lock`;
}

export function acquireDatabaseLock(dir: string): () => void {
  const lockPath = lockPathFor(dir);
  if (held.has(lockPath)) throw new Error(`${dir} is already open in this process`);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const info: LockInfo = {
    pid: process.pid,
    host: os.hostname(),
    command:
      process.argv
        .slice(1, 3)
        .map((a) => path.basename(a))
        .join(" ") || "node",
    since: new Date().toISOString(),
    started: startTimeOf(process.pid),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx");
      fs.writeSync(fd, JSON.stringify(info));
      fs.closeSync(fd);
      held.set(lockPath, dir);
      return () => releaseDatabaseLock(lockPath);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      let holder: LockInfo | undefined;
      try {
        holder = JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockInfo;
      } catch {
        holder = undefined; // unreadable or half-written: treat as stale below only if old
      }
      const stale = holder ? !holderRuns(holder) : Date.now() - fs.statSync(lockPath).mtimeMs > 10_000;
      if (!stale && holder) throw new DatabaseLockedError(dir, holder);
      if (!stale) throw new DatabaseLockedError(dir, { pid: 0, host: "?", command: "unknown", since: "?" });
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${dir}`);
}

function releaseDatabaseLock(lockPath: string): void {
  if (!held.delete(lockPath)) return;
  try {
    const holder = JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockInfo;
    if (holder.pid === process.pid) fs.rmSync(lockPath, { force: true });
  } catch {
    // already gone
  }
}

// A crashed process leaves its lock; the next opener detects the dead pid. On a normal exit
// (including Ctrl-C through the handlers that open.ts installs) we clean up here.
process.once("exit", () => {
  for (const lockPath of [...held.keys()]) releaseDatabaseLock(lockPath);
});
