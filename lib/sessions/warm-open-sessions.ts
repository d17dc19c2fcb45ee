import type { PrismaClient } from "@/lib/generated/prisma/client";
import { currentModel } from "@/lib/mastery/current-model";
import { playProblem, rehearsalStudent } from "@/lib/tutor/play-problem";
import { loadProblemVersion, preloadProblemVersions } from "./load-problem";

export interface WarmOptions {
  /** Sessions active within this many milliseconds count as open (default 12 hours). */
  withinMs?: number;
  /** At most this many problem versions are loaded (default 500; the cache keeps 2,000). */
  maxVersions?: number;
  /** The engine plays this many of them, the most recent first (default 20; 0 for none). */
  rehearse?: number;
}

/**
 * After a (re)start, read the problem versions of the sessions students are still working on,
 * and the current knowledge-tracing model, into this process's caches before their next turns
 * ask for them: a class that carries on after a restart or a deploy otherwise pays for every
 * version's read inside its first turns, all at once (decision 022). 25 versions per
 * statement (preloadProblemVersions), in the background (instrumentation.ts does not wait for
 * it): a failure only leaves the cache colder. Returns how many versions were loaded and how
 * many the engine played.
 *
 * Then the embedded engine plays the most recent ones through (rehearsalStudent: a non-answer,
 * a wrong answer, a hint, the right answer on every step; in memory, nothing stored), one
 * problem per turn of the event loop: a class's first turns after a restart otherwise ran the
 * answer checker and the wording in V8's interpreter with cold caches, about three times a
 * warm turn's cost, all within the first second (bench:turns profile, decision 022).
 */
export async function warmOpenSessions(
  prisma: PrismaClient,
  opts: WarmOptions = {},
): Promise<{ loaded: number; rehearsed: number }> {
  const since = new Date(Date.now() - (opts.withinMs ?? 12 * 3_600_000));
  // One row per version, the most recently worked first (GROUP BY in the database).
  const rows = await prisma.tutoringSession.groupBy({
    by: ["problemVersionId"],
    where: { status: "active", lastActivityAt: { gte: since } },
    _max: { lastActivityAt: true },
    orderBy: { _max: { lastActivityAt: "desc" } },
    take: opts.maxVersions ?? 500,
  });
  const versions = rows.map((r) => r.problemVersionId);
  await currentModel(prisma);
  await preloadProblemVersions(prisma, versions);
  let rehearsed = 0;
  for (const id of versions.slice(0, opts.rehearse ?? 20)) {
    // Requests that arrive meanwhile are answered between two problems.
    await new Promise((resolve) => setImmediate(resolve));
    const problem = await loadProblemVersion(prisma, id);
    try {
      playProblem(problem, rehearsalStudent, 40);
      rehearsed++;
    } catch (e) {
      // The student's own turn on it will meet (and report) the same failure; the rest go on.
      console.error(`Rehearsing problem version ${id} at start failed:`, e);
    }
  }
  return { loaded: versions.length, rehearsed };
}
