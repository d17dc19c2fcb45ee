import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { openDatabase } from "./open";

// Issue 16, decision 022 addendum 7: right after a large import (no statistics yet) PostgreSQL
// estimated the tutor's one-statement version read at ~180,000 and JIT-compiled it on every
// execution (15-60 ms each, against 0.6 ms to run it). The app's connections have JIT off.
const tpl = inject("dbTemplate");

/** Whether this statement's plan was JIT-compiled, with every plan over cost 0 eligible. */
async function compiled(query: (sql: string) => Promise<unknown[]>): Promise<boolean> {
  const explain = "EXPLAIN (ANALYZE, FORMAT JSON) SELECT sum(a) FROM generate_series(1, 1000) a";
  const rows = (await query(explain)) as Record<string, unknown>[];
  const plan = Object.values(rows[0] ?? {})[0];
  const doc = (typeof plan === "string" ? JSON.parse(plan) : plan) as Record<string, unknown>[];
  return "JIT" in (doc[0] ?? {});
}

describe.runIf(tpl.kind === "postgres")("JIT on the app's PostgreSQL connections", () => {
  it("is off: a statement the planner would compile is not compiled", async () => {
    if (tpl.kind !== "postgres") return;
    // The server compiles on a plain connection (else this test proves nothing here).
    const plain = new pg.Client({ connectionString: tpl.url });
    await plain.connect();
    let available: boolean;
    try {
      await plain.query("SET jit_above_cost = 0");
      available = await compiled(async (sql) => (await plain.query(sql)).rows);
    } finally {
      await plain.end();
    }
    const db = openDatabase(tpl.url, { poolSize: 1 });
    try {
      const viaApp = await db.prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL jit_above_cost = 0");
        return compiled((sql) => tx.$queryRawUnsafe<unknown[]>(sql));
      });
      expect(viaApp).toBe(false);
      // Without JIT on the server the assertion above holds whatever the app sets: say so.
      if (!available) console.warn("this PostgreSQL has no JIT: the test could not see it off");
    } finally {
      await db.close();
    }
  }, 30_000);
});
