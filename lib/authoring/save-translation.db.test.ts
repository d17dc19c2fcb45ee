import { beforeAll, describe, expect, it } from "vitest";
import { importBundle } from "@/lib/content/import-bundle";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadProblemVersion } from "@/lib/sessions/load-problem";
import { fixtureBundle } from "@/tests/fixture-bundle";
import { testDatabase } from "@/tests/test-db";
import type { Actor } from "./actor";
import { saveTranslation } from "./save-translation";

let prisma: PrismaClient;
let admin: Actor;
let teacher: Actor;
let problemId: string;
let versionId: string;
let good: { title: string; statement: string; steps: { prompt: string; hints: string[]; wrongAnswers: string[] }[] };

beforeAll(async () => {
  prisma = await testDatabase();
  await importBundle(prisma, fixtureBundle());
  const mk = async (role: "admin" | "teacher") =>
    prisma.user.create({
      data: { email: `${role}@x.test`, name: role, role, passwordHash: "x" },
      select: { id: true, role: true },
    });
  admin = await mk("admin");
  teacher = await mk("teacher");
  const p = await prisma.problem.findUniqueOrThrow({ where: { key: "fixture-set-p1" } });
  problemId = p.id;
  versionId = p.publishedVersionId as string;
  const original = await loadProblemVersion(prisma, versionId);
  // A "translation" with the version's shape: every text marked, so the test can see it used.
  good = {
    title: `ES ${original.title}`,
    statement: `ES ${original.statement}`,
    steps: original.steps.map((s) => ({
      prompt: `ES ${s.prompt}`,
      hints: s.hints.map((h) => `ES ${h.text}`),
      wrongAnswers: s.wrongAnswers.map((w) => `ES ${w.feedback}`),
    })),
  };
});

const rows = () => prisma.problemTranslation.findMany({ select: { language: true, title: true } });
const save = (translation: unknown, language = "es", actor = admin) =>
  saveTranslation(prisma, actor, { problemId, versionId, language, translation });

describe("saveTranslation", () => {
  it("an admin saves a translation, with an audit entry; the tutor loads it; the same texts again write nothing", async () => {
    expect(await save(good)).toEqual({ ok: true, changed: true, created: true });
    expect(await rows()).toEqual([{ language: "es", title: good.title }]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "problem.translation.create" } });
    expect(audit).toMatchObject({ actorId: admin.id, entityType: "Problem", entityId: problemId });
    expect(audit.details).toMatchObject({ language: "es", version: 1 });
    expect((await loadProblemVersion(prisma, versionId, "es")).title).toBe(good.title);

    expect(await save(good)).toEqual({ ok: true, changed: false, created: false });
    expect(await prisma.auditLog.count({ where: { action: { startsWith: "problem.translation" } } })).toBe(1);

    const edited = { ...good, title: "ES otro título" };
    expect(await save(edited)).toEqual({ ok: true, changed: true, created: false });
    expect(await prisma.auditLog.count({ where: { action: "problem.translation.edit" } })).toBe(1);
    // Not cached: the next load reads the edit.
    expect((await loadProblemVersion(prisma, versionId, "es")).title).toBe("ES otro título");
    expect(await save(good)).toMatchObject({ ok: true, changed: true });
  });

  const step0 = () => good.steps[0] as (typeof good.steps)[number];
  it.each<[string, () => unknown, string, string]>([
    [
      "a missing hint",
      () => ({ ...good, steps: [{ ...step0(), hints: step0().hints.slice(1) }, ...good.steps.slice(1)] }),
      "count",
      "steps.0.hints",
    ],
    [
      "an extra wrong answer",
      () => ({
        ...good,
        steps: [{ ...step0(), wrongAnswers: [...step0().wrongAnswers, "x"] }, ...good.steps.slice(1)],
      }),
      "count",
      "steps.0.wrongAnswers",
    ],
    ["a missing step", () => ({ ...good, steps: good.steps.slice(0, 1) }), "count", "steps"],
    [
      "an empty prompt",
      () => ({ ...good, steps: [{ ...step0(), prompt: " " }, ...good.steps.slice(1)] }),
      "empty",
      "steps.0.prompt",
    ],
    ["a control character", () => ({ ...good, title: "ES\u001b[31m" }), "controls", "title"],
    ["no texts at all", () => null, "invalid", ""],
  ])("refuses %s and changes nothing", async (_name, bad, code, path) => {
    const before = await prisma.problemTranslation.findMany();
    const audits = await prisma.auditLog.count();
    const r = await save(bad());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.code, i.path.join(".")])).toContainEqual([code, path]);
    expect(await prisma.problemTranslation.findMany()).toEqual(before);
    expect(await prisma.auditLog.count()).toBe(audits);
  });

  it("refuses the version's own language, an unknown language code, a version of another problem, and non-admins", async () => {
    expect(await save(good, "en")).toMatchObject({ ok: false, issues: [{ code: "sameLanguage" }] });
    expect(await save(good, "../x")).toMatchObject({ ok: false, issues: [{ code: "language" }] });
    await expect(
      saveTranslation(prisma, admin, { problemId: "nope", versionId, language: "sv", translation: good }),
    ).rejects.toThrow(/No such problem version/);
    await expect(save(good, "sv", teacher)).rejects.toThrow(/Only admins/);
    expect((await rows()).map((r) => r.language)).toEqual(["es"]);
  });
});
