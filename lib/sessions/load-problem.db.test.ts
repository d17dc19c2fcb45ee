import { beforeAll, describe, expect, it } from "vitest";
import { importBundle } from "@/lib/content/import-bundle";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { countCalls } from "@/tests/count-calls";
import { fixtureBundle } from "@/tests/fixture-bundle";
import { testDatabase } from "@/tests/test-db";
import { loadProblemVersion } from "./load-problem";

let prisma: PrismaClient;

beforeAll(async () => {
  prisma = await testDatabase();
  await importBundle(prisma, fixtureBundle());
});

/** The client, counting the version reads made through it. */
function counting(): { client: PrismaClient; reads: () => number } {
  const { client, calls } = countCalls(prisma, "problemVersion", "findUniqueOrThrow");
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
});
