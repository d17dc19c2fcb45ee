import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/teach/action-form";
import { ClassHeader } from "@/components/teach/class-header";
import { NeedsHelpList } from "@/components/teach/needs-help-list";
import { db } from "@/lib/db/client";
import { localeNames, locales } from "@/lib/i18n/locales";
import { formatAgo, formatDateTime } from "@/lib/teach/format-time";
import { loadClassOverview } from "@/lib/teach/load-class-overview";
import { loadClassMastery } from "@/lib/teach/load-mastery";
import { loadNeedsHelp } from "@/lib/teach/load-needs-help";
import {
  addCoTeacherAction,
  archiveClassAction,
  assignSetAction,
  regenerateJoinCodeAction,
  removeCoTeacherAction,
  setClassLocaleAction,
  unassignSetAction,
} from "../../actions";
import { loadPageClass } from "../../load-page-class";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teach");
  return { title: t("meta.class") };
}

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const { user, cls } = await loadPageClass(classId);
  const [t, locale] = await Promise.all([getTranslations("teach.classPage"), getLocale()]);
  const now = new Date();
  const [o, mastery] = await Promise.all([loadClassOverview(db, cls), loadClassMastery(db, cls)]);
  const help = await loadNeedsHelp(db, cls, mastery, now, locale);
  const base = `/teach/classes/${cls.id}`;
  const hidden = <input type="hidden" name="classId" value={cls.id} />;
  return (
    <section className="flex flex-col gap-6">
      <ClassHeader cls={cls} current="overview" />

      <div className="flex flex-col gap-2" data-testid="help-first">
        <h2 className="text-lg font-semibold">{t("helpFirst")}</h2>
        {help.students.length === 0 ? (
          <p>{t("helpNobody")}</p>
        ) : (
          <>
            <p className="text-sm text-slate-700">{t("helpFirstLead")}</p>
            <NeedsHelpList classBase={base} students={help.students} now={now} actions={help.actions} />
          </>
        )}
        <p className="text-sm">
          <Link href={`${base}/live`} className="text-blue-800 underline">
            {t("seeLive")}
          </Link>{" "}
          <Link href={`${base}/mastery`} className="text-blue-800 underline">
            {t("seeMastery")}
          </Link>
        </p>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="text-lg font-semibold">{t("joinCode")}</h2>
          {cls.archivedAt ? (
            <p className="mt-1">{t("archivedNoJoin")}</p>
          ) : (
            <p className="mt-1">
              {t.rich("signUpWith", {
                code: () => (
                  <strong className="font-mono text-2xl tracking-widest" data-testid="join-code">
                    {cls.joinCode}
                  </strong>
                ),
              })}
            </p>
          )}
          <div className="mt-3 flex flex-wrap gap-3">
            {cls.archivedAt ? null : (
              <ActionForm action={regenerateJoinCodeAction} submitLabel={t("newJoinCode")} variant="secondary">
                {hidden}
              </ActionForm>
            )}
            <ActionForm
              action={archiveClassAction}
              submitLabel={cls.archivedAt ? t("restore") : t("archive")}
              variant={cls.archivedAt ? "secondary" : "danger"}
            >
              {hidden}
              <input type="hidden" name="archived" value={cls.archivedAt ? "false" : "true"} />
            </ActionForm>
          </div>
        </div>

        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="text-lg font-semibold">{t("problemSets")}</h2>
          {o.assigned.length === 0 ? (
            <p className="mt-1">{t("nothingAssigned")}</p>
          ) : (
            <ul className="mt-2 flex flex-col gap-2">
              {o.assigned.map((s) => (
                <li key={s.id} className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    {s.title}{" "}
                    <span className="text-sm text-slate-700">{t("problemCount", { count: s._count.problems })}</span>
                    {s.status !== "published" ? <span className="ms-1 text-sm">{t("draft")}</span> : null}
                  </span>
                  <ActionForm
                    action={unassignSetAction}
                    submitLabel={t("unassign")}
                    variant="secondary"
                    label={t("unassignLabel", { title: s.title })}
                  >
                    {hidden}
                    <input type="hidden" name="problemSetId" value={s.id} />
                  </ActionForm>
                </li>
              ))}
            </ul>
          )}
          {o.assignable.length ? (
            <ActionForm
              action={assignSetAction}
              submitLabel={t("assign")}
              className="mt-3 flex flex-wrap items-end gap-2"
            >
              {hidden}
              <div className="flex flex-col gap-1">
                <label htmlFor="problemSetId" className="text-sm font-medium">
                  {t("assignPublished")}
                </label>
                <select
                  id="problemSetId"
                  name="problemSetId"
                  className="rounded border border-slate-400 bg-white px-2 py-1.5"
                >
                  {o.assignable.map((s) => (
                    <option key={s.id} value={s.id}>
                      {t("setOption", { title: s.title, count: s._count.problems })}
                    </option>
                  ))}
                </select>
              </div>
            </ActionForm>
          ) : null}
        </div>

        <div className="rounded-lg border border-slate-200 bg-white p-4 md:col-span-2">
          <h2 className="text-lg font-semibold">{t("teachers.title")}</h2>
          <p className="mt-1 text-sm text-slate-700">{t("teachers.help")}</p>
          <ul className="mt-2 flex flex-col gap-2" aria-label={t("teachers.title")}>
            <li>{t("teachers.made", { name: cls.teacher.name, email: cls.teacher.email })}</li>
            {cls.coTeachers.map((c) => {
              const self = c.teacherId === user.id;
              return (
                <li key={c.teacherId} className="flex flex-wrap items-center justify-between gap-2">
                  <span>{t("teachers.coTeacher", { name: c.teacher.name, email: c.teacher.email })}</span>
                  <ActionForm
                    action={removeCoTeacherAction}
                    submitLabel={self ? t("teachers.leave") : t("teachers.remove")}
                    variant="secondary"
                    label={self ? t("teachers.leaveLabel") : t("teachers.removeLabel", { name: c.teacher.name })}
                  >
                    {hidden}
                    <input type="hidden" name="teacherId" value={c.teacherId} />
                  </ActionForm>
                </li>
              );
            })}
          </ul>
          <ActionForm
            action={addCoTeacherAction}
            submitLabel={t("teachers.add")}
            variant="secondary"
            className="mt-3 flex flex-wrap items-end gap-2"
          >
            {hidden}
            <div className="flex flex-col gap-1">
              <label htmlFor="co-teacher-email" className="text-sm font-medium">
                {t("teachers.email")}
              </label>
              <input
                id="co-teacher-email"
                name="email"
                type="email"
                required
                autoComplete="off"
                className="rounded border border-slate-400 bg-white px-2 py-1.5"
              />
            </div>
          </ActionForm>
        </div>

        <div className="rounded-lg border border-slate-200 bg-white p-4 md:col-span-2">
          <h2 className="text-lg font-semibold">{t("language.title")}</h2>
          <p className="mt-1 text-sm text-slate-700">{t("language.help")}</p>
          <ActionForm
            action={setClassLocaleAction}
            submitLabel={t("language.save")}
            variant="secondary"
            className="mt-3 flex flex-wrap items-end gap-2"
          >
            {hidden}
            <div className="flex flex-col gap-1">
              <label htmlFor="class-locale" className="text-sm font-medium">
                {t("language.label")}
              </label>
              <select
                id="class-locale"
                name="locale"
                defaultValue={cls.locale ?? "none"}
                className="rounded border border-slate-400 bg-white px-2 py-1.5"
              >
                <option value="none">{t("language.none")}</option>
                {locales.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {localeNames[l]}
                  </option>
                ))}
              </select>
            </div>
          </ActionForm>
        </div>
      </div>

      <div>
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold">{t("students", { count: o.roster.length })}</h2>
          <p className="flex gap-4 text-sm">
            <a href={`${base}/export/attempts`} className="text-blue-800 underline">
              {t("downloadAttempts")}
            </a>
            <a href={`${base}/export/mastery`} className="text-blue-800 underline">
              {t("downloadMastery")}
            </a>
            <a href={`/api/research/export?format=datashop&class=${cls.id}`} className="text-blue-800 underline">
              {t("downloadDatashop")}
            </a>
          </p>
        </div>
        {o.roster.length === 0 ? (
          <p>{t("noStudents")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-start">
              <caption className="sr-only">{t("roster")}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-2">
                    {t("columns.student")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("columns.joined")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("columns.lastActivity")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("columns.problems")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("columns.skills")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("columns.transcripts")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {o.roster.map((s) => (
                  <tr key={s.id} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-medium">
                      <Link href={`${base}/students/${s.id}`} className="text-blue-800 underline">
                        {s.name}
                      </Link>
                      <div className="text-xs font-normal text-slate-700">{s.email}</div>
                    </th>
                    <td className="p-2">{formatDateTime(s.enrolledAt, locale)}</td>
                    <td className="p-2">
                      {s.lastActivityAt ? (
                        <time
                          dateTime={s.lastActivityAt.toISOString()}
                          title={formatDateTime(s.lastActivityAt, locale)}
                        >
                          {formatAgo(s.lastActivityAt, now, locale)}
                        </time>
                      ) : (
                        formatAgo(null, now, locale)
                      )}
                    </td>
                    <td className="p-2">{t("problemsFinished", { sessions: s.sessions, completed: s.completed })}</td>
                    <td className="p-2">
                      <Link href={`${base}/students/${s.id}`} className="text-blue-800 underline">
                        <span className="sr-only">{t("masteryOf", { name: s.name })}</span>
                        {t("skillsSummary", {
                          mastered: s.skills.mastered,
                          total: o.skillCount,
                          started: s.skills.started,
                        })}
                      </Link>
                    </td>
                    <td className="p-2">
                      <Link
                        href={`${base}/transcripts?student=${s.id}`}
                        className="text-blue-800 underline"
                        aria-label={t("transcriptsOf", { name: s.name })}
                      >
                        {t("transcripts")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
