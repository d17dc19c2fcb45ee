import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getTutorBackend } from "@/lib/ai/provider";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import { listModelVersions } from "@/lib/mastery/model-versions";
import { CreateStaffForm } from "./create-staff-form";
import { FitModelButton } from "./fit-model-button";
import { ModelBackend } from "./model-backend";
import { ModelVersions } from "./model-versions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.dashboard");
  return { title: t("metaTitle") };
}

const CONTENT_LINKS = [
  ["skills", "/admin/skills"],
  ["sets", "/admin/sets"],
  ["import", "/admin/import"],
  ["audit", "/admin/audit"],
] as const;

export default async function AdminHome() {
  await requirePageUser("admin");
  const t = await getTranslations("admin.dashboard");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const [skills, sets, problems, students, staff] = await Promise.all([
    db.skill.count(),
    db.problemSet.count(),
    db.problem.count(),
    db.user.count({ where: { role: "student" } }),
    db.user.findMany({
      where: { role: { in: ["teacher", "admin"] } },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, email: true, role: true },
    }),
  ]);
  const backend = getTutorBackend();
  const versions = await listModelVersions(db);
  const model = versions.find((v) => v.status === "current");
  const latestModel = model
    ? t("modelCurrent", {
        version: model.version,
        attempts: model.attempts,
        at: formatDateTime(model.createdAt, await getLocale()),
      })
    : t("modelNone");
  const stats = [
    ["skills", skills],
    ["sets", sets],
    ["problems", problems],
    ["students", students],
  ] as const;
  return (
    <section className="flex flex-col gap-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {stats.map(([label, n]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-700">{t(`stats.${label}`)}</dt>
            <dd className="text-2xl font-semibold">{format.number(n)}</dd>
          </div>
        ))}
      </dl>
      <div>
        <h2 className="mb-2 text-lg font-semibold">{t("content.title")}</h2>
        <ul className="flex flex-col gap-1">
          {CONTENT_LINKS.map(([key, href]) => (
            <li key={key}>
              {t.rich(`content.${key}`, {
                link: (chunks: ReactNode) => (
                  <Link href={href} className="text-blue-800 underline">
                    {chunks}
                  </Link>
                ),
              })}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h2 className="mb-2 text-lg font-semibold">{t("backendTitle")}</h2>
        <ModelBackend label={backend.label} kind={backend.kind} />
      </div>
      <div>
        <h2 className="mb-2 text-lg font-semibold">{t("tracingTitle")}</h2>
        <FitModelButton latest={latestModel} />
        <h3 className="mt-4 mb-2 font-semibold">{t("versionsTitle")}</h3>
        <ModelVersions versions={versions} />
      </div>
      <div>
        <h2 className="mb-2 text-lg font-semibold">{t("staffTitle")}</h2>
        <ul className="mb-4 list-disc ps-6">
          {staff.map((s) => (
            <li key={s.id}>{t("staffEntry", { name: s.name, email: s.email, role: tc(`roles.${s.role}`) })}</li>
          ))}
        </ul>
        <h3 className="mb-2 font-semibold">{t("createStaffTitle")}</h3>
        <CreateStaffForm />
      </div>
    </section>
  );
}
