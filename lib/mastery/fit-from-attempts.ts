import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { computeAuc } from "@/lib/kt/eval/compute-auc";
import { fitModel } from "@/lib/kt/model/fit-model";
import type { KtRow } from "@/lib/kt/types";
import { forgetCurrentModel } from "./current-model";

export interface FitSummary {
  version: number;
  kind: string;
  attempts: number;
  students: number;
  skills: number;
  /** AUC of the fitted model on its own training attempts (in-sample: a sanity figure). */
  trainAuc: number | null;
  seconds: number;
}

/**
 * Fits the knowledge-tracing model from every first attempt in the database and stores it as a
 * new model version; every server picks it up within seconds, and students' states are
 * replayed under it the next time they are read.
 */
export async function fitFromAttempts(prisma: PrismaClient, actorId: string | null = null): Promise<FitSummary> {
  const started = performance.now();
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
  const rows: KtRow[] = attempts.map((a) => ({
    student: a.studentId,
    item: { itemId: a.stepId, skills: a.step.skills.map((s) => s.skillId) },
    correct: a.correct,
    hintsUsed: a.hintsUsed,
    t: a.createdAt.getTime(),
  }));
  const model = fitModel(rows);
  const trainAuc = rows.length ? inSampleAuc(model, rows) : null;
  const last = await prisma.ktModelVersion.findFirst({ orderBy: { version: "desc" }, select: { version: true } });
  const version = (last?.version ?? 0) + 1;
  const students = new Set(rows.map((r) => r.student)).size;
  const skills = new Set(rows.flatMap((r) => r.item.skills)).size;
  const seconds = Number(((performance.now() - started) / 1000).toFixed(2));
  await prisma.$transaction([
    prisma.ktModelVersion.create({
      data: {
        version,
        kind: model.kind,
        params: model.toJSON() as Prisma.InputJsonValue,
        metrics: { trainAuc, students, skills, seconds },
        attempts: rows.length,
      },
    }),
    prisma.auditLog.create({
      data: {
        actorId,
        action: "kt.fit",
        entityType: "KtModelVersion",
        entityId: String(version),
        details: { attempts: rows.length, students, trainAuc },
      },
    }),
  ]);
  forgetCurrentModel();
  return { version, kind: model.kind, attempts: rows.length, students, skills, trainAuc, seconds };
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
