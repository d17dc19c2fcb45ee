import "server-only";
import { hashProblemContent } from "@/lib/content/hash-content";
import { writeProblemVersion } from "@/lib/content/import-bundle";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type Actor, assertAdmin, recordAudit } from "./actor";
import { type AuthoringIssue, parseProblemDraft, validateProblem } from "./validate-problem";

export type SaveProblemResult =
  | { ok: true; problemId: string; version: number; changed: boolean }
  | { ok: false; issues: AuthoringIssue[] };

/**
 * The one way the editor saves a problem: parse and validate the draft (issues name the step and
 * field), then, in one transaction, write a new version only when the content changed (same hash
 * as the latest version: nothing is written). A new problem starts as a draft at the end of its
 * set. Editing a published problem leaves the published version live: the new version is a
 * draft until publishProblem. Sessions keep the version they started on.
 */
export async function saveProblem(
  prisma: PrismaClient,
  actor: Actor,
  args: { setId: string; problemId?: string | null; draft: unknown },
): Promise<SaveProblemResult> {
  assertAdmin(actor);
  const parsed = parseProblemDraft(args.draft);
  if (!parsed.ok) return parsed;
  const input = parsed.input;
  const issues = validateProblem(input);
  if (issues.length) return { ok: false, issues };
  return prisma.$transaction(
    async (tx) => {
      const keys = [...new Set(input.steps.flatMap((s) => s.skills))];
      const skills = await tx.skill.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } });
      const skillIds = new Map(skills.map((s) => [s.key, s.id]));
      const unknown: AuthoringIssue[] = input.steps.flatMap((s, i) =>
        s.skills
          .filter((k) => !skillIds.has(k))
          .map((k) => ({
            step: i + 1,
            field: "skills",
            message: `unknown skill "${k}"`,
            text: { key: "admin.errors.issues.unknownSkill", values: { key: k } },
          })),
      );
      if (unknown.length) return { ok: false as const, issues: unknown };
      let problem: { id: string; key: string; versions: { id: string; version: number; contentHash: string }[] };
      if (args.problemId) {
        const found = await tx.problem.findFirst({
          where: { id: args.problemId, problemSetId: args.setId },
          select: {
            id: true,
            key: true,
            versions: { orderBy: { version: "desc" }, take: 1, select: { id: true, version: true, contentHash: true } },
          },
        });
        if (!found)
          throw new AppError("not_found", "No such problem in this set.", undefined, {
            key: "admin.errors.noSuchProblemInSet",
          });
        if (found.key !== input.key)
          return {
            ok: false as const,
            issues: [
              {
                step: null,
                field: "key",
                message: "a problem's key cannot change",
                text: { key: "admin.errors.issues.keyFixed" },
              },
            ],
          };
        problem = found;
      } else {
        const set = await tx.problemSet.findUnique({ where: { id: args.setId }, select: { id: true } });
        if (!set) throw new AppError("not_found", "No such problem set.", undefined, { key: "admin.errors.noSuchSet" });
        if (await tx.problem.findUnique({ where: { key: input.key }, select: { id: true } }))
          return {
            ok: false as const,
            issues: [
              {
                step: null,
                field: "key",
                message: `"${input.key}" is already used by another problem`,
                text: { key: "admin.errors.issues.keyTaken", values: { key: input.key } },
              },
            ],
          };
        const last = await tx.problem.aggregate({ where: { problemSetId: args.setId }, _max: { position: true } });
        problem = {
          ...(await tx.problem.create({
            data: {
              key: input.key,
              problemSetId: args.setId,
              position: (last._max.position ?? -1) + 1,
              status: "draft",
            },
            select: { id: true, key: true },
          })),
          versions: [],
        };
      }
      const contentHash = hashProblemContent(input);
      const latest = problem.versions[0];
      if (latest && latest.contentHash === contentHash) {
        return { ok: true as const, problemId: problem.id, version: latest.version, changed: false };
      }
      const version = (latest?.version ?? 0) + 1;
      // The latest version's translations come along when they still fit its steps (same
      // transaction); the audit entry names those that do not (to translate again).
      const written = await writeProblemVersion(tx, {
        problemId: problem.id,
        version,
        input,
        contentHash,
        skillIds,
        actorId: actor.id,
        previous: latest ? { id: latest.id } : null,
      });
      const { copied, notCopied } = written.translations;
      await recordAudit(
        tx,
        actor,
        latest ? "problem.edit" : "problem.create",
        { type: "Problem", id: problem.id },
        {
          key: problem.key,
          version,
          title: input.title,
          steps: input.steps.length,
          ...(copied.length ? { translationsCopied: copied } : {}),
          ...(notCopied.length ? { translationsNotCopied: notCopied } : {}),
        },
      );
      return { ok: true as const, problemId: problem.id, version, changed: true };
    },
    { timeout: 60_000, maxWait: 15_000 },
  );
}
