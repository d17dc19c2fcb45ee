import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/admin/scroll-region";
import { requirePageUser } from "@/lib/auth/current-user";
import { auditEntryInWords } from "@/lib/authoring/audit-text";
import { listAuditLog } from "@/lib/authoring/list-audit-log";
import { db } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import type { Translate } from "@/lib/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.audit");
  return { title: t("metaTitle") };
}

const COLUMNS = ["when", "who", "change", "record"] as const;

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requirePageUser("admin");
  const t = await getTranslations("admin.audit");
  const locale = await getLocale();
  const tt = (await getTranslations()) as unknown as Translate;
  const { page } = await searchParams;
  const log = await listAuditLog(db, Number(page ?? 1));
  // An action code in words ("problem.publish" -> "Problem published"); unknown codes show only the code.
  const actionKey = (action: string) => `actions.${action.replace(/[^\w]/g, "_")}`;
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("intro", { total: log.total })}</p>
      <ScrollRegion label={t("entriesLabel")} className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-start text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              {COLUMNS.map((c) => (
                <th key={c} scope="col" className="p-2">
                  {t(`columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {log.rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-200 align-top">
                <td className="whitespace-nowrap p-2">{formatDateTime(r.createdAt, locale)}</td>
                <td className="p-2">
                  {r.actor ? t("actor", { name: r.actor.name, email: r.actor.email }) : t("commandLine")}
                </td>
                <td className="min-w-64 p-2 break-words">
                  <div>
                    {auditEntryInWords(r, tt) || (t.has(actionKey(r.action)) ? t(actionKey(r.action)) : r.action)}
                  </div>
                  {r.details && typeof r.details === "object" ? (
                    <details className="mt-1">
                      <summary className="cursor-pointer text-xs text-slate-700">
                        {t("rawDetails", { action: r.action })}
                      </summary>
                      <pre className="mt-1 max-w-md overflow-x-auto whitespace-pre-wrap break-all font-mono text-xs">
                        {JSON.stringify(r.details, null, 2)}
                      </pre>
                    </details>
                  ) : null}
                </td>
                <td className="p-2">
                  {r.entityType === "Problem" ? (
                    <Link href={`/admin/problems/${r.entityId}`} className="text-blue-800 underline">
                      {t("problem")}
                    </Link>
                  ) : r.entityType === "ProblemSet" ? (
                    <Link href={`/admin/sets/${r.entityId}`} className="text-blue-800 underline">
                      {t("set")}
                    </Link>
                  ) : r.entityType === "Skill" ? (
                    <Link href={`/admin/skills/${r.entityId}`} className="text-blue-800 underline">
                      {t("skill")}
                    </Link>
                  ) : (
                    <span>
                      {r.entityType} <span className="font-mono">{r.entityId}</span>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <nav aria-label={t("pagesLabel")} className="flex items-center gap-4">
        {log.page > 1 ? (
          <Link href={`/admin/audit?page=${log.page - 1}`} className="text-blue-800 underline" rel="prev">
            {t("newer")}
          </Link>
        ) : null}
        <span>{t("page", { page: log.page, pages: log.pages })}</span>
        {log.page < log.pages ? (
          <Link href={`/admin/audit?page=${log.page + 1}`} className="text-blue-800 underline" rel="next">
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
