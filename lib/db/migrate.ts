import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { DatabaseConnector } from "./open";

/**
 * Applies and creates migrations with Prisma's own schema engine, compiled to WebAssembly
 * (@prisma/schema-engine-wasm), through our driver adapters. The native engine that
 * `prisma migrate` downloads cannot be fetched offline; the wasm one ships in npm. The engine
 * writes the usual `_prisma_migrations` rows, so `prisma migrate status` agrees elsewhere.
 * See docs/database.md.
 */

export const SCHEMA_PATH = path.resolve(process.cwd(), "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");

// biome-ignore lint/suspicious/noExplicitAny: the wasm-bindgen module has no type declarations
type Engine = any;

async function loadEngine(factory: SqlMigrationAwareDriverAdapterFactory, schemaPath: string): Promise<Engine> {
  const require = createRequire(import.meta.url);
  const bgFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const pkgDir = path.dirname(bgFile);
  const bg = await import(pathToFileURL(bgFile).href);
  const wasm = fs.readFileSync(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(wasm, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  const adapter = bindMigrationAwareSqlAdapterFactory(withEngineQuirks(factory));
  const schema = fs.readFileSync(schemaPath, "utf8");
  const debug = process.env.DEBUG_SCHEMA_ENGINE ? (l: string) => console.error("[schema-engine]", l) : () => {};
  return bg.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, debug, adapter);
}

function withEngineQuirks(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  const patch = (a: SqlDriverAdapter): SqlDriverAdapter => {
    // The engine's introspection returns the internal "char" type (oid 18), which adapter-pg
    // rejects: report it as text.
    const queryRaw = a.queryRaw.bind(a);
    a.queryRaw = async (q) => {
      try {
        return await queryRaw(q);
      } catch (e) {
        if (!String((e as Error)?.message ?? e).includes("18")) throw e;
        const sql = q.sql.replace(/(\w+)\.(\w+)::"char"/g, "$1.$2::text");
        return queryRaw({ ...q, sql });
      }
    };
    return a;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => {
      const a = patch(await factory.connectToShadowDb());
      // The engine replays migration files on the shadow database through executeRaw with
      // whole scripts: route parameterless raw calls to executeScript.
      const raw = a.executeRaw.bind(a);
      a.executeRaw = async (q) => {
        if (q.args?.length) return raw(q);
        await a.executeScript(q.sql);
        return 0;
      };
      return a;
    },
  };
}

function migrationsList(dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, "migration_lock.toml");
  const dirs = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((d) => {
      const f = path.join(dir, d, "migration.sql");
      return {
        path: d,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(f)
            ? { tag: "ok", value: fs.readFileSync(f, "utf8") }
            : { tag: "error", value: "missing migration.sql" },
        },
      };
    }),
  };
}

const filters = { externalTables: [], externalEnums: [] };

export interface MigrateOptions {
  schemaPath?: string;
  migrationsDir?: string;
}

/** Applies pending migrations; returns the names applied. */
export async function deployMigrations(connector: DatabaseConnector, opts: MigrateOptions = {}): Promise<string[]> {
  const engine = await loadEngine(connector.factory, opts.schemaPath ?? SCHEMA_PATH);
  const r = await engine.applyMigrations({
    migrationsList: migrationsList(opts.migrationsDir ?? MIGRATIONS_DIR),
    filters,
  });
  return r.appliedMigrationNames as string[];
}

/** Development only: diff the schema against the migrations and write a new migration folder. */
export async function createMigration(
  connector: DatabaseConnector,
  name: string,
  opts: MigrateOptions = {},
): Promise<string | null> {
  const schemaPath = opts.schemaPath ?? SCHEMA_PATH;
  const dir = opts.migrationsDir ?? MIGRATIONS_DIR;
  const engine = await loadEngine(connector.factory, schemaPath);
  await engine.applyMigrations({ migrationsList: migrationsList(dir), filters });
  const diag = await engine.devDiagnostic({ migrationsList: migrationsList(dir), filters });
  if (diag.action.tag === "reset")
    throw new Error(`Drift detected; reset the development database: ${diag.action.reason}`);
  const schema = { files: [{ path: schemaPath, content: fs.readFileSync(schemaPath, "utf8") }] };
  const out = await engine.createMigration({
    draft: false,
    migrationName: name,
    migrationsList: migrationsList(dir),
    schema,
    filters,
  });
  const script: string = out.migrationScript ?? "";
  if (!script.trim() || /^-- This is an empty migration/.test(script)) return null;
  const lockPath = path.join(dir, "migration_lock.toml");
  if (!fs.existsSync(lockPath)) {
    fs.writeFileSync(
      lockPath,
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
    );
  }
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const folder = path.join(dir, `${stamp}_${name}`);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "migration.sql"), script);
  await engine.applyMigrations({ migrationsList: migrationsList(dir), filters });
  return folder;
}

/** Names of migrations in the folder that the database has not applied. */
export async function pendingMigrations(connector: DatabaseConnector, opts: MigrateOptions = {}): Promise<string[]> {
  const list = migrationsList(opts.migrationsDir ?? MIGRATIONS_DIR);
  const adapter = await connector.factory.connect();
  try {
    const exists = await adapter.queryRaw({
      sql: "SELECT to_regclass('_prisma_migrations')::text AS t",
      args: [],
      argTypes: [],
    });
    const applied = new Set<string>();
    if (exists.rows[0]?.[0]) {
      const r = await adapter.queryRaw({
        sql: "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
        args: [],
        argTypes: [],
      });
      for (const row of r.rows) applied.add(String(row[0]));
    }
    return list.migrationDirectories.map((d) => d.path).filter((p) => !applied.has(p));
  } finally {
    // PGlite adapters share the process-wide instance; pg adapters hold a pooled client.
    if (connector.target.kind === "postgres") await adapter.dispose();
  }
}
