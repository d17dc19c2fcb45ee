import { beforeAll, describe, expect, inject, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDatabase } from "@/tests/test-db";
import { warmConnections } from "./warm-connections";

// Issue 16: on PostgreSQL a class's first turns after a start opened the pool's connections, and
// each new server process loaded its catalogue and planned the turn's statements inside them.
const tpl = inject("dbTemplate");
let prisma: PrismaClient;

beforeAll(async () => {
  prisma = await testDatabase();
});

/** Server processes connected to this test's own database (only this file's pool uses it). */
const connections = async () =>
  (
    await prisma.$queryRawUnsafe<{ n: number }[]>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'",
    )
  )[0]?.n;

describe("warming the pool's connections at start", () => {
  it("runs the turn's reads (they find nothing) on each warm-up, on either database", async () => {
    expect(await warmConnections(prisma, 2)).toBe(2);
    // Nothing was written.
    expect(await prisma.turn.count()).toBe(0);
  });

  it.runIf(tpl.kind === "postgres")(
    "opens every pooled connection at once, and they stay open past the pool's idle timeout",
    async () => {
      // tests/test-db.ts opens PostgreSQL test databases with a pool of 5.
      expect(await warmConnections(prisma, 5)).toBe(5);
      expect(await connections()).toBe(5);
      // pg-pool closes a connection idle for 10 s unless the pool is at its minimum (lib/db/open.ts).
      await new Promise((r) => setTimeout(r, 11_000));
      expect(await connections()).toBe(5);
    },
    30_000,
  );
});
