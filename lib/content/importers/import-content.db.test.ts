import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDatabase } from "@/tests/test-db";
import { importContent } from "./import-content";
import { readSourceFiles } from "./read-source";
import { CLASS_CSV, MATHDIAL_DEV, OATUTOR_POOL } from "./test-data";

let prisma: PrismaClient;

beforeAll(async () => {
  prisma = await testDatabase();
});

const counts = async () => ({
  skills: await prisma.skill.count(),
  sets: await prisma.problemSet.count(),
  problems: await prisma.problem.count(),
  versions: await prisma.problemVersion.count(),
  steps: await prisma.step.count(),
});

describe("importing into the database", () => {
  it("a malformed record fails the whole import, naming file, record and field, and writes nothing", async () => {
    const before = await counts();
    const files = readSourceFiles(CLASS_CSV);
    await expect(importContent(prisma, { format: "class", files })).rejects.toThrow(
      /sample200\.csv: row 11 \(section 2\.1\): problems: not valid JSON/,
    );
    expect(await counts()).toEqual(before);
  });

  it.each([
    [
      "two problems with one key",
      [["dup-set", ["dup-1", "dup-1"]]],
      /dups\.json: problem "dup-1": key: duplicate problem key "dup-1" \(first used at problemSets\.0\.problems\.0\.key\)/,
    ],
    [
      "two sets with one key",
      [
        ["dup-set", ["dup-2"]],
        ["dup-set", ["dup-3"]],
      ],
      /dups\.json: problem set "dup-set": key: duplicate problem set key "dup-set"/,
    ],
    [
      "one problem key in two sets",
      [
        ["set-a", ["dup-4"]],
        ["set-b", ["dup-4"]],
      ],
      /dups\.json: problem "dup-4": key: duplicate problem key "dup-4"/,
    ],
  ] as const)(
    "refuses a bundle with %s, naming the file, record and field, and writes nothing",
    async (_name, sets, error) => {
      const before = await counts();
      const problem = (key: string) => ({
        key,
        title: key,
        statement: "What is 2 + 2?",
        steps: [
          {
            prompt: "2 + 2 = ?",
            answer: { kind: "numeric", value: 4 },
            skills: ["count-dup"],
            hints: [{ kind: "hint", text: "Count on." }],
          },
        ],
      });
      const bundle = {
        format: "stepwise",
        version: 1,
        skills: [{ key: "count-dup", name: "Counting" }],
        problemSets: sets.map(([key, keys]) => ({ key, title: key, problems: keys.map(problem) })),
      };
      await expect(
        importContent(prisma, { format: "stepwise", files: [{ path: "dups.json", text: JSON.stringify(bundle) }] }),
      ).rejects.toThrow(error);
      expect(await counts()).toEqual(before);
    },
  );

  it("a failure inside the transaction (an unknown skill in the last problem) rolls back the earlier ones", async () => {
    const before = await counts();
    const problem = (key: string, skill: string) => ({
      key,
      title: key,
      statement: "What is 2 + 2?",
      steps: [
        {
          prompt: "2 + 2 = ?",
          answer: { kind: "numeric", value: 4 },
          skills: [skill],
          hints: [{ kind: "hint", text: "Count on." }],
        },
      ],
    });
    const bundle = {
      format: "stepwise",
      version: 1,
      skills: [{ key: "count", name: "Counting" }],
      problemSets: [
        { key: "rollback", title: "Rollback", problems: [problem("rb-1", "count"), problem("rb-2", "no-such-skill")] },
      ],
    };
    await expect(
      importContent(prisma, { format: "stepwise", files: [{ path: "b.json", text: JSON.stringify(bundle) }] }),
    ).rejects.toThrow(/Unknown skill "no-such-skill"/);
    expect(await counts()).toEqual(before);
  });

  it("imports the OATutor lesson with its source, idempotently", async () => {
    const files = readSourceFiles(OATUTOR_POOL, { skillModelNearby: true });
    const first = await importContent(prisma, { format: "oatutor", files, label: "content-pool" });
    expect(first.counts).toMatchObject({
      format: "oatutor",
      problems: 30,
      steps: 30,
      skills: 2,
      skipped: 0,
      wrong_answers: 0,
    });
    expect(first.summary.newVersions).toBe(30);
    const after = await counts();
    const again = await importContent(prisma, { format: "oatutor", files, label: "content-pool" });
    expect(again.summary.newVersions).toBe(0);
    expect(await counts()).toEqual(after);
    const v = await prisma.problemVersion.findFirstOrThrow({
      where: { problem: { key: "oatutor-a01e792probsolve1" } },
      select: { source: true },
    });
    expect(v.source).toMatchObject({
      name: "OATutor",
      licence: "CC BY 4.0",
      url: "https://openstax.org/details/books/elementary-algebra-2e",
    });
    const audit = await prisma.auditLog.findMany({ where: { action: "content.import" } });
    expect(audit).toHaveLength(1);
  });

  it("re-importing keeps an admin's edits to imported skills (names, prerequisites)", async () => {
    await prisma.skill.update({
      where: { key: "oatutor.solve_number_problems" },
      data: { name: "Number problems (renamed)" },
    });
    const files = readSourceFiles(OATUTOR_POOL, { skillModelNearby: true });
    await importContent(prisma, { format: "oatutor", files });
    const s = await prisma.skill.findUniqueOrThrow({ where: { key: "oatutor.solve_number_problems" } });
    expect(s.name).toBe("Number problems (renamed)");
  });

  it("imports MathDial and CLASS (skipping malformed rows only when asked)", async () => {
    const md = await importContent(prisma, { format: "mathdial", files: readSourceFiles(MATHDIAL_DEV) });
    expect(md.counts).toEqual({
      format: "mathdial",
      problems: 197,
      steps: 611,
      hints: 1833,
      wrong_answers: 434,
      skills: 1,
      skipped: 0,
    });
    const cl = await importContent(prisma, { format: "class", files: readSourceFiles(CLASS_CSV), skipInvalid: true });
    expect(cl.counts).toMatchObject({ format: "class", problems: 176, steps: 526, skipped: 24 });
    const wrong = await prisma.wrongAnswer.findFirstOrThrow({
      where: { step: { version: { problem: { key: "class-1.1-0" } }, position: 0 } },
    });
    expect(wrong.match).toBe("Natural sciences rely on intuition and personal beliefs.");
    const set = await prisma.problemSet.findUniqueOrThrow({
      where: { key: "class-biology" },
      include: { _count: { select: { problems: true } } },
    });
    expect(set._count.problems).toBe(176);
  });

  it("--draft imports a set and its problems unpublished", async () => {
    const text = fs.readFileSync(MATHDIAL_DEV, "utf8").split("\n").slice(0, 2).join("\n");
    await importContent(prisma, {
      format: "mathdial",
      files: [{ path: "two.jsonl", text }],
      setKey: "mathdial-draft",
      draft: true,
    });
    const set = await prisma.problemSet.findUniqueOrThrow({ where: { key: "mathdial-draft" } });
    expect(set.status).toBe("draft");
  });

  describe("publishing, and what changed", () => {
    const problem = (key: string, statement = "What is 2 + 2?") => ({
      key,
      title: `Title of ${key}`,
      statement,
      steps: [
        {
          prompt: "2 + 2 = ?",
          answer: { kind: "numeric", value: 4 },
          skills: ["pub-count"],
          hints: [{ kind: "hint", text: "Count on." }],
        },
      ],
    });
    const bundle = (statement?: string, extra: string[] = []) => ({
      format: "stepwise",
      version: 1,
      skills: [{ key: "pub-count", name: "Counting on" }],
      problemSets: [
        {
          key: "pub-set",
          title: "Publishing",
          problems: [problem("pub-1", statement), ...extra.map((k) => problem(k))],
        },
      ],
    });
    const run = (b: unknown, draft: boolean) =>
      importContent(prisma, { format: "stepwise", files: [{ path: "pub.json", text: JSON.stringify(b) }], draft });
    const state = async () => {
      const set = await prisma.problemSet.findUniqueOrThrow({ where: { key: "pub-set" }, select: { status: true } });
      const problems = await prisma.problem.findMany({
        where: { key: { startsWith: "pub-" } },
        orderBy: { key: "asc" },
        select: { key: true, status: true, publishedVersion: { select: { version: true } } },
      });
      return { set: set.status, problems: problems.map((p) => [p.key, p.status, p.publishedVersion?.version ?? null]) };
    };

    it("a draft import publishes nothing, and never unpublishes what is live; counts say what changed", async () => {
      const first = await run(bundle(), true);
      expect(await state()).toEqual({ set: "draft", problems: [["pub-1", "draft", null]] });
      expect(first.summary.changes).toEqual({
        skills: { created: 1, updated: 0, unchanged: 0 },
        problemSets: { created: 1, updated: 0, unchanged: 0 },
        problems: { created: 1, updated: 0, unchanged: 0 },
      });

      const published = await run(bundle(), false);
      expect(await state()).toEqual({ set: "published", problems: [["pub-1", "published", 1]] });
      expect(published.summary.changes.problemSets).toEqual({ created: 0, updated: 1, unchanged: 0 });
      expect(published.summary.changes.problems).toEqual({ created: 0, updated: 0, unchanged: 1 });
      expect(published.summary.changes.skills).toEqual({ created: 0, updated: 0, unchanged: 1 });

      // Again as a draft, with pub-1 changed and a new pub-2: pub-1 stays live on version 1.
      const again = await run(bundle("What is 2 + 2 altogether?", ["pub-2"]), true);
      expect(await state()).toEqual({
        set: "published",
        problems: [
          ["pub-1", "published", 1],
          ["pub-2", "draft", null],
        ],
      });
      expect(again.summary.changes.problems).toEqual({ created: 1, updated: 1, unchanged: 0 });
      expect(again.summary.changes.problemSets).toEqual({ created: 0, updated: 0, unchanged: 1 });
    });
  });
});
