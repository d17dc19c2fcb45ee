import type { PGlite } from "@electric-sql/pglite";

/** See ./pglite-statements.mjs: prepares repeated statements behind `pg.query`. */
export function cacheStatements(pg: PGlite, options?: { max?: number; after?: number }): { size(): number };
