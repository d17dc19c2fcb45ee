import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/admin/scroll-region";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { experimentReport } from "@/lib/research/experiment-report";
import type { Interval } from "@/lib/research/stats";
import { isId } from "@/lib/validation/text";
import { ExperimentButtons } from "../experiment-buttons";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.research");
  return { title: t("reportMetaTitle") };
}

/** "0.52 [0.41, 0.63]"; a dash where there is too little data. */
function interval(i: Interval, digits = 2): string {
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(digits) : "–");
  if (!Number.isFinite(i.estimate)) return "–";
  return Number.isFinite(i.low) ? `${f(i.estimate)} [${f(i.low)}, ${f(i.high)}]` : f(i.estimate);
}

type Column = "condition" | "students" | "sessions" | "turns" | "success" | "hints" | "gain";

function HeadRow({ columns, label }: { columns: Column[]; label: (key: `columns.${Column}`) => string }) {
  return (
    <thead>
      <tr className="border-b border-slate-300">
        {columns.map((c) => (
          <th key={c} scope="col" className="p-2">
            {label(`columns.${c}`)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export default async function ExperimentReportPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser("admin");
  const { id } = await params;
  const report = isId(id) ? await experimentReport(db, id) : null;
  if (!report) notFound();
  const t = await getTranslations("admin.research");
  const classes = report.classIds.length
    ? await db.classroom.findMany({ where: { id: { in: report.classIds } }, select: { name: true } })
    : [];
  const byId = new Map(report.conditions.map((c) => [c.id, c]));
  const reference = report.conditions[0];
  return (
    <section className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href="/admin/experiments" className="text-blue-800 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{report.name}</h1>
      <p className="text-sm text-slate-700">
        {t("header", {
          factor: t(`factors.${report.factor}`),
          status: t(`status.${report.status}`),
          scope: classes.length ? classes.map((c) => c.name).join(", ") : t("allStudents"),
        })}
      </p>
      <ExperimentButtons key={report.status} id={report.id} status={report.status} />
      <h2 className="text-lg font-semibold">{t("byCondition")}</h2>
      <p className="text-sm text-slate-700">{t("ciNote")}</p>
      <ScrollRegion label={t("byCondition")} className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-start text-sm">
          <HeadRow columns={["condition", "students", "sessions", "turns", "success", "hints", "gain"]} label={t} />
          <tbody>
            {report.conditions.map((c) => (
              <tr key={c.id} className="border-b border-slate-200">
                <th scope="row" className="p-2 text-start font-medium">
                  {c.name}{" "}
                  <span className="font-normal text-slate-700">
                    ({t(`levels.${report.factor}.${c.variant}`)}, {t("weight", { weight: c.weight })})
                  </span>
                </th>
                <td className="p-2">{c.students}</td>
                <td className="p-2">{c.sessions}</td>
                <td className="p-2">{c.turns}</td>
                <td className="p-2">
                  {interval(c.firstAttemptSuccess)}{" "}
                  <span className="text-slate-700">
                    ({c.firstAttemptSuccess.correct}/{c.firstAttemptSuccess.n})
                  </span>
                </td>
                <td className="p-2">{interval(c.hintsPerProblem)}</td>
                <td className="p-2">
                  {interval(c.masteryGain)} <span className="text-slate-700">{t("gainN", { n: c.masteryGain.n })}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {reference && report.differences.length ? (
        <>
          <h2 className="text-lg font-semibold">{t("differences", { reference: reference.name })}</h2>
          <ScrollRegion label={t("differences", { reference: reference.name })} className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-start text-sm">
              <HeadRow columns={["condition", "success", "hints", "gain"]} label={t} />
              <tbody>
                {report.differences.map((d) => (
                  <tr key={d.conditionId} className="border-b border-slate-200">
                    <th scope="row" className="p-2 text-start font-medium">
                      {byId.get(d.conditionId)?.name}
                    </th>
                    <td className="p-2">{interval(d.firstAttemptSuccess)}</td>
                    <td className="p-2">{interval(d.hintsPerProblem)}</td>
                    <td className="p-2">{interval(d.masteryGain)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      ) : null}
      <h2 className="text-lg font-semibold">{t("downloadsTitle")}</h2>
      <p className="text-sm">
        <a href="/api/research/export?format=datashop" className="text-blue-800 underline">
          {t("downloadDatashop")}
        </a>{" "}
        ·{" "}
        <a href="/api/research/export?format=kt" className="text-blue-800 underline">
          {t("downloadKt")}
        </a>
      </p>
    </section>
  );
}
