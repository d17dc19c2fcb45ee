import path from "node:path";

export type DatabaseTarget =
  | { kind: "pglite"; dir: string | null; label: string }
  | { kind: "postgres"; url: string; label: string };

/** Turns DATABASE_URL into what to open. pglite:memory has no folder (dir null). */
export function parseDatabaseUrl(url: string, cwd = process.cwd()): DatabaseTarget {
  if (url.startsWith("pglite:")) {
    const rest = url.slice("pglite:".length);
    if (!rest) throw new Error("DATABASE_URL pglite: needs a folder, e.g. pglite:./data/stepwise");
    if (rest === "memory") return { kind: "pglite", dir: null, label: "pglite (in memory)" };
    const dir = path.resolve(cwd, rest);
    return { kind: "pglite", dir, label: `pglite ${path.relative(cwd, dir) || "."}` };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    const u = new URL(url);
    return { kind: "postgres", url, label: `postgresql ${u.hostname}:${u.port || 5432}${u.pathname}` };
  }
  throw new Error(`Unsupported DATABASE_URL "${url}": use pglite:<dir>, pglite:memory or postgres://...`);
}
