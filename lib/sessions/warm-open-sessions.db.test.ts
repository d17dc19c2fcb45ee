import { beforeAll, describe, expect, it, vi } from "vitest";
import { importBundle } from "@/lib/content/import-bundle";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { resetProcessWide } from "@/lib/process-wide";
import { fixtureBundle } from "@/tests/fixture-bundle";
import { testDatabase } from "@/tests/test-db";
import { startTutoringSession } from "./start-session";

let prisma: PrismaClient;

beforeAll(async () => {
  prisma = await testDatabase();
  await importBundle(prisma, fixtureBundle());
  await importBundle(prisma, fixtureBundle("second-set"));
});

/** A fresh server process's caches: the modules loaded anew, nothing read yet. */
async function restart() {
  resetProcessWide("problem-versions");
  vi.resetModules();
  const { isVersionLoaded } = await import("./load-problem");
  const { warmOpenSessions } = await import("./warm-open-sessions");
  return { isVersionLoaded, warmOpenSessions };
}

describe("warming open sessions' problems at start", () => {
  it("loads the versions of active, recent sessions only: not completed ones, not abandoned ones", async () => {
    const versions = await prisma.problemVersion.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } });
    expect(versions.length).toBeGreaterThanOrEqual(2);
    const [open, other] = versions.map((v) => v.id) as [string, string];
    const pupil = await prisma.user.create({
      data: { email: "warm@x.test", name: "W", role: "student", passwordHash: "x" },
    });
    // Two sessions on the same open version count once.
    await startTutoringSession(prisma, { studentId: pupil.id, problemVersionId: open });
    await startTutoringSession(prisma, { studentId: pupil.id, problemVersionId: open });
    const finished = await startTutoringSession(prisma, { studentId: pupil.id, problemVersionId: other });
    await prisma.tutoringSession.update({
      where: { id: finished },
      data: { status: "completed", completedAt: new Date() },
    });

    let server = await restart();
    expect(server.isVersionLoaded(open)).toBe(false);
    expect((await server.warmOpenSessions(prisma)).loaded).toBe(1);
    expect(server.isVersionLoaded(open)).toBe(true);
    expect(server.isVersionLoaded(other)).toBe(false);

    // A session left two days ago is not warmed by default; a longer window takes it, and
    // maxVersions keeps the most recently active first.
    const abandoned = await startTutoringSession(prisma, { studentId: pupil.id, problemVersionId: other });
    await prisma.tutoringSession.update({
      where: { id: abandoned },
      data: { lastActivityAt: new Date(Date.now() - 2 * 86_400_000) },
    });
    server = await restart();
    expect((await server.warmOpenSessions(prisma)).loaded).toBe(1);
    expect(server.isVersionLoaded(other)).toBe(false);
    expect((await server.warmOpenSessions(prisma, { withinMs: 3 * 86_400_000, maxVersions: 1 })).loaded).toBe(1);
    expect(server.isVersionLoaded(other)).toBe(false);
    expect(await server.warmOpenSessions(prisma, { withinMs: 3 * 86_400_000 })).toEqual({ loaded: 2, rehearsed: 2 });
    // The engine plays the most recent ones only (`rehearse`), or none.
    expect(await server.warmOpenSessions(prisma, { withinMs: 3 * 86_400_000, rehearse: 1 })).toEqual({
      loaded: 2,
      rehearsed: 1,
    });
    expect((await server.warmOpenSessions(prisma, { rehearse: 0 })).rehearsed).toBe(0);
    expect(server.isVersionLoaded(other)).toBe(true);
  });

  it("fills the cache the routes read, though Next loads the warm-up's copy of the module apart from theirs", async () => {
    // The bug: instrumentation.ts and the routes are bundled in different layers, each with its
    // own copy of lib/sessions/load-problem.ts; the warm-up filled a cache no turn read.
    const [version] = await prisma.problemVersion.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } });
    const pupil = await prisma.user.create({
      data: { email: "warm-copies@x.test", name: "W", role: "student", passwordHash: "x" },
    });
    await startTutoringSession(prisma, { studentId: pupil.id, problemVersionId: version?.id as string });
    const startUp = await restart();
    expect((await startUp.warmOpenSessions(prisma)).loaded).toBeGreaterThanOrEqual(1);
    vi.resetModules(); // the routes' copy of the modules, loaded separately
    const routes = await import("./load-problem");
    expect(routes.isVersionLoaded(version?.id as string)).toBe(true);
  });
});
