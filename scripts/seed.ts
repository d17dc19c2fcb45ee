// npm run db:seed: loads the demo content and users into DATABASE_URL (default: embedded).
// Safe to run again: it changes nothing the second time.
import { pendingMigrations } from "@/lib/db/migrate";
import { createConnector } from "@/lib/db/open";
import { demoSignInLines } from "@/lib/demo/demo-users";
import { loadDemoContent } from "@/lib/demo/load-demo-content";
import { seedDemo } from "@/lib/demo/seed-demo";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

async function main() {
  const connector = createConnector(env().DATABASE_URL, { poolSize: 4 });
  const prisma = new PrismaClient({ adapter: connector.factory });
  try {
    const pending = await pendingMigrations(connector);
    if (pending.length)
      throw new Error(`The database has unapplied migrations (${pending.join(", ")}): run npm run db:migrate first.`);
    const summary = await seedDemo(prisma, loadDemoContent());
    const c = summary.content;
    console.log(
      `Seeded ${connector.target.label}: ${c.skills} skills, ${c.problemSets} problem sets, ${c.problems} problems ` +
        `(${c.newVersions} new versions), ${summary.usersCreated} new users, ${summary.historySessions} practice sessions.`,
    );
    for (const line of demoSignInLines()) console.log(line);
  } finally {
    await prisma.$disconnect();
    await connector.close();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
