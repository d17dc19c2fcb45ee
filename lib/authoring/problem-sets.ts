import "server-only";
import { z } from "zod";
import { problemSetInput } from "@/lib/content/format";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type Actor, assertAdmin, recordAudit } from "./actor";
import { fieldIssueText } from "./issue-text";

const newSet = problemSetInput.pick({ key: true, title: true, description: true });
const setText = z.object({ title: z.string().trim().min(1).max(300), description: z.string().max(5000).default("") });

function invalid(e: z.ZodError): AppError {
  const i = e.issues[0];
  return new AppError(
    "bad_request",
    `${i?.path.join(".") || "set"}: ${i?.message ?? "invalid"}`,
    // The issue itself: admin actions put it in words naming the field (zodIssueInWords).
    i ? { zodIssue: i } : undefined,
    fieldIssueText(i, "set"),
  );
}

/** A new, empty problem set (a draft until published). */
export async function createProblemSet(prisma: PrismaClient, actor: Actor, raw: unknown): Promise<{ id: string }> {
  assertAdmin(actor);
  const parsed = newSet.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error);
  return prisma.$transaction(async (tx) => {
    if (await tx.problemSet.findUnique({ where: { key: parsed.data.key }, select: { id: true } }))
      throw new AppError("conflict", `A problem set with key "${parsed.data.key}" already exists.`, undefined, {
        key: "admin.errors.setKeyTaken",
        values: { key: parsed.data.key },
      });
    const set = await tx.problemSet.create({ data: { ...parsed.data, status: "draft" }, select: { id: true } });
    await recordAudit(tx, actor, "set.create", { type: "ProblemSet", id: set.id }, parsed.data);
    return set;
  });
}

export async function updateProblemSet(prisma: PrismaClient, actor: Actor, setId: string, raw: unknown): Promise<void> {
  assertAdmin(actor);
  const parsed = setText.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error);
  await prisma.$transaction(async (tx) => {
    const before = await tx.problemSet.findUnique({
      where: { id: setId },
      select: { key: true, title: true, description: true },
    });
    if (!before) throw new AppError("not_found", "No such problem set.", undefined, { key: "admin.errors.noSuchSet" });
    await tx.problemSet.update({ where: { id: setId }, data: parsed.data });
    await recordAudit(
      tx,
      actor,
      "set.update",
      { type: "ProblemSet", id: setId },
      { key: before.key, from: before, to: parsed.data },
    );
  });
}

/** Publishes or unpublishes a set. Students see a set's published problems only while it is published. */
export async function setProblemSetPublished(
  prisma: PrismaClient,
  actor: Actor,
  setId: string,
  published: boolean,
): Promise<void> {
  assertAdmin(actor);
  await prisma.$transaction(async (tx) => {
    const set = await tx.problemSet.findUnique({ where: { id: setId }, select: { key: true } });
    if (!set) throw new AppError("not_found", "No such problem set.", undefined, { key: "admin.errors.noSuchSet" });
    await tx.problemSet.update({ where: { id: setId }, data: { status: published ? "published" : "draft" } });
    await recordAudit(
      tx,
      actor,
      published ? "set.publish" : "set.unpublish",
      { type: "ProblemSet", id: setId },
      { key: set.key },
    );
  });
}

/** Assigns a set to a class (or withdraws it): the class's students practise its problems. */
export async function setProblemSetAssignment(
  prisma: PrismaClient,
  actor: Actor,
  args: { setId: string; classroomId: string; assigned: boolean },
): Promise<void> {
  assertAdmin(actor);
  await prisma.$transaction(async (tx) => {
    const [set, cls] = await Promise.all([
      tx.problemSet.findUnique({ where: { id: args.setId }, select: { key: true } }),
      tx.classroom.findUnique({ where: { id: args.classroomId }, select: { name: true, joinCode: true } }),
    ]);
    if (!set || !cls)
      throw new AppError("not_found", "No such problem set or class.", undefined, {
        key: "admin.errors.noSuchSetOrClass",
      });
    const where = { problemSetId_classroomId: { problemSetId: args.setId, classroomId: args.classroomId } };
    if (args.assigned) {
      await tx.problemSetAssignment.upsert({
        where,
        create: { problemSetId: args.setId, classroomId: args.classroomId },
        update: {},
      });
    } else {
      await tx.problemSetAssignment.deleteMany({ where: { problemSetId: args.setId, classroomId: args.classroomId } });
    }
    await recordAudit(
      tx,
      actor,
      args.assigned ? "set.assign" : "set.unassign",
      { type: "ProblemSet", id: args.setId },
      {
        key: set.key,
        classroom: cls.name,
        joinCode: cls.joinCode,
      },
    );
  });
}
