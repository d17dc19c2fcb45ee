import { AppError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { currentModel, forgetCurrentModel, loadVersion } from "./current-model";
import { type FitEvaluation, guardVerdict, type MasteryChange, masteryChange } from "./evaluate-fit";
import { loadFitRows } from "./fit-from-attempts";

export type ModelStatus = "candidate" | "current" | "retired";

export interface ModelVersionRow {
  id: string;
  version: number;
  status: ModelStatus;
  attempts: number;
  createdAt: Date;
  activatedAt: Date | null;
  trainAuc: number | null;
  /** The evaluation made at the fit (null for versions fitted before decision 015). */
  evaluation: FitEvaluation | null;
  /** Whether the fit stored the picker's detector (decision 023): the gain rule while current. */
  detector: boolean;
}

/** Every model version, newest first, with its evaluation (the admin page's list). */
export async function listModelVersions(prisma: PrismaClient): Promise<ModelVersionRow[]> {
  const rows = await prisma.ktModelVersion.findMany({
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      status: true,
      attempts: true,
      createdAt: true,
      activatedAt: true,
      metrics: true,
    },
  });
  return rows.map((r) => {
    const m = (r.metrics ?? {}) as { trainAuc?: number | null; evaluation?: FitEvaluation; detector?: boolean };
    return {
      id: r.id,
      version: r.version,
      status: r.status as ModelStatus,
      attempts: r.attempts,
      createdAt: r.createdAt,
      activatedAt: r.activatedAt,
      trainAuc: m.trainAuc ?? null,
      evaluation: m.evaluation ?? null,
      detector: m.detector === true,
    };
  });
}

export type ActivationResult =
  | { ok: true; version: number; kind: "activated" | "rolled back"; message: string }
  | { ok: false; version: number; reasons: string[] };

/**
 * Makes a version current, if the rule allows it (decision 015):
 * - a version that was current before (retired): always (a rollback to a known state);
 * - a candidate: only if its evaluation was made against the model current now, its held-out
 *   scores were not worse than the current model's and the defaults', and, re-checked now on
 *   today's attempts, no student's shown mastery of any skill would fall by more than 0.05.
 * Refusals are written to the audit log too. The caller checks the actor's role.
 */
export async function activateModelVersion(
  prisma: PrismaClient,
  versionId: string,
  actorId: string | null,
): Promise<ActivationResult> {
  const target = await prisma.ktModelVersion.findUnique({
    where: { id: versionId },
    select: { id: true, version: true, status: true, activatedAt: true, metrics: true },
  });
  if (!target) throw new AppError("not_found", "That model version does not exist.");
  if (target.status === "current") return { ok: false, version: target.version, reasons: ["It is already current."] };
  if (target.status === "retired" || target.activatedAt) {
    await makeCurrent(prisma, target.id, actorId, "kt.rollback");
    return {
      ok: true,
      version: target.version,
      kind: "rolled back",
      message: `Rolled back to model version ${target.version}: students' mastery uses it again.`,
    };
  }
  const reasons = await candidateRefusals(prisma, target.id, target.metrics);
  if (reasons.length) {
    await prisma.auditLog.create({
      data: {
        actorId,
        action: "kt.activate.refused",
        entityType: "KtModelVersion",
        entityId: String(target.version),
        details: { reasons },
      },
    });
    return { ok: false, version: target.version, reasons };
  }
  await makeCurrent(prisma, target.id, actorId, "kt.activate");
  return {
    ok: true,
    version: target.version,
    kind: "activated",
    message: `Model version ${target.version} is now current.`,
  };
}

/** Why a candidate may not be made current now (empty: it may). */
async function candidateRefusals(prisma: PrismaClient, id: string, metrics: Prisma.JsonValue): Promise<string[]> {
  const evaluation = (metrics as { evaluation?: FitEvaluation } | null)?.evaluation;
  if (!evaluation) return ["It has no held-out evaluation (fitted before candidates were evaluated): fit again."];
  const current = await currentModel(prisma);
  if (evaluation.againstVersionId !== current.versionId) {
    const now = current.versionId
      ? (await prisma.ktModelVersion.findUnique({ where: { id: current.versionId }, select: { version: true } }))
          ?.version
      : null;
    const name = (v: number | null | undefined) => (v ? `version ${v}` : "the built-in prior");
    return [
      `It was evaluated against ${name(evaluation.againstVersion)}, but ${name(now)} is current now: fit again to compare with it.`,
    ];
  }
  // The held-out scores stand; the change to shown mastery is re-checked on today's attempts.
  const change: MasteryChange = await masteryChange(
    prisma,
    await loadFitRows(prisma),
    await loadVersion(prisma, id),
    current,
  );
  return guardVerdict(evaluation.heldOut, change).reasons;
}

/**
 * Marks the version current and the one that was current retired, in one transaction, with an
 * audit entry; no rule is checked (activateModelVersion checks it). Students' stored states name
 * the version they were built with, so every read replays them under the new one.
 */
export async function makeCurrent(
  prisma: PrismaClient,
  versionId: string,
  actorId: string | null,
  action: "kt.activate" | "kt.rollback",
): Promise<void> {
  const before = await prisma.ktModelVersion.findFirst({ where: { status: "current" }, select: { version: true } });
  const target = await prisma.ktModelVersion.findUniqueOrThrow({ where: { id: versionId }, select: { version: true } });
  await prisma.$transaction([
    prisma.ktModelVersion.updateMany({ where: { status: "current" }, data: { status: "retired" } }),
    prisma.ktModelVersion.update({ where: { id: versionId }, data: { status: "current", activatedAt: new Date() } }),
    prisma.auditLog.create({
      data: {
        actorId,
        action,
        entityType: "KtModelVersion",
        entityId: String(target.version),
        details: { from: before?.version ?? null, to: target.version },
      },
    }),
  ]);
  forgetCurrentModel();
}
