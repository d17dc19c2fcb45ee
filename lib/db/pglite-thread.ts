import path from "node:path";
import { Worker } from "node:worker_threads";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";

/** Where the worker's source is: loaded by path, outside Next's bundle (see the file). */
export const PGLITE_WORKER_FILE = path.join(process.cwd(), "lib/db/pglite-worker.mjs");

interface PlainError {
  name: string;
  message: string;
  stack?: string;
  cause?: Record<string, unknown>;
  code?: string;
}

/** An error from the database thread as the error Prisma expects (DriverAdapterError keeps its kind). */
function revive(e: PlainError): Error {
  if (e.name === "DriverAdapterError" && e.cause)
    return new DriverAdapterError(e.cause as ConstructorParameters<typeof DriverAdapterError>[0]);
  const err = new Error(e.message) as Error & { code?: string };
  err.name = e.name;
  if (e.code) err.code = e.code;
  if (e.stack) err.stack = `${err.stack}\n    at (database thread) ${e.stack}`;
  return err;
}

/** The embedded database in its own thread: one worker that owns the folder. */
export class PgliteThread {
  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private exited: Error | undefined;
  readonly ready: Promise<void>;

  constructor(dir: string | undefined) {
    this.worker = new Worker(PGLITE_WORKER_FILE, { workerData: { dir } });
    this.ready = new Promise((resolve, reject) => {
      const onMessage = (m: { ready?: boolean; error?: PlainError }) => {
        if (m.ready === undefined) return;
        this.worker.off("message", onMessage);
        if (m.ready) resolve();
        else reject(revive(m.error as PlainError));
      };
      this.worker.on("message", onMessage);
      this.worker.once("error", reject);
    });
    this.worker.on("message", (m: { id?: number; ok?: boolean; result?: unknown; error?: PlainError }) => {
      if (m.id === undefined) return;
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (this.pending.size === 0) this.worker.unref();
      if (m.ok) p.resolve(m.result);
      else p.reject(revive(m.error as PlainError));
    });
    const fail = (e: Error) => {
      this.exited = e;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => fail(new Error(`The embedded database's thread stopped (code ${code}).`)));
    // Idle, the thread does not keep the process alive (scripts and tests end when done); a
    // statement in flight does. Opening counts as one.
    this.ready.then(
      () => {
        if (this.pending.size === 0) this.worker.unref();
      },
      () => {},
    );
  }

  call<T>(op: string, arg?: unknown, tx?: number): Promise<T> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    if (this.pending.size === 0) this.worker.ref();
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, op, tx, arg });
    });
  }

  async close(): Promise<void> {
    if (this.exited) return;
    await this.call("close").catch(() => {});
    await this.worker.terminate();
  }

  /** A Prisma driver adapter whose every statement runs in the thread. */
  adapter(): SqlDriverAdapter {
    const base = { provider: "postgres" as const, adapterName: "@electric-sql/pglite (thread)" };
    const queryable = (tx?: number) => ({
      ...base,
      queryRaw: (q: SqlQuery) => this.call<SqlResultSet>("queryRaw", q, tx),
      executeRaw: (q: SqlQuery) => this.call<number>("executeRaw", q, tx),
    });
    return {
      ...queryable(),
      executeScript: (script: string) => this.call<void>("executeScript", script),
      startTransaction: async (isolationLevel?: IsolationLevel): Promise<Transaction> => {
        const { txId, options } = await this.call<{ txId: number; options: Transaction["options"] }>(
          "startTransaction",
          isolationLevel ?? null,
        );
        return {
          ...queryable(txId),
          options,
          commit: () => this.call<void>("commit", null, txId),
          rollback: () => this.call<void>("rollback", null, txId),
        };
      },
      getConnectionInfo: () => ({ schemaName: undefined, supportsRelationJoins: true }),
      dispose: async () => {},
    };
  }
}

/** A Prisma adapter factory over a PgliteThread (the shadow database stays in-process). */
export function threadFactory(
  thread: () => Promise<PgliteThread>,
  shadow: () => Promise<SqlDriverAdapter>,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "@electric-sql/pglite (thread)",
    async connect() {
      return (await thread()).adapter();
    },
    connectToShadowDb: shadow,
  };
}
