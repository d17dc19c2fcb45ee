import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClassHeader } from "@/components/teach/class-header";
import { HeatmapLegend, MasteryHeatmap } from "@/components/teach/mastery-heatmap";
import { NeedsHelpList } from "@/components/teach/needs-help-list";
import { db } from "@/lib/db/client";
import { loadClassMastery } from "@/lib/teach/load-mastery";
import { loadNeedsHelp } from "@/lib/teach/load-needs-help";
import { COLUMN_SORTS, gridValues, heatmapSortQuery, parseHeatmapSort, sortHeatmap } from "@/lib/teach/sort-heatmap";
import { loadPageClass } from "../../../load-page-class";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teach");
  return { title: t("meta.mastery") };
}

export default async function MasteryPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { classId } = await params;
  const { cls } = await loadPageClass(classId);
  const [t, locale] = await Promise.all([getTranslations("teach.mastery"), getLocale()]);
  const sort = parseHeatmapSort(await searchParams);
  const mastery = await loadClassMastery(db, cls);
  const now = new Date();
  const help = await loadNeedsHelp(db, cls, mastery, now, locale);
  const sorted = sortHeatmap(mastery.students, mastery.skills, mastery.grid, sort, locale);
  const grid = gridValues(sorted.students, sorted.skills, mastery.grid);
  const classBase = `/teach/classes/${cls.id}`;
  return (
    <section className="flex flex-col gap-6">
      <ClassHeader cls={cls} current="mastery" title={t("title", { name: cls.name })} />

      <div>
        <h2 className="mb-2 text-lg font-semibold">{t("needsHelp", { count: help.students.length })}</h2>
        <NeedsHelpList classBase={classBase} students={help.students} now={now} actions={help.actions} />
      </div>

      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 className="text-lg font-semibold">
            {t("grid", { students: mastery.students.length, skills: mastery.skills.length })}
          </h2>
          <nav aria-label={t("viewLabel")} className="text-sm">
            {t("view")}{" "}
            {(["full", "compact"] as const).map((v, i) => {
              const on = (sort.view ?? "full") === v;
              const { view: _, ...rest } = sort;
              return (
                <span key={v}>
                  {i > 0 ? " · " : ""}
                  {on ? (
                    <strong aria-current="true">{t(`views.${v}`)}</strong>
                  ) : (
                    <Link
                      href={`${classBase}/mastery${heatmapSortQuery(v === "compact" ? { ...rest, view: "compact" } : rest)}`}
                      className="text-blue-800 underline"
                    >
                      {t(`views.${v}`)}
                    </Link>
                  )}
                </span>
              );
            })}
          </nav>
          <nav aria-label={t("orderColumns")} className="text-sm">
            {t("skillColumns")}{" "}
            {COLUMN_SORTS.map((c, i) => (
              <span key={c}>
                {i > 0 ? " · " : ""}
                {sort.cols === c ? (
                  <strong aria-current="true">{t(`columnSort.${c}`)}</strong>
                ) : (
                  <Link
                    href={`${classBase}/mastery${heatmapSortQuery({ ...sort, cols: c })}`}
                    className="text-blue-800 underline"
                  >
                    {t(`columnSort.${c}`)}
                  </Link>
                )}
              </span>
            ))}
          </nav>
        </div>
        {mastery.skills.length === 0 ? (
          <p>{t("noSkills")}</p>
        ) : mastery.students.length === 0 ? (
          <p>{t("noStudents")}</p>
        ) : (
          <>
            <HeatmapLegend />
            <p className="text-sm text-slate-700">{t("groupsNote")}</p>
            <MasteryHeatmap
              classBase={classBase}
              students={sorted.students}
              skills={sorted.skills}
              values={grid.values}
              statuses={grid.statuses}
              sort={sort}
            />
          </>
        )}
        <p className="text-sm text-slate-700">
          {t("explanation")}{" "}
          <a href={`${classBase}/export/mastery`} className="text-blue-800 underline">
            {t("download")}
          </a>
        </p>
      </div>
    </section>
  );
}
