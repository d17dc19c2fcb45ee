import { STEP_CONTENT_SELECT } from "@/lib/content/step-content-select";
import { applyTranslation, translationSchema } from "@/lib/content/translation";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { processWide } from "@/lib/process-wide";
import { answerSpec } from "@/lib/tutor/answers/spec";
import type { TutorProblem } from "@/lib/tutor/types";

export interface LoadedProblem extends TutorProblem {
  versionId: string;
  /** Database ids of the steps, in order (attempt records point at them). */
  stepIds: string[];
  /** Skill ids of each step, in order (knowledge tracing updates them). */
  stepSkills: string[][];
  problemId: string;
  source: { name?: string; url?: string; licence?: string; attribution?: string } | null;
  /** The language the version is written in. */
  language: string;
  /** The language of the texts loaded: `language`, or a translation's. */
  contentLanguage: string;
}

// Problem versions never change once written (edits make a new version), so every server can
// keep the ones it has loaded: the cache needs no invalidation and holds no shared state.
// Translations are edited in place (lib/authoring/save-translation.ts), so they are not cached:
// a translated load reads the one translation row (by its unique key) on every call.
// One cache per process (lib/process-wide.ts): the start-up warm-up fills the routes' cache.
const { cache, loading } = processWide("problem-versions", () => ({
  cache: new Map<string, LoadedProblem>(),
  // Loads under way: requests that need a version another request is loading wait for that load
  // instead of reading it again (a class starting at once asks for the same versions together).
  loading: new Map<string, Promise<LoadedProblem>>(),
}));
const MAX_CACHED = 2000;

/**
 * A problem version ready for the tutor. With `language` (a session's contentLanguage), the
 * texts are that translation's when one exists; otherwise (or when the version is written in
 * that language) the version's own.
 */
export async function loadProblemVersion(
  prisma: PrismaClient,
  versionId: string,
  language?: string | null,
): Promise<LoadedProblem> {
  const original = await loadOriginal(prisma, versionId);
  if (!language || language === original.language) return original;
  const t = await prisma.problemTranslation.findUnique({
    where: { versionId_language: { versionId, language } },
    select: { title: true, statement: true, steps: true },
  });
  if (!t) return original;
  const translation = translationSchema.parse({ title: t.title, statement: t.statement, steps: t.steps });
  return { ...applyTranslation(original, translation), contentLanguage: language };
}

/** Whether this process has the version in its cache (tests, and the start-up warm-up's check). */
export function isVersionLoaded(versionId: string): boolean {
  return cache.has(versionId);
}

/** The languages a version can be shown in other than its own (its translations'). */
export async function translationLanguages(prisma: PrismaClient, versionId: string): Promise<string[]> {
  const rows = await prisma.problemTranslation.findMany({
    where: { versionId },
    orderBy: { language: "asc" },
    select: { language: true },
  });
  return rows.map((r) => r.language);
}

function loadOriginal(prisma: PrismaClient, versionId: string): Promise<LoadedProblem> {
  const hit = cache.get(versionId);
  if (hit) return Promise.resolve(hit);
  const pending = loading.get(versionId);
  if (pending) return pending;
  const load = readOriginal(prisma, versionId).finally(() => loading.delete(versionId));
  loading.set(versionId, load);
  return load;
}

const VERSION_SELECT = {
  id: true,
  problemId: true,
  title: true,
  statement: true,
  source: true,
  language: true,
  steps: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      skills: { select: { skillId: true } },
      ...STEP_CONTENT_SELECT,
    },
  },
} as const satisfies Prisma.ProblemVersionSelect;

/** A version as the tutor reads it: the shape of the nested read `VERSION_SELECT`. */
export type VersionRow = Prisma.ProblemVersionGetPayload<{ select: typeof VERSION_SELECT }>;

/**
 * The versions with these ids in ONE statement: each version with its steps in order, each step
 * with its skills (in the order written), hints and wrong answers (by position), aggregated as
 * JSON by the database. Prisma's nested read of the same (`VERSION_SELECT`, kept for the
 * equality test) is five statements, one per level: on PostgreSQL under load each is a round
 * trip queued behind other turns' statements, and a turn on a problem this process has not
 * loaded yet paid five (decision 022, addendum 7). Same fields as STEP_CONTENT_SELECT;
 * load-problem.db.test.ts fails if the two reads ever differ.
 */
export async function readVersionRows(
  prisma: Pick<PrismaClient, "$queryRaw">,
  versionIds: readonly string[],
): Promise<VersionRow[]> {
  if (versionIds.length === 0) return [];
  return prisma.$queryRaw<VersionRow[]>`
    SELECT v."id", v."problemId", v."title", v."statement", v."source", v."language",
      COALESCE((
        SELECT json_agg(json_build_object(
          'id', st."id",
          'skills', COALESCE((SELECT json_agg(json_build_object('skillId', ss."skillId") ORDER BY ss.ctid)
                                FROM "StepSkill" ss WHERE ss."stepId" = st."id"), '[]'::json),
          'prompt', st."prompt",
          'answerSpec', st."answerSpec",
          'hints', COALESCE((SELECT json_agg(json_build_object('kind', h."kind"::text, 'text', h."text",
                                                               'scaffoldAnswer', h."scaffoldAnswer") ORDER BY h."position")
                               FROM "HintItem" h WHERE h."stepId" = st."id"), '[]'::json),
          'wrongAnswers', COALESCE((SELECT json_agg(json_build_object('match', w."match", 'feedback', w."feedback",
                                                                      'misconception', w."misconception") ORDER BY w."position")
                                      FROM "WrongAnswer" w WHERE w."stepId" = st."id"), '[]'::json)
        ) ORDER BY st."position")
        FROM "Step" st WHERE st."versionId" = v."id"), '[]'::json) AS "steps"
    FROM "ProblemVersion" v
    WHERE v."id" = ANY(${[...versionIds]}::text[])`;
}

/** Prisma's nested read of the same versions (five statements): the reference for the test. */
export function readVersionRowsNested(prisma: PrismaClient, versionIds: readonly string[]): Promise<VersionRow[]> {
  return prisma.problemVersion.findMany({ where: { id: { in: [...versionIds] } }, select: VERSION_SELECT });
}

function toLoaded(v: VersionRow): LoadedProblem {
  const problem: LoadedProblem = {
    versionId: v.id,
    problemId: v.problemId,
    title: v.title,
    statement: v.statement,
    source: (v.source as LoadedProblem["source"]) ?? null,
    language: v.language,
    contentLanguage: v.language,
    stepIds: v.steps.map((s) => s.id),
    stepSkills: v.steps.map((s) => s.skills.map((k) => k.skillId)),
    steps: v.steps.map((s) => ({
      prompt: s.prompt,
      answer: answerSpec.parse(s.answerSpec),
      hints: s.hints.map((h) => ({
        kind: h.kind,
        text: h.text,
        answer: h.scaffoldAnswer ? answerSpec.parse(h.scaffoldAnswer) : undefined,
      })),
      wrongAnswers: s.wrongAnswers,
    })),
  };
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(v.id, problem);
  return problem;
}

async function readOriginal(prisma: PrismaClient, versionId: string): Promise<LoadedProblem> {
  const [row] = await readVersionRows(prisma, [versionId]);
  if (!row) throw new Error(`No problem version ${versionId}`);
  return toLoaded(row);
}

/**
 * Reads the versions not yet cached into the cache, `batch` versions per statement
 * (`readVersionRows`; the start-up warm-up of hundreds of open sessions' versions otherwise took
 * one round trip per level per version, about 12 ms each on the embedded database, while the
 * first turns waited behind it). Returns how many were read. Unknown ids are skipped.
 */
export async function preloadProblemVersions(
  prisma: PrismaClient,
  versionIds: readonly string[],
  batch = 25,
): Promise<number> {
  const wanted = [...new Set(versionIds)].filter((id) => !cache.has(id) && !loading.has(id));
  let read = 0;
  for (let i = 0; i < wanted.length; i += batch) {
    const rows = await readVersionRows(prisma, wanted.slice(i, i + batch));
    for (const v of rows) if (!cache.has(v.id)) toLoaded(v);
    read += rows.length;
  }
  return read;
}
