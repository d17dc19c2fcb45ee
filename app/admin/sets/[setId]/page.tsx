import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ActionForm } from "@/components/admin/action-form";
import { StatusBadge, TextArea, TextField } from "@/components/admin/fields";
import { MathText } from "@/components/math-text";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { assignSetAction, publishSetAction, updateSetAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.set");
  return { title: t("metaTitle") };
}

export default async function SetPage({ params }: { params: Promise<{ setId: string }> }) {
  await requirePageUser("admin");
  const t = await getTranslations("admin");
  const { setId } = await params;
  const set = await db.problemSet.findUnique({
    where: { id: setId },
    select: {
      id: true,
      key: true,
      title: true,
      description: true,
      status: true,
      assignments: { select: { classroomId: true } },
      problems: {
        orderBy: [{ position: "asc" }, { key: "asc" }],
        select: {
          id: true,
          key: true,
          status: true,
          publishedVersion: { select: { version: true } },
          versions: { orderBy: { version: "desc" }, take: 1, select: { version: true, title: true } },
        },
      },
    },
  });
  if (!set) notFound();
  const classes = await db.classroom.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, joinCode: true, teacher: { select: { name: true } } },
  });
  const assigned = new Set(set.assignments.map((a) => a.classroomId));
  const published = set.status === "published";
  return (
    <section className="flex flex-col gap-8">
      <div>
        <p className="text-sm">
          <Link href="/admin/sets" className="text-blue-800 underline">
            {t("common.breadcrumbSets")}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">
          {set.title} <StatusBadge published={published} />
        </h1>
        <p className="text-sm text-slate-700">
          {t.rich("set.key", {
            key: set.key,
            code: (chunks: ReactNode) => <span className="font-mono">{chunks}</span>,
          })}{" "}
          ·{" "}
          <a href={`/admin/sets/${set.id}/export`} className="text-blue-800 underline" download>
            {t("set.export")}
          </a>
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        <ActionForm
          action={publishSetAction.bind(null, set.id, !published)}
          submitLabel={published ? t("set.unpublish") : t("set.publish")}
          variant={published ? "danger" : "primary"}
        />
      </div>

      <div>
        <div className="mb-2 flex items-center justify-between gap-3">
          <h2 className="text-lg font-semibold">{t("set.problemsTitle", { count: set.problems.length })}</h2>
          <Link
            href={`/admin/sets/${set.id}/problems/new`}
            className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800"
          >
            {t("set.newProblem")}
          </Link>
          <Link href={`/admin/sets/${set.id}/problems/draft`} className="text-blue-800 underline">
            {t("set.draftWithModel")}
          </Link>
        </div>
        {set.problems.length ? (
          <ol className="flex flex-col gap-2">
            {set.problems.map((p) => {
              const latest = p.versions[0];
              const live = p.publishedVersion?.version;
              return (
                <li key={p.id} className="rounded border border-slate-200 bg-white p-3">
                  <Link href={`/admin/problems/${p.id}`} className="font-medium text-blue-800 underline">
                    <MathText text={latest?.title ?? p.key} />
                  </Link>{" "}
                  <StatusBadge published={p.status === "published"} />{" "}
                  <span className="text-sm text-slate-700">
                    {t("set.version", { version: latest?.version ?? 0 })}
                    {live && latest && live !== latest.version
                      ? ` ${t("set.liveAndDraft", { live, latest: latest.version })}`
                      : ""}
                  </span>
                </li>
              );
            })}
          </ol>
        ) : (
          <p>{t("set.noProblems")}</p>
        )}
      </div>

      <div>
        <h2 className="mb-2 text-lg font-semibold">{t("set.classesTitle")}</h2>
        <p className="mb-2 text-sm text-slate-700">{t("set.classesHelp")}</p>
        <ul className="flex flex-col gap-2" aria-label={t("set.classesLabel")}>
          {classes.map((c) => {
            const on = assigned.has(c.id);
            return (
              <li key={c.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {c.name} <span className="font-mono text-sm">{c.joinCode}</span> ({c.teacher.name}){" "}
                  {on ? <strong>{t("set.assigned")}</strong> : null}
                </span>
                <ActionForm
                  action={assignSetAction.bind(null, set.id, c.id, !on)}
                  submitLabel={on ? t("set.withdrawFrom", { name: c.name }) : t("set.assignTo", { name: c.name })}
                  variant={on ? "danger" : "secondary"}
                  className="flex items-center gap-2"
                />
              </li>
            );
          })}
        </ul>
      </div>

      <div>
        <h2 className="mb-2 text-lg font-semibold">{t("set.textTitle")}</h2>
        <ActionForm
          action={updateSetAction.bind(null, set.id)}
          submitLabel={t("set.save")}
          className="grid max-w-xl gap-3"
        >
          <TextField label={t("common.title")} id="title" defaultValue={set.title} required />
          <TextArea label={t("common.description")} id="description" defaultValue={set.description} />
        </ActionForm>
      </div>
    </section>
  );
}
