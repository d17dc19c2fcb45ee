import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  type ContentBundle,
  type ContentBundleInput,
  contentBundle,
  type ProblemInput,
  problemInput,
  type SkillInput,
} from "./format";
import { parseBundle } from "./import-bundle";
import { STEP_CONTENT_SELECT } from "./step-content-select";
import { translationSchema } from "./translation";

/**
 * One problem set as a Stepwise bundle, the inverse of importBundle: the latest version of
 * each problem (drafts included: an export is the content as authored), the set's published
 * flag, and every skill the steps use plus their prerequisites (so the bundle imports into an
 * empty database). Deterministic: problems by position, skills by key, object keys in the
 * format's order, so export -> import -> export is byte-identical.
 */
export async function exportProblemSet(prisma: PrismaClient, setKey: string): Promise<ContentBundle> {
  const set = await prisma.problemSet.findUnique({
    where: { key: setKey },
    select: {
      key: true,
      title: true,
      description: true,
      status: true,
      problems: {
        orderBy: [{ position: "asc" }, { key: "asc" }],
        select: { key: true, versions: { orderBy: { version: "desc" }, take: 1, select: { id: true } } },
      },
    },
  });
  if (!set) throw new AppError("not_found", `No problem set with key "${setKey}".`);
  const problems: ProblemInput[] = [];
  for (const p of set.problems) {
    const v = p.versions[0];
    if (!v) continue;
    const translations = await loadTranslations(prisma, v.id);
    problems.push({
      key: p.key,
      ...(await loadVersionContent(prisma, v.id)),
      ...(Object.keys(translations).length ? { translations } : {}),
    });
  }
  const skills = await skillsWithPrerequisites(
    prisma,
    problems.flatMap((p) => p.steps.flatMap((s) => s.skills)),
  );
  const raw: ContentBundleInput = {
    format: "stepwise",
    version: 1,
    skills,
    problemSets: [
      {
        key: set.key,
        title: set.title,
        description: set.description,
        published: set.status === "published",
        problems,
      },
    ],
  };
  return parseBundle(raw, `export of ${setKey}`);
}

/**
 * A stored problem version as content (ProblemInput without the key): what the export writes
 * and what the authoring editor edits, so that saving unchanged content hashes the same.
 */
export async function loadVersionContent(prisma: PrismaClient, versionId: string): Promise<Omit<ProblemInput, "key">> {
  const v = await prisma.problemVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: {
      title: true,
      statement: true,
      source: true,
      language: true,
      steps: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          ...STEP_CONTENT_SELECT,
        },
      },
    },
  });
  const skills = await stepSkillKeys(
    prisma,
    v.steps.map((s) => s.id),
  );
  const content = {
    title: v.title,
    statement: v.statement,
    steps: v.steps.map((s) => ({
      prompt: s.prompt,
      answer: s.answerSpec,
      skills: skills.get(s.id) ?? [],
      hints: s.hints.map((h) =>
        h.kind === "scaffold"
          ? { kind: h.kind, text: h.text, answer: h.scaffoldAnswer }
          : { kind: h.kind, text: h.text },
      ),
      wrongAnswers: s.wrongAnswers.map((w) => ({
        match: w.match,
        feedback: w.feedback,
        misconception: w.misconception,
      })),
    })),
    ...(v.source ? { source: v.source } : {}),
    // English is the default and is left out, so content written before languages existed
    // exports (and hashes) as it did.
    ...(v.language !== "en" ? { language: v.language } : {}),
  };
  return problemInput.omit({ key: true, translations: true }).parse(content);
}

/** A version's translations by language (sorted, so the export is deterministic). */
export async function loadTranslations(
  prisma: PrismaClient,
  versionId: string,
): Promise<NonNullable<ProblemInput["translations"]>> {
  const rows = await prisma.problemTranslation.findMany({
    where: { versionId },
    orderBy: { language: "asc" },
    select: { language: true, title: true, statement: true, steps: true },
  });
  const out: NonNullable<ProblemInput["translations"]> = {};
  for (const r of rows)
    out[r.language] = translationSchema.parse({ title: r.title, statement: r.statement, steps: r.steps });
  return out;
}

/**
 * Each step's skill keys in the order they were written. StepSkill has no position column, so
 * the order is the rows' physical order (ctid), which is insertion order for these write-once
 * rows. (A position column would be the proper fix; see docs/decisions/008.)
 */
async function stepSkillKeys(prisma: PrismaClient, stepIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (stepIds.length === 0) return out;
  const rows = await prisma.$queryRaw<{ stepId: string; key: string }[]>`
    SELECT ss."stepId", s."key" FROM "StepSkill" ss JOIN "Skill" s ON s."id" = ss."skillId"
    WHERE ss."stepId" = ANY(${stepIds}::text[]) ORDER BY ss.ctid`;
  for (const r of rows) out.set(r.stepId, [...(out.get(r.stepId) ?? []), r.key]);
  return out;
}

/** The skills with these keys and, transitively, their prerequisites, sorted by key. */
async function skillsWithPrerequisites(prisma: PrismaClient, keys: string[]): Promise<SkillInput[]> {
  const all = await prisma.skill.findMany({
    select: {
      key: true,
      name: true,
      description: true,
      prerequisites: { select: { prerequisite: { select: { key: true } } } },
    },
  });
  const byKey = new Map(all.map((s) => [s.key, s]));
  const wanted = new Set<string>();
  const visit = (key: string) => {
    if (wanted.has(key) || !byKey.has(key)) return;
    wanted.add(key);
    for (const p of byKey.get(key)?.prerequisites ?? []) visit(p.prerequisite.key);
  };
  for (const k of keys) visit(k);
  return [...wanted].sort().map((key) => {
    const s = byKey.get(key)!;
    return {
      key: s.key,
      name: s.name,
      description: s.description,
      prerequisites: s.prerequisites.map((p) => p.prerequisite.key).sort(),
    };
  });
}

/** The bundle as the file content:export writes: 2-space JSON and a final newline. */
export function serializeBundle(bundle: ContentBundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/** The JSON Schema of what authors write (defaults optional), from the zod schema. */
export function generateContentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(contentBundle, { io: "input", unrepresentable: "any" }),
    title: "Stepwise content bundle",
    description: "A Stepwise content bundle: skills and problem sets (docs/content-format.md).",
  };
}

/** lib/content/content-json-schema.ts as generated by content:export -- --json-schema. */
export function contentSchemaModule(schema: Record<string, unknown>): string {
  return `// Generated: the JSON Schema of the Stepwise content format (docs/content-format.md), from the
// zod schema in ./format.ts with z.toJSONSchema. Do not edit by hand: regenerate with
//   npm run content:export -- --json-schema lib/content/content-json-schema.ts
// (lib/content/export-bundle.test.ts keeps it in sync). Tools can validate bundles with it.
export const contentJsonSchema = ${JSON.stringify(schema, null, 2)} as const;
`;
}
