import { describe, expect, inject, it } from "vitest";
import { openDatabase, RECENTLY_ANSWERED_MS } from "./open";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Long enough that no pooled statement counts as a recent answer: the ping makes its round trip. */
const pastRecent = () => sleep(RECENTLY_ANSWERED_MS + 100);

// Issue 16: /api/health waited in the connection pool's line behind every busy turn, so under
// load it measured the line, not whether PostgreSQL answers. The ping has a connection of its
// own (lib/db/open.ts). The embedded database's own line is tested in pglite-thread.db.test.ts.
const tpl = inject("dbTemplate");

describe.runIf(tpl.kind === "postgres")("the health ping on PostgreSQL", () => {
  it("answers while every pooled connection is busy; a pooled query waits for one", async () => {
    if (tpl.kind !== "postgres") return;
    const db = openDatabase(tpl.url, { poolSize: 1 });
    try {
      await db.ping();
      await db.prisma.$queryRawUnsafe("SELECT 1");
      await pastRecent();
      // (.then: a Prisma query runs only once something waits for it.)
      const busy = db.prisma.$queryRawUnsafe("SELECT pg_sleep(1.5)::text").then(() => {});
      await new Promise((r) => setTimeout(r, 200));
      let started = performance.now();
      await db.ping();
      const ping = performance.now() - started;
      started = performance.now();
      await db.prisma.$queryRawUnsafe("SELECT 1");
      const pooled = performance.now() - started;
      await busy;
      expect(ping).toBeLessThan(500);
      expect(pooled).toBeGreaterThan(800);
    } finally {
      await db.close();
    }
  }, 30_000);

  it("a ping after the database went away fails, and the next one connects again", async () => {
    if (tpl.kind !== "postgres") return;
    const db = openDatabase(tpl.url, { poolSize: 1 });
    try {
      await db.ping();
      // End the ping's own connection from the server side.
      const ended = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
        "SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'stepwise-health'",
      );
      expect(ended[0]?.n).toBe(1);
      await pastRecent();
      await db.ping().catch(() => {});
      await expect(db.ping()).resolves.toBeUndefined();
    } finally {
      await db.close();
    }
  }, 30_000);

  it("counts a pooled statement answered just now as the round trip; asks the database after that", async () => {
    if (tpl.kind !== "postgres") return;
    const db = openDatabase(tpl.url, { poolSize: 1 });
    const healthConnections = async () =>
      (
        await db.prisma.$queryRawUnsafe<{ n: number }[]>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'stepwise-health' AND pid <> pg_backend_pid()",
        )
      )[0]?.n;
    try {
      // Under load (statements answering) the check needs no connection of its own.
      await db.prisma.$queryRawUnsafe("SELECT 1");
      await db.ping();
      expect(await healthConnections()).toBe(0);
      // Quiet: the ping makes its own round trip.
      await pastRecent();
      await db.ping();
      expect(await healthConnections()).toBe(1);
    } finally {
      await db.close();
    }
  }, 30_000);
});
