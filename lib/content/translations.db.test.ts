import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadProblemVersion } from "@/lib/sessions/load-problem";
import { openPractice } from "@/lib/sessions/open-practice";
import { startTutoringSession } from "@/lib/sessions/start-session";
import { testDatabase } from "@/tests/test-db";
import { exportProblemSet, serializeBundle } from "./export-bundle";
import type { ContentBundleInput } from "./format";
import { importBundle, parseBundle } from "./import-bundle";
import { needsLanguageNotice } from "./translation";

const spanish = {
  title: "La mitad de doce",
  statement: "Sam tiene 12 canicas y le da la mitad a Ana.",
  steps: [
    {
      prompt: "¿Cuántas canicas recibe Ana?",
      hints: ["La mitad son dos grupos iguales.", "La respuesta es 6."],
      wrongAnswers: ["¿Has duplicado en lugar de dividir entre dos?"],
    },
  ],
};

function bundle(translations: Record<string, typeof spanish> | undefined = { es: spanish }): ContentBundleInput {
  return {
    format: "stepwise",
    version: 1,
    skills: [{ key: "halving", name: "Halving" }],
    problemSets: [
      {
        key: "halves",
        title: "Halves",
        problems: [
          {
            key: "half-12",
            title: "Half of twelve",
            statement: "Sam has 12 marbles and gives half of them to Ana.",
            steps: [
              {
                prompt: "How many marbles does Ana get?",
                answer: { kind: "numeric", value: 6 },
                skills: ["halving"],
                hints: [
                  { kind: "hint", text: "Half means two equal groups." },
                  { kind: "bottom_out", text: "The answer is 6." },
                ],
                wrongAnswers: [
                  { match: "24", feedback: "Did you double instead of halving?", misconception: "doubled" },
                ],
              },
            ],
            ...(translations ? { translations } : {}),
          },
          {
            key: "half-8",
            title: "Half of eight",
            statement: "Half of 8 apples.",
            language: "sv",
            steps: [
              {
                prompt: "Hur många är hälften av 8?",
                answer: { kind: "numeric", value: 4 },
                skills: ["halving"],
                hints: [{ kind: "bottom_out", text: "Svaret är 4." }],
              },
            ],
          },
        ],
      },
    ],
  };
}

describe("translations in the content format", () => {
  it("refuses a translation whose counts do not match, naming the field", () => {
    const bad = bundle({ es: { ...spanish, steps: [{ ...spanish.steps[0]!, hints: ["Solo una."] }] } });
    expect(() => parseBundle(bad)).toThrow(/problems\.0\.translations\.es\.steps\.0\.hints: step 1 has 1 hints/);
    const own = bundle({ en: spanish });
    expect(() => parseBundle(own)).toThrow(/written in "en" already/);
  });
});

describe("import and export with translations", () => {
  let prisma: PrismaClient;
  beforeAll(async () => {
    prisma = await testDatabase();
  });

  it("writes the version's language and its translations; re-import is idempotent; a change updates in place", async () => {
    const first = await importBundle(prisma, parseBundle(bundle()));
    expect(first.translations).toBe(1);
    const v = await prisma.problem.findUniqueOrThrow({
      where: { key: "half-8" },
      select: { publishedVersion: { select: { language: true } } },
    });
    expect(v.publishedVersion?.language).toBe("sv");
    const rows = await prisma.problemTranslation.findMany({ select: { language: true, title: true } });
    expect(rows).toEqual([{ language: "es", title: "La mitad de doce" }]);

    const again = await importBundle(prisma, parseBundle(bundle()));
    expect(again).toMatchObject({ newVersions: 0, translations: 0 });
    expect(await prisma.problemTranslation.count()).toBe(1);
    const audits = await prisma.auditLog.count({ where: { action: "content.import" } });

    const changed = await importBundle(prisma, parseBundle(bundle({ es: { ...spanish, title: "Mitad de doce" } })));
    expect(changed).toMatchObject({ newVersions: 0, translations: 1 });
    expect((await prisma.problemTranslation.findFirstOrThrow()).title).toBe("Mitad de doce");
    expect(await prisma.auditLog.count({ where: { action: "content.import" } })).toBe(audits + 1);
    await importBundle(prisma, parseBundle(bundle()));
  });

  it("is all or nothing: a bad problem later in the bundle leaves no translation behind", async () => {
    const db = await testDatabase();
    const b = bundle();
    const bad = structuredClone(b);
    // An unknown skill fails inside the transaction, after the first problem (and its translation) was written.
    bad.problemSets![0]!.problems[1]!.steps[0]!.skills = ["no-such-skill"];
    bad.skills = [];
    await db.skill.create({ data: { key: "halving", name: "Halving" } });
    await expect(importBundle(db, parseBundle(bad))).rejects.toThrow(/Unknown skill/);
    expect(await db.problemTranslation.count()).toBe(0);
    expect(await db.problemVersion.count()).toBe(0);
  });

  it("exports the language and the translations; export -> import -> export is byte-identical", async () => {
    const text = serializeBundle(await exportProblemSet(prisma, "halves"));
    const out = JSON.parse(text);
    expect(out.problemSets[0].problems[0].translations).toEqual({ es: spanish });
    expect(out.problemSets[0].problems[0].language).toBeUndefined();
    expect(out.problemSets[0].problems[1].language).toBe("sv");
    const other = await testDatabase();
    await importBundle(other, parseBundle(JSON.parse(text)));
    expect(serializeBundle(await exportProblemSet(other, "halves"))).toBe(text);
    expect((await importBundle(prisma, parseBundle(JSON.parse(text)))).translations).toBe(0);
  });

  it("batched first imports write translations too", async () => {
    const db = await testDatabase();
    const s = await importBundle(db, parseBundle(bundle()), { batch: true });
    expect(s.translations).toBe(1);
    const text = serializeBundle(await exportProblemSet(db, "halves"));
    expect(text).toBe(serializeBundle(await exportProblemSet(prisma, "halves")));
  });
});

describe("sessions in the student's language", () => {
  let prisma: PrismaClient;
  let studentId: string;
  const version = async (key: string) =>
    (await prisma.problem.findUniqueOrThrow({ where: { key }, select: { publishedVersionId: true } }))
      .publishedVersionId as string;

  beforeAll(async () => {
    prisma = await testDatabase();
    await importBundle(prisma, parseBundle(bundle()));
    studentId = (
      await prisma.user.create({ data: { email: "es@x.test", name: "Lucía", role: "student", passwordHash: "x" } })
    ).id;
  });

  it("loads a version in a language: the translation's texts, the version's answers", async () => {
    const id = await version("half-12");
    const en = await loadProblemVersion(prisma, id);
    const es = await loadProblemVersion(prisma, id, "es");
    expect(es.title).toBe("La mitad de doce");
    expect(es.steps[0]?.hints.map((h) => h.text)).toEqual(spanish.steps[0]?.hints);
    expect(es.steps[0]?.answer).toEqual(en.steps[0]?.answer);
    expect(es.stepIds).toEqual(en.stepIds);
    expect([en.contentLanguage, es.contentLanguage]).toEqual(["en", "es"]);
    expect((await loadProblemVersion(prisma, id, "sv")).title).toBe("Half of twelve");
    // The cached original is not touched by a translated load.
    expect((await loadProblemVersion(prisma, id)).title).toBe("Half of twelve");
  });

  it.each<[string, string, string, string, boolean]>([
    // problem, student's locale -> contentLanguage, title, notice
    ["half-12", "es", "es", "La mitad de doce", false],
    ["half-12", "en", "en", "Half of twelve", false],
    ["half-12", "sv", "en", "Half of twelve", true],
    ["half-8", "sv", "sv", "Half of eight", false],
    ["half-8", "es", "sv", "Half of eight", true],
  ])("%s for a student in %s: shown in %s", async (key, locale, contentLanguage, title, notice) => {
    const sessionId = await startTutoringSession(prisma, { studentId, problemVersionId: await version(key), locale });
    const s = await prisma.tutoringSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect({ locale: s.locale, contentLanguage: s.contentLanguage }).toEqual({ locale, contentLanguage });
    expect(needsLanguageNotice(s)).toBe(notice);
    expect((await loadProblemVersion(prisma, s.problemVersionId, s.contentLanguage)).title).toBe(title);
  });

  it.each([
    ["es-MX", "es"],
    ["xx", "en"],
    ["", "en"],
    ["<script>".repeat(500), "en"],
  ])("a session asked for language %j speaks %s (only a supported language is stored)", async (asked, stored) => {
    const sessionId = await startTutoringSession(prisma, {
      studentId,
      problemVersionId: await version("half-12"),
      locale: asked,
    });
    expect((await prisma.tutoringSession.findUniqueOrThrow({ where: { id: sessionId } })).locale).toBe(stored);
  });

  it("defaults to English, and openPractice passes the locale on", async () => {
    const sessionId = await startTutoringSession(prisma, { studentId, problemVersionId: await version("half-12") });
    expect(await prisma.tutoringSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
      locale: "en",
      contentLanguage: "en",
    });
    const other = (
      await prisma.user.create({ data: { email: "es2@x.test", name: "Mateo", role: "student", passwordHash: "x" } })
    ).id;
    const teacher = await prisma.user.create({
      data: { email: "t@x.test", name: "T", role: "teacher", passwordHash: "x" },
    });
    const cls = await prisma.classroom.create({ data: { name: "C", teacherId: teacher.id, joinCode: "HALF23" } });
    const set = await prisma.problemSet.findUniqueOrThrow({ where: { key: "halves" } });
    await prisma.problemSetAssignment.create({ data: { classroomId: cls.id, problemSetId: set.id } });
    await prisma.enrollment.create({ data: { classroomId: cls.id, studentId: other } });
    const practice = (await openPractice(prisma, other, { locale: "es" })) as string;
    const s = await prisma.tutoringSession.findUniqueOrThrow({ where: { id: practice } });
    expect(s.locale).toBe("es");
    const problem = await prisma.problem.findFirstOrThrow({ where: { publishedVersionId: s.problemVersionId } });
    expect(s.contentLanguage).toBe(problem.key === "half-12" ? "es" : "sv");
  });
});
