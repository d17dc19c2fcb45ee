import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { translate } from "@/lib/i18n/translator";
import type { HintPolicy } from "@/lib/tutor/decide-turn";
import { assignCondition } from "./assign-condition";
import {
  type EngineVariant,
  type ExperimentInput,
  experimentInputSchema,
  type Factor,
  type PickerPolicy,
  VALIDATION,
} from "./experiment-schemas";
import { researchSalt } from "./salt";

/** The conditions a session runs under, one per factor at most (decision 025). */
export interface SessionConditions {
  conditionIds: string[];
  hints?: HintPolicy;
  engine?: EngineVariant;
  picker?: PickerPolicy;
}

export const NO_CONDITIONS: SessionConditions = { conditionIds: [] };

/** Reads stored { factor, variant } pairs (the turn's read, the session start) into SessionConditions. */
export function toSessionConditions(
  rows: readonly { id: string; factor: string; variant: string }[],
): SessionConditions {
  const out: SessionConditions = { conditionIds: rows.map((r) => r.id) };
  for (const r of rows) {
    if (r.factor === "hints") out.hints = r.variant as HintPolicy;
    if (r.factor === "engine") out.engine = r.variant as EngineVariant;
    if (r.factor === "picker") out.picker = r.variant as PickerPolicy;
  }
  return out;
}

const KEYS = "admin.research.errors";

/** Creates a draft experiment (all-or-nothing: the experiment with its conditions). */
export async function createExperiment(prisma: PrismaClient, actorId: string, input: ExperimentInput): Promise<string> {
  const parsed = experimentInputSchema.safeParse(input);
  if (!parsed.success) {
    // The schema's messages are keys; zod's own (a wrong type) are not: those read as "not valid".
    const message = parsed.error.issues[0]?.message ?? "";
    const key = message.startsWith(`${VALIDATION}.`) ? message : `${VALIDATION}.invalid`;
    throw new AppError("bad_request", translate("en")(key), { issues: parsed.error.issues }, { key });
  }
  const e = parsed.data;
  if (e.classIds.length) {
    const found = await prisma.classroom.count({ where: { id: { in: e.classIds } } });
    if (found !== new Set(e.classIds).size)
      throw new AppError("bad_request", "One of the chosen classes doesn't exist.", undefined, {
        key: "admin.research.errors.unknownClass",
      });
  }
  const created = await prisma.experiment.create({
    data: {
      name: e.name,
      factor: e.factor,
      classIds: [...new Set(e.classIds)],
      createdById: actorId,
      conditions: { create: e.conditions.map((c, position) => ({ ...c, position })) },
    },
    select: { id: true },
  });
  await prisma.auditLog.create({
    data: {
      actorId,
      action: "experiment.create",
      entityType: "Experiment",
      entityId: created.id,
      details: { name: e.name },
    },
  });
  return created.id;
}

/** Two scopes share a student when either covers everyone or they name a common class. */
function overlaps(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((c) => b.includes(c));
}

/**
 * Starts a draft experiment. Refused (nothing changes) when another running experiment on the
 * same factor could reach one of its students, or when it has a model arm and no model provider
 * is configured.
 */
export async function startExperiment(prisma: PrismaClient, actorId: string, id: string): Promise<void> {
  const e = await prisma.experiment.findUnique({
    where: { id },
    select: { id: true, status: true, factor: true, classIds: true, conditions: { select: { variant: true } } },
  });
  if (!e) throw new AppError("not_found", "That experiment doesn't exist.", undefined, { key: `${KEYS}.notFound` });
  if (e.status !== "draft")
    throw new AppError("conflict", "Only a draft experiment can be started.", undefined, { key: `${KEYS}.notDraft` });
  if (e.factor === "engine" && e.conditions.some((c) => c.variant === "model") && env().AI_PROVIDER === "none")
    throw new AppError(
      "conflict",
      "This experiment has a model arm, but no model provider is configured (AI_PROVIDER is none). Configure one, or compare other conditions.",
      undefined,
      { key: `${KEYS}.noProvider` },
    );
  const running = await prisma.experiment.findMany({
    where: { status: "running", factor: e.factor, id: { not: e.id } },
    select: { name: true, classIds: true },
  });
  const clash = running.find((r) => overlaps(r.classIds, e.classIds));
  if (clash)
    throw new AppError(
      "conflict",
      `"${clash.name}" already varies ${e.factor} for some of these students. Stop it first, or choose other classes.`,
      { experiment: clash.name },
      { key: `${KEYS}.clash`, values: { name: clash.name, factor: e.factor } },
    );
  // Guarded on the status read: of two racing starts, one wins.
  const done = await prisma.experiment.updateMany({
    where: { id, status: "draft" },
    data: { status: "running", startedAt: new Date() },
  });
  if (done.count !== 1)
    throw new AppError("conflict", "Only a draft experiment can be started.", undefined, { key: `${KEYS}.notDraft` });
  await prisma.auditLog.create({
    data: { actorId, action: "experiment.start", entityType: "Experiment", entityId: id },
  });
}

/** Stops a running experiment: new sessions get no condition from it; its data stays. */
export async function stopExperiment(prisma: PrismaClient, actorId: string, id: string): Promise<void> {
  const done = await prisma.experiment.updateMany({
    where: { id, status: "running" },
    data: { status: "stopped", stoppedAt: new Date() },
  });
  if (done.count !== 1)
    throw new AppError("conflict", "Only a running experiment can be stopped.", undefined, {
      key: `${KEYS}.notRunning`,
    });
  await prisma.auditLog.create({
    data: { actorId, action: "experiment.stop", entityType: "Experiment", entityId: id },
  });
}

/**
 * The student's conditions for a new session: for each running experiment whose scope includes
 * the student (every student, or a class they are enrolled in), the condition stored on first
 * exposure, or a new one (assignCondition) stored now with the student's mastery at this moment.
 * With `assign: false` nothing is written (a preview of what practice would do). One query when
 * nothing is running.
 */
export async function conditionsForStudent(
  prisma: PrismaClient,
  studentId: string,
  opts: { assign?: boolean } = {},
): Promise<SessionConditions> {
  const running = await prisma.experiment.findMany({
    where: { status: "running" },
    orderBy: { startedAt: "asc" },
    select: {
      id: true,
      factor: true,
      classIds: true,
      conditions: { orderBy: { position: "asc" }, select: { id: true, variant: true, weight: true } },
    },
  });
  if (running.length === 0) return NO_CONDITIONS;
  const scoped = running.some((e) => e.classIds.length > 0);
  const classes = scoped
    ? new Set(
        (await prisma.enrollment.findMany({ where: { studentId }, select: { classroomId: true } })).map(
          (e) => e.classroomId,
        ),
      )
    : new Set<string>();
  const seen = new Set<Factor>();
  const applicable = running.filter((e) => {
    if (seen.has(e.factor)) return false;
    const inScope = e.classIds.length === 0 || e.classIds.some((c) => classes.has(c));
    if (inScope) seen.add(e.factor);
    return inScope;
  });
  if (applicable.length === 0) return NO_CONDITIONS;
  const stored = await prisma.experimentAssignment.findMany({
    where: { studentId, experimentId: { in: applicable.map((e) => e.id) } },
    select: { experimentId: true, conditionId: true },
  });
  const byExperiment = new Map(stored.map((a) => [a.experimentId, a.conditionId]));
  const missing = applicable.filter((e) => !byExperiment.has(e.id));
  if (missing.length && opts.assign !== false) {
    const salt = await researchSalt(prisma);
    const baseline = await masteryBaseline(prisma, studentId);
    const rows = missing.map((e) => ({
      experimentId: e.id,
      studentId,
      conditionId: assignCondition(salt, e.id, studentId, e.conditions).id,
      baseline,
    }));
    // A racing first exposure stored the same (deterministic) condition: keep the stored row.
    await prisma.experimentAssignment.createMany({ data: rows, skipDuplicates: true });
    for (const a of await prisma.experimentAssignment.findMany({
      where: { studentId, experimentId: { in: missing.map((e) => e.id) } },
      select: { experimentId: true, conditionId: true },
    }))
      byExperiment.set(a.experimentId, a.conditionId);
  }
  const rows = applicable.flatMap((e) => {
    const conditionId = byExperiment.get(e.id);
    const c = e.conditions.find((x) => x.id === conditionId);
    return c ? [{ id: c.id, factor: e.factor, variant: c.variant }] : [];
  });
  return toSessionConditions(rows);
}

/** The student's stored mastery per skill now (skills without evidence are the prior, added by the report). */
async function masteryBaseline(prisma: PrismaClient, studentId: string): Promise<Prisma.InputJsonObject> {
  const rows = await prisma.knowledgeState.findMany({ where: { studentId }, select: { skillId: true, mastery: true } });
  return Object.fromEntries(rows.map((r) => [r.skillId, Math.round(r.mastery * 100) / 100]));
}

/** What the pages show of an experiment: its definition and conditions in order. */
export const experimentFields = {
  id: true,
  name: true,
  factor: true,
  status: true,
  classIds: true,
  startedAt: true,
  stoppedAt: true,
  conditions: { orderBy: { position: "asc" }, select: { id: true, name: true, variant: true, weight: true } },
} as const satisfies Prisma.ExperimentSelect;

export async function listExperiments(prisma: PrismaClient) {
  return prisma.experiment.findMany({
    orderBy: { createdAt: "desc" },
    select: { ...experimentFields, _count: { select: { assignments: true } } },
  });
}
