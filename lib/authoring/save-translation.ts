import "server-only";
import { stableStringify } from "@/lib/content/hash-content";
import { languageCode, translationSchemaFor } from "@/lib/content/translation";
import { AppError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { type Actor, assertAdmin, recordAudit } from "./actor";

export type TranslationIssueCode =
  | "empty"
  | "tooLong"
  | "controls"
  | "count"
  | "sameLanguage"
  | "language"
  | "untranslated"
  | "invalid";

export interface TranslationIssue {
  /** Where: ["title"], ["statement"], ["steps", 2, "hints", 0]... */
  path: (string | number)[];
  /** What, for the form to say in the admin's language. */
  code: TranslationIssueCode;
  /** In English (logs, tests). */
  message: string;
}

function issueCode(i: { code: string; message: string }, counts: boolean): TranslationIssueCode {
  if (i.code === "too_small") return "empty";
  if (i.code === "too_big") return "tooLong";
  if (i.code === "custom") return i.message.includes("control") ? "controls" : counts ? "count" : "invalid";
  return "invalid";
}

export type SaveTranslationResult =
  | { ok: true; changed: boolean; created: boolean }
  | { ok: false; issues: TranslationIssue[] };

/**
 * Saves an admin's translation of a problem version (title, statement, each step's prompt, hint
 * rungs and wrong-answer feedback): validated against the version (same counts, no empty text, no
 * control characters), then written in one transaction with its audit entry. A translation is
 * edited in place (not versioned like problems: it changes no answer); saving the same texts
 * writes nothing. Sessions read it on their next turn (loadProblemVersion does not cache it).
 */
export async function saveTranslation(
  prisma: PrismaClient,
  actor: Actor,
  args: { problemId: string; versionId: string; language: string; translation: unknown },
): Promise<SaveTranslationResult> {
  assertAdmin(actor);
  const language = languageCode.safeParse(args.language);
  if (!language.success)
    return { ok: false, issues: [{ path: ["language"], code: "language", message: "unknown language" }] };
  return prisma.$transaction(
    async (tx) => {
      const version = await tx.problemVersion.findFirst({
        where: { id: args.versionId, problemId: args.problemId },
        select: {
          id: true,
          version: true,
          language: true,
          title: true,
          statement: true,
          problem: { select: { key: true } },
          steps: {
            orderBy: { position: "asc" },
            select: {
              answerSpec: true,
              prompt: true,
              hints: { orderBy: { position: "asc" }, select: { id: true, text: true } },
              wrongAnswers: { orderBy: { position: "asc" }, select: { id: true, feedback: true } },
            },
          },
        },
      });
      if (!version) throw new AppError("not_found", "No such problem version.");
      if (version.language === language.data)
        return {
          ok: false as const,
          issues: [
            {
              path: ["language"],
              code: "sameLanguage",
              message: `the problem is written in "${language.data}" already`,
            },
          ],
        };
      const shape = { steps: version.steps.map((s) => ({ ...s, answer: s.answerSpec })) };
      const parsed = translationSchemaFor(shape).safeParse(args.translation);
      if (!parsed.success)
        return {
          ok: false as const,
          issues: parsed.error.issues.map((i) => ({
            path: i.path as (string | number)[],
            code: issueCode(i, /^step \d+ has|^has \d+ steps|^step \d+: two options/.test(i.message)),
            message: i.message,
          })),
        };
      const t = parsed.data;
      // Every text as the version has it: the form arrives filled with the original, and saving
      // it unchanged marked the problem "translated", so students of that language got the
      // original with no notice (found in a browser walk). Some texts may stay the same (a bare
      // equation); all of them cannot.
      const original = {
        title: version.title,
        statement: version.statement,
        steps: version.steps.map((s) => ({
          prompt: s.prompt,
          hints: s.hints.map((h) => h.text),
          wrongAnswers: s.wrongAnswers.map((w) => w.feedback),
        })),
      };
      const texts = {
        title: t.title,
        statement: t.statement,
        steps: t.steps.map((s) => ({ prompt: s.prompt, hints: s.hints, wrongAnswers: s.wrongAnswers })),
      };
      if (stableStringify(texts) === stableStringify(original))
        return {
          ok: false as const,
          issues: [{ path: [], code: "untranslated", message: "every text is the original's: nothing is translated" }],
        };
      const existing = await tx.problemTranslation.findUnique({
        where: { versionId_language: { versionId: version.id, language: language.data } },
        select: { id: true, title: true, statement: true, steps: true },
      });
      const same =
        existing &&
        stableStringify({ title: existing.title, statement: existing.statement, steps: existing.steps }) ===
          stableStringify(t);
      if (same) return { ok: true as const, changed: false, created: false };
      const data = { title: t.title, statement: t.statement, steps: t.steps as unknown as Prisma.InputJsonValue };
      if (existing) await tx.problemTranslation.update({ where: { id: existing.id }, data });
      else
        await tx.problemTranslation.create({
          data: { versionId: version.id, language: language.data, createdById: actor.id, ...data },
        });
      await recordAudit(
        tx,
        actor,
        existing ? "problem.translation.edit" : "problem.translation.create",
        { type: "Problem", id: args.problemId },
        { key: version.problem.key, version: version.version, language: language.data, title: t.title },
      );
      return { ok: true as const, changed: true, created: !existing };
    },
    { timeout: 30_000, maxWait: 15_000 },
  );
}
