import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { MathText } from "@/components/math-text";
import { AttemptsTable } from "@/components/teach/attempts-table";
import { ClassHeader } from "@/components/teach/class-header";
import { CoachSummaryView } from "@/components/teach/coach-summary";
import { RefreshWhileActive } from "@/components/teach/refresh-while-active";
import { TranscriptTurns } from "@/components/teach/transcript-turns";
import { TeacherPickReason } from "@/components/tutor/teacher-pick-reason";
import { getTutorBackend } from "@/lib/ai/provider";
import { summarizeTranscript } from "@/lib/ai/teacher-coach/summarize-transcript";
import { db } from "@/lib/db/client";
import { formatDuration, type StepOutcome } from "@/lib/teach/build-step-timeline";
import { coachSummaryIn } from "@/lib/teach/coach-words";
import { formatDateTime } from "@/lib/teach/format-time";
import { loadTranscript } from "@/lib/teach/load-transcript";
import { flagTurnAction } from "../../../../actions";
import { loadPageClass } from "../../../../load-page-class";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teach");
  return { title: t("meta.transcript") };
}

const OUTCOME_KEY: Record<StepOutcome, string> = {
  solved: "outcome.solved",
  told: "outcome.told",
  "in progress": "outcome.inProgress",
  "not reached": "outcome.notReached",
};

export default async function TranscriptPage({ params }: { params: Promise<{ classId: string; sessionId: string }> }) {
  const { classId, sessionId } = await params;
  const { user, cls } = await loadPageClass(classId);
  const [tr, tt, locale] = await Promise.all([
    getTranslations("teach.transcript"),
    getTranslations("teach"),
    getLocale(),
  ]);
  const t = await loadTranscript(db, user, cls, sessionId, locale);
  if (!t) notFound();
  const base = `/teach/classes/${cls.id}`;
  const backend = getTutorBackend();
  const coachTurns = t.turns.map((turn) => ({
    seq: turn.seq,
    role: turn.role,
    text: turn.text,
    stepIndex: turn.stepIndex,
    move: turn.codes.move,
    hintRung: turn.codes.hintRung,
    revealed: turn.codes.revealed,
    evaluation: turn.codes.evaluation,
    createdAt: turn.createdAt,
  }));
  // A session in progress is re-read every few seconds (RefreshWhileActive): its summary is the
  // rule-based one, so an open page does not call the model on every refresh; the model writes
  // the summary once the session has ended.
  const coachModel = backend.kind === "llm" && t.status !== "active" ? backend.model : null;
  const coach = coachSummaryIn(await summarizeTranscript(coachModel, coachTurns), coachTurns, locale);
  return (
    <section className="flex flex-col gap-6">
      <ClassHeader cls={cls} current="transcripts" title={tr("title", { name: t.student.name })} />

      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="text-xl font-semibold">
          <MathText text={t.problem.title} />
        </h2>
        <p className="mt-1">
          <MathText text={t.problem.statement} />
        </p>
        <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">{tr("student")}</dt>
          <dd>
            <Link href={`${base}/students/${t.student.id}`} className="text-blue-800 underline">
              {t.student.name}
            </Link>
          </dd>
          <dt className="font-medium">{tr("problemSet")}</dt>
          <dd>{tr("problemSetValue", { title: t.problem.setTitle, version: t.problem.version })}</dd>
          <dt className="font-medium">{tr("started")}</dt>
          <dd>{formatDateTime(t.startedAt, locale)}</dd>
          <dt className="font-medium">{tr("status")}</dt>
          <dd>
            {t.status === "completed" && t.completedAt
              ? tr("finishedAt", { date: formatDateTime(t.completedAt, locale) })
              : t.status === "active"
                ? tr("inProgressSince", { date: formatDateTime(t.lastActivityAt, locale) })
                : tt(`sessionStatus.${t.status}`)}
            {t.status === "active" ? (
              <>
                {" "}
                <span className="text-sm text-slate-700">{tr("updatesLive")}</span>
                <RefreshWhileActive />
              </>
            ) : null}
          </dd>
          {t.pickReason ? (
            <>
              <dt className="font-medium">{tr("whyThisProblem")}</dt>
              <dd>
                <TeacherPickReason sessionId={t.id} fallback={t.pickReason} />
              </dd>
            </>
          ) : null}
        </dl>
        <p className="mt-3 text-sm">
          <a href={`${base}/transcripts/${t.id}/export`} className="text-blue-800 underline">
            {tr("download")}
          </a>
        </p>
      </div>

      <CoachSummaryView summary={coach} />

      <div>
        <h2 className="mb-2 text-lg font-semibold" id="steps-title">
          {tr("steps")}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-start text-sm" aria-labelledby="steps-title">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">
                  {tr("columns.step")}
                </th>
                <th scope="col" className="p-2">
                  {tr("columns.outcome")}
                </th>
                <th scope="col" className="p-2">
                  {tr("columns.time")}
                </th>
                <th scope="col" className="p-2">
                  {tr("columns.hints")}
                </th>
                <th scope="col" className="p-2">
                  {tr("columns.answers")}
                </th>
                <th scope="col" className="p-2">
                  {tr("columns.firstAnswer")}
                </th>
              </tr>
            </thead>
            <tbody>
              {t.steps.map((s) => (
                <tr key={s.index} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-normal">
                    <span className="font-medium">{s.index + 1}.</span> <MathText text={s.prompt} />
                  </th>
                  <td className="p-2">{tr(OUTCOME_KEY[s.timeline.outcome])}</td>
                  <td className="p-2 tabular-nums">{formatDuration(s.timeline.durationMs, locale)}</td>
                  <td className="p-2 tabular-nums">{s.timeline.hintsUsed}</td>
                  <td className="p-2 tabular-nums">{s.timeline.attempts}</td>
                  <td className="p-2">
                    {s.timeline.firstAttemptCorrect === null
                      ? "–"
                      : s.timeline.firstAttemptCorrect
                        ? tr("correct")
                        : tr("incorrect")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <div>
        <h2 className="mb-2 text-lg font-semibold">{tr("conversation", { count: t.turns.length })}</h2>
        <TranscriptTurns classId={cls.id} turns={t.turns} studentName={t.student.name} flagAction={flagTurnAction} />
      </div>

      <div>
        <h2 className="mb-2 text-lg font-semibold" id="attempt-records">
          {tr("attemptRecords", { count: t.attempts.length })}
        </h2>
        {t.attempts.length === 0 ? (
          <p>{tr("noAnswers")}</p>
        ) : (
          <AttemptsTable labelledBy="attempt-records" rows={t.attempts} />
        )}
      </div>
    </section>
  );
}
