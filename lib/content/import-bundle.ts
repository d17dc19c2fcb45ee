import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { type ContentBundle, type ContentBundleInput, contentBundle, type ProblemInput } from "./format";
import { hashProblemContent, stableStringify } from "./hash-content";
import { findCycle } from "./skill-graph";
import { carryTranslations, type TranslationShape } from "./translation";

export interface ImportSummary {
  skills: number;
  problemSets: number;
  problems: number;
  newVersions: number;
  steps: number;
  hints: number;
  wrongAnswers: number;
  /** Translations written or changed (identical ones are left alone). */
  translations: number;
  /** What the import did to each record of the bundle, by kind (the admin's import summary). */
  changes: Record<ChangeKind, ChangeCounts>;
}

export type ChangeKind = "skills" | "problemSets" | "problems";
export interface ChangeCounts {
  created: number;
  updated: number;
  unchanged: number;
}

function noChanges(): Record<ChangeKind, ChangeCounts> {
  const zero = () => ({ created: 0, updated: 0, unchanged: 0 });
  return { skills: zero(), problemSets: zero(), problems: zero() };
}

type Tx = Prisma.TransactionClient;

/** Translations of the previous versions of changed problems: copied, or left behind and why. */
interface Carried {
  copied: number;
  notCopied: { problem: string; language: string; reason: string }[];
}

/** Validates a bundle; the error names the record and field. Pure. */
export function parseBundle(raw: unknown, label = "bundle"): ContentBundle {
  const parsed = contentBundle.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") ?? "";
    throw new AppError("bad_request", `${label}: ${where ? `${where}: ` : ""}${issue?.message ?? "invalid content"}`);
  }
  return parsed.data;
}

export function mergeBundles(bundles: ContentBundleInput[]): ContentBundleInput {
  return {
    format: "stepwise",
    version: 1,
    skills: bundles.flatMap((b) => b.skills ?? []),
    problemSets: bundles.flatMap((b) => b.problemSets ?? []),
  };
}

/**
 * Loads a bundle in one transaction: all or nothing. Skills, sets and problems are matched by
 * key, so importing the same content twice changes nothing; a problem whose content changed
 * gets a new version (sessions keep the version they started on).
 */
export async function importBundle(
  prisma: PrismaClient,
  bundle: ContentBundle,
  /**
   * `batch`: write problems that do not exist yet with one insert per table (see writeNewProblems).
   * `draft`: publish nothing. New sets and problems are drafts; existing ones keep their status
   * and published version (a changed problem's new version waits, as after an edit).
   */
  opts: { actorId?: string | null; source?: string; batch?: boolean; draft?: boolean } = {},
): Promise<ImportSummary> {
  const summary: ImportSummary = {
    skills: 0,
    problemSets: 0,
    problems: 0,
    newVersions: 0,
    steps: 0,
    hints: 0,
    wrongAnswers: 0,
    translations: 0,
    changes: noChanges(),
  };
  const carried: Carried = { copied: 0, notCopied: [] };
  return prisma.$transaction(
    async (tx) => {
      const skillIds = await upsertSkills(tx, bundle, summary);
      for (const bundleSet of bundle.problemSets) {
        const set = opts.draft ? { ...bundleSet, published: false } : bundleSet;
        const status = set.published ? "published" : "draft";
        const before = await tx.problemSet.findUnique({
          where: { key: set.key },
          select: { title: true, description: true, status: true },
        });
        const keepStatus = !!opts.draft && !!before;
        summary.changes.problemSets[
          !before
            ? "created"
            : before.title !== set.title ||
                before.description !== set.description ||
                (!keepStatus && before.status !== status)
              ? "updated"
              : "unchanged"
        ]++;
        const row = await tx.problemSet.upsert({
          where: { key: set.key },
          create: {
            key: set.key,
            title: set.title,
            description: set.description,
            status: set.published ? "published" : "draft",
          },
          update: { title: set.title, description: set.description, ...(keepStatus ? {} : { status }) },
        });
        summary.problemSets++;
        const written = opts.batch
          ? await writeNewProblems(tx, row.id, set.problems, set.published, skillIds, summary, opts.actorId ?? null)
          : new Set<number>();
        for (const [position, problem] of set.problems.entries()) {
          if (written.has(position)) continue;
          await upsertProblem(
            tx,
            row.id,
            position,
            problem,
            set.published,
            skillIds,
            summary,
            opts.actorId ?? null,
            carried,
            !!opts.draft,
          );
        }
      }
      if (summary.newVersions > 0 || summary.skills > 0 || summary.translations > 0) {
        await tx.auditLog.create({
          data: {
            actorId: opts.actorId ?? null,
            action: "content.import",
            entityType: "ContentBundle",
            entityId: opts.source ?? "bundle",
            details: {
              ...summary,
              changes: { ...summary.changes } as unknown as Prisma.InputJsonObject,
              ...(carried.copied ? { translationsCopied: carried.copied } : {}),
              // Translations of an edited problem that no longer fit its steps: to translate again.
              ...(carried.notCopied.length ? { translationsNotCopied: carried.notCopied } : {}),
            },
          },
        });
      }
      return summary;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/**
 * The problems of a set that have no row yet, written with one createMany per table (ids made
 * here so that rows can point at each other) and published with one UPDATE: for large first
 * imports, where one query per row is slow. Returns their positions in the set; the others
 * (existing keys, a key repeated in the set) take upsertProblem, as without `batch`.
 */
async function writeNewProblems(
  tx: Tx,
  problemSetId: string,
  problems: ProblemInput[],
  published: boolean,
  skillIds: Map<string, string>,
  summary: ImportSummary,
  actorId: string | null,
): Promise<Set<number>> {
  const existing = await tx.problem.findMany({
    where: { key: { in: problems.map((p) => p.key) } },
    select: { key: true },
  });
  const taken = new Set(existing.map((p) => p.key));
  const rows = {
    problems: [] as Prisma.ProblemCreateManyInput[],
    versions: [] as Prisma.ProblemVersionCreateManyInput[],
    steps: [] as Prisma.StepCreateManyInput[],
    skills: [] as Prisma.StepSkillCreateManyInput[],
    hints: [] as Prisma.HintItemCreateManyInput[],
    wrong: [] as Prisma.WrongAnswerCreateManyInput[],
    translations: [] as Prisma.ProblemTranslationCreateManyInput[],
  };
  const fresh = new Set<string>();
  const written = new Set<number>();
  for (const [position, input] of problems.entries()) {
    if (taken.has(input.key) || fresh.has(input.key)) continue;
    fresh.add(input.key);
    written.add(position);
    const problemId = randomUUID();
    const versionId = randomUUID();
    const status = published ? "published" : "draft";
    rows.problems.push({ id: problemId, key: input.key, problemSetId, position, status });
    rows.versions.push({
      id: versionId,
      problemId,
      version: 1,
      title: input.title,
      statement: input.statement,
      source: input.source ?? undefined,
      contentHash: hashProblemContent(input),
      language: input.language ?? "en",
      createdById: actorId,
    });
    for (const [language, t] of Object.entries(input.translations ?? {})) {
      rows.translations.push({ versionId, language, ...translationRow(t), createdById: actorId });
      summary.translations++;
    }
    for (const [stepPos, step] of input.steps.entries()) {
      const stepId = randomUUID();
      rows.steps.push({ id: stepId, versionId, position: stepPos, prompt: step.prompt, answerSpec: step.answer });
      for (const k of new Set(step.skills)) rows.skills.push({ stepId, skillId: skillIds.get(k) as string });
      for (const [i, h] of step.hints.entries()) {
        const scaffoldAnswer = h.kind === "scaffold" ? (h.answer as Prisma.InputJsonValue) : undefined;
        rows.hints.push({ stepId, position: i, kind: h.kind, text: h.text, scaffoldAnswer });
      }
      for (const [i, w] of step.wrongAnswers.entries()) rows.wrong.push({ stepId, position: i, ...w });
    }
    summary.problems++;
    summary.changes.problems.created++;
    summary.newVersions++;
    summary.steps += input.steps.length;
    summary.hints += input.steps.reduce((n, s) => n + s.hints.length, 0);
    summary.wrongAnswers += input.steps.reduce((n, s) => n + s.wrongAnswers.length, 0);
  }
  if (written.size === 0) return written;
  await tx.problem.createMany({ data: rows.problems });
  await tx.problemVersion.createMany({ data: rows.versions });
  await tx.step.createMany({ data: rows.steps });
  await tx.stepSkill.createMany({ data: rows.skills });
  await tx.hintItem.createMany({ data: rows.hints });
  if (rows.wrong.length) await tx.wrongAnswer.createMany({ data: rows.wrong });
  if (rows.translations.length) await tx.problemTranslation.createMany({ data: rows.translations });
  if (published) {
    const ids = rows.problems.map((p) => p.id as string);
    await tx.$executeRaw`UPDATE "Problem" p SET "publishedVersionId" = v.id FROM "ProblemVersion" v WHERE v."problemId" = p.id AND p.id = ANY(${ids})`;
  }
  return written;
}

async function upsertSkills(tx: Tx, bundle: ContentBundle, summary: ImportSummary): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const existing = new Map(
    (
      await tx.skill.findMany({
        where: { key: { in: bundle.skills.map((s) => s.key) } },
        select: {
          key: true,
          name: true,
          description: true,
          prerequisites: { select: { prerequisite: { select: { key: true } } } },
        },
      })
    ).map((s) => [s.key, s]),
  );
  for (const s of bundle.skills) {
    const before = existing.get(s.key);
    const prereqs = (keys: string[]) => [...new Set(keys)].sort().join("\n");
    summary.changes.skills[
      !before
        ? "created"
        : before.name !== s.name ||
            (before.description ?? "") !== (s.description ?? "") ||
            prereqs(before.prerequisites.map((p) => p.prerequisite.key)) !== prereqs(s.prerequisites)
          ? "updated"
          : "unchanged"
    ]++;
    const row = await tx.skill.upsert({
      where: { key: s.key },
      create: { key: s.key, name: s.name, description: s.description },
      update: { name: s.name, description: s.description },
      select: { id: true },
    });
    ids.set(s.key, row.id);
    summary.skills++;
  }
  const referenced = new Set(
    bundle.problemSets.flatMap((p) => p.problems.flatMap((pr) => pr.steps.flatMap((st) => st.skills))),
  );
  for (const s of bundle.skills) for (const p of s.prerequisites) referenced.add(p);
  for (const key of referenced) {
    if (ids.has(key)) continue;
    const row = await tx.skill.findUnique({ where: { key }, select: { id: true } });
    if (!row)
      throw new AppError("bad_request", `Unknown skill "${key}": define it in skills first.`, undefined, {
        key: "admin.importText.unknownSkill",
        values: { key },
      });
    ids.set(key, row.id);
  }
  for (const s of bundle.skills) {
    const skillId = ids.get(s.key) as string;
    await tx.skillPrerequisite.deleteMany({ where: { skillId } });
    if (s.prerequisites.length) {
      await tx.skillPrerequisite.createMany({
        data: s.prerequisites.map((p) => ({ skillId, prerequisiteId: ids.get(p) as string })),
      });
    }
  }
  const edges = await tx.skillPrerequisite.findMany({
    select: { skill: { select: { key: true } }, prerequisite: { select: { key: true } } },
  });
  const graph = new Map<string, string[]>();
  for (const e of edges) graph.set(e.skill.key, [...(graph.get(e.skill.key) ?? []), e.prerequisite.key]);
  const cycle = findCycle(graph);
  if (cycle)
    throw new AppError("bad_request", `Skill prerequisites form a cycle: ${cycle.join(" -> ")}`, undefined, {
      key: "admin.importText.cycle",
      values: { cycle: cycle.join(" → ") },
    });
  return ids;
}

async function upsertProblem(
  tx: Tx,
  problemSetId: string,
  position: number,
  input: ProblemInput,
  published: boolean,
  skillIds: Map<string, string>,
  summary: ImportSummary,
  actorId: string | null,
  carried: Carried,
  /** Leave an existing problem's status and published version as they are (importBundle's `draft`). */
  keepStatus = false,
): Promise<void> {
  summary.problems++;
  const contentHash = hashProblemContent(input);
  const existing = await tx.problem.findUnique({
    where: { key: input.key },
    select: {
      id: true,
      versions: { orderBy: { version: "desc" }, take: 1, select: { id: true, version: true, contentHash: true } },
    },
  });
  const problem =
    existing ??
    (await tx.problem.create({
      data: { key: input.key, problemSetId, position, status: published ? "published" : "draft" },
      select: { id: true, versions: { select: { id: true, version: true, contentHash: true } } },
    }));
  const latest = problem.versions[0];
  let versionId = latest?.id;
  summary.changes.problems[!existing ? "created" : latest?.contentHash !== contentHash ? "updated" : "unchanged"]++;
  if (!latest || latest.contentHash !== contentHash) {
    const written = await writeProblemVersion(tx, {
      problemId: problem.id,
      version: (latest?.version ?? 0) + 1,
      input,
      contentHash,
      skillIds,
      actorId,
      // The bundle's own translations win (writeTranslations below); others are copied if they fit.
      previous: latest ? { id: latest.id, except: Object.keys(input.translations ?? {}) } : null,
    });
    versionId = written.id;
    carried.copied += written.translations.copied.length;
    for (const t of written.translations.notCopied)
      carried.notCopied.push({ problem: input.key, language: t.language, reason: t.reason });
    summary.newVersions++;
    summary.steps += written.steps;
    summary.hints += written.hints;
    summary.wrongAnswers += written.wrongAnswers;
  }
  summary.translations += await writeTranslations(tx, versionId as string, input.translations, actorId);
  await tx.problem.update({
    where: { id: problem.id },
    data: {
      problemSetId,
      position,
      ...(keepStatus && existing
        ? {}
        : { status: published ? "published" : "draft", publishedVersionId: published ? versionId : null }),
    },
  });
}

/**
 * Writes one new, immutable problem version with its steps, skills, hint ladder and wrong
 * answers. Shared by the importer and the authoring editor (lib/authoring/save-problem.ts).
 * `skillIds` maps every skill key the steps use to its id.
 */
export async function writeProblemVersion(
  tx: Tx,
  args: {
    problemId: string;
    version: number;
    input: Omit<ProblemInput, "key">;
    contentHash: string;
    skillIds: Map<string, string>;
    actorId: string | null;
    /**
     * The version this one replaces (the problem's latest): its translations that still fit are
     * copied, keeping their dates (the translations page flags them as possibly stale); `except`
     * names languages not to copy (an import brings its own).
     */
    previous?: { id: string; except?: readonly string[] } | null;
  },
): Promise<WrittenVersion> {
  const { input, skillIds } = args;
  const counts = { steps: 0, hints: 0, wrongAnswers: 0 };
  const version = await tx.problemVersion.create({
    data: {
      problemId: args.problemId,
      version: args.version,
      title: input.title,
      statement: input.statement,
      source: input.source ?? undefined,
      contentHash: args.contentHash,
      language: input.language ?? "en",
      createdById: args.actorId,
    },
    select: { id: true },
  });
  for (const [stepPos, step] of input.steps.entries()) {
    const row = await tx.step.create({
      data: {
        versionId: version.id,
        position: stepPos,
        prompt: step.prompt,
        answerSpec: step.answer as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    counts.steps++;
    await tx.stepSkill.createMany({
      data: step.skills.map((k) => ({ stepId: row.id, skillId: skillIds.get(k) as string })),
    });
    await tx.hintItem.createMany({
      data: step.hints.map((h, i) => ({
        stepId: row.id,
        position: i,
        kind: h.kind,
        text: h.text,
        scaffoldAnswer: h.kind === "scaffold" ? (h.answer as Prisma.InputJsonValue) : undefined,
      })),
    });
    counts.hints += step.hints.length;
    if (step.wrongAnswers.length) {
      await tx.wrongAnswer.createMany({
        data: step.wrongAnswers.map((w, i) => ({ stepId: row.id, position: i, ...w })),
      });
    }
    counts.wrongAnswers += step.wrongAnswers.length;
  }
  const translations = args.previous
    ? await copyTranslations(tx, args.previous, version.id, { language: input.language ?? "en", steps: input.steps })
    : { copied: [], notCopied: [] };
  return { id: version.id, ...counts, translations };
}

export interface WrittenVersion {
  id: string;
  steps: number;
  hints: number;
  wrongAnswers: number;
  /** Translations of the previous version: copied (their languages), or not (and why). */
  translations: { copied: string[]; notCopied: { language: string; reason: string }[] };
}

/**
 * Copies to a new version the previous version's translations that still line up with its
 * steps (carryTranslations), with their original dates and author, so that the translations
 * page can tell a copy from a translation made for this version. Others are not copied: the
 * version's students read the original until an admin translates it again.
 */
export async function copyTranslations(
  tx: Tx,
  previous: { id: string; except?: readonly string[] },
  versionId: string,
  shape: TranslationShape & { language: string },
): Promise<WrittenVersion["translations"]> {
  const rows = await tx.problemTranslation.findMany({
    where: { versionId: previous.id },
    orderBy: { language: "asc" },
    select: {
      language: true,
      title: true,
      statement: true,
      steps: true,
      createdAt: true,
      updatedAt: true,
      createdById: true,
    },
  });
  const { carried, left } = carryTranslations(shape, rows, previous.except);
  if (carried.length)
    await tx.problemTranslation.createMany({
      data: carried.map((t) => ({
        versionId,
        language: t.language,
        title: t.title,
        statement: t.statement,
        steps: t.steps as Prisma.InputJsonValue,
        createdAt: t.createdAt,
        updatedAt: t.updatedAt,
        createdById: t.createdById,
      })),
    });
  return { copied: carried.map((t) => t.language), notCopied: left };
}

type TranslationInput = NonNullable<ProblemInput["translations"]>[string];

function translationRow(t: TranslationInput) {
  return { title: t.title, statement: t.statement, steps: t.steps as unknown as Prisma.InputJsonValue };
}

/**
 * A version's translations as the bundle gives them: a missing one is created, a changed one
 * updated in place (translations are not immutable like versions), an identical one left alone.
 * Translations the bundle does not name are kept (an admin may have added them). Returns how
 * many were written.
 */
export async function writeTranslations(
  tx: Tx,
  versionId: string,
  translations: ProblemInput["translations"],
  actorId: string | null,
): Promise<number> {
  const entries = Object.entries(translations ?? {});
  if (entries.length === 0) return 0;
  const existing = await tx.problemTranslation.findMany({
    where: { versionId, language: { in: entries.map(([l]) => l) } },
    select: { id: true, language: true, title: true, statement: true, steps: true },
  });
  const byLanguage = new Map(existing.map((t) => [t.language, t]));
  let written = 0;
  for (const [language, t] of entries) {
    const row = translationRow(t);
    const have = byLanguage.get(language);
    if (!have) {
      await tx.problemTranslation.create({ data: { versionId, language, ...row, createdById: actorId } });
      written++;
    } else if (
      stableStringify({ title: have.title, statement: have.statement, steps: have.steps }) !==
      stableStringify({ title: t.title, statement: t.statement, steps: t.steps })
    ) {
      await tx.problemTranslation.update({ where: { id: have.id }, data: row });
      written++;
    }
  }
  return written;
}
