import { describe, expect, inject, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { openDatabase } from "./open";
import { repeatedStatements } from "./repeated-statements.mjs";

// Issue 16: every statement was parsed and planned again on every call. Statements that repeat
// are now prepared (decision 022, addendum 3): on PostgreSQL as node-postgres's named statements,
// once per connection. The embedded database's side: pglite-statements.db.test.ts.
const tpl = inject("dbTemplate");

describe("which statements are prepared", () => {
  it("names a text the second time it is seen, keeps the name, and stops naming at max", () => {
    const names = repeatedStatements({ max: 2, after: 2 });
    expect(names.nameFor("A")).toBeUndefined();
    const a = names.nameFor("A");
    expect(a).toMatch(/^stepwise_\d+$/);
    expect(names.nameFor("A")).toBe(a);
    names.nameFor("B");
    const b = names.nameFor("B");
    expect(b).not.toBe(a);
    names.nameFor("C");
    expect(names.nameFor("C")).toBeUndefined();
    expect(names.size()).toBe(2);
    names.forget("A");
    expect(names.nameFor("A")).toBeUndefined();
    expect(names.nameFor("A")).toMatch(/^stepwise_\d+$/);
  });
});

describe.runIf(tpl.kind === "postgres")("prepared statements on PostgreSQL", () => {
  const held = (db: ReturnType<typeof openDatabase>) =>
    db.prisma.$queryRawUnsafe<{ statement: string }[]>(
      "SELECT statement FROM pg_prepared_statements WHERE statement LIKE '%stepwise-prepare-probe%'",
    );

  it("prepares a repeated statement once on the connection, and not when turned off", async () => {
    if (tpl.kind !== "postgres") return;
    for (const preparedStatements of [true, false]) {
      // One connection, so the probe and the check see the same session.
      const db = openDatabase(tpl.url, { poolSize: 1, preparedStatements });
      try {
        const probe = (n: number) =>
          db.prisma.$queryRawUnsafe<{ n: number }[]>("SELECT $1::int + 1 AS n /* stepwise-prepare-probe */", n);
        for (let i = 0; i < 3; i++) expect(await probe(i)).toEqual([{ n: i + 1 }]);
        expect((await held(db)).length).toBe(preparedStatements ? 1 : 0);
      } finally {
        await db.close();
      }
    }
  }, 30_000);

  it("without the option, DATABASE_PREPARED_STATEMENTS decides (scripts and seeds open the database directly)", async () => {
    if (tpl.kind !== "postgres") return;
    const before = process.env.DATABASE_PREPARED_STATEMENTS;
    try {
      for (const [setting, expected] of [
        ["0", 0],
        ["1", 1],
      ] as const) {
        process.env.DATABASE_PREPARED_STATEMENTS = setting;
        resetEnvForTests();
        const db = openDatabase(tpl.url, { poolSize: 1 });
        try {
          const probe = (n: number) =>
            db.prisma.$queryRawUnsafe<{ n: number }[]>("SELECT $1::int * 2 AS n /* stepwise-prepare-probe */", n);
          for (let i = 0; i < 3; i++) expect(await probe(i)).toEqual([{ n: i * 2 }]);
          expect((await held(db)).length).toBe(expected);
        } finally {
          await db.close();
        }
      }
    } finally {
      if (before === undefined) delete process.env.DATABASE_PREPARED_STATEMENTS;
      else process.env.DATABASE_PREPARED_STATEMENTS = before;
      resetEnvForTests();
    }
  }, 30_000);
});
