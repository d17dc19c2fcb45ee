import { beforeAll, describe, expect, it } from "vitest";
import { importBundle } from "@/lib/content/import-bundle";
import { loadDemoContent } from "@/lib/demo/load-demo-content";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { countRawReads } from "@/tests/count-calls";
import { fixtureBundle } from "@/tests/fixture-bundle";
import { testDatabase } from "@/tests/test-db";
import {
  isVersionLoaded,
  loadProblemVersion,
  preloadProblemVersions,
  readVersionRows,
  readVersionRowsNested,
} from "./load-problem";

let prisma: PrismaClient;

beforeAll(async () => {
  prisma = await testDatabase();
  await importBundle(prisma, fixtureBundle());
});

/** The client, counting the version reads (one statement each) made through it. */
function counting(): { client: PrismaClient; reads: () => number } {
  const { client, calls } = countRawReads(prisma);
  return { client, reads: calls };
}

describe("loading a problem version", () => {
  it("requests asking for the same version at once share one read; later ones read nothing", async () => {
    const versionId = (await prisma.problemVersion.findFirstOrThrow({ select: { id: true } })).id;
    const { client, reads } = counting();
    const loaded = await Promise.all(Array.from({ length: 12 }, () => loadProblemVersion(client, versionId)));
    expect(reads()).toBe(1);
    expect(new Set(loaded).size).toBe(1);
    expect(loaded[0]?.versionId).toBe(versionId);
    expect(loaded[0]?.steps.length).toBeGreaterThan(0);
    await loadProblemVersion(client, versionId);
    expect(reads()).toBe(1);
  });

  it("a failed read is not remembered: the next request reads again", async () => {
    const { client, reads } = counting();
    await expect(
      Promise.all([loadProblemVersion(client, "missing"), loadProblemVersion(client, "missing")]),
    ).rejects.toThrow();
    expect(reads()).toBe(1);
    await expect(loadProblemVersion(client, "missing")).rejects.toThrow();
    expect(reads()).toBe(2);
  });

  it("preloading reads many versions per query into the cache, in the same shape a single load gives", async () => {
    // Copies of the content under other keys: versions no other test has loaded yet.
    const bundle = fixtureBundle();
    for (const k of [1, 2, 3]) {
      await importBundle(prisma, {
        ...bundle,
        skills: [],
        problemSets: bundle.problemSets.map((set) => ({
          ...set,
          key: `${set.key}-preload${k}`,
          problems: set.problems.map((p) => ({ ...p, key: `${p.key}-preload${k}` })),
        })),
      });
    }
    const versions = await prisma.problemVersion.findMany({
      where: { problem: { key: { contains: "-preload" } } },
      select: { id: true },
    });
    const ids = versions.map((v) => v.id);
    expect(ids.length).toBeGreaterThan(2);
    expect(ids.some(isVersionLoaded)).toBe(false);
    const { client, calls } = countRawReads(prisma);
    expect(await preloadProblemVersions(client, [...ids, "missing", ids[0] as string], 2)).toBe(ids.length);
    // One statement per two versions asked for (the unknown id rides along in the last one).
    expect(calls()).toBe(Math.ceil((ids.length + 1) / 2));
    expect(ids.every(isVersionLoaded)).toBe(true);
    // Nothing left to read: a later load is a cache hit, and preloading again reads nothing.
    const { client: single, reads } = counting();
    const loaded = await loadProblemVersion(single, ids[0] as string);
    expect(reads()).toBe(0);
    expect(await preloadProblemVersions(client, ids)).toBe(0);
    // Steps in their order, with their skills and hints, as the single read gives them.
    const steps = await prisma.step.findMany({
      where: { versionId: ids[0] as string },
      orderBy: { position: "asc" },
      select: { id: true, prompt: true, skills: { select: { skillId: true } }, _count: { select: { hints: true } } },
    });
    expect(loaded.stepIds).toEqual(steps.map((st) => st.id));
    expect(loaded.steps.map((st) => st.prompt)).toEqual(steps.map((st) => st.prompt));
    expect(loaded.stepSkills).toEqual(steps.map((st) => st.skills.map((k) => k.skillId)));
    expect(loaded.steps.map((st) => st.hints.length)).toEqual(steps.map((st) => st._count.hints));
  });

  it("the one-statement read gives exactly what Prisma's nested read gives, for the whole demo content", async () => {
    await importBundle(prisma, loadDemoContent());
    const ids = (await prisma.problemVersion.findMany({ select: { id: true } })).map((v) => v.id);
    expect(ids.length).toBeGreaterThan(20);
    const one = await readVersionRows(prisma, ids);
    const nested = await readVersionRowsNested(prisma, ids);
    // Skills within a step: the one-statement read keeps the order written; the nested read's
    // order is whatever plan the database picks, so they are compared as sets.
    const normal = (rows: typeof one) =>
      [...rows]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((v) => ({
          ...v,
          steps: v.steps.map((st) => ({
            ...st,
            skills: [...st.skills].sort((a, b) => a.skillId.localeCompare(b.skillId)),
          })),
        }));
    expect(normal(one)).toEqual(normal(nested));
    // The content really has what a difference would hide in: hints with their kinds and
    // scaffold answers, wrong answers, several skills on a step, versions with no source.
    const steps = one.flatMap((v) => v.steps);
    expect(steps.some((st) => st.hints.some((h) => h.scaffoldAnswer !== null))).toBe(true);
    expect(steps.some((st) => st.hints.some((h) => h.scaffoldAnswer === null))).toBe(true);
    expect(steps.some((st) => st.wrongAnswers.length > 1)).toBe(true);
    expect(steps.some((st) => st.skills.length > 1)).toBe(true);
    expect(new Set(steps.flatMap((st) => st.hints.map((h) => h.kind))).size).toBeGreaterThan(1);
  });

  it("a step's skills come in the order they were written", async () => {
    const rows = await prisma.$queryRaw<{ stepId: string; skillId: string }[]>`
      SELECT ss."stepId", ss."skillId" FROM "StepSkill" ss ORDER BY ss.ctid`;
    const written = new Map<string, string[]>();
    for (const r of rows) written.set(r.stepId, [...(written.get(r.stepId) ?? []), r.skillId]);
    const ids = (await prisma.problemVersion.findMany({ select: { id: true } })).map((v) => v.id);
    const steps = (await readVersionRows(prisma, ids)).flatMap((v) => v.steps);
    for (const st of steps) expect(st.skills.map((k) => k.skillId)).toEqual(written.get(st.id) ?? []);
  });
});
