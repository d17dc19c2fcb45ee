// Prepared statements for the embedded database (decision 022, addendum 3). PGlite's query()
// sends every statement through the extended protocol unnamed: parse, describe, bind, describe,
// execute, sync, six calls into WebAssembly, and PostgreSQL parses and plans the statement
// again each time. The turn's read of a session is ~0.9 ms to run and more than that to parse
// and plan. Here a statement text seen a second time is prepared once under a name; later calls
// bind and run it in one call (PostgreSQL keeps the plan: after five runs a generic one, if it
// is no costlier than the custom ones, as for every prepared statement).
// Plain JavaScript: the database's worker thread (./pglite-worker.mjs) loads it as it is.
import { parse, protocol } from "@electric-sql/pglite";
import { repeatedStatements } from "./repeated-statements.mjs";

const S = protocol.serialize;

function concat(parts) {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// A statement PostgreSQL no longer has (26000, e.g. after DISCARD ALL) or whose result columns a
// schema change altered (0A000, "cached plan must not change result type"): prepare it again.
const STALE = new Set(["26000", "0A000"]);

/**
 * Replaces `pg.query` (the call Prisma's PGlite adapter makes for every statement outside a
 * transaction) with one that prepares repeated statements (./repeated-statements.mjs decides
 * which). Same results, errors and locking as PGlite's own: it holds the same two locks,
 * serializes parameters by the types PostgreSQL reports, parses rows with the same parsers and
 * syncs the files after each statement. Statements inside a transaction (PGlite's tx.query) and
 * texts not (yet) named run as before.
 */
export function cacheStatements(pg, options) {
  const original = pg.query.bind(pg);
  const names = repeatedStatements(options);
  const prepared = new Map(); // name -> parameter type oids

  const prepare = async (name, text) => {
    const reply = await pg.execProtocolStream(
      concat([S.parse({ name, text, types: [] }), S.describe({ type: "S", name }), S.sync()]),
      { syncToFs: false },
    );
    const oids = parse.parseDescribeStatementResults(reply);
    prepared.set(name, oids);
    return oids;
  };

  const run = async (name, oids, params, options) => {
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serialize = options?.serializers?.[oids[i]] ?? pg.serializers[oids[i]];
      return serialize ? serialize(value) : value.toString();
    });
    const reply = await pg.execProtocolStream(
      concat([S.bind({ statement: name, values }), S.describe({ type: "P" }), S.execute({}), S.sync()]),
      { syncToFs: false },
    );
    // As PGlite's query: the files are synced after a statement outside a transaction.
    await pg.syncToFs();
    return parse.parseResults(reply, pg.parsers, options)[0];
  };

  pg.query = async (text, params = [], options) => {
    const name = typeof text === "string" && !options?.blob ? names.nameFor(text) : undefined;
    if (name === undefined) return original(text, params, options);
    await pg._checkReady();
    const outcome = await pg._runExclusiveTransaction(() =>
      pg._runExclusiveQuery(async () => {
        const oids = prepared.get(name) ?? (await prepare(name, text));
        try {
          return { result: await run(name, oids, params, options) };
        } catch (e) {
          if (!STALE.has(e?.code)) throw e;
          // Prepared again under a new name on a later call; this one runs as PGlite's own.
          names.forget(text);
          prepared.delete(name);
          await pg
            .execProtocolStream(concat([S.close({ type: "S", name }), S.sync()]), { syncToFs: false })
            .catch(() => {});
          return { stale: true };
        }
      }),
    );
    return outcome.stale ? original(text, params, options) : outcome.result;
  };
  return { size: () => prepared.size };
}
