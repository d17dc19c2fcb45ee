import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ActionForm } from "@/components/admin/action-form";
import { SelectField, TextArea, TextField } from "@/components/admin/fields";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { addPrerequisiteAction, mergeSkillAction, removePrerequisiteAction, updateSkillAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.skill");
  return { title: t("metaTitle") };
}

export default async function SkillPage({ params }: { params: Promise<{ skillId: string }> }) {
  await requirePageUser("admin");
  const t = await getTranslations("admin");
  const { skillId } = await params;
  const skill = await db.skill.findUnique({
    where: { id: skillId },
    select: {
      id: true,
      key: true,
      name: true,
      description: true,
      prerequisites: { select: { prerequisite: { select: { id: true, key: true, name: true } } } },
      dependents: { select: { skill: { select: { id: true, name: true } } } },
      _count: { select: { steps: true, knowledge: true } },
    },
  });
  if (!skill) notFound();
  const others = await db.skill.findMany({
    where: { id: { not: skill.id } },
    orderBy: { name: "asc" },
    select: { id: true, key: true, name: true },
  });
  const have = new Set(skill.prerequisites.map((p) => p.prerequisite.id));
  return (
    <section className="flex flex-col gap-8">
      <div>
        <p className="text-sm">
          <Link href="/admin/skills" className="text-blue-800 underline">
            {t("common.breadcrumbSkills")}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{skill.name}</h1>
        <p className="text-sm text-slate-700">
          {t.rich("skill.facts", {
            key: skill.key,
            steps: skill._count.steps,
            students: skill._count.knowledge,
            code: (chunks: ReactNode) => <span className="font-mono">{chunks}</span>,
          })}
        </p>
      </div>

      <div>
        <h2 className="mb-2 text-lg font-semibold">{t("skill.nameTitle")}</h2>
        <ActionForm
          action={updateSkillAction.bind(null, skill.id)}
          submitLabel={t("skill.save")}
          className="grid max-w-xl gap-3"
        >
          <TextField label={t("common.name")} id="name" defaultValue={skill.name} required />
          <TextArea label={t("common.description")} id="description" defaultValue={skill.description} />
        </ActionForm>
      </div>

      <div>
        <h2 className="mb-2 text-lg font-semibold">{t("skill.prerequisitesTitle")}</h2>
        {skill.prerequisites.length ? (
          <ul className="mb-3 flex flex-col gap-2" aria-label={t("skill.currentPrerequisites")}>
            {skill.prerequisites.map(({ prerequisite: p }) => (
              <li key={p.id} className="flex items-center gap-3">
                <Link href={`/admin/skills/${p.id}`} className="text-blue-800 underline">
                  {p.name}
                </Link>
                <ActionForm
                  action={removePrerequisiteAction.bind(null, skill.id, p.id)}
                  submitLabel={t("skill.remove", { name: p.name })}
                  variant="danger"
                  className="flex items-center gap-2"
                />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-3">{t("skill.noPrerequisites")}</p>
        )}
        <ActionForm
          action={addPrerequisiteAction.bind(null, skill.id)}
          submitLabel={t("skill.add")}
          className="flex max-w-xl flex-col gap-3"
        >
          <SelectField label={t("skill.needsFirst")} id="prerequisite" defaultValue="">
            <option value="">{t("common.chooseSkill")}</option>
            {others
              .filter((o) => !have.has(o.id))
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {t("common.skillOption", { name: o.name, key: o.key })}
                </option>
              ))}
          </SelectField>
        </ActionForm>
        {skill.dependents.length ? (
          <p className="mt-3 text-sm">
            {t("skill.neededBy", { names: skill.dependents.map((d) => d.skill.name).join(", ") })}
          </p>
        ) : null}
      </div>

      <div>
        <h2 className="mb-2 text-lg font-semibold">{t("skill.mergeTitle")}</h2>
        <p className="mb-2 text-sm text-slate-700">{t("skill.mergeHelp")}</p>
        <ActionForm
          action={mergeSkillAction.bind(null, skill.id)}
          submitLabel={t("skill.merge")}
          variant="danger"
          className="flex max-w-xl flex-col gap-3"
        >
          <SelectField label={t("skill.keep")} id="keep" defaultValue="" required>
            <option value="">{t("common.chooseSkill")}</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {t("common.skillOption", { name: o.name, key: o.key })}
              </option>
            ))}
          </SelectField>
        </ActionForm>
      </div>
    </section>
  );
}
