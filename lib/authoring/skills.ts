import "server-only";
import { z } from "zod";
import { skillInput } from "@/lib/content/format";
import { findCycle } from "@/lib/content/skill-graph";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type Actor, assertAdmin, recordAudit, type Tx } from "./actor";
import { fieldIssueText } from "./issue-text";

const newSkill = skillInput.pick({ key: true, name: true, description: true });
const skillText = z.object({ name: z.string().trim().min(1).max(200), description: z.string().max(2000).default("") });

function invalid(e: z.ZodError): AppError {
  const i = e.issues[0];
  return new AppError(
    "bad_request",
    `${i?.path.join(".") || "skill"}: ${i?.message ?? "invalid"}`,
    // The issue itself: admin actions put it in words naming the field (zodIssueInWords).
    i ? { zodIssue: i } : undefined,
    fieldIssueText(i, "skill"),
  );
}

export async function createSkill(
  prisma: PrismaClient,
  actor: Actor,
  raw: unknown,
): Promise<{ id: string; key: string }> {
  assertAdmin(actor);
  const parsed = newSkill.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error);
  const { key, name, description } = parsed.data;
  return prisma.$transaction(async (tx) => {
    if (await tx.skill.findUnique({ where: { key }, select: { id: true } }))
      throw new AppError("conflict", `A skill with key "${key}" already exists.`, undefined, {
        key: "admin.errors.skillKeyTaken",
        values: { key },
      });
    const skill = await tx.skill.create({ data: { key, name, description }, select: { id: true, key: true } });
    await recordAudit(tx, actor, "skill.create", { type: "Skill", id: skill.id }, { key, name });
    return skill;
  });
}

/** Renames a skill (and edits its description). Keys never change: content bundles refer to them. */
export async function updateSkill(prisma: PrismaClient, actor: Actor, skillId: string, raw: unknown): Promise<void> {
  assertAdmin(actor);
  const parsed = skillText.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error);
  await prisma.$transaction(async (tx) => {
    const before = await tx.skill.findUnique({
      where: { id: skillId },
      select: { key: true, name: true, description: true },
    });
    if (!before) throw new AppError("not_found", "No such skill.", undefined, { key: "admin.errors.noSuchSkill" });
    await tx.skill.update({ where: { id: skillId }, data: parsed.data });
    await recordAudit(
      tx,
      actor,
      "skill.update",
      { type: "Skill", id: skillId },
      {
        key: before.key,
        from: { name: before.name, description: before.description },
        to: parsed.data,
      },
    );
  });
}

/** Throws when the prerequisite graph (skill id -> prerequisite ids) has a cycle, naming it. */
async function assertAcyclic(tx: Tx, graph: Map<string, string[]>): Promise<void> {
  const cycle = findCycle(graph);
  if (!cycle) return;
  const names = new Map(
    (await tx.skill.findMany({ where: { id: { in: cycle } }, select: { id: true, name: true } })).map((s) => [
      s.id,
      s.name,
    ]),
  );
  const path = cycle.map((id) => names.get(id) ?? id).join(" → ");
  throw new AppError(
    "bad_request",
    `That would make a cycle of prerequisites: ${path}.`,
    { cycle },
    { key: "admin.errors.cycle", values: { cycle: path } },
  );
}

async function prerequisiteGraph(tx: Tx): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  for (const e of await tx.skillPrerequisite.findMany({ select: { skillId: true, prerequisiteId: true } })) {
    graph.set(e.skillId, [...(graph.get(e.skillId) ?? []), e.prerequisiteId]);
  }
  return graph;
}

/** Replaces a skill's prerequisites; refuses (naming the cycle) if that would make a cycle. */
export async function setPrerequisites(
  prisma: PrismaClient,
  actor: Actor,
  skillId: string,
  prerequisiteIds: string[],
): Promise<void> {
  assertAdmin(actor);
  const wanted = [...new Set(prerequisiteIds)];
  await prisma.$transaction(async (tx) => {
    const skill = await tx.skill.findUnique({
      where: { id: skillId },
      select: { key: true, prerequisites: { select: { prerequisite: { select: { key: true } } } } },
    });
    if (!skill) throw new AppError("not_found", "No such skill.", undefined, { key: "admin.errors.noSuchSkill" });
    const found = await tx.skill.findMany({ where: { id: { in: wanted } }, select: { id: true, key: true } });
    if (found.length !== wanted.length)
      throw new AppError("bad_request", "Unknown prerequisite skill.", undefined, {
        key: "admin.errors.unknownPrerequisite",
      });
    const graph = await prerequisiteGraph(tx);
    graph.set(skillId, wanted);
    await assertAcyclic(tx, graph);
    await tx.skillPrerequisite.deleteMany({ where: { skillId } });
    if (wanted.length)
      await tx.skillPrerequisite.createMany({ data: wanted.map((prerequisiteId) => ({ skillId, prerequisiteId })) });
    await recordAudit(
      tx,
      actor,
      "skill.prerequisites",
      { type: "Skill", id: skillId },
      {
        key: skill.key,
        from: skill.prerequisites.map((p) => p.prerequisite.key).sort(),
        to: found.map((s) => s.key).sort(),
      },
    );
  });
}

export interface MergeResult {
  stepTags: number;
  prerequisiteEdges: number;
  knowledgeStates: number;
}

/**
 * Merges one skill into another, in one transaction: the merged skill's step tags, prerequisite
 * edges (both directions) and students' knowledge-state rows move to the kept skill, then the
 * merged skill is deleted. A step tagged with both keeps one tag; a student with a row for both
 * keeps the row with more practice opportunities. Refuses if the result would have a cycle.
 */
export async function mergeSkills(
  prisma: PrismaClient,
  actor: Actor,
  args: { keepId: string; mergeId: string },
): Promise<MergeResult> {
  assertAdmin(actor);
  const { keepId, mergeId } = args;
  if (keepId === mergeId)
    throw new AppError("bad_request", "Choose two different skills to merge.", undefined, {
      key: "admin.errors.mergeSame",
    });
  return prisma.$transaction(
    async (tx) => {
      const [keep, merge] = await Promise.all([
        tx.skill.findUnique({ where: { id: keepId }, select: { key: true, name: true } }),
        tx.skill.findUnique({ where: { id: mergeId }, select: { key: true, name: true } }),
      ]);
      if (!keep || !merge)
        throw new AppError("not_found", "No such skill.", undefined, { key: "admin.errors.noSuchSkill" });
      const result: MergeResult = { stepTags: 0, prerequisiteEdges: 0, knowledgeStates: 0 };

      const tags = await tx.stepSkill.findMany({ where: { skillId: mergeId }, select: { stepId: true } });
      const both = new Set(
        (
          await tx.stepSkill.findMany({
            where: { skillId: keepId, stepId: { in: tags.map((t) => t.stepId) } },
            select: { stepId: true },
          })
        ).map((t) => t.stepId),
      );
      await tx.stepSkill.deleteMany({ where: { skillId: mergeId, stepId: { in: [...both] } } });
      await tx.stepSkill.updateMany({ where: { skillId: mergeId }, data: { skillId: keepId } });
      result.stepTags = tags.length;

      const graph = await prerequisiteGraph(tx);
      const edges = [...graph.entries()].flatMap(([s, ps]) => ps.map((p) => [s, p] as const));
      const moved = new Set<string>();
      for (const [s, p] of edges) {
        if (s !== mergeId && p !== mergeId) moved.add(`${s}>${p}`);
      }
      for (const [s, p] of edges) {
        if (s !== mergeId && p !== mergeId) continue;
        const from = s === mergeId ? keepId : s;
        const to = p === mergeId ? keepId : p;
        if (from === to || moved.has(`${from}>${to}`)) continue;
        moved.add(`${from}>${to}`);
        result.prerequisiteEdges++;
      }
      const next = new Map<string, string[]>();
      for (const e of moved) {
        const [s, p] = e.split(">") as [string, string];
        next.set(s, [...(next.get(s) ?? []), p]);
      }
      await assertAcyclic(tx, next);
      await tx.skillPrerequisite.deleteMany({ where: { OR: [{ skillId: mergeId }, { prerequisiteId: mergeId }] } });
      const existing = new Set(edges.filter(([s, p]) => s !== mergeId && p !== mergeId).map(([s, p]) => `${s}>${p}`));
      const add = [...moved].filter((e) => !existing.has(e)).map((e) => e.split(">") as [string, string]);
      if (add.length)
        await tx.skillPrerequisite.createMany({
          data: add.map(([skillId, prerequisiteId]) => ({ skillId, prerequisiteId })),
        });

      const states = await tx.knowledgeState.findMany({ where: { skillId: mergeId } });
      for (const st of states) {
        const kept = await tx.knowledgeState.findUnique({
          where: { studentId_skillId: { studentId: st.studentId, skillId: keepId } },
        });
        if (kept) {
          if (st.opportunities > kept.opportunities) {
            await tx.knowledgeState.update({
              where: { studentId_skillId: { studentId: st.studentId, skillId: keepId } },
              data: {
                mastery: st.mastery,
                opportunities: st.opportunities,
                lastEvidenceAt: st.lastEvidenceAt,
                state: st.state ?? {},
                modelVersionId: st.modelVersionId,
              },
            });
          }
          await tx.knowledgeState.delete({
            where: { studentId_skillId: { studentId: st.studentId, skillId: mergeId } },
          });
        } else {
          await tx.knowledgeState.update({
            where: { studentId_skillId: { studentId: st.studentId, skillId: mergeId } },
            data: { skillId: keepId },
          });
        }
        result.knowledgeStates++;
      }
      // The kept skill's evidence is now both skills' first attempts: these students' states
      // are rebuilt from their attempts on the next read (lib/mastery/mastery-table.ts).
      if (states.length)
        await tx.learnerModelState.updateMany({
          where: { studentId: { in: states.map((st) => st.studentId) } },
          data: { observations: -1 },
        });
      await tx.skill.delete({ where: { id: mergeId } });
      await recordAudit(
        tx,
        actor,
        "skill.merge",
        { type: "Skill", id: keepId },
        {
          kept: keep.key,
          merged: merge.key,
          mergedName: merge.name,
          ...result,
        },
      );
      return result;
    },
    { timeout: 60_000, maxWait: 15_000 },
  );
}
