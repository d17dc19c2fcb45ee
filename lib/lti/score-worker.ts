import "server-only";
import { db } from "@/lib/db/client";
import { linkedUsers } from "./linked-users";
import { enqueueScoresForSession, processDueScoreJobs } from "./score-jobs";

/**
 * The in-process passback worker: started by a turn that enqueued a score (or a "send again"),
 * it sends due jobs and sleeps until the next retry is due. One per server process; jobs are
 * leased, so several processes (serve:cluster) never send the same job twice. Started at server
 * start too (instrumentation.ts), so jobs pending before a restart are sent then (docs/lti.md).
 */
let running = false;
let timer: NodeJS.Timeout | null = null;

export function kickScoreWorker(): void {
  if (running) return;
  if (timer) {
    clearTimeout(timer);
    timer = null;
  }
  running = true;
  processDueScoreJobs(db)
    .then(({ nextDueAt }) => {
      running = false;
      if (nextDueAt) {
        const wait = Math.max(200, Math.min(60 * 60 * 1000, nextDueAt.getTime() - Date.now()));
        timer = setTimeout(kickScoreWorker, wait);
        timer.unref();
      }
    })
    .catch((e) => {
      running = false;
      console.error("LTI score worker:", e);
    });
}

const isLtiUser = linkedUsers(async (userId) => (await db.ltiUserLink.count({ where: { userId }, take: 1 })) > 0);

/**
 * The turn route's hook: after the turn is stored and answered, never in its way. Students who
 * did not come from an LMS cost one query per process lifetime, not one per turn.
 */
export function afterTurnStored(userId: string, sessionId: string): void {
  isLtiUser(userId)
    .then((linked) => (linked ? enqueueScoresForSession(db, userId, sessionId) : 0))
    .then((n) => {
      if (n > 0) kickScoreWorker();
    })
    .catch((e) => console.error("LTI score enqueue:", e));
}
