import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type ClassHeader, classSessionScope, type Viewer } from "./access";
import { buildStepTimeline, type TimelineStep } from "./build-step-timeline";
import { describeTurn, TURN_CODE_FIELDS, type TurnCodes, type TurnLabel } from "./describe-turn";

export interface TranscriptTurn {
  id: string;
  seq: number;
  role: "student" | "tutor";
  /** The text as shown to the student (stored). */
  text: string;
  /** An embedded tutor turn's message key and values (lib/tutor/tutor-message.ts), else null. */
  messageKey: string | null;
  messageParams: unknown;
  /** The language the turn was shown in (null: before languages were recorded). */
  locale: string | null;
  stepIndex: number | null;
  createdAt: Date;
  codes: TurnCodes;
  /** The codes in words, in the language loadTranscript was asked for. */
  labels: TurnLabel[];
  flags: { id: string; note: string; teacherName: string; createdAt: Date }[];
}

export interface Transcript {
  id: string;
  status: "active" | "completed" | "abandoned";
  startedAt: Date;
  lastActivityAt: Date;
  completedAt: Date | null;
  pickReason: string | null;
  student: { id: string; name: string };
  problem: { id: string; title: string; statement: string; setTitle: string; version: number };
  steps: { index: number; prompt: string; timeline: TimelineStep }[];
  turns: TranscriptTurn[];
  attempts: {
    id: string;
    stepIndex: number;
    answer: string;
    correct: boolean;
    firstAttempt: boolean;
    hintsUsed: number;
    createdAt: Date;
  }[];
}

/**
 * A transcript of a class's student, or null when it is not the viewer's to read. Labels are in
 * `locale` (English by default: the JSON export).
 */
export async function loadTranscript(
  prisma: PrismaClient,
  viewer: Viewer,
  cls: ClassHeader,
  sessionId: string,
  locale = "en",
): Promise<Transcript | null> {
  const s = await prisma.tutoringSession.findFirst({
    where: { id: sessionId, ...classSessionScope(viewer, cls.id) },
    select: {
      id: true,
      status: true,
      startedAt: true,
      lastActivityAt: true,
      completedAt: true,
      pickReason: true,
      student: { select: { id: true, name: true } },
      problemVersion: {
        select: {
          version: true,
          title: true,
          statement: true,
          problem: { select: { id: true, problemSet: { select: { title: true } } } },
          steps: { orderBy: { position: "asc" }, select: { id: true, position: true, prompt: true } },
        },
      },
      turns: {
        orderBy: { seq: "asc" },
        select: {
          id: true,
          seq: true,
          role: true,
          text: true,
          messageKey: true,
          messageParams: true,
          locale: true,
          stepIndex: true,
          createdAt: true,
          ...TURN_CODE_FIELDS,
          flags: {
            orderBy: { createdAt: "asc" },
            select: { id: true, note: true, createdAt: true, teacher: { select: { name: true } } },
          },
        },
      },
      attempts: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          stepId: true,
          answer: true,
          correct: true,
          firstAttempt: true,
          hintsUsed: true,
          createdAt: true,
        },
      },
    },
  });
  if (!s) return null;
  const v = s.problemVersion;
  const stepIndex = new Map(v.steps.map((st, i) => [st.id, i]));
  const attempts = s.attempts.map(({ stepId, ...a }) => ({ ...a, stepIndex: stepIndex.get(stepId) ?? -1 }));
  const timeline = buildStepTimeline(v.steps.length, s.startedAt, s.turns, attempts);
  return {
    id: s.id,
    status: s.status,
    startedAt: s.startedAt,
    lastActivityAt: s.lastActivityAt,
    completedAt: s.completedAt,
    pickReason: s.pickReason,
    student: s.student,
    problem: {
      id: v.problem.id,
      title: v.title,
      statement: v.statement,
      setTitle: v.problem.problemSet.title,
      version: v.version,
    },
    steps: v.steps.map((st, i) => ({ index: i, prompt: st.prompt, timeline: timeline[i]! })),
    turns: s.turns.map((t) => {
      const codes = {
        evaluation: t.evaluation,
        action: t.action,
        stepState: t.stepState,
        move: t.move,
        subMove: t.subMove,
        engine: t.engine,
        hintRung: t.hintRung,
        revealed: t.revealed,
      };
      return {
        id: t.id,
        seq: t.seq,
        role: t.role,
        text: t.text,
        messageKey: t.messageKey,
        messageParams: t.messageParams,
        locale: t.locale,
        stepIndex: t.stepIndex,
        createdAt: t.createdAt,
        codes,
        labels: t.role === "tutor" ? describeTurn(codes, locale) : [],
        flags: t.flags.map((f) => ({ id: f.id, note: f.note, createdAt: f.createdAt, teacherName: f.teacher.name })),
      };
    }),
    attempts,
  };
}
