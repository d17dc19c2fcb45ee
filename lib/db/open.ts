import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pgDriver from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { type DatabaseTarget, parseDatabaseUrl } from "./database-url";
import { acquireDatabaseLock } from "./pglite-lock";
import { cacheStatements } from "./pglite-statements.mjs";
import { PgliteThread, threadFactory } from "./pglite-thread";
import { repeatedStatements } from "./repeated-statements.mjs";

/** A driver-adapter factory that opens the database on first use, plus a way to close it. */
export interface DatabaseConnector {
  target: DatabaseTarget;
  factory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
  /** A liveness round trip that skips the statements waiting (threaded embedded database; PostgreSQL's pool). */
  ping?: () => Promise<void>;
}

// pglite-prisma-adapter's executeScript does not await PGlite's exec, so a failing script
// (a migration) would be reported as success. Await it.
function awaitScripts(adapter: SqlDriverAdapter, pg: PGlite): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    await pg.exec(script);
  };
  return adapter;
}

/**
 * Opens an embedded folder once, on first use, holding its lock while open: `start` opens it,
 * `stop` closes it. A failed open is not remembered: the next query tries again (the process that
 * held the folder may have stopped). Remembering it made a server answer 503 until restarted.
 */
function lockedOpener<T>(dir: string | null, start: () => Promise<T>, stop: (handle: T) => Promise<void>) {
  let opened: Promise<{ handle: T; release: () => void }> | undefined;
  return {
    open(): Promise<T> {
      if (!opened) {
        const attempt = (async () => {
          const release = dir ? acquireDatabaseLock(dir) : () => {};
          try {
            return { handle: await start(), release };
          } catch (e) {
            release();
            throw e;
          }
        })();
        opened = attempt;
        attempt.catch(() => {
          if (opened === attempt) opened = undefined;
        });
      }
      return opened.then((o) => o.handle);
    },
    async close(): Promise<void> {
      const attempt = opened;
      opened = undefined;
      const open = await attempt?.catch(() => undefined); // a failed open holds nothing
      if (!open) return;
      try {
        await stop(open.handle);
      } finally {
        open.release();
      }
    },
  };
}

function pgliteConnector(target: Extract<DatabaseTarget, { kind: "pglite" }>): DatabaseConnector {
  const db = lockedOpener(
    target.dir,
    async () => {
      const pg = target.dir ? new PGlite(target.dir) : new PGlite();
      await pg.waitReady;
      cacheStatements(pg);
      return pg;
    },
    async (pg) => {
      if (!pg.closed) await pg.close();
    },
  );
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@electric-sql/pglite",
    async connect() {
      const pg = await db.open();
      return awaitScripts(await new PrismaPGlite(pg).connect(), pg);
    },
    connectToShadowDb: inMemoryShadow,
  };
  return { target, factory, close: db.close };
}

/** A throwaway in-memory database for Prisma's shadow-database step (migrations in tests). */
async function inMemoryShadow(): Promise<SqlDriverAdapter> {
  const pg = new PGlite();
  await pg.waitReady;
  const adapter = awaitScripts(await new PrismaPGlite(pg).connect(), pg);
  adapter.dispose = async () => {
    await pg.close();
  };
  return adapter;
}

/**
 * The embedded database in a worker thread (./pglite-thread.ts): the server's thread only
 * sends statements and receives rows, and keeps answering requests while a statement runs.
 * Same folder lock as in-process, opened on first use.
 */
function pgliteThreadConnector(target: Extract<DatabaseTarget, { kind: "pglite" }>): DatabaseConnector {
  const db = lockedOpener(
    target.dir,
    async () => {
      const thread = new PgliteThread(target.dir ?? undefined);
      try {
        await thread.ready;
        return thread;
      } catch (e) {
        await thread.close().catch(() => {});
        throw e;
      }
    },
    (thread) => thread.close(),
  );
  return {
    target,
    factory: threadFactory(db.open, inMemoryShadow),
    close: db.close,
    ping: async () => (await db.open()).call<void>("ping"),
  };
}

/** How recent a pooled statement's answer must be for a health ping to count it (PostgreSQL). */
export const RECENTLY_ANSWERED_MS = 500;

function postgresConnector(
  target: Extract<DatabaseTarget, { kind: "postgres" }>,
  poolSize: number,
  preparedStatements: boolean,
): DatabaseConnector {
  const u = new URL(target.url);
  // Discrete fields, not connectionString: adapter-pg's shadow database is created with
  // { ...config, database }, and pg lets a connectionString win over that database name.
  const fields = {
    host: decodeURIComponent(u.hostname),
    port: Number(u.port || 5432),
    database: decodeURIComponent(u.pathname.slice(1)),
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    max: poolSize,
    // Opened connections stay open (pg-pool closes idle ones only above min, after 10 s): a new
    // connection is a PostgreSQL process that loads its catalogue and plans its statements on
    // first use, which a class's first turns after a quiet spell paid all at once (decision 022
    // addendum 5; lib/sessions/warm-connections.ts opens them at start). A fixed-size pool, as
    // HikariCP recommends for the same reason.
    min: poolSize,
    // No JIT compilation for the app's statements: they are short (a turn's read and write run
    // well under a millisecond), and PostgreSQL decides to compile from the plan's estimated cost,
    // which right after a large import (no statistics yet) made the tutor's one-statement version
    // read cost ~180,000 and each execution spent 15-60 ms compiling (decision 022, addendum 7).
    // OLTP's usual setting; a deployment running long reports can turn it on for its own role.
    options: "-c jit=off",
    ssl: u.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
  };
  // Repeated statements get a name: node-postgres then parses (and PostgreSQL plans) them once
  // per connection, not on every call (decision 022, addendum 3).
  const names = repeatedStatements();
  const pg = new PrismaPg(
    fields,
    preparedStatements ? { statementNameGenerator: (query) => names.nameFor(query.sql) as string } : undefined,
  );
  let adapters: SqlDriverAdapter[] = [];
  // Health checks have a connection of their own, made on the first one: with every pooled
  // connection busy, a check in the pool's line would measure the line (decision 022).
  let pinger: Promise<pgDriver.Client> | undefined;
  const pingerFor = () => {
    pinger ??= (async () => {
      const { max: _max, min: _min, ...one } = fields;
      const client = new pgDriver.Client({ ...one, application_name: "stepwise-health" });
      client.on("error", () => {
        pinger = undefined;
      });
      await client.connect();
      return client;
    })();
    return pinger;
  };
  // When a pooled statement last got its answer (performance.now()): see ping().
  let lastAnswered = Number.NEGATIVE_INFINITY;
  const answered = <T>(result: Promise<T>): Promise<T> =>
    result.then((r) => {
      lastAnswered = performance.now();
      return r;
    });
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async connect() {
      const a = await pg.connect();
      const queryRaw = a.queryRaw.bind(a);
      const executeRaw = a.executeRaw.bind(a);
      a.queryRaw = (query) => answered(queryRaw(query));
      a.executeRaw = (query) => answered(executeRaw(query));
      // Prisma's $disconnect disposes its adapter and close() disposes what is left: once each.
      const dispose = a.dispose.bind(a);
      let disposed: Promise<void> | undefined;
      a.dispose = () => {
        disposed ??= dispose();
        return disposed;
      };
      adapters.push(a);
      return a;
    },
    connectToShadowDb: () => pg.connectToShadowDb(),
  };
  return {
    target,
    factory,
    async close() {
      const all = adapters;
      adapters = [];
      const ping = pinger;
      pinger = undefined;
      await Promise.all([...all.map((a) => a.dispose()), ping?.then((c) => c.end()).catch(() => {})]);
    },
    async ping() {
      // A statement answered within the last RECENTLY_ANSWERED_MS is the round trip a ping would
      // make (HikariCP skips its alive check on the same grounds, aliveBypassWindowMs = 500). Under
      // load the ping's own PostgreSQL process waited for a core behind the busy ones (health
      // p99 82-217 ms on two cores, the floor's 10-34), so the check measured the database's CPU
      // queue, not this server; it now answers from the event loop while turns are being
      // answered, and asks the database when none was (decision 022 addendum 5).
      if (performance.now() - lastAnswered < RECENTLY_ANSWERED_MS) return;
      const attempt = pingerFor();
      try {
        await (await attempt).query("SELECT 1");
      } catch (e) {
        if (pinger === attempt) pinger = undefined;
        throw e;
      }
    },
  };
}

export interface ConnectorOptions {
  /** PostgreSQL: connections in the pool. */
  poolSize?: number;
  /** Embedded: run the database in a worker thread (the app server does; scripts need not). */
  thread?: boolean;
  /**
   * PostgreSQL: prepare statements that repeat (named statements, one parse and plan per
   * connection). Default: DATABASE_PREPARED_STATEMENTS (on unless "0"); off for a pooler that
   * cannot keep them (PgBouncer before 1.21, or without max_prepared_statements;
   * docs/deployment.md). The embedded database always does.
   */
  preparedStatements?: boolean;
}

export function createConnector(url: string, options: ConnectorOptions = {}): DatabaseConnector {
  const target = parseDatabaseUrl(url);
  if (target.kind === "postgres")
    return postgresConnector(
      target,
      options.poolSize ?? 10,
      // Scripts, seeds and benches open the database here too: the setting holds for them as well.
      options.preparedStatements ?? env().DATABASE_PREPARED_STATEMENTS === "1",
    );
  return options.thread ? pgliteThreadConnector(target) : pgliteConnector(target);
}

export interface OpenDatabase {
  prisma: PrismaClient;
  target: DatabaseTarget;
  close(): Promise<void>;
  /**
   * One round trip to the database for a health check. The threaded embedded database answers
   * it ahead of the statements waiting for their turn (it runs one at a time: a health check
   * behind the queue measured the queue, not whether the database works); on PostgreSQL it has
   * a connection of its own, outside the pool, for the same reason.
   */
  ping(): Promise<unknown>;
}

/** For scripts and tests: a Prisma client on DATABASE_URL-style `url`. Close it when done. */
export function openDatabase(url: string, options: ConnectorOptions = {}): OpenDatabase {
  const connector = createConnector(url, options);
  const prisma = new PrismaClient({ adapter: connector.factory });
  return {
    prisma,
    target: connector.target,
    async close() {
      await prisma.$disconnect();
      await connector.close();
    },
    ping: connector.ping ?? (() => prisma.$queryRawUnsafe("SELECT 1")),
  };
}
