import { LIVE_PROBLEM } from "@/lib/content/live-problem";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { extendDetector, learntBy } from "@/lib/kt/pick/bkt-detector";
import { buildPickIndex, type PickIndex } from "@/lib/kt/pick/build-pick-index";
import { chooseNext } from "@/lib/kt/pick/choose-next";
import type { Pick, PickInput, PickKind, PickProblem, PickReason } from "@/lib/kt/pick/types";
import type { KtModel } from "@/lib/kt/types";
import { MASTERED_AT } from "@/lib/mastery/format-mastery";
import { masteryTable } from "@/lib/mastery/mastery-table";
import { loadObservations, loadStudentState } from "@/lib/mastery/student-state";
import type { PickerPolicy } from "@/lib/research/experiment-schemas";

export interface NextProblem {
  problemId: string;
  problemVersionId: string;
  kind: PickKind;
  /** One line a teacher can read: why this problem (English). */
  reason: string;
  /** The same reason as a message key and values (student and teacher wording, any language). */
  why: PickReason;
}

export interface LoadedPick {
  input: PickInput & { index: PickIndex; mastery: Record<string, number> };
  /** Problem id -> its published version id. */
  versions: Map<string, string>;
}

export type NextChoice = NextProblem | { problemId: null; kind: PickKind; reason: string; why: PickReason };

// The pick index depends only on content; keep the last few by a key of the published versions.
const indexes = new Map<string, PickIndex>();

/**
 * The next problem for a student: the one function the practice page calls. Candidates are the
 * published problems of the sets assigned to the student's classes; the knowledge-tracing
 * picker (lib/kt/pick) chooses among them from the student's state, honouring teacher pins and
 * skips, and explains the choice in one line.
 */
export async function chooseNextProblem(
  prisma: PrismaClient,
  studentId: string,
  opts: { picker?: PickerPolicy } = {},
): Promise<NextChoice | null> {
  const picker = opts.picker ?? "adaptive";
  // Only "adaptive" reads the detector: the other arms need not read the student's attempts.
  const loaded = await loadPickInput(prisma, studentId, { detector: picker === "adaptive" });
  if (!loaded) return null;
  const { input, versions } = loaded;
  const pick = pickByPolicy(input, picker);
  if (!pick.problemId) return { problemId: null, kind: pick.kind, reason: pick.reason, why: pick.why };
  const problemVersionId = versions.get(pick.problemId);
  if (!problemVersionId) return null;
  return { problemId: pick.problemId, problemVersionId, kind: pick.kind, reason: pick.reason, why: pick.why };
}

/**
 * The picker policies an experiment compares (decision 025), all the knowledge-tracing picker
 * (chooseNext, which explains each pick with the settings it used):
 * - "adaptive": as without an experiment: once a fitted model version with a detector is current,
 *   the "gain" rule (expected learning gain per opportunity, P(learnt) from the detector over the
 *   student's first attempts, stop when practice no longer pays, review by doubt; decision 023);
 *   before that, the same as "adaptive_score";
 * - "adaptive_score": the score rule (aim at 0.7 predicted success, band 0.5-0.9, time-aware review);
 * - "adaptive_no_review": the score rule without time-aware review (nothing falls due by elapsed time);
 * - "easier": the score rule aiming at 0.85 predicted success, band 0.7-0.95;
 * - "harder": the score rule aiming at 0.55 predicted success, band 0.4-0.8.
 */
export function pickByPolicy(input: PickInput, policy: PickerPolicy): Pick {
  const pick = pickOnce(input, policy);
  // Never the problem the student has just finished, straight away, while anything else can be
  // picked: its answers are still on their screen, so it is not practice (a browser walk got the
  // demo's one problem on a skill three times in a row). A teacher's pin is kept as set.
  const last = (input.recent ?? []).reduce<{ problemId: string; completedAt: number } | null>(
    (a, r) => (!a || r.completedAt > a.completedAt ? r : a),
    null,
  );
  if (!pick.problemId || pick.kind === "pinned" || pick.problemId !== last?.problemId) return pick;
  const other = pickOnce({ ...input, skips: [...(input.skips ?? []), last.problemId] }, policy);
  return other.problemId ? other : pick;
}

function pickOnce(input: PickInput, policy: PickerPolicy): Pick {
  // With a fitted detector, "adaptive" is the gain rule on the detector's P(learnt) (decision 023).
  if (policy === "adaptive" && input.learnt) return chooseNext({ ...input, rule: "gain" });
  if (policy === "adaptive_no_review") return chooseNext({ ...input, timeAwareReview: false });
  if (policy === "easier") return chooseNext({ ...input, targetSuccess: 0.85, successBand: [0.7, 0.95] });
  if (policy === "harder") return chooseNext({ ...input, targetSuccess: 0.55, successBand: [0.4, 0.8] });
  return chooseNext(input);
}

/**
 * Everything chooseNext reads for a student: candidates, prerequisites, pins and skips, the
 * completed problems, the model and state (for predictions), and the mastery per skill from
 * lib/mastery/mastery-table.ts, the number the student and the teacher see (decision 014).
 * Null when the student has nothing assigned.
 */
export async function loadPickInput(
  prisma: PrismaClient,
  studentId: string,
  /** detector: run the current version's detector over the student's attempts (default true). */
  opts: { detector?: boolean } = {},
): Promise<LoadedPick | null> {
  const rows = await prisma.problem.findMany({
    where: {
      ...LIVE_PROBLEM,
      problemSet: {
        status: "published",
        assignments: { some: { classroom: { archivedAt: null, enrollments: { some: { studentId } } } } },
      },
    },
    orderBy: [{ problemSet: { key: "asc" } }, { position: "asc" }],
    select: {
      id: true,
      position: true,
      publishedVersionId: true,
      problemSet: { select: { key: true } },
      publishedVersion: {
        select: {
          steps: { orderBy: { position: "asc" }, select: { id: true, skills: { select: { skillId: true } } } },
        },
      },
    },
  });
  if (rows.length === 0) return null;
  const setOrder = new Map<string, number>();
  const problems: PickProblem[] = rows.map((r) => {
    if (!setOrder.has(r.problemSet.key)) setOrder.set(r.problemSet.key, setOrder.size);
    return {
      id: r.id,
      setOrder: setOrder.get(r.problemSet.key) as number,
      position: r.position,
      steps: (r.publishedVersion?.steps ?? []).map((s) => ({ itemId: s.id, skills: s.skills.map((k) => k.skillId) })),
    };
  });
  const skillIds = [...new Set(problems.flatMap((p) => p.steps.flatMap((s) => s.skills)))];
  const { state, current } = await loadStudentState(prisma, studentId);
  const now = Date.now();
  const detector = opts.detector === false ? null : current.detector;
  const [edges, skills, overrides, done, table, learnt] = await Promise.all([
    prisma.skillPrerequisite.findMany({ select: { skillId: true, prerequisiteId: true } }),
    prisma.skill.findMany({ where: { id: { in: skillIds } }, select: { id: true, name: true } }),
    prisma.studentOverride.findMany({
      where: { studentId },
      orderBy: { createdAt: "asc" },
      select: { problemId: true, kind: true, createdAt: true },
    }),
    prisma.tutoringSession.findMany({
      where: { studentId, status: "completed", preview: false },
      select: { completedAt: true, problemVersion: { select: { problemId: true } } },
    }),
    masteryTable(prisma, [studentId], skillIds, current),
    detector ? detectorLearnt(prisma, studentId, detector, skillIds, now) : undefined,
  ]);
  const prerequisites: Record<string, string[]> = {};
  for (const e of edges) prerequisites[e.skillId] = [...(prerequisites[e.skillId] ?? []), e.prerequisiteId];
  const key = `${rows.map((r) => r.publishedVersionId).join(",")}|${edges.length}`;
  let index = indexes.get(key);
  if (!index) {
    index = buildPickIndex(problems, prerequisites);
    if (indexes.size > 20) indexes.clear();
    indexes.set(key, index);
  }
  const recent = done.map((d) => ({
    problemId: d.problemVersion.problemId,
    completedAt: d.completedAt?.getTime() ?? 0,
  }));
  // A pin is done once the student completes that problem after it was pinned.
  const pins = overrides
    .filter((o) => o.kind === "pin")
    .filter((o) => !recent.some((r) => r.problemId === o.problemId && r.completedAt >= o.createdAt.getTime()))
    .map((o) => o.problemId);
  const skips = overrides.filter((o) => o.kind === "skip").map((o) => o.problemId);
  return {
    input: {
      problems,
      prerequisites,
      index,
      model: current.model,
      state,
      now,
      mastery: Object.fromEntries(skillIds.map((s) => [s, table.cell(studentId, s).value])),
      threshold: MASTERED_AT,
      pins,
      skips,
      recent,
      skillNames: Object.fromEntries(skills.map((s) => [s.id, s.name])),
      ...(learnt && { learnt }),
    },
    versions: new Map(rows.flatMap((r) => (r.publishedVersionId ? [[r.id, r.publishedVersionId] as const] : []))),
  };
}

/**
 * P(learnt) per skill by the current version's detector, run over the student's first attempts
 * (bkt-detector.ts): one read of the attempts, O(attempts), done only when a problem is picked.
 */
async function detectorLearnt(
  prisma: PrismaClient,
  studentId: string,
  detector: KtModel,
  skillIds: readonly string[],
  now: number,
): Promise<Record<string, number>> {
  const history = await loadObservations(prisma, studentId);
  const state = detector.initialState();
  extendDetector(detector, state, history, 0);
  return learntBy(detector, state, skillIds, now);
}
