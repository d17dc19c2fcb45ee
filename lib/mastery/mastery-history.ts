import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { KtItem, KtModel, KtObservation } from "@/lib/kt/types";
import { type CurrentModel, currentModel } from "./current-model";
import { formatMastery, roundMastery } from "./format-mastery";
import { foldAttempt, loadObservations, type SkillSnapshot } from "./student-state";

/** The shown mastery of one skill right after one first attempt on it. */
export interface HistoryPoint {
  /** 1 for the first attempt on the skill, 2 for the second... (= the skill's opportunities). */
  attempt: number;
  /** When the attempt was made (ms since epoch). */
  at: number;
  /** Whether the attempt was correct. */
  correct: boolean;
  /** In [0, 1], rounded to 2 decimals: what masteryTable showed right after this attempt. */
  value: number;
}

/** skillId -> its points, oldest first. A skill without a first attempt has no entry. */
export type MasteryHistory = Map<string, HistoryPoint[]>;

/**
 * The history of the shown mastery of each skill (decision 014), from the student's first
 * attempts (oldest first, as loadObservations gives them). The attempts are folded under `model`
 * exactly as the stored state is built (foldAttempt, lib/mastery/student-state.ts), and after
 * each attempt the stored value of each of its skills is taken, rounded as shown: so the last
 * point of a skill is the value masteryTable shows for it now. Attempts on other skills move the
 * model's student-level terms but add no point and change no earlier point. Pure.
 *
 * `skillIds`: only these skills (all the skills attempted when omitted). The whole history is
 * still folded: a skill's value depends on the attempts on other skills before its own.
 */
export function masteryHistory(
  model: KtModel,
  observations: readonly { item: KtItem; obs: KtObservation }[],
  skillIds?: readonly string[],
): MasteryHistory {
  const wanted = skillIds ? new Set(skillIds) : null;
  const state = model.initialState();
  const snapshots: Record<string, SkillSnapshot> = {};
  const out: MasteryHistory = new Map();
  for (const { item, obs } of observations) {
    foldAttempt(model, state, item, obs, snapshots);
    for (const skill of new Set(item.skills)) {
      if (wanted && !wanted.has(skill)) continue;
      const snap = snapshots[skill];
      if (!snap) continue;
      let points = out.get(skill);
      if (!points) {
        points = [];
        out.set(skill, points);
      }
      points.push({ attempt: snap.opportunities, at: obs.t, correct: obs.correct, value: roundMastery(snap.mastery) });
    }
  }
  return out;
}

/**
 * The text alternative of a history, one line: "0.31 → 0.58 over 6 attempts",
 * "0.31 after 1 attempt", "no attempts yet". Pure (used by the chart's server-rendered text).
 */
export function describeHistory(points: readonly HistoryPoint[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return "no attempts yet";
  if (points.length === 1) return `${formatMastery(last.value)} after 1 attempt`;
  return `${formatMastery(first.value)} → ${formatMastery(last.value)} over ${points.length} attempts`;
}

/**
 * THE history loader, for the student's page (/practice) and the teacher's student page: one
 * student's first attempts replayed under the current model (the one masteryTable reads).
 * Two queries (the current model, cached; the attempts), no writes.
 */
export async function loadMasteryHistory(
  prisma: PrismaClient,
  studentId: string,
  skillIds?: readonly string[],
  current?: CurrentModel,
): Promise<MasteryHistory> {
  const cm = current ?? (await currentModel(prisma));
  if (skillIds && skillIds.length === 0) return new Map();
  return masteryHistory(cm.model, await loadObservations(prisma, studentId), skillIds);
}
