// Runs `prisma generate` without Prisma's native schema engine, which cannot be downloaded
// offline: generate doesn't need it, and pointing at a stub that exits 1 makes any accidental
// `prisma migrate` fail loudly instead of silently doing nothing. See docs/database.md.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, "scripts/no-schema-engine.sh");
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const bin = path.join(root, "node_modules/.bin/prisma");
const r = spawnSync(bin, ["generate"], { stdio: "inherit", env, cwd: root });
process.exit(r.status ?? 1);
