import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/teach/action-form";
import { ClassHeader } from "@/components/teach/class-header";
import { db } from "@/lib/db/client";
import { loadLtiStatus } from "@/lib/lti/class-status";
import { kickScoreWorker } from "@/lib/lti/score-worker";
import { formatDateTime } from "@/lib/teach/format-time";
import { loadPageClass } from "../../../load-page-class";
import { resendAction, scoreModeAction, syncRosterAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teach.lti");
  return { title: t("metaTitle") };
}

/** The class's LMS (LTI) page: its courses and links, grade mode, passback status, roster sync. */
export default async function ClassLtiPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const { user, cls } = await loadPageClass(classId);
  const [t, locale] = await Promise.all([getTranslations("teach.lti"), getLocale()]);
  const { contexts, links } = await loadLtiStatus(db, user, cls.id);
  // Pending passbacks left by a restart are picked up when someone looks.
  if (links.some((l) => l.scoreJobs.some((j) => j.status === "pending"))) kickScoreWorker();
  const hidden = <input type="hidden" name="classId" value={cls.id} />;
  return (
    <section className="flex flex-col gap-6">
      <ClassHeader cls={cls} current="lti" />
      {contexts.length === 0 ? <p>{t("notLinked")}</p> : null}
      {contexts.length > 0 ? (
        <div className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">{t("coursesTitle")}</h2>
          <ul className="text-sm">
            {contexts.map((c) => (
              <li key={c.contextId}>{t("course", { title: c.title || c.contextId, platform: c.platform.name })}</li>
            ))}
          </ul>
          <ActionForm action={syncRosterAction} submitLabel={t("syncRoster")} variant="secondary">
            {hidden}
          </ActionForm>
        </div>
      ) : null}
      {links.map((l) => (
        <div
          key={l.id}
          className="flex flex-col gap-2 rounded border border-slate-300 bg-white p-3"
          data-testid="lti-link"
        >
          <h2 className="text-lg font-semibold">{l.problemSet?.title ?? t("noSet")}</h2>
          <p className="text-sm">
            {l.grades === "on" ? t("gradesOn") : l.grades === "onFirstGrade" ? t("gradesOnFirst") : t("gradesOff")}
          </p>
          {l.grades !== "off" ? (
            <ActionForm action={scoreModeAction} submitLabel={t("saveMode")} variant="secondary">
              {hidden}
              <input type="hidden" name="linkId" value={l.id} />
              <label className="flex flex-col gap-1 text-sm">
                {t("modeLabel")}
                <select name="mode" defaultValue={l.scoreMode} className="rounded border border-slate-400 px-2 py-1">
                  <option value="completion">{t("modes.completion")}</option>
                  <option value="mastery">{t("modes.mastery")}</option>
                </select>
              </label>
            </ActionForm>
          ) : null}
          {l.scoreJobs.length ? (
            <table className="w-full text-start text-sm">
              <thead>
                <tr>
                  <th scope="col" className="p-1 text-start">
                    {t("cols.student")}
                  </th>
                  <th scope="col" className="p-1 text-start">
                    {t("cols.status")}
                  </th>
                  <th scope="col" className="p-1 text-start">
                    {t("cols.lastSent")}
                  </th>
                  <th scope="col" className="p-1 text-start">
                    {t("cols.lastError")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {l.scoreJobs.map((j) => (
                  <tr key={j.id} className="border-t border-slate-200" data-testid="lti-score-row">
                    <td className="p-1">{j.user.name}</td>
                    <td className="p-1">{t(`status.${j.status}`, { attempts: j.attempts })}</td>
                    <td className="p-1">
                      {j.lastSentAt
                        ? t("sent", {
                            when: formatDateTime(j.lastSentAt, locale),
                            score: Math.round((j.lastScore ?? 0) * 100),
                          })
                        : t("never")}
                    </td>
                    <td className="p-1 text-red-800">{j.lastError ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="text-sm">{t("noScores")}</p>
          )}
          {l.scoreJobs.length ? (
            <ActionForm
              action={resendAction}
              submitLabel={t("resend")}
              variant="secondary"
              label={t("resendLabel", { title: l.problemSet?.title ?? t("noSet") })}
            >
              {hidden}
              <input type="hidden" name="linkId" value={l.id} />
            </ActionForm>
          ) : null}
        </div>
      ))}
    </section>
  );
}
