import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MathText } from "@/components/math-text";
import { AttemptsTable } from "@/components/teach/attempts-table";
import { ClassHeader } from "@/components/teach/class-header";
import { CoachSummaryView } from "@/components/teach/coach-summary";
import { TranscriptTurns } from "@/components/teach/transcript-turns";
import { getTutorBackend } from "@/lib/ai/provider";
import { summarizeTranscript } from "@/lib/ai/teacher-coach/summarize-transcript";
import { db } from "@/lib/db/client";
import { formatDuration } from "@/lib/teach/build-step-timeline";
import { formatDateTime } from "@/lib/teach/format-time";
import { loadTranscript } from "@/lib/teach/load-transcript";
import { flagTurnAction } from "../../../../actions";
import { loadPageClass } from "../../../../load-page-class";

export const metadata: Metadata = { title: "Transcript" };

const outcomeWords = {
  solved: "solved by the student",
  told: "answer told by the tutor",
  "in progress": "in progress",
  "not reached": "not reached",
} as const;

export default async function TranscriptPage({ params }: { params: Promise<{ classId: string; sessionId: string }> }) {
  const { classId, sessionId } = await params;
  const { user, cls } = await loadPageClass(classId);
  const t = await loadTranscript(db, user, cls, sessionId);
  if (!t) notFound();
  const base = `/teach/classes/${cls.id}`;
  const backend = getTutorBackend();
  const coach = await summarizeTranscript(
    backend.kind === "llm" ? backend.model : null,
    t.turns.map((turn) => ({
      seq: turn.seq,
      role: turn.role,
      text: turn.text,
      stepIndex: turn.stepIndex,
      move: turn.codes.move,
      hintRung: turn.codes.hintRung,
      revealed: turn.codes.revealed,
      evaluation: turn.codes.evaluation,
      createdAt: turn.createdAt,
    })),
  );
  return (
    <section className="flex flex-col gap-6">
      <ClassHeader cls={cls} current="transcripts" title={`Transcript: ${t.student.name}`} />

      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="text-xl font-semibold">
          <MathText text={t.problem.title} />
        </h2>
        <p className="mt-1">
          <MathText text={t.problem.statement} />
        </p>
        <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">Student</dt>
          <dd>
            <Link href={`${base}/students/${t.student.id}`} className="text-blue-800 underline">
              {t.student.name}
            </Link>
          </dd>
          <dt className="font-medium">Problem set</dt>
          <dd>
            {t.problem.setTitle} (problem version {t.problem.version})
          </dd>
          <dt className="font-medium">Started</dt>
          <dd>{formatDateTime(t.startedAt)}</dd>
          <dt className="font-medium">Status</dt>
          <dd>
            {t.status === "completed" && t.completedAt
              ? `finished ${formatDateTime(t.completedAt)}`
              : t.status === "active"
                ? `in progress (last activity ${formatDateTime(t.lastActivityAt)})`
                : t.status}
          </dd>
          {t.pickReason ? (
            <>
              <dt className="font-medium">Why this problem</dt>
              <dd>{t.pickReason}</dd>
            </>
          ) : null}
        </dl>
        <p className="mt-3 text-sm">
          <a href={`${base}/transcripts/${t.id}/export`} className="text-blue-800 underline">
            Download this transcript (JSON)
          </a>
        </p>
      </div>

      <CoachSummaryView summary={coach} />

      <div>
        <h2 className="mb-2 text-lg font-semibold" id="steps-title">
          Steps
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm" aria-labelledby="steps-title">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">
                  Step
                </th>
                <th scope="col" className="p-2">
                  Outcome
                </th>
                <th scope="col" className="p-2">
                  Time on step
                </th>
                <th scope="col" className="p-2">
                  Hints used
                </th>
                <th scope="col" className="p-2">
                  Answers
                </th>
                <th scope="col" className="p-2">
                  First answer
                </th>
              </tr>
            </thead>
            <tbody>
              {t.steps.map((s) => (
                <tr key={s.index} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-normal">
                    <span className="font-medium">{s.index + 1}.</span> <MathText text={s.prompt} />
                  </th>
                  <td className="p-2">{outcomeWords[s.timeline.outcome]}</td>
                  <td className="p-2 tabular-nums">{formatDuration(s.timeline.durationMs)}</td>
                  <td className="p-2 tabular-nums">{s.timeline.hintsUsed}</td>
                  <td className="p-2 tabular-nums">{s.timeline.attempts}</td>
                  <td className="p-2">
                    {s.timeline.firstAttemptCorrect === null
                      ? "–"
                      : s.timeline.firstAttemptCorrect
                        ? "correct"
                        : "incorrect"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <div>
        <h2 className="mb-2 text-lg font-semibold">Conversation ({t.turns.length} turns)</h2>
        <TranscriptTurns classId={cls.id} turns={t.turns} studentName={t.student.name} flagAction={flagTurnAction} />
      </div>

      <div>
        <h2 className="mb-2 text-lg font-semibold" id="attempt-records">
          Attempt records ({t.attempts.length})
        </h2>
        {t.attempts.length === 0 ? (
          <p>No answers recorded yet.</p>
        ) : (
          <AttemptsTable labelledBy="attempt-records" rows={t.attempts} />
        )}
      </div>
    </section>
  );
}
