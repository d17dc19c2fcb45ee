import type { PrismaClient } from "@/lib/generated/prisma/client";
import { currentModel } from "@/lib/mastery/current-model";
import { loadProblemVersion } from "./load-problem";

export interface WarmOptions {
  /** Sessions active within this many milliseconds count as open (default 12 hours). */
  withinMs?: number;
  /** At most this many problem versions are loaded (default 500; the cache keeps 2,000). */
  maxVersions?: number;
}

/**
 * After a (re)start, read the problem versions of the sessions students are still working on,
 * and the current knowledge-tracing model, into this process's caches before their next turns
 * ask for them: a class that carries on after a restart or a deploy otherwise pays for every
 * version's nested read inside its first turns, all at once (decision 022). One version at a
 * time, in the background (instrumentation.ts does not wait for it): a failure only leaves the
 * cache colder. Returns how many versions were loaded.
 */
export async function warmOpenSessions(prisma: PrismaClient, opts: WarmOptions = {}): Promise<number> {
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
  for (const id of versions) await loadProblemVersion(prisma, id);
  return versions.length;
}
