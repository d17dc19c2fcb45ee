import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { cacheStatements } from "./pglite-statements.mjs";

// Issue 16: a turn's read spent more time being parsed and planned than running, and every
// statement took six calls into PGlite. Repeated statements are now prepared once (decision 022,
// addendum 3); these tests hold the prepared path to PGlite's own results, errors and locking.

const open: PGlite[] = [];
afterEach(async () => {
  for (const pg of open.splice(0)) if (!pg.closed) await pg.close();
});

async function database(options?: { max?: number; after?: number }) {
  const pg = new PGlite();
  open.push(pg);
  await pg.waitReady;
  const plain = new PGlite();
  open.push(plain);
  await plain.waitReady;
  const schema = `
    CREATE TABLE item (id text PRIMARY KEY, n int, big bigint, ok boolean, doc jsonb, at timestamp(3),
                       tags text[], blob bytea, price numeric(8,2), note text);
    INSERT INTO item VALUES ('a', 1, 9007199254740993, true, '{"x":[1,2]}', '2026-12-02 10:00:00.123',
                             '{one,"two, three"}', '\\x0102ff', 12.50, NULL);`;
  await pg.exec(schema);
  await plain.exec(schema);
  return { pg, plain, cache: cacheStatements(pg, options) };
}

/** The statements PostgreSQL holds prepared (but this one, which is prepared too once repeated). */
const prepared = async (pg: PGlite) =>
  (
    await pg.query<{ name: string }>(
      "SELECT name FROM pg_prepared_statements WHERE statement NOT LIKE '%pg_prepared_statements%'",
    )
  ).rows.map((r) => r.name);

const SELECT = "SELECT * FROM item WHERE id = $1 AND n >= $2 AND tags && $3";
const OPTIONS = { rowMode: "array" as const };

describe("prepared statements in the embedded database", () => {
  it("prepares a statement the second time it is seen, and returns what PGlite's own query returns", async () => {
    const { pg, plain } = await database();
    const params = ["a", 0, ["two, three"]];
    const expected = await plain.query(SELECT, params, OPTIONS);

    const first = await pg.query(SELECT, params, OPTIONS);
    expect(await prepared(pg)).toEqual([]);
    const second = await pg.query(SELECT, params, OPTIONS);
    const third = await pg.query(SELECT, params, OPTIONS);
    expect(await prepared(pg)).toHaveLength(1);

    for (const r of [first, second, third]) {
      expect(r.rows).toEqual(expected.rows);
      expect(r.fields).toEqual(expected.fields);
    }
    // Every type the schema uses came back parsed, not as text.
    const row = second.rows[0] as unknown[];
    expect(row.slice(0, 5)).toEqual(["a", 1, 9007199254740993n, true, { x: [1, 2] }]);
    expect(row[5]).toBeInstanceOf(Date);
    expect(row[6]).toEqual(["one", "two, three"]);
    expect(row[9]).toBeNull();
  });

  it("runs a prepared statement in one call into PGlite instead of six", async () => {
    const { pg } = await database();
    await pg.query(SELECT, ["a", 0, ["one"]]);
    const calls = vi.spyOn(pg, "execProtocolStream");
    await pg.query(SELECT, ["a", 0, ["one"]]); // prepares: two calls
    expect(calls).toHaveBeenCalledTimes(2);
    calls.mockClear();
    const r = await pg.query(SELECT, ["a", 5, ["one"]]);
    expect(calls).toHaveBeenCalledTimes(1);
    expect(r.rows).toEqual([]);
  });

  it("passes parameters by the types PostgreSQL reports, nulls included, and counts affected rows", async () => {
    const { pg, plain } = await database();
    const sql = "UPDATE item SET doc = $1::jsonb, at = $2, note = $3, blob = $4 WHERE id = $5";
    const params = [JSON.stringify({ y: "ä" }), new Date("2026-12-02T11:00:00.5Z"), null, new Uint8Array([7, 8]), "a"];
    for (const db of [pg, pg, pg, plain]) expect((await db.query(sql, params)).affectedRows).toBe(1);
    const read = "SELECT doc, at, note, blob FROM item";
    expect((await pg.query(read)).rows).toEqual((await plain.query(read)).rows);
    expect(await prepared(pg)).toHaveLength(1);
  });

  it("keeps PostgreSQL's error for a prepared statement (Prisma still sees a unique violation)", async () => {
    const pg = new PGlite();
    open.push(pg);
    await pg.waitReady;
    await pg.exec(`CREATE TABLE "Tag" (id text PRIMARY KEY)`);
    cacheStatements(pg);
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pg) });
    const insert = (id: string) => prisma.$executeRawUnsafe(`INSERT INTO "Tag" (id) VALUES ($1)`, id);
    await insert("a");
    await insert("b");
    expect(await prepared(pg)).toHaveLength(1);
    await expect(insert("a")).rejects.toMatchObject({
      meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation", originalCode: "23505" } } },
    });
    // The statement is still usable after its error.
    await insert("c");
    expect((await pg.query(`SELECT count(*)::int AS n FROM "Tag"`)).rows).toEqual([{ n: 3 }]);
    await prisma.$disconnect();
  });

  it("prepares again when PostgreSQL dropped the statement or a schema change altered its columns", async () => {
    const { pg } = await database();
    const sql = "SELECT * FROM item WHERE id = $1";
    await pg.query(sql, ["a"]);
    await pg.query(sql, ["a"]);
    await pg.exec("DEALLOCATE ALL");
    expect((await pg.query(sql, ["a"])).rows).toHaveLength(1);
    await pg.query(sql, ["a"]);
    await pg.exec("ALTER TABLE item ADD COLUMN extra int DEFAULT 4");
    const after = await pg.query<{ extra: number }>(sql, ["a"]);
    expect(after.rows[0]?.extra).toBe(4);
    expect((await pg.query<{ extra: number }>(sql, ["a"])).rows[0]?.extra).toBe(4);
  });

  it("prepares at most `max` statements and only texts seen `after` times", async () => {
    const { pg, cache } = await database({ max: 2, after: 3 });
    for (let i = 0; i < 2; i++) await pg.query("SELECT $1::int AS one", [1]);
    expect(cache.size()).toBe(0);
    await pg.query("SELECT $1::int AS one", [1]);
    expect(cache.size()).toBe(1);
    for (const sql of ["SELECT $1::int AS two", "SELECT $1::int AS three"])
      for (let i = 0; i < 3; i++) expect((await pg.query(sql, [2])).rows).toHaveLength(1);
    expect(cache.size()).toBe(2);
    expect(await prepared(pg)).toHaveLength(2);
  });

  it("waits for an open transaction instead of running inside it", async () => {
    const { pg } = await database();
    const sql = "SELECT count(*)::int AS n FROM item WHERE n = $1";
    await pg.query(sql, [2]);
    await pg.query(sql, [2]);
    let release: () => void = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    const tx = pg.transaction(async (t) => {
      await t.query("INSERT INTO item (id, n) VALUES ('b', 2)");
      await held;
      await t.query("ROLLBACK");
    });
    await new Promise((r) => setTimeout(r, 50));
    const outside = pg.query<{ n: number }>(sql, [2]);
    const early = await Promise.race([
      outside.then(() => "answered"),
      new Promise((r) => setTimeout(r, 200, "waiting")),
    ]);
    expect(early).toBe("waiting");
    release();
    await tx.catch(() => {});
    expect((await outside).rows).toEqual([{ n: 0 }]);
  });
});
