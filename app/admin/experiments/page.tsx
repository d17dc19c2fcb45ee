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
          <li>
            {t("everything")}:{" "}
            <a href="/api/research/export?format=datashop" className="text-blue-800 underline">
              {t("datashop")}
            </a>{" "}
            ·{" "}
            <a href="/api/research/export?format=kt" className="text-blue-800 underline">
              {t("kt")}
            </a>
          </li>
          {sets.map((s) => (
            <li key={s.id}>
              {s.title}:{" "}
              <a href={`/api/research/export?format=datashop&set=${s.id}`} className="text-blue-800 underline">
                {t("datashop")}
              </a>{" "}
              ·{" "}
              <a href={`/api/research/export?format=kt&set=${s.id}`} className="text-blue-800 underline">
                {t("kt")}
              </a>
            </li>
          ))}
          {classes.map((c) => (
            <li key={c.id}>
              {c.name}:{" "}
              <a href={`/api/research/export?format=datashop&class=${c.id}`} className="text-blue-800 underline">
                {t("datashop")}
              </a>{" "}
              ·{" "}
              <a href={`/api/research/export?format=kt&class=${c.id}`} className="text-blue-800 underline">
                {t("kt")}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
