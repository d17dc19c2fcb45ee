// What a new PostgreSQL connection adds to the turn that opens it (issue 16, decision 022
// addendum 5): PostgreSQL only (the embedded database has no connections to open).
//   DATABASE_URL=postgres://... npm run bench:connections [-- --rounds 12]
import { signedInForTokenHash } from "@/lib/auth/accounts";
import { deployMigrations } from "@/lib/db/migrate";
import { createConnector, openDatabase } from "@/lib/db/open";
import { loadDemoContent } from "@/lib/demo/load-demo-content";
import { seedDemo } from "@/lib/demo/seed-demo";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { readSessionForTurn } from "@/lib/sessions/submit-turn";
import { warmConnections } from "@/lib/sessions/warm-connections";
import { arg, percentile, prepareBenchDatabase, printTable } from "./lib";

const rounds = Number(arg("rounds", "12"));

async function main() {
  const db = await prepareBenchDatabase("connections");
  if (db.label !== "postgresql") {
    console.error("bench:connections measures PostgreSQL connections: set DATABASE_URL=postgres://...");
    await db.drop();
    process.exit(2);
  }
  const seeding = createConnector(db.url, { poolSize: 2 });
  await deployMigrations(seeding);
  const seeder = new PrismaClient({ adapter: seeding.factory });
  await seedDemo(seeder, loadDemoContent());
  const session = await seeder.tutoringSession.findFirstOrThrow({ select: { id: true, studentId: true } });
  const auth = await seeder.authSession.findFirst({ select: { id: true } });
  await seeder.$disconnect();
  await seeding.close();

  const connect: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  const warmPool: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const one = openDatabase(db.url, { poolSize: 1 });
    const reads = async () => {
      const t = performance.now();
      await signedInForTokenHash(one.prisma, auth?.id ?? "none");
      await readSessionForTurn(one.prisma, session.id, session.studentId, "bench-key");
      return performance.now() - t;
    };
    let t = performance.now();
    await one.prisma.$queryRawUnsafe("SELECT 1");
    connect.push(performance.now() - t);
    cold.push(await reads());
    for (let i = 0; i < 3; i++) warm.push(await reads());
    await one.close();
    // The start-up warm-up of a pool of 10 (what instrumentation.ts does with the default size).
    const pool = openDatabase(db.url, { poolSize: 10 });
    t = performance.now();
    await warmConnections(pool.prisma, 10);
    warmPool.push(performance.now() - t);
    await pool.close();
  }
  await db.drop();

  const med = (xs: number[]) =>
    Number(
      percentile(
        [...xs].sort((a, b) => a - b),
        50,
      ).toFixed(1),
    );
  printTable([
    { what: "open a connection (first SELECT 1)", n: connect.length, median_ms: med(connect) },
    { what: "a turn's reads, first on a new connection", n: cold.length, median_ms: med(cold) },
    { what: "a turn's reads, on a warm connection", n: warm.length, median_ms: med(warm) },
    { what: "warmConnections: a pool of 10 at start", n: warmPool.length, median_ms: med(warmPool) },
  ]);
  const result = {
    rounds,
    connect_ms: med(connect),
    cold_reads_ms: med(cold),
    warm_reads_ms: med(warm),
    cold_over_warm: Number((med(cold) / Math.max(0.01, med(warm))).toFixed(2)),
    new_connection_turn_extra_ms: Number((med(connect) + med(cold) - med(warm)).toFixed(1)),
    warm_pool_of_10_ms: med(warmPool),
  };
  console.log(JSON.stringify(result));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
