import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { VARIANTS } from "@/lib/research/experiment-schemas";
import { listExperiments } from "@/lib/research/experiments";
import { CreateExperimentForm } from "./create-experiment-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.research");
  return { title: t("metaTitle") };
}

export default async function ExperimentsPage() {
  await requirePageUser("admin");
  const t = await getTranslations("admin.research");
  const [experiments, classes, sets] = await Promise.all([
    listExperiments(db),
    db.classroom.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.problemSet.findMany({ orderBy: { key: "asc" }, select: { id: true, title: true } }),
  ]);
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <section className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{t("listTitle")}</h2>
        {experiments.length === 0 ? (
          <p className="text-sm">{t("none")}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {experiments.map((e) => (
              <li key={e.id}>
                <Link href={`/admin/experiments/${e.id}`} className="text-blue-800 underline">
                  {e.name}
                </Link>{" "}
                <span className="text-sm text-slate-700">
                  {t("summary", {
                    factor: t(`factors.${e.factor}`),
                    status: t(`status.${e.status}`),
                    students: e._count.assignments,
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{t("newTitle")}</h2>
        <CreateExperimentForm variants={VARIANTS} classes={classes} />
      </section>
      <section className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{t("downloadsTitle")}</h2>
        <p className="text-sm text-slate-700">{t("downloadsIntro")}</p>
        <ul className="flex flex-col gap-1 text-sm">
          {[
            { key: "all", label: t("everything"), query: "" },
            ...sets.map((s) => ({ key: s.id, label: s.title, query: `&set=${s.id}` })),
            ...classes.map((c) => ({ key: c.id, label: c.name, query: `&class=${c.id}` })),
          ].map((row) => (
            <li key={row.key}>
              {row.label}:{" "}
              {(["datashop", "kt"] as const).map((format, i) => (
                <span key={format}>
                  {i > 0 ? " · " : null}
                  <a href={`/api/research/export?format=${format}${row.query}`} className="text-blue-800 underline">
                    {t(format)}
                  </a>
                </span>
              ))}
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
