import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { PickReason } from "@/lib/kt/pick/types";
import { masteryTable } from "@/lib/mastery/mastery-table";
import { type SkillMeter, studentSkillMeters } from "@/lib/mastery/skill-mastery";
import { conditionsForStudent } from "@/lib/research/experiments";
import { shuffleChoices } from "@/lib/tutor/shuffle-choices";
import { sessionStateSchema } from "@/lib/tutor/types";
import { chooseNextProblem } from "./choose-next-problem";
import { loadProblemVersion } from "./load-problem";
import { buildSessionView } from "./session-view";
import { startTutoringSession } from "./start-session";

/** A pick's reason as stored: English text for old readers, and the key + values to word it. */
function reasonData(next: { reason: string; why: PickReason }) {
  return {
    reason: next.reason,
    reasonKey: next.why.key,
    reasonParams: next.why.values as Prisma.InputJsonValue,
  };
}

/**
 * Where "Practice" takes a student: the unfinished session they already have, or a new one on
 * the next problem (its pick recorded with the reason, as text and as key + values, and linked
 * to the session it started). Null when nothing is assigned or everything is done. A new session
 * speaks `locale` (the student's language, default "en") and shows the problem in it when it can
 * (startTutoringSession).
 */
export async function openPractice(
  prisma: PrismaClient,
  studentId: string,
  opts: { forceNew?: boolean; locale?: string } = {},
): Promise<string | null> {
  if (!opts.forceNew) {
    const active = await prisma.tutoringSession.findFirst({
      where: { studentId, status: "active", preview: false },
      orderBy: { lastActivityAt: "desc" },
      select: { id: true },
    });
    if (active) return active.id;
  }
  // The student's experiment conditions, fixed on first exposure: the picker's applies to this
  // pick, and all are stored on the session and copied to each of its turns (decision 025).
  const conditions = await conditionsForStudent(prisma, studentId);
  const next = await chooseNextProblem(prisma, studentId, { picker: conditions.picker });
  if (!next) return null;
  if (!next.problemId) {
    await prisma.problemPick.create({ data: { studentId, problemId: null, ...reasonData(next) } });
    return null;
  }
  const pick = await prisma.problemPick.create({
    data: { studentId, problemId: next.problemId, ...reasonData(next) },
    select: { id: true },
  });
  const sessionId = await startTutoringSession(prisma, {
    studentId,
    problemVersionId: next.problemVersionId,
    pickReason: next.reason,
    locale: opts.locale,
    conditionIds: conditions.conditionIds,
  });
  await prisma.problemPick.update({ where: { id: pick.id }, data: { sessionId } });
  return sessionId;
}

/** What the practice page leads with: the problem "Practice" opens next, and why. */
export type UpNext =
  | {
      kind: "continue" | "next";
      title: string;
      /** The stored or previewed reason (reasonKey + reasonParams; `reason` for old rows). */
      reason: { reason: string | null; reasonKey: string | null; reasonParams: unknown } | null;
    }
  | { kind: "none"; reason: { reason: string | null; reasonKey: string | null; reasonParams: unknown } | null };

/**
 * The student's next problem for the practice page, read-only (nothing is recorded): the open
 * session with the reason it was picked for, or else the problem the picker would choose now
 * (openPractice picks again when the student presses the button, so a pin made in between
 * counts). Only `studentId`'s own sessions and picks are read.
 */
export async function upNext(prisma: PrismaClient, studentId: string): Promise<UpNext> {
  const active = await prisma.tutoringSession.findFirst({
    where: { studentId, status: "active", preview: false },
    orderBy: { lastActivityAt: "desc" },
    select: { id: true, pickReason: true, problemVersion: { select: { title: true } } },
  });
  if (active) {
    const pick = await studentPickReason(prisma, studentId, active.id);
    return {
      kind: "continue",
      title: active.problemVersion.title,
      reason: pick ?? (active.pickReason ? { reason: active.pickReason, reasonKey: null, reasonParams: null } : null),
    };
  }
  const { picker } = await conditionsForStudent(prisma, studentId, { assign: false });
  const next = await chooseNextProblem(prisma, studentId, { picker });
  if (!next) return { kind: "none", reason: null };
  const reason = { reason: next.reason, reasonKey: next.why.key, reasonParams: next.why.values };
  if (!next.problemId) return { kind: "none", reason };
  const version = await prisma.problemVersion.findUnique({
    where: { id: next.problemVersionId },
    select: { title: true },
  });
  return version ? { kind: "next", title: version.title, reason } : { kind: "none", reason: null };
}

/** The reason a session of this student was picked for; null for another student's session. */
export async function studentPickReason(prisma: PrismaClient, studentId: string, sessionId: string) {
  return prisma.problemPick.findFirst({
    where: { studentId, sessionId },
    orderBy: { createdAt: "desc" },
    select: { reason: true, reasonKey: true, reasonParams: true },
  });
}

/**
 * The skills the student's page shows, with their mastery (the one mastery table): those of the
 * published sets assigned to the student's classes; with none assigned, those of the problems
 * the student has practised. Never every skill in the library.
 */
export async function practiceSkillMeters(prisma: PrismaClient, studentId: string): Promise<SkillMeter[]> {
  const assigned = await studentSkillMeters(prisma, studentId);
  if (assigned.length > 0) return assigned;
  const practised = await prisma.skill.findMany({
    where: { steps: { some: { step: { version: { sessions: { some: { studentId, preview: false } } } } } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  if (practised.length === 0) return [];
  const table = await masteryTable(
    prisma,
    [studentId],
    practised.map((s) => s.id),
  );
  return practised.map((s) => ({ ...table.cell(studentId, s.id), name: s.name }));
}

/**
 * A student's own session as their browser gets it (buildSessionView: no answers), with the
 * problem in the language the session was started in and its options in the session's order
 * (the order submitTurn checks against). Null for a session of another student or a preview.
 */
export async function loadStudentSessionView(prisma: PrismaClient, studentId: string, sessionId: string) {
  const session = await prisma.tutoringSession.findFirst({
    where: { id: sessionId, studentId, preview: false },
    select: {
      id: true,
      preview: true,
      state: true,
      problemVersionId: true,
      locale: true,
      contentLanguage: true,
      turns: { orderBy: { seq: "asc" }, select: { seq: true, role: true, text: true, stepIndex: true } },
    },
  });
  if (!session) return null;
  const problem = shuffleChoices(
    await loadProblemVersion(prisma, session.problemVersionId, session.contentLanguage),
    session.id,
  );
  const view = buildSessionView(session, problem, sessionStateSchema.parse(session.state), session.turns);
  return { session, view };
}
