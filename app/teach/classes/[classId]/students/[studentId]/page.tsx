import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { MasteryHistory } from "@/components/mastery-history";
import { MathText } from "@/components/math-text";
import { ActionForm } from "@/components/teach/action-form";
import { AttemptsTable } from "@/components/teach/attempts-table";
import { ClassHeader } from "@/components/teach/class-header";
import { db } from "@/lib/db/client";
import { formatMastery, MASTERED_AT, type MasteryStatus } from "@/lib/mastery/format-mastery";
import { loadMasteryHistory } from "@/lib/mastery/mastery-history";
import { masteryTable } from "@/lib/mastery/mastery-table";
import { findStudentInClass } from "@/lib/teach/access";
import { formatMasteryIn } from "@/lib/teach/format-number";
import { formatAgo, formatDateTime } from "@/lib/teach/format-time";
import { loadStudentOverview, STUDENT_ATTEMPTS_SHOWN } from "@/lib/teach/load-class-overview";
import { loadClassSkills } from "@/lib/teach/load-mastery";
import { overrideAction } from "../../../../actions";
import { loadPageClass } from "../../../../load-page-class";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teach");
  return { title: t("meta.student") };
}

const STATUS_KEY: Record<MasteryStatus, string> = {
  "not started": "masteryStatus.notStarted",
  "in progress": "masteryStatus.inProgress",
  mastered: "masteryStatus.mastered",
};

export default async function StudentPage({ params }: { params: Promise<{ classId: string; studentId: string }> }) {
  const { classId, studentId } = await params;
  const { user, cls } = await loadPageClass(classId);
  const student = await findStudentInClass(db, user, cls.id, studentId);
  if (!student) notFound();
  const [o, skills] = await Promise.all([loadStudentOverview(db, cls, student.id), loadClassSkills(db, cls)]);
  const skillIds = skills.map((s) => s.id);
  // The same history loader as the student's page (/practice): its last point is the cell.
  const [mastery, histories] = await Promise.all([
    masteryTable(db, [student.id], skillIds),
    loadMasteryHistory(db, student.id, skillIds),
  ]);
  const [t, locale] = await Promise.all([getTranslations("teach"), getLocale()]);
  const sessionStatus = (status: string) =>
    status === "active" || status === "completed" || status === "abandoned" ? t(`sessionStatus.${status}`) : status;
  const now = new Date();
  const base = `/teach/classes/${cls.id}`;
  return (
    <section className="flex flex-col gap-6">
      <ClassHeader cls={cls} current="overview" title={student.name} />
      <p className="text-slate-700">
        {student.email} · {t("studentPage.joined", { date: formatDateTime(student.enrolledAt, locale) })} ·{" "}
        <Link href={`${base}/transcripts?student=${student.id}`} className="text-blue-800 underline">
          {t("studentPage.transcripts")}
        </Link>
      </p>

      <div className="grid gap-4 lg:grid-cols-2">
        <div>
          <h2 className="mb-2 text-lg font-semibold">{t("studentPage.mastery")}</h2>
          {skills.length ? (
            <p className="mb-2 text-sm text-slate-700">
              {t("studentPage.masteryHelp", { name: student.name, mastered: formatMasteryIn(MASTERED_AT, locale) })}
            </p>
          ) : null}
          {skills.length === 0 ? (
            <p>{t("studentPage.noSkills")}</p>
          ) : (
            <table className="w-full border-collapse bg-white text-start text-sm">
              <caption className="sr-only">{t("studentPage.masteryCaption", { name: student.name })}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-2">
                    {t("studentPage.columns.skill")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("studentPage.columns.mastery")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("studentPage.columns.status")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("studentPage.columns.opportunities")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {skills.map((k) => {
                  const m = mastery.cell(student.id, k.id);
                  return (
                    <tr key={k.id} className="border-b border-slate-200">
                      <th scope="row" className="p-2 font-normal">
                        {k.name}
                        {k.prerequisites.length ? (
                          <span className="block text-xs text-slate-700">
                            {t("studentPage.needs", { list: k.prerequisites.join(", ") })}
                          </span>
                        ) : null}
                      </th>
                      <td className="p-2 tabular-nums" data-skill={k.id} data-mastery={formatMastery(m.value)}>
                        {formatMasteryIn(m.value, locale)}
                        {m.status === "mastered" ? " ✓" : ""}
                      </td>
                      <td className="p-2">{t(STATUS_KEY[m.status])}</td>
                      <td className="p-2 tabular-nums">{m.opportunities}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {skills.length ? (
            <>
              <h3 className="mt-4 mb-2 font-semibold">{t("studentPage.history")}</h3>
              <p className="mb-2 text-sm text-slate-700">{t("studentPage.historyHelp", { name: student.name })}</p>
              <ul className="flex flex-col gap-2" aria-label={t("studentPage.historyLabel", { name: student.name })}>
                {skills.map((k) => {
                  const m = mastery.cell(student.id, k.id);
                  return (
                    <li key={k.id} className="flex flex-col gap-1">
                      <span className="text-sm">{k.name}</span>
                      <MasteryHistory
                        skillId={k.id}
                        skillName={k.name}
                        points={m.status === "not started" ? [] : (histories.get(k.id) ?? [])}
                      />
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
        </div>

        <div className="flex flex-col gap-4">
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="text-lg font-semibold">{t("studentPage.pinTitle")}</h2>
            <p className="text-sm text-slate-700">{t("studentPage.pinHelp")}</p>
            {o.overrides.length ? (
              <ul className="mt-2 flex flex-col gap-1 text-sm" aria-label={t("studentPage.currentOverrides")}>
                {o.overrides.map((ov) => (
                  <li key={ov.id}>
                    <strong>{ov.kind === "pin" ? t("studentPage.pinned") : t("studentPage.skipped")}</strong>:{" "}
                    <MathText text={ov.problem.publishedVersion?.title ?? ov.problem.key} />{" "}
                    {t("studentPage.overrideBy", {
                      teacher: ov.teacher.name,
                      ago: formatAgo(ov.createdAt, now, locale),
                    })}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2 text-sm">{t("studentPage.noOverrides")}</p>
            )}
            {o.problems.length ? (
              <ActionForm
                action={overrideAction}
                submitLabel={t("studentPage.save")}
                className="mt-3 flex flex-wrap items-end gap-2"
              >
                <input type="hidden" name="classId" value={cls.id} />
                <input type="hidden" name="studentId" value={student.id} />
                <div className="flex flex-col gap-1">
                  <label htmlFor="override-problem" className="text-sm font-medium">
                    {t("studentPage.problem")}
                  </label>
                  <select
                    id="override-problem"
                    name="problemId"
                    className="max-w-xs rounded border border-slate-400 bg-white px-2 py-1.5"
                  >
                    {o.problems.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.problemSet.title}: {p.publishedVersion?.title ?? p.id}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="flex flex-col gap-1">
                  <label htmlFor="override-kind" className="text-sm font-medium">
                    {t("studentPage.override")}
                  </label>
                  <select
                    id="override-kind"
                    name="kind"
                    className="rounded border border-slate-400 bg-white px-2 py-1.5"
                  >
                    <option value="pin">{t("studentPage.pinNext")}</option>
                    <option value="skip">{t("studentPage.skip")}</option>
                    <option value="none">{t("studentPage.noneRemove")}</option>
                  </select>
                </div>
              </ActionForm>
            ) : null}
          </div>

          <div>
            <h2 className="mb-2 text-lg font-semibold">{t("studentPage.recent")}</h2>
            {o.sessions.length === 0 ? (
              <p>{t("studentPage.noPractice")}</p>
            ) : (
              <ul className="flex flex-col gap-1 text-sm">
                {o.sessions.map((s) => (
                  <li key={s.id}>
                    <Link href={`${base}/transcripts/${s.id}`} className="text-blue-800 underline">
                      <MathText text={s.problemVersion.title} />
                    </Link>{" "}
                    {t("studentPage.sessionMeta", {
                      status: sessionStatus(s.status),
                      turns: s.turnCount,
                      ago: formatAgo(s.lastActivityAt, now, locale),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      </div>

      <div>
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold" id="attempts-title">
            {t("studentPage.attempts", { count: o.attemptCount })}
          </h2>
          <a href={`${base}/export/attempts?student=${student.id}`} className="text-sm text-blue-800 underline">
            {t("studentPage.downloadAttempts")}
          </a>
        </div>
        {o.attemptCount > STUDENT_ATTEMPTS_SHOWN ? (
          <p className="mb-2 text-sm">{t("studentPage.latestShown", { count: STUDENT_ATTEMPTS_SHOWN })}</p>
        ) : null}
        {o.attempts.length === 0 ? (
          <p>{t("studentPage.noAttempts")}</p>
        ) : (
          <AttemptsTable
            labelledBy="attempts-title"
            rows={o.attempts.map((a) => ({
              id: a.id,
              createdAt: a.createdAt,
              stepIndex: a.step.position,
              answer: a.answer,
              correct: a.correct,
              firstAttempt: a.firstAttempt,
              hintsUsed: a.hintsUsed,
              problem: { title: a.step.version.title, href: `${base}/transcripts/${a.sessionId}` },
            }))}
          />
        )}
      </div>
    </section>
  );
}
