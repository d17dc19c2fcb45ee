import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/teach/action-form";
import { ClassHeader } from "@/components/teach/class-header";
import { db } from "@/lib/db/client";
import { formatAgo, formatDateTime } from "@/lib/teach/format-time";
import { loadClassOverview } from "@/lib/teach/load-class-overview";
import { archiveClassAction, assignSetAction, regenerateJoinCodeAction, unassignSetAction } from "../../actions";
import { loadPageClass } from "../../load-page-class";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const { cls } = await loadPageClass(classId);
  const o = await loadClassOverview(db, cls);
  const now = new Date();
  const base = `/teach/classes/${cls.id}`;
  const hidden = <input type="hidden" name="classId" value={cls.id} />;
  return (
    <section className="flex flex-col gap-6">
      <ClassHeader cls={cls} current="overview" />

      <div className="grid gap-4 md:grid-cols-2">
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="text-lg font-semibold">Join code</h2>
          {cls.archivedAt ? (
            <p className="mt-1">This class is archived: students cannot join it.</p>
          ) : (
            <p className="mt-1">
              Students sign up with{" "}
              <strong className="font-mono text-2xl tracking-widest" data-testid="join-code">
                {cls.joinCode}
              </strong>
            </p>
          )}
          <div className="mt-3 flex flex-wrap gap-3">
            {cls.archivedAt ? null : (
              <ActionForm action={regenerateJoinCodeAction} submitLabel="New join code" variant="secondary">
                {hidden}
              </ActionForm>
            )}
            <ActionForm
              action={archiveClassAction}
              submitLabel={cls.archivedAt ? "Restore class" : "Archive class"}
              variant={cls.archivedAt ? "secondary" : "danger"}
            >
              {hidden}
              <input type="hidden" name="archived" value={cls.archivedAt ? "false" : "true"} />
            </ActionForm>
          </div>
        </div>

        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="text-lg font-semibold">Problem sets</h2>
          {o.assigned.length === 0 ? (
            <p className="mt-1">Nothing assigned yet: students have nothing to practise until you assign a set.</p>
          ) : (
            <ul className="mt-2 flex flex-col gap-2">
              {o.assigned.map((s) => (
                <li key={s.id} className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    {s.title} <span className="text-sm text-slate-700">({s._count.problems} problems)</span>
                    {s.status !== "published" ? <span className="ml-1 text-sm">(draft)</span> : null}
                  </span>
                  <ActionForm
                    action={unassignSetAction}
                    submitLabel="Unassign"
                    variant="secondary"
                    label={`Unassign ${s.title}`}
                  >
                    {hidden}
                    <input type="hidden" name="problemSetId" value={s.id} />
                  </ActionForm>
                </li>
              ))}
            </ul>
          )}
          {o.assignable.length ? (
            <ActionForm action={assignSetAction} submitLabel="Assign" className="mt-3 flex flex-wrap items-end gap-2">
              {hidden}
              <div className="flex flex-col gap-1">
                <label htmlFor="problemSetId" className="text-sm font-medium">
                  Assign a published set
                </label>
                <select
                  id="problemSetId"
                  name="problemSetId"
                  className="rounded border border-slate-400 bg-white px-2 py-1.5"
                >
                  {o.assignable.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.title} ({s._count.problems} problems)
                    </option>
                  ))}
                </select>
              </div>
            </ActionForm>
          ) : null}
        </div>
      </div>

      <div>
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold">Students ({o.roster.length})</h2>
          <p className="flex gap-4 text-sm">
            <a href={`${base}/export/attempts`} className="text-blue-800 underline">
              Download attempts (CSV)
            </a>
            <a href={`${base}/export/mastery`} className="text-blue-800 underline">
              Download mastery (CSV)
            </a>
          </p>
        </div>
        {o.roster.length === 0 ? (
          <p>No students yet. They join with the code above on the sign-up page.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left">
              <caption className="sr-only">Roster</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-2">
                    Student
                  </th>
                  <th scope="col" className="p-2">
                    Joined
                  </th>
                  <th scope="col" className="p-2">
                    Last activity
                  </th>
                  <th scope="col" className="p-2">
                    Problems (finished)
                  </th>
                  <th scope="col" className="p-2">
                    Skills mastered (started)
                  </th>
                  <th scope="col" className="p-2">
                    Transcripts
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
                    <td className="p-2">{formatDateTime(s.enrolledAt)}</td>
                    <td className="p-2">
                      {s.lastActivityAt ? (
                        <time dateTime={s.lastActivityAt.toISOString()} title={formatDateTime(s.lastActivityAt)}>
                          {formatAgo(s.lastActivityAt, now)}
                        </time>
                      ) : (
                        "never"
                      )}
                    </td>
                    <td className="p-2">
                      {s.sessions} ({s.completed})
                    </td>
                    <td className="p-2">
                      <Link href={`${base}/students/${s.id}`} className="text-blue-800 underline">
                        <span className="sr-only">Mastery of {s.name}: </span>
                        {s.skills.mastered} of {o.skillCount} ({s.skills.started} started)
                      </Link>
                    </td>
                    <td className="p-2">
                      <Link
                        href={`${base}/transcripts?student=${s.id}`}
                        className="text-blue-800 underline"
                        aria-label={`Transcripts of ${s.name}`}
                      >
                        Transcripts
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
