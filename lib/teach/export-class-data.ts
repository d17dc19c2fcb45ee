import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formatMastery } from "@/lib/mastery/format-mastery";
import type { ClassHeader } from "./access";
import { loadClassMastery } from "./load-mastery";
import type { Transcript } from "./load-transcript";
import { toCsv } from "./to-csv";

// CSV column headers stay in English in every language: the files are read by spreadsheets and
// scripts that look columns up by name (machine-readable, like the JSON export's field names).
export const ATTEMPT_COLUMNS = [
  "student_id",
  "student_name",
  "student_email",
  "session_id",
  "problem_set",
  "problem",
  "step",
  "answer",
  "correct",
  "first_attempt",
  "hints_used",
  "created_at",
];

/** Every attempt of the class's students (non-preview sessions), by student then time. */
export async function attemptsCsv(prisma: PrismaClient, cls: ClassHeader, studentId?: string): Promise<string> {
  const rows = await prisma.attempt.findMany({
    where: {
      session: { preview: false },
      student: { enrollments: { some: { classroomId: cls.id } } },
      ...(studentId ? { studentId } : {}),
    },
    orderBy: [{ student: { name: "asc" } }, { studentId: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      answer: true,
      correct: true,
      firstAttempt: true,
      hintsUsed: true,
      createdAt: true,
      sessionId: true,
      student: { select: { id: true, name: true, email: true } },
      step: {
        select: {
          position: true,
          version: { select: { title: true, problem: { select: { problemSet: { select: { title: true } } } } } },
        },
      },
    },
  });
  return toCsv(
    ATTEMPT_COLUMNS,
    rows.map((a) => [
      a.student.id,
      a.student.name,
      a.student.email,
      a.sessionId,
      a.step.version.problem.problemSet.title,
      a.step.version.title,
      a.step.position + 1,
      a.answer,
      a.correct,
      a.firstAttempt,
      a.hintsUsed,
      a.createdAt,
    ]),
  );
}

export const MASTERY_COLUMNS = [
  "student_id",
  "student_name",
  "student_email",
  "skill_key",
  "skill_name",
  "mastery",
  "status",
  "opportunities",
  "last_evidence_at",
];

/**
 * One row per student and class skill, from the one mastery table: the number the student and
 * the heatmap show (2 decimals) and its status; an unpractised skill has the model's prior,
 * "not started", 0 opportunities and no evidence time.
 */
export async function masteryCsv(prisma: PrismaClient, cls: ClassHeader): Promise<string> {
  const m = await loadClassMastery(prisma, cls);
  const student = new Map(m.students.map((s) => [s.id, s]));
  const skill = new Map(m.skills.map((k) => [k.id, k]));
  const rows = m.cells.map((c) => {
    const s = student.get(c.studentId);
    const k = skill.get(c.skillId);
    return [
      c.studentId,
      s?.name ?? null,
      s?.email ?? null,
      k?.key ?? null,
      k?.name ?? null,
      formatMastery(c.value),
      c.status,
      c.opportunities,
      c.lastEvidenceAt,
    ];
  });
  return toCsv(MASTERY_COLUMNS, rows);
}

/** A transcript as JSON: the session, every turn with its codes and words, the attempts. */
export function transcriptJson(t: Transcript) {
  return {
    format: "stepwise-transcript",
    version: 1,
    session: {
      id: t.id,
      status: t.status,
      startedAt: t.startedAt,
      lastActivityAt: t.lastActivityAt,
      completedAt: t.completedAt,
      pickReason: t.pickReason,
    },
    student: t.student,
    problem: t.problem,
    steps: t.steps.map((s) => ({ prompt: s.prompt, ...s.timeline })),
    turns: t.turns.map((turn) => ({
      seq: turn.seq,
      role: turn.role,
      text: turn.text,
      stepIndex: turn.stepIndex,
      createdAt: turn.createdAt,
      ...(turn.role === "tutor"
        ? { codes: turn.codes, labels: Object.fromEntries(turn.labels.map((l) => [l.term, l.value])) }
        : {}),
      flags: turn.flags,
    })),
    attempts: t.attempts,
  };
}
