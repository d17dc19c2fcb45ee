import type { PrismaClient } from "@/lib/generated/prisma/client";
import { computeMetrics } from "@/lib/kt/eval/compute-metrics";
import { walkStudents } from "@/lib/kt/eval/walk-students";
import { fitModel } from "@/lib/kt/model/fit-model";
import { DEFAULT_CONFIG, type ModelConfig } from "@/lib/kt/model/model-config";
import type { KtModel, KtRow } from "@/lib/kt/types";
import type { CurrentModel } from "./current-model";
import { roundMastery } from "./format-mastery";
import { masteryTable, priorMastery } from "./mastery-table";
import { foldAttempt, type SkillSnapshot } from "./student-state";

/** Students are split into this many folds (by a hash of their id) for the held-out scores. */
export const EVAL_FOLDS = 5;
/** A shown value may not fall by more than this without new evidence (decision 015). */
export const MAX_DROP = 0.05;
/**
 * Attempts at which the penalties are the shipped ones; with fewer, they grow in proportion
 * (n attempts: strength × REFERENCE_ATTEMPTS / n), so a small fit stays near the built-in prior.
 */
export const REFERENCE_ATTEMPTS = 2000;

/**
 * Fit options for `n` attempts: the L2 strengths (in pseudo-rows) toward the built-in prior
 * (student-level and shared weights), toward the shared means (per-skill weights) and toward the
 * skills (items) scale with 1/n below REFERENCE_ATTEMPTS. With the shipped 20 pseudo-rows, 100
 * attempts would move the prior weights almost freely; scaled, they weigh as 400.
 */
export function fitOptionsFor(n: number): Partial<ModelConfig> {
  const scale = Math.max(1, REFERENCE_ATTEMPTS / Math.max(1, n));
  return {
    l2Prior: DEFAULT_CONFIG.l2Prior * scale,
    l2Skill: DEFAULT_CONFIG.l2Skill * scale,
    l2Item: DEFAULT_CONFIG.l2Item * scale,
  };
}

/** A model's score on the held-out attempts (null when undefined: no rows, or one class only). */
export interface HeldOutScore {
  auc: number | null;
  logLoss: number | null;
}

export interface HeldOutEvaluation {
  folds: number;
  /** Students and first attempts scored (each student once, predicted by a model fitted without them). */
  students: number;
  attempts: number;
  /** Fitted on the other folds' students, with fitOptionsFor(their attempts). */
  candidate: HeldOutScore;
  /** The model that was current at the fit (may have been fitted on these very students). */
  current: HeldOutScore;
  /** The built-in prior, fitModel([]). */
  defaults: HeldOutScore;
}

export interface MasteryChange {
  /** Student × skill cells compared (every student, every skill; not-started cells are the prior). */
  cells: number;
  /** Cells whose shown value would fall by more than MAX_DROP. */
  drops: number;
  /** The largest fall of a shown value (0 when none falls). */
  largestDrop: number;
  /** Mean signed change of the shown values (candidate − current). */
  meanChange: number;
  /** The cell with the largest fall, for the reason shown. */
  worst: { studentId: string; skillId: string; from: number; to: number } | null;
}

export interface GuardVerdict {
  ok: boolean;
  reasons: string[];
}

/** What is stored in KtModelVersion.metrics.evaluation. */
export interface FitEvaluation {
  /** The version the candidate was compared with (null: the built-in prior was current). */
  againstVersionId: string | null;
  againstVersion: number | null;
  heldOut: HeldOutEvaluation;
  change: MasteryChange;
  guard: GuardVerdict;
  evaluatedAt: string;
}

/** FNV-1a: a stable hash, so a student's fold does not depend on the order of the rows. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Student → fold: students sorted by hash (then id), dealt round-robin, so folds are balanced. */
export function assignFolds(students: Iterable<string>, folds = EVAL_FOLDS): Map<string, number> {
  const sorted = [...new Set(students)].sort((a, b) => hash(a) - hash(b) || (a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted.map((s, i) => [s, i % folds]));
}

function score(p: ArrayLike<number>, y: ArrayLike<number>): HeldOutScore {
  if (p.length === 0) return { auc: null, logLoss: null };
  const m = computeMetrics(p, y);
  const r = (x: number) => (Number.isFinite(x) ? Number(x.toFixed(4)) : null);
  return { auc: r(m.auc), logLoss: r(m.nll) };
}

/**
 * Scores on held-out students: for each fold, a candidate fitted on the other folds' students
 * predicts the fold's students (each attempt from their earlier ones only); the current model
 * and the defaults predict the same attempts. Scores are pooled over the folds.
 */
export function evaluateHeldOut(rows: readonly KtRow[], current: KtModel, defaults: KtModel): HeldOutEvaluation {
  const fold = assignFolds(rows.map((r) => r.student));
  const folds = Math.min(EVAL_FOLDS, fold.size);
  const p: Record<"candidate" | "current" | "defaults", number[]> = { candidate: [], current: [], defaults: [] };
  const y: number[] = [];
  const scored = new Set<string>();
  for (let f = 0; f < folds; f++) {
    const train = rows.filter((r) => fold.get(r.student) !== f);
    const test = rows.filter((r) => fold.get(r.student) === f);
    if (!train.length || !test.length) continue;
    const candidate = fitModel(train, fitOptionsFor(train.length));
    const walks = {
      candidate: walkStudents(candidate, test),
      current: walkStudents(current, test),
      defaults: walkStudents(defaults, test),
    };
    for (const k of ["candidate", "current", "defaults"] as const) p[k].push(...walks[k].p);
    y.push(...walks.candidate.y);
    for (const r of test) scored.add(r.student);
  }
  return {
    folds,
    students: scored.size,
    attempts: y.length,
    candidate: score(p.candidate, y),
    current: score(p.current, y),
    defaults: score(p.defaults, y),
  };
}

/**
 * The change the candidate would make to every student's shown mastery: each student's first
 * attempts replayed under the candidate (the same fold as the stored snapshots), compared with
 * the values every view shows now (masteryTable under the current model). The same attempts
 * on both sides: any fall is a fall without new evidence.
 */
export async function masteryChange(
  prisma: PrismaClient,
  rows: readonly KtRow[],
  candidate: KtModel,
  current: CurrentModel,
): Promise<MasteryChange> {
  const [students, skills] = await Promise.all([
    prisma.user.findMany({ where: { role: "student" }, select: { id: true }, orderBy: { id: "asc" } }),
    prisma.skill.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
  ]);
  const studentIds = students.map((s) => s.id);
  const skillIds = skills.map((s) => s.id);
  const shown = await masteryTable(prisma, studentIds, skillIds, current);
  const byStudent = new Map<string, KtRow[]>();
  for (const r of rows) {
    const list = byStudent.get(r.student) ?? [];
    list.push(r);
    byStudent.set(r.student, list);
  }
  let cells = 0;
  let drops = 0;
  let largestDrop = 0;
  let sum = 0;
  let worst: MasteryChange["worst"] = null;
  for (const studentId of studentIds) {
    const state = candidate.initialState();
    const snaps: Record<string, SkillSnapshot> = {};
    for (const r of byStudent.get(studentId) ?? [])
      foldAttempt(candidate, state, r.item, { correct: r.correct, hintsUsed: r.hintsUsed, t: r.t }, snaps);
    for (const skillId of skillIds) {
      const from = shown.cell(studentId, skillId).value;
      const snap = snaps[skillId];
      const to = snap ? roundMastery(snap.mastery) : priorMastery(candidate, skillId);
      const delta = Math.round((to - from) * 100) / 100;
      cells++;
      sum += delta;
      if (-delta > MAX_DROP + 1e-9) drops++;
      if (-delta > largestDrop) {
        largestDrop = -delta;
        worst = { studentId, skillId, from, to };
      }
    }
  }
  return {
    cells,
    drops,
    largestDrop: Number(largestDrop.toFixed(2)),
    meanChange: cells ? Number((sum / cells).toFixed(4)) : 0,
    worst,
  };
}

/**
 * The rule for making a candidate current: on held-out students, its log-loss and AUC are not
 * worse than the current model's and the defaults'; and no student's shown mastery of any skill
 * falls by more than MAX_DROP (the comparison replays the same attempts: no new evidence).
 */
export function guardVerdict(heldOut: HeldOutEvaluation, change: MasteryChange): GuardVerdict {
  const reasons: string[] = [];
  const c = heldOut.candidate;
  if (heldOut.attempts === 0 || c.logLoss === null)
    reasons.push("No held-out students to score it on (it needs attempts from at least two students).");
  else {
    // With no fitted model current, the current model is the defaults: say it once.
    const same = heldOut.current.logLoss === heldOut.defaults.logLoss && heldOut.current.auc === heldOut.defaults.auc;
    const refs = same
      ? ([["the built-in defaults' (the current model)", heldOut.defaults]] as const)
      : ([
          ["the current model's", heldOut.current],
          ["the built-in defaults'", heldOut.defaults],
        ] as const);
    for (const [name, ref] of refs) {
      if (ref.logLoss !== null && c.logLoss > ref.logLoss + 1e-9)
        reasons.push(`Held-out log-loss ${c.logLoss} is worse than ${name} ${ref.logLoss}.`);
      if (ref.auc !== null && (c.auc === null || c.auc < ref.auc - 1e-9))
        reasons.push(`Held-out AUC ${c.auc ?? "n/a"} is worse than ${name} ${ref.auc}.`);
    }
  }
  if (change.drops > 0) {
    const w = change.worst;
    reasons.push(
      `${change.drops} of ${change.cells} student × skill values would fall by more than ${MAX_DROP} with no new evidence` +
        (w ? ` (largest: ${w.from.toFixed(2)} to ${w.to.toFixed(2)}).` : "."),
    );
  }
  return { ok: reasons.length === 0, reasons };
}
