// npm run kt:fit: fits the knowledge-tracing model from the attempts in DATABASE_URL and stores
// a new *candidate* version with its held-out evaluation (decision 015); the app keeps using the
// current version until an admin makes the candidate current on /admin. Same as the admin
// page's "Fit model" button.
import { openDatabase } from "@/lib/db/open";
import { env } from "@/lib/env";
import { DETECTOR_MIN_ATTEMPTS, DETECTOR_MIN_STUDENTS, fitFromAttempts } from "@/lib/mastery/fit-from-attempts";

async function main() {
  const db = openDatabase(env().DATABASE_URL, { poolSize: 2 });
  try {
    const s = await fitFromAttempts(db.prisma);
    const h = s.evaluation.heldOut;
    console.log(
      `Stored candidate model version ${s.version} (${s.kind}) fitted on ${s.attempts} first attempts of ${s.students} students over ${s.skills} skills in ${s.seconds}s; in-sample AUC ${s.trainAuc ?? "n/a"}; held-out AUC candidate ${h.candidate.auc ?? "n/a"}, current ${h.current.auc ?? "n/a"}, defaults ${h.defaults.auc ?? "n/a"}.`,
    );
    console.log(
      s.detector
        ? "With it, the picker's detector of 'learnt' (per-skill BKT): once current, the next problem is chosen by expected learning gain (decision 023)."
        : `No picker detector yet (${s.students} students, ${s.attempts} first attempts; it needs ${DETECTOR_MIN_STUDENTS} and ${DETECTOR_MIN_ATTEMPTS}): the next problem keeps the score rule.`,
    );
    console.log(
      s.evaluation.guard.ok
        ? "It may be made current (admin page)."
        : `It may not be made current: ${s.evaluation.guard.reasons.join(" ")}`,
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
