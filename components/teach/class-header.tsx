import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ClassHeader as ClassInfo } from "@/lib/teach/access";

const TABS = [
  ["overview", ""],
  ["live", "/live"],
  ["mastery", "/mastery"],
  ["transcripts", "/transcripts"],
  ["reports", "/reports"],
  ["lti", "/lti"],
] as const;

export type ClassTab = (typeof TABS)[number][0];

/** The class name, its state, and the dashboard's tabs (the current one marked for AT). */
export function ClassHeader({ cls, current, title }: { cls: ClassInfo; current: ClassTab; title?: string }) {
  const t = useTranslations("teach.header");
  const base = `/teach/classes/${cls.id}`;
  return (
    <div className="flex flex-col gap-3">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/teach" className="text-blue-800 underline">
          {t("classes")}
        </Link>{" "}
        / <span>{cls.name}</span>
      </nav>
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-semibold">{title ?? cls.name}</h1>
        {cls.archivedAt ? (
          <span className="rounded border border-slate-500 bg-slate-100 px-2 py-0.5 text-sm">{t("archived")}</span>
        ) : null}
      </div>
      {cls.coTeachers.length ? (
        <p className="text-sm text-slate-700">
          {t("teachers", { names: [cls.teacher.name, ...cls.coTeachers.map((c) => c.teacher.name)].join(", ") })}
        </p>
      ) : null}
      <nav aria-label={t("sections")}>
        <ul className="flex flex-wrap gap-1 border-b border-slate-300">
          {TABS.map(([key, path]) => (
            <li key={key}>
              <Link
                href={`${base}${path}`}
                aria-current={key === current ? "page" : undefined}
                className={
                  key === current
                    ? "-mb-px block rounded-t border border-b-white border-slate-300 bg-white px-3 py-1.5 font-semibold"
                    : "block px-3 py-1.5 text-blue-800 underline hover:bg-blue-50"
                }
              >
                {t(`tabs.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
