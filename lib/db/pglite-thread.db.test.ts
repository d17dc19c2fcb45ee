import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { deployMigrations } from "./migrate";
import { createConnector, openDatabase } from "./open";

// Issue 16: the embedded database ran in the server's thread; a statement held up every other
// request, and statements queued behind each other ran back to back as promise callbacks, so a
// health check waited behind all of them. It now runs in a worker thread (decision 022).

const base = fs.mkdtempSync(path.join(os.tmpdir(), "stepwise-pglite-thread-"));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
let n = 0;
const newUrl = () => `pglite:${path.join(base, `db${++n}`)}`;

// One folder migrated as `npm run db:migrate` does (in-process, before a server opens it); each
// test gets a copy (the schema engine is loaded once per process).
let migrated: Promise<string> | undefined;
async function migratedUrl(): Promise<string> {
  migrated ??= (async () => {
    const dir = path.join(base, "migrated");
    const c = createConnector(`pglite:${dir}`);
    await deployMigrations(c);
    await c.close();
    return dir;
  })();
  const source = await migrated;
  const url = newUrl();
  fs.cpSync(source, url.slice("pglite:".length), { recursive: true });
  return url;
}

/** The longest gap between 5 ms timer ticks while `work` runs: how long the thread was blocked. */
async function longestTimerGap(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(tick);
  }
  return Math.max(longest, performance.now() - last);
}

// A statement that keeps PostgreSQL busy for a while (~0.5-2 s on this machine).
const SLOW = "SELECT count(*)::int AS n FROM generate_series(1, 3000000) g WHERE g % 7 = 3";

describe("the embedded database in its own thread", () => {
  it("keeps the caller's event loop turning while a statement runs (in-process it does not)", async () => {
    const threaded = openDatabase("pglite:memory", { thread: true });
    const inline = openDatabase("pglite:memory");
    try {
      await threaded.prisma.$queryRawUnsafe("SELECT 1");
      await inline.prisma.$queryRawUnsafe("SELECT 1");
      const started = performance.now();
      const inlineGap = await longestTimerGap(() => inline.prisma.$queryRawUnsafe(SLOW));
      const took = performance.now() - started;
      const threadGap = await longestTimerGap(() => threaded.prisma.$queryRawUnsafe(SLOW));
      // In the caller's thread the statement blocks timers for about its whole length.
      expect(inlineGap).toBeGreaterThan(took * 0.5);
      expect(threadGap).toBeLessThan(Math.max(100, took * 0.25));
    } finally {
      await threaded.close();
      await inline.close();
    }
  }, 60_000);

  it("answers a health ping ahead of the statements waiting in line, not after them", async () => {
    const threaded = openDatabase("pglite:memory", { thread: true });
    const inline = openDatabase("pglite:memory");
    try {
      await threaded.ping();
      const done: string[] = [];
      // Three slow statements sent first (~0.5-2 s each); the ping, sent while the first (or at
      // worst the second) runs, waits only for that one, never for the last in line.
      const slow = [1, 2, 3].map((k) =>
        threaded.prisma.$queryRawUnsafe(SLOW).then(() => {
          done.push(`slow${k}`);
        }),
      );
      await new Promise((r) => setTimeout(r, 300));
      await threaded.ping();
      done.push("ping");
      await Promise.all(slow);
      expect(done.indexOf("ping")).toBeLessThan(done.indexOf("slow3"));
      // In line with everything else (Prisma's own SELECT 1) it comes back after all three.
      const order: string[] = [];
      const again = [1, 2, 3].map((k) =>
        threaded.prisma.$queryRawUnsafe(SLOW).then(() => {
          order.push(`slow${k}`);
        }),
      );
      await new Promise((r) => setTimeout(r, 300));
      await threaded.prisma.$queryRawUnsafe("SELECT 1");
      order.push("select");
      await Promise.all(again);
      expect(order.at(-1)).toBe("select");
      // Without a thread, the ping is Prisma's SELECT 1.
      await expect(inline.ping()).resolves.toBeDefined();
    } finally {
      await threaded.close();
      await inline.close();
    }
  }, 120_000);

  it("runs queries, unique-violation errors (P2002) and interactive transactions", async () => {
    const connector = createConnector(await migratedUrl(), { thread: true });
    const prisma = new PrismaClient({ adapter: connector.factory });
    try {
      const user = await prisma.user.create({
        data: { email: "t@thread.test", name: "T", role: "student", passwordHash: "x" },
      });
      await expect(
        prisma.user.create({ data: { email: "t@thread.test", name: "T2", role: "student", passwordHash: "x" } }),
      ).rejects.toMatchObject({ code: "P2002" });
      // A transaction that throws changes nothing; one that completes is kept.
      await expect(
        prisma.$transaction(async (tx) => {
          await tx.user.update({ where: { id: user.id }, data: { name: "rolled back" } });
          throw new Error("stop");
        }),
      ).rejects.toThrow("stop");
      expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("T");
      await prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { name: "kept" } });
      });
      expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("kept");
      // A statement PostgreSQL refuses keeps its SQLSTATE across the thread boundary.
      await expect(prisma.$queryRawUnsafe('SELECT no_such_column FROM "User"')).rejects.toThrow(/42703/);
      // Many statements at once all come back, each with its own rows.
      const many = await Promise.all(
        Array.from({ length: 50 }, (_, i) => prisma.$queryRawUnsafe<{ i: number }[]>(`SELECT ${i}::int AS i`)),
      );
      expect(many.map((r) => r[0]?.i)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    } finally {
      await prisma.$disconnect();
      await connector.close();
    }
  }, 120_000);

  it("holds the folder's lock while open, keeps what was written, and frees the lock on close", async () => {
    const url = await migratedUrl();
    const first = createConnector(url, { thread: true });
    const a = new PrismaClient({ adapter: first.factory });
    await a.user.create({ data: { email: "kept@thread.test", name: "K", role: "teacher", passwordHash: "x" } });
    // A second opener of the same folder is refused while the first holds it.
    const second = openDatabase(url, { thread: true });
    await expect(second.prisma.$queryRawUnsafe("SELECT 1")).rejects.toThrow(/already open|locked|another process/i);
    await second.close();
    await a.$disconnect();
    await first.close();
    // Closed: the folder opens again, with the row written through the thread.
    const again = openDatabase(url, { thread: true });
    try {
      expect(await again.prisma.user.count({ where: { email: "kept@thread.test" } })).toBe(1);
    } finally {
      await again.close();
    }
  }, 120_000);
});
