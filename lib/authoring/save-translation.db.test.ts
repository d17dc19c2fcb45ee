import { beforeAll, describe, expect, it } from "vitest";
import { loadVersionContent } from "@/lib/content/export-bundle";
import { importBundle } from "@/lib/content/import-bundle";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadProblemVersion } from "@/lib/sessions/load-problem";
import { startTutoringSession } from "@/lib/sessions/start-session";
import { fixtureBundle } from "@/tests/fixture-bundle";
import { testDatabase } from "@/tests/test-db";
import type { Actor } from "./actor";
import { setProblemPublished } from "./publish-problem";
import { saveProblem } from "./save-problem";
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
    // The form arrives filled with the original: saving it unchanged is no translation.
    [
      "the original's texts unchanged",
      () => ({
        title: good.title.replace(/^ES /, ""),
        statement: good.statement.replace(/^ES /, ""),
        steps: good.steps.map((s) => ({
          prompt: s.prompt.replace(/^ES /, ""),
          hints: s.hints.map((h) => h.replace(/^ES /, "")),
          wrongAnswers: s.wrongAnswers.map((w) => w.replace(/^ES /, "")),
        })),
      }),
      "untranslated",
      "",
    ],
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

describe("a new version of a translated problem", () => {
  type Content = Awaited<ReturnType<typeof loadVersionContent>>;
  const latest = () =>
    prisma.problemVersion.findFirstOrThrow({
      where: { problemId },
      orderBy: { version: "desc" },
      select: { id: true, version: true, createdAt: true },
    });
  const translationOf = (id: string) =>
    prisma.problemTranslation.findUnique({
      where: { versionId_language: { versionId: id, language: "es" } },
      select: { title: true, statement: true, steps: true, createdAt: true, updatedAt: true },
    });
  /** Saves the latest version's content, changed by `edit`, through the editor. */
  const edit = async (change: (c: Content) => Content) => {
    const content = await loadVersionContent(prisma, (await latest()).id);
    const setId = (await prisma.problem.findUniqueOrThrow({ where: { id: problemId } })).problemSetId;
    return saveProblem(prisma, admin, { setId, problemId, draft: { key: "fixture-set-p1", ...change(content) } });
  };
  const lastAudit = (action: string) =>
    prisma.auditLog.findFirstOrThrow({ where: { action }, orderBy: { createdAt: "desc" } });

  it("an edit of a hint's text keeps the Spanish translation (dates included); a Spanish session reads it", async () => {
    const before = await translationOf(versionId);
    expect(before).not.toBeNull();
    const r = await edit((c) => ({
      ...c,
      steps: c.steps.map((s, i) =>
        i === 0 ? { ...s, hints: s.hints.map((h, k) => (k === 0 ? { ...h, text: `${h.text} (reworded)` } : h)) } : s,
      ),
    }));
    expect(r).toMatchObject({ ok: true, changed: true, version: 2 });
    const v2 = await latest();
    expect(await translationOf(v2.id)).toEqual(before);
    expect((before?.createdAt as Date) < v2.createdAt).toBe(true);
    expect((await lastAudit("problem.edit")).details).toMatchObject({ version: 2, translationsCopied: ["es"] });

    const student = await prisma.user.create({
      data: { email: "student@x.test", name: "Estudiante", role: "student", passwordHash: "x" },
    });
    const sessionId = await startTutoringSession(prisma, {
      studentId: student.id,
      problemVersionId: v2.id,
      locale: "es",
    });
    const session = await prisma.tutoringSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.contentLanguage).toBe("es");
    const loaded = await loadProblemVersion(prisma, v2.id, "es");
    expect(loaded.title).toBe(good.title);
    expect(loaded.steps[0]?.hints.map((h) => h.text)).toEqual(good.steps[0]?.hints);
  });

  it("an import of the changed problem without translations copies the Spanish one; one with its own keeps its own", async () => {
    const before = await translationOf((await latest()).id);
    // The fixture's content differs from version 2 (its hint was reworded): a new version 3.
    const summary = await importBundle(prisma, fixtureBundle());
    expect(summary.newVersions).toBe(1);
    const v3 = await latest();
    expect(v3.version).toBe(3);
    expect(await translationOf(v3.id)).toEqual(before);
    expect((await lastAudit("content.import")).details).toMatchObject({ translationsCopied: 1 });

    const bundle = fixtureBundle();
    const p = bundle.problemSets[0]?.problems[0];
    if (!p) throw new Error("fixture has no problem");
    p.statement = `${p.statement} Simplify.`;
    p.translations = { es: { ...good, title: "ES del paquete" } };
    await importBundle(prisma, bundle);
    const v4 = await latest();
    expect(v4.version).toBe(4);
    expect(await translationOf(v4.id)).toMatchObject({ title: "ES del paquete" });
  });

  it("an edit that adds a hint leaves the translation behind, and the audit entry says why", async () => {
    const r = await edit((c) => ({
      ...c,
      steps: c.steps.map((s, i) =>
        i === 0 ? { ...s, hints: [{ kind: "hint", text: "Look again." }, ...s.hints] } : s,
      ),
    }));
    expect(r).toMatchObject({ ok: true, changed: true, version: 5 });
    const v5 = await latest();
    expect(await translationOf(v5.id)).toBeNull();
    const details = (await lastAudit("problem.edit")).details as Record<string, unknown>;
    expect(details.translationsCopied).toBeUndefined();
    expect(details.translationsNotCopied).toEqual([
      { language: "es", reason: expect.stringMatching(/^step 1 has \d+ hints/) },
    ]);
    // The student gets the original (English) until an admin translates again.
    expect((await loadProblemVersion(prisma, v5.id, "es")).contentLanguage).toBe("en");
  });

  it("a translation made on the live version after a draft was saved goes live with the draft (when it fits)", async () => {
    // An imported version is live; a Swedish translation is made on it while the draft (version 5) exists.
    const live = (await prisma.problem.findUniqueOrThrow({ where: { id: problemId } })).publishedVersionId as string;
    expect(live).not.toBe((await latest()).id);
    const v1 = await loadProblemVersion(prisma, live);
    const sv = {
      title: `SV ${v1.title}`,
      statement: `SV ${v1.statement}`,
      steps: v1.steps.map((st) => ({
        prompt: `SV ${st.prompt}`,
        hints: st.hints.map((h) => `SV ${h.text}`),
        wrongAnswers: st.wrongAnswers.map((w) => `SV ${w.feedback}`),
      })),
    };
    expect(
      await saveTranslation(prisma, admin, { problemId, versionId: live, language: "sv", translation: sv }),
    ).toMatchObject({ ok: true, created: true });
    // Version 5 has one more hint than the live version: the Swedish translation does not fit it.
    await setProblemPublished(prisma, admin, problemId, true);
    const v5 = await latest();
    expect((await prisma.problem.findUniqueOrThrow({ where: { id: problemId } })).publishedVersionId).toBe(v5.id);
    expect(await prisma.problemTranslation.count({ where: { versionId: v5.id } })).toBe(0);
    expect((await lastAudit("problem.publish")).details).toMatchObject({
      translationsNotCopied: ["es", "sv"].map((language) => ({
        language,
        reason: expect.stringMatching(/^step 1 has/),
      })),
    });
    // A draft that fits (the hint removed again) carries it when it goes live.
    const r = await edit((c) => ({
      ...c,
      steps: c.steps.map((st, i) => (i === 0 ? { ...st, hints: st.hints.slice(1) } : st)),
    }));
    expect(r).toMatchObject({ ok: true, version: 6 });
    const v6 = await latest();
    expect(await prisma.problemTranslation.count({ where: { versionId: v6.id } })).toBe(0);
    await prisma.problem.update({ where: { id: problemId }, data: { publishedVersionId: live } });
    await setProblemPublished(prisma, admin, problemId, true);
    const carried = await prisma.problemTranslation.findMany({
      where: { versionId: v6.id },
      select: { language: true },
    });
    expect(carried.map((t) => t.language).sort()).toEqual(["es", "sv"]);
    expect((await lastAudit("problem.publish")).details).toMatchObject({ translationsCopied: ["es", "sv"] });
  });
});
