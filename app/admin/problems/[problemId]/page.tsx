import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { StatusBadge } from "@/components/admin/fields";
import { ProblemEditor } from "@/components/admin/problem-editor/problem-editor";
import { requirePageUser } from "@/lib/auth/current-user";
import { loadVersionContent } from "@/lib/content/export-bundle";
import { db } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import { previewProblemAction, publishProblemAction, saveProblemAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.problem");
  return { title: t("metaTitle") };
}

/** A language code ("es") as a name in the reader's language ("Spanish", "español"); the code if unknown. */
function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export default async function ProblemPage({ params }: { params: Promise<{ problemId: string }> }) {
  await requirePageUser("admin");
  const { problemId } = await params;
  const t = await getTranslations("admin.problem");
  const locale = await getLocale();
  const when = (d: Date) => formatDateTime(d, locale);
  const problem = await db.problem.findUnique({
    where: { id: problemId },
    select: {
      id: true,
      key: true,
      status: true,
      problemSet: { select: { id: true, title: true } },
      publishedVersion: { select: { id: true, version: true } },
      versions: {
        orderBy: { version: "desc" },
        select: { id: true, version: true, language: true, createdAt: true, _count: { select: { sessions: true } } },
      },
    },
  });
  if (!problem) notFound();
  const latest = problem.versions[0];
  if (!latest) notFound();
  const [content, skills, translations] = await Promise.all([
    loadVersionContent(db, latest.id),
    db.skill.findMany({ orderBy: { name: "asc" }, select: { key: true, name: true } }),
    problem.publishedVersion
      ? db.problemTranslation.findMany({
          where: { versionId: problem.publishedVersion.id },
          orderBy: { language: "asc" },
          select: { language: true, updatedAt: true },
        })
      : Promise.resolve([]),
  ]);
  const live = problem.publishedVersion?.version ?? null;
  const published = problem.status === "published";
  const draftPending = published && live !== latest.version;
  return (
    <section className="flex flex-col gap-6">
      <div>
        <p className="text-sm">
          <Link href={`/admin/sets/${problem.problemSet.id}`} className="text-blue-800 underline">
            {problem.problemSet.title}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">
          {t("title")} <StatusBadge published={published} />
        </h1>
        <p className="text-sm text-slate-700" data-testid="version-language">
          {t("language", { language: languageName(latest.language, locale) })}
        </p>
        <p className="text-sm text-slate-700" data-testid="version-status">
          {t("status", {
            latest: latest.version,
            live: live ?? "none",
            draftPending: draftPending ? "yes" : "no",
          })}
        </p>
      </div>
      <div className="flex flex-wrap items-start gap-3">
        <ActionForm
          action={previewProblemAction.bind(null, problem.id)}
          submitLabel={t("preview")}
          variant="secondary"
        />
        {!published || draftPending ? (
          <ActionForm
            action={publishProblemAction.bind(null, problem.id, true)}
            submitLabel={draftPending ? t("publishVersion", { version: latest.version }) : t("publish")}
          />
        ) : null}
        {published ? (
          <ActionForm
            action={publishProblemAction.bind(null, problem.id, false)}
            submitLabel={t("unpublish")}
            variant="danger"
          />
        ) : null}
      </div>
      {/* Keyed by the problem, not its latest version: a save makes a new version and refreshes
          the page, and a remount would drop the editor's "Saved as version N." */}
      <ProblemEditor
        key={problem.id}
        initial={{ key: problem.key, ...content }}
        isNew={false}
        skills={skills}
        save={saveProblemAction.bind(null, problem.problemSet.id, problem.id)}
      />
      <section aria-labelledby="translations-title" className="rounded border border-slate-200 bg-white p-3">
        <h2 id="translations-title" className="mb-2 font-semibold">
          {t("translationsTitle")}
        </h2>
        {problem.publishedVersion ? (
          <>
            <p className="text-sm">{t("translationsOf", { version: problem.publishedVersion.version })}</p>
            {translations.length ? (
              <ul className="mt-1 list-disc ps-6 text-sm" data-testid="translations">
                {translations.map((tr) => (
                  <li key={tr.language}>
                    {t("translationEntry", { language: languageName(tr.language, locale), at: when(tr.updatedAt) })}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-sm">{t("noTranslations")}</p>
            )}
          </>
        ) : (
          <p className="text-sm">{t("translationsUnpublished")}</p>
        )}
        <p className="mt-2">
          <Link href={`/admin/problems/${problem.id}/translations`} className="text-blue-800 underline">
            {t("editTranslations")}
          </Link>
        </p>
      </section>
      <details className="rounded border border-slate-200 bg-white p-3">
        <summary className="cursor-pointer font-medium">
          {t("versionsTitle", { count: problem.versions.length })}
        </summary>
        <ul className="mt-2 text-sm">
          {problem.versions.map((v) => (
            <li key={v.id}>
              {t("versionEntry", {
                version: v.version,
                at: when(v.createdAt),
                live: v.version === live ? "yes" : "no",
                sessions: v._count.sessions,
              })}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
