import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { formTexts } from "@/lib/content/translation";
import { db } from "@/lib/db/client";
import { isLocale, locales, textDirection } from "@/lib/i18n/locales";
import { loadProblemVersion } from "@/lib/sessions/load-problem";
import { isId } from "@/lib/validation/text";
import { previewTranslationAction, saveTranslationAction } from "./actions";
import { TranslationForm } from "./translation-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("content.translations");
  return { title: t("metaTitle") };
}

/** A language's name in the reader's language ("es" -> "Spanish" / "español"). */
function languageName(code: string, reader: string): string {
  try {
    return new Intl.DisplayNames([reader], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * When a translation was made for an earlier version and copied to this one (a copy keeps its
 * dates: lib/content/import-bundle.ts copyTranslations), the number of the version it was written
 * for: the earliest holding this language with the same creation date (else the latest version
 * made before it). Null when it was made for this version.
 */
async function copiedFromVersion(
  problemId: string,
  versionCreatedAt: Date,
  translation: { language: string; createdAt: Date; updatedAt: Date },
): Promise<number | null> {
  // Saved since this version was made: the admin has looked at it against these texts.
  if (translation.updatedAt >= versionCreatedAt) return null;
  const origin = await db.problemTranslation.findFirst({
    where: { language: translation.language, createdAt: translation.createdAt, version: { problemId } },
    orderBy: { version: { version: "asc" } },
    select: { version: { select: { version: true } } },
  });
  if (origin) return origin.version.version;
  const before = await db.problemVersion.findFirst({
    where: { problemId, createdAt: { lte: translation.createdAt } },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  return before?.version ?? null;
}

/**
 * Translations of a problem (admins): pick a language, then translate the texts of the live
 * version (or the latest, when the problem is not live), starting from the saved translation or
 * the original. Saving goes through lib/authoring/save-translation.ts.
 */
export default async function TranslationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ problemId: string }>;
  searchParams: Promise<{ language?: string | string[] }>;
}) {
  await requirePageUser("admin");
  const { problemId } = await params;
  if (!isId(problemId)) notFound();
  const asked = (await searchParams).language;
  const t = await getTranslations("content.translations");
  const reader = await getLocale();
  const problem = await db.problem.findUnique({
    where: { id: problemId },
    select: {
      id: true,
      publishedVersion: { select: { id: true, version: true, createdAt: true } },
      versions: { orderBy: { version: "desc" }, take: 1, select: { id: true, version: true, createdAt: true } },
    },
  });
  const version = problem?.publishedVersion ?? problem?.versions[0];
  if (!problem || !version) notFound();
  const original = await loadProblemVersion(db, version.id);
  const saved = await db.problemTranslation.findMany({
    where: { versionId: version.id },
    select: { language: true, title: true, statement: true, steps: true, createdAt: true, updatedAt: true },
  });
  const language = typeof asked === "string" && isLocale(asked) && asked !== original.language ? asked : null;
  const current = language ? saved.find((s) => s.language === language) : undefined;
  const initial = formTexts(current, original);
  const copiedFrom = current ? await copiedFromVersion(problem.id, version.createdAt, current) : null;
  const name = (code: string) => languageName(code, reader);
  return (
    <section className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <p className="text-sm">
          <Link href={`/admin/problems/${problem.id}`} className="text-blue-800 underline">
            {t("backToProblem")}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{t("heading", { title: original.title })}</h1>
        <p className="text-sm text-slate-700">
          {t(problem.publishedVersion ? "versionLive" : "versionDraft", {
            version: version.version,
            language: name(original.language),
          })}
        </p>
        <p className="text-sm text-slate-700">{t("intro")}</p>
      </div>
      <nav aria-labelledby="translation-languages" className="flex flex-col gap-2">
        <h2 id="translation-languages" className="text-lg font-semibold">
          {t("languagesHeading")}
        </h2>
        <ul className="flex flex-wrap gap-2">
          {locales.map((l) => {
            const label =
              l === original.language
                ? t("languageOriginal", { language: name(l) })
                : saved.some((s) => s.language === l)
                  ? t("languageTranslated", { language: name(l) })
                  : t("languageMissing", { language: name(l) });
            return (
              <li key={l}>
                {l === original.language ? (
                  <span className="inline-block rounded border border-slate-300 px-3 py-1.5 text-slate-600">
                    {label}
                  </span>
                ) : (
                  <Link
                    href={`/admin/problems/${problem.id}/translations?language=${l}`}
                    aria-current={l === language ? "page" : undefined}
                    className={
                      l === language
                        ? "inline-block rounded bg-blue-700 px-3 py-1.5 text-white"
                        : "inline-block rounded border border-blue-700 px-3 py-1.5 text-blue-800 hover:bg-blue-50"
                    }
                  >
                    {label}
                  </Link>
                )}
              </li>
            );
          })}
        </ul>
      </nav>
      {language ? (
        <div className="flex flex-col gap-4">
          <h2 className="text-lg font-semibold">{t("editing", { language: name(language) })}</h2>
          <p className="text-sm text-slate-700">
            {current ? t("lastSaved", { date: current.updatedAt }) : t("newTranslation")}
          </p>
          {copiedFrom !== null ? (
            <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {t("copiedNote", { version: copiedFrom })}
            </p>
          ) : null}
          {current ? (
            <ActionForm
              action={previewTranslationAction.bind(null, problem.id, version.id, language)}
              submitLabel={t("preview")}
              variant="secondary"
            />
          ) : null}
          <TranslationForm
            key={`${version.id}-${language}`}
            action={saveTranslationAction.bind(null, problem.id, version.id, language)}
            original={{
              title: original.title,
              statement: original.statement,
              steps: original.steps.map((s) => ({
                prompt: s.prompt,
                hints: s.hints.map((h) => ({ kind: h.kind, text: h.text })),
                wrongAnswers: s.wrongAnswers.map((w) => ({ match: w.match, feedback: w.feedback })),
                ...(s.answer.kind === "choice" ? { options: s.answer.options } : {}),
              })),
            }}
            initial={initial}
            dir={textDirection(language)}
          />
        </div>
      ) : (
        <p>{t("pickLanguage")}</p>
      )}
    </section>
  );
}
