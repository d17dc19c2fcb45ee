import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { SelectField, TextArea, TextField } from "@/components/admin/fields";
import { ScrollRegion } from "@/components/admin/scroll-region";
import { SkillGraph } from "@/components/admin/skill-graph";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { createSkillAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.skills");
  return { title: t("metaTitle") };
}

const COLUMNS = ["skill", "key", "prerequisites", "taggedSteps"] as const;

export default async function SkillsPage() {
  await requirePageUser("admin");
  const t = await getTranslations("admin");
  const skills = await db.skill.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      key: true,
      name: true,
      prerequisites: { select: { prerequisiteId: true } },
      _count: { select: { steps: true } },
    },
  });
  return (
    <section className="flex min-w-0 flex-col gap-8">
      <h1 className="text-2xl font-semibold">{t("skills.title")}</h1>
      <div>
        <h2 className="mb-2 text-lg font-semibold">{t("skills.graphTitle")}</h2>
        <SkillGraph
          skills={skills.map((s) => ({
            id: s.id,
            name: s.name,
            prerequisiteIds: s.prerequisites.map((p) => p.prerequisiteId),
          }))}
        />
      </div>
      <div>
        <h2 className="mb-2 text-lg font-semibold">{t("skills.newTitle")}</h2>
        <ActionForm action={createSkillAction} submitLabel={t("skills.create")} className="grid max-w-xl gap-3">
          <TextField label={t("skills.keyLabel")} id="key" required pattern="[a-z0-9][a-z0-9._\-]*" />
          <TextField label={t("common.name")} id="name" required />
          <TextArea label={t("common.description")} id="description" />
          <SelectField label={t("skills.prerequisiteLabel")} id="prerequisite" defaultValue="">
            <option value="">{t("common.none")}</option>
            {skills.map((s) => (
              <option key={s.id} value={s.id}>
                {t("common.skillOption", { name: s.name, key: s.key })}
              </option>
            ))}
          </SelectField>
        </ActionForm>
      </div>
      <div>
        <h2 className="mb-2 text-lg font-semibold">{t("skills.allTitle", { count: skills.length })}</h2>
        <ScrollRegion label={t("skills.tableLabel")} className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-start text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                {COLUMNS.map((c) => (
                  <th key={c} scope="col" className="p-2">
                    {t(`skills.columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {skills.map((s) => (
                <tr key={s.id} className="border-b border-slate-200">
                  <td className="min-w-40 p-2 break-words">
                    <Link href={`/admin/skills/${s.id}`} className="text-blue-800 underline">
                      {s.name}
                    </Link>
                  </td>
                  <td className="p-2 font-mono break-all">{s.key}</td>
                  <td className="p-2">{s.prerequisites.length}</td>
                  <td className="p-2">{s._count.steps}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
    </section>
  );
}
