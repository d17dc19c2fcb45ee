import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { StatusBadge, TextArea, TextField } from "@/components/admin/fields";
import { ScrollRegion } from "@/components/admin/scroll-region";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { createSetAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.sets");
  return { title: t("metaTitle") };
}

const COLUMNS = ["set", "status", "problems", "assignedTo"] as const;

export default async function SetsPage() {
  await requirePageUser("admin");
  const t = await getTranslations("admin");
  const sets = await db.problemSet.findMany({
    orderBy: { title: "asc" },
    select: {
      id: true,
      key: true,
      title: true,
      status: true,
      _count: { select: { problems: true } },
      assignments: { select: { classroom: { select: { name: true } } } },
    },
  });
  return (
    <section className="flex flex-col gap-8">
      <h1 className="text-2xl font-semibold">{t("sets.title")}</h1>
      <ScrollRegion label={t("sets.tableLabel")} className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-start text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              {COLUMNS.map((c) => (
                <th key={c} scope="col" className="p-2">
                  {t(`sets.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sets.map((s) => (
              <tr key={s.id} className="border-b border-slate-200">
                <td className="min-w-48 p-2 break-words">
                  <Link href={`/admin/sets/${s.id}`} className="text-blue-800 underline">
                    {s.title}
                  </Link>{" "}
                  <span className="font-mono break-all text-slate-600">{s.key}</span>
                </td>
                <td className="p-2">
                  <StatusBadge published={s.status === "published"} />
                </td>
                <td className="p-2">{s._count.problems}</td>
                <td className="p-2">{s.assignments.map((a) => a.classroom.name).join(", ") || t("sets.noClass")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <div>
        <h2 className="mb-2 text-lg font-semibold">{t("sets.newTitle")}</h2>
        <ActionForm action={createSetAction} submitLabel={t("sets.create")} className="grid max-w-xl gap-3">
          <TextField label={t("sets.keyLabel")} id="key" required />
          <TextField label={t("common.title")} id="title" required />
          <TextArea label={t("common.description")} id="description" />
        </ActionForm>
      </div>
    </section>
  );
}
