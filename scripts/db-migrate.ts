// npm run db:migrate               apply pending migrations to DATABASE_URL (default: embedded)
// npm run db:migrate -- --create X  (development) write prisma/migrations/<ts>_X from schema changes
// npm run db:migrate -- --status    list pending migrations

import { createMigration, deployMigrations, pendingMigrations } from "@/lib/db/migrate";
import { createConnector } from "@/lib/db/open";
import { env } from "@/lib/env";

async function main() {
  const args = process.argv.slice(2);
  const connector = createConnector(env().DATABASE_URL, { poolSize: 2 });
  try {
    const createAt = args.indexOf("--create");
    if (createAt >= 0) {
      const name = (args[createAt + 1] ?? "").replace(/[^a-zA-Z0-9_]/g, "_");
      if (!name) throw new Error("usage: npm run db:migrate -- --create <name>");
      const folder = await createMigration(connector, name);
      console.log(
        folder ? `Created ${folder} and applied it.` : "Schema and migrations are in sync: nothing to create.",
      );
    } else if (args.includes("--status")) {
      const pending = await pendingMigrations(connector);
      console.log(
        pending.length ? `Pending: ${pending.join(", ")}` : `Database is up to date (${connector.target.label}).`,
      );
      process.exitCode = pending.length ? 1 : 0;
    } else {
      const applied = await deployMigrations(connector);
      console.log(
        applied.length
          ? `Applied ${applied.length} migration(s) to ${connector.target.label}: ${applied.join(", ")}`
          : `No pending migrations (${connector.target.label}).`,
      );
    }
  } finally {
    await connector.close();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
