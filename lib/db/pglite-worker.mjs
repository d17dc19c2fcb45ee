// The embedded database's own thread (decision 022). PGlite is PostgreSQL compiled to
// WebAssembly and runs synchronously in the thread that calls it: in the server's thread every
// statement stopped every other request, and a queue of statements ran back to back as promise
// callbacks, so a health check waited behind all of them. Here it runs beside the server's
// thread; the server talks to it through ./pglite-thread.ts with messages.
// Plain JavaScript, loaded by path at run time: it is not part of Next's bundle.
import { parentPort, receiveMessageOnPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { cacheStatements } from "./pglite-statements.mjs";

/** Errors cross the thread boundary as plain objects; Prisma reads `name` and `cause`. */
function plain(e) {
  if (e && typeof e === "object") {
    return {
      name: String(e.name ?? "Error"),
      message: String(e.message ?? e),
      stack: typeof e.stack === "string" ? e.stack : undefined,
      cause: e.cause && typeof e.cause === "object" ? JSON.parse(JSON.stringify(e.cause)) : undefined,
      code: typeof e.code === "string" ? e.code : undefined,
    };
  }
  return { name: "Error", message: String(e) };
}

async function main() {
  const pg = workerData.dir ? new PGlite(workerData.dir) : new PGlite();
  await pg.waitReady;
  cacheStatements(pg);
  const adapter = await new PrismaPGlite(pg).connect();
  const transactions = new Map();
  let nextTx = 1;
  const ops = {
    queryRaw: (target, arg) => target.queryRaw(arg),
    executeRaw: (target, arg) => target.executeRaw(arg),
    // The adapter's executeScript does not await PGlite's exec (a failed migration would pass).
    executeScript: async (_target, arg) => {
      await pg.exec(arg);
    },
    startTransaction: async (_target, arg) => {
      const tx = await adapter.startTransaction(arg ?? undefined);
      const txId = nextTx++;
      transactions.set(txId, tx);
      return { txId, options: tx.options };
    },
    commit: async (target, _arg, txId) => {
      transactions.delete(txId);
      await target.commit();
    },
    rollback: async (target, _arg, txId) => {
      transactions.delete(txId);
      await target.rollback();
    },
    close: async () => {
      if (!pg.closed) await pg.close();
    },
  };
  // A liveness check: one round trip through PostgreSQL, nothing read or written.
  ops.ping = async () => {
    await pg.query("SELECT 1");
  };
  const run = async ({ id, op, tx, arg }) => {
    try {
      const target = tx ? transactions.get(tx) : adapter;
      if (!target) throw new Error(`transaction ${tx} is not open`);
      const fn = ops[op];
      if (!fn) throw new Error(`unknown database operation ${op}`);
      const result = await fn(target, arg, tx);
      parentPort.postMessage({ id, ok: true, result });
    } catch (e) {
      parentPort.postMessage({ id, ok: false, error: plain(e) });
    }
  };
  // Statements outside a transaction are handed to PGlite one at a time (it runs one at a time
  // anyway), so a waiting line forms here rather than inside PGlite, where a health check
  // would wait behind every statement already sent. A ping goes to the front of the line: it
  // waits for the statement running now, never for the queue (decision 022). Statements inside
  // an open transaction go straight in: the transaction holds PGlite until it ends, and the
  // statement at the head of the line may be waiting for exactly that.
  const line = [];
  const front = [];
  let busy = false;
  const accept = (m) => {
    if (m.tx) {
      void run(m);
      return;
    }
    (m.op === "ping" ? front : line).push(m);
  };
  const pump = () => {
    if (busy) return;
    // Take in every message that arrived while the last statement ran (this thread was busy in
    // PostgreSQL and has not seen them yet), so a ping sent meanwhile is next.
    for (let m = receiveMessageOnPort(parentPort); m; m = receiveMessageOnPort(parentPort)) accept(m.message);
    const next = front.shift() ?? line.shift();
    if (!next) return;
    busy = true;
    run(next).finally(() => {
      busy = false;
      pump();
    });
  };
  parentPort.on("message", (m) => {
    accept(m);
    pump();
  });
  parentPort.postMessage({ ready: true });
}

main().catch((e) => parentPort.postMessage({ ready: false, error: plain(e) }));
