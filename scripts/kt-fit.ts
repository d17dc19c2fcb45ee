// npm run kt:fit: fits the knowledge-tracing model from the attempts in DATABASE_URL and stores
// a new model version (the app uses the latest). Same as the admin page's "Fit model" button.
import { openDatabase } from "@/lib/db/open";
import { env } from "@/lib/env";
import { fitFromAttempts } from "@/lib/mastery/fit-from-attempts";

async function main() {
  const db = openDatabase(env().DATABASE_URL, { poolSize: 2 });
  try {
    const s = await fitFromAttempts(db.prisma);
    console.log(
      `Stored model version ${s.version} (${s.kind}) fitted on ${s.attempts} first attempts of ${s.students} students over ${s.skills} skills in ${s.seconds}s; in-sample AUC ${s.trainAuc ?? "n/a"}.`,
    );
    console.log(JSON.stringify(s));
  } finally {
    await db.close();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
