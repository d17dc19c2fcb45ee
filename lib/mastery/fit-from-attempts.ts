import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { computeAuc } from "@/lib/kt/eval/compute-auc";
import { fitModel } from "@/lib/kt/model/fit-model";
import { fitSimpleBkt } from "@/lib/kt/model/fit-simple-bkt";
import type { KtRow } from "@/lib/kt/types";
import { currentModel, defaultModel } from "./current-model";
import { evaluateHeldOut, type FitEvaluation, fitOptionsFor, guardVerdict, masteryChange } from "./evaluate-fit";

export interface FitSummary {
  version: number;
  kind: string;
  attempts: number;
  students: number;
  skills: number;
  /** AUC of the fitted model on its own training attempts (in-sample: a sanity figure). */
  trainAuc: number | null;
  seconds: number;
  /** Held-out scores, the change to shown mastery and whether it may be made current. */
  evaluation: FitEvaluation;
  /** Whether the picker's detector was fitted and stored with it (DETECTOR_MIN_STUDENTS and _ATTEMPTS). */
  detector: boolean;
}

/**
 * What a fit needs before it also fits the picker's detector (decision 023): students and first
 * attempts. bench:pick --train (500 attempts per simulated learner): with 10 learners (5,000
 * attempts) the gain rule on an EM-fitted BKT lost to the skill builder under latent learners;
 * with 50 (25,000) it did as well as with 200 under every simulator.
 */
export const DETECTOR_MIN_STUDENTS = 50;
export const DETECTOR_MIN_ATTEMPTS = 25_000;

/** Every first attempt outside preview sessions, as model rows (per student, oldest first). */
export async function loadFitRows(prisma: PrismaClient): Promise<KtRow[]> {
  const attempts = await prisma.attempt.findMany({
    where: { firstAttempt: true, session: { preview: false } },
    orderBy: [{ studentId: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      studentId: true,
      stepId: true,
      correct: true,
      hintsUsed: true,
      createdAt: true,
      step: { select: { skills: { select: { skillId: true } } } },
    },
  });
  return attempts.map((a) => ({
    student: a.studentId,
    item: { itemId: a.stepId, skills: a.step.skills.map((s) => s.skillId) },
    correct: a.correct,
    hintsUsed: a.hintsUsed,
    t: a.createdAt.getTime(),
  }));
}

/**
 * Fits the knowledge-tracing model from every first attempt in the database and stores it as a
 * new *candidate* version (decision 015): students' mastery keeps using the current version
 * until an admin makes the candidate current (lib/mastery/model-versions.ts), which the guard
 * allows only when the evaluation stored here says it is not worse and moves nobody down.
 *
 * The evaluation: held-out scores by student (EVAL_FOLDS folds; the candidate of each fold is
 * fitted without that fold's students) of the candidate, the current model and the built-in
 * defaults; and the change the candidate would make to every student × skill value shown now.
 */
export async function fitFromAttempts(
  prisma: PrismaClient,
  actorId: string | null = null,
  opts: { detectorMinStudents?: number; detectorMinAttempts?: number } = {},
): Promise<FitSummary> {
  const started = performance.now();
  const rows = await loadFitRows(prisma);
  const model = fitModel(rows, fitOptionsFor(rows.length));
  const students = new Set(rows.map((r) => r.student)).size;
  // The picker's detector of "learnt", stored with the version (decision 023): per-skill BKT by EM,
  // once there are enough students' logs to fit it on; until then the picker keeps the score rule.
  const enough =
    students >= (opts.detectorMinStudents ?? DETECTOR_MIN_STUDENTS) &&
    rows.length >= (opts.detectorMinAttempts ?? DETECTOR_MIN_ATTEMPTS);
  const detector = enough ? fitSimpleBkt(rows) : null;
  const trainAuc = rows.length ? inSampleAuc(model, rows) : null;
  const current = await currentModel(prisma);
  const heldOut = evaluateHeldOut(rows, current.model, defaultModel());
  const change = await masteryChange(prisma, rows, model, current);
  const against = current.versionId
    ? await prisma.ktModelVersion.findUnique({ where: { id: current.versionId }, select: { version: true } })
    : null;
  const evaluation: FitEvaluation = {
    againstVersionId: current.versionId,
    againstVersion: against?.version ?? null,
    heldOut,
    change,
    guard: guardVerdict(heldOut, change),
    evaluatedAt: new Date().toISOString(),
  };
  const last = await prisma.ktModelVersion.findFirst({ orderBy: { version: "desc" }, select: { version: true } });
  const version = (last?.version ?? 0) + 1;
  const skills = new Set(rows.flatMap((r) => r.item.skills)).size;
  const seconds = Number(((performance.now() - started) / 1000).toFixed(2));
  await prisma.$transaction([
    prisma.ktModelVersion.create({
      data: {
        version,
        kind: model.kind,
        params: {
          ...(model.toJSON() as object),
          ...(detector && { detector: detector.toJSON() }),
        } as Prisma.InputJsonValue,
        metrics: {
          trainAuc,
          students,
          skills,
          seconds,
          evaluation,
          detector: detector !== null,
        } as unknown as Prisma.InputJsonValue,
        attempts: rows.length,
        status: "candidate",
      },
    }),
    prisma.auditLog.create({
      data: {
        actorId,
        action: "kt.fit",
        entityType: "KtModelVersion",
        entityId: String(version),
        details: {
          attempts: rows.length,
          students,
          trainAuc,
          heldOut: { ...heldOut },
          drops: change.drops,
          activatable: evaluation.guard.ok,
          detector: detector !== null,
        } as unknown as Prisma.InputJsonValue,
      },
    }),
  ]);
  return {
    version,
    kind: model.kind,
    attempts: rows.length,
    students,
    skills,
    trainAuc,
    seconds,
    evaluation,
    detector: detector !== null,
  };
}

function inSampleAuc(model: ReturnType<typeof fitModel>, rows: KtRow[]): number {
  const p: number[] = [];
  const y: number[] = [];
  let student = "";
  let state = model.initialState();
  for (const r of rows) {
    if (r.student !== student) {
      student = r.student;
      state = model.initialState();
    }
    p.push(model.predict(state, r.item, r.t));
    y.push(r.correct ? 1 : 0);
    model.update(state, r.item, { correct: r.correct, hintsUsed: r.hintsUsed, t: r.t });
  }
  return Number(computeAuc(p, y).toFixed(4));
}
