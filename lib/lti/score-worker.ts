import "server-only";
import { db } from "@/lib/db/client";
import { enqueueScoresForSession, processDueScoreJobs } from "./score-jobs";

/**
 * The in-process passback worker: started by a turn that enqueued a score (or a "send again"),
 * it sends due jobs and sleeps until the next retry is due. One per server process; jobs are
 * leased, so several processes (serve:cluster) never send the same job twice. After a restart,
 * pending jobs wait for the next turn or visit of the LTI status page (docs/lti.md).
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

/** The turn route's hook: after the turn is stored and answered, never in its way. */
export function afterTurnStored(userId: string, sessionId: string): void {
  enqueueScoresForSession(db, userId, sessionId)
    .then((n) => {
      if (n > 0) kickScoreWorker();
    })
    .catch((e) => console.error("LTI score enqueue:", e));
}
