import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { SelectField, TextArea, TextField } from "@/components/admin/fields";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { addPrerequisiteAction, mergeSkillAction, removePrerequisiteAction, updateSkillAction } from "../actions";

export const metadata: Metadata = { title: "Skill" };

export default async function SkillPage({ params }: { params: Promise<{ skillId: string }> }) {
  await requirePageUser("admin");
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
            Skills
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{skill.name}</h1>
        <p className="text-sm text-slate-700">
          Key <span className="font-mono">{skill.key}</span> · tags {skill._count.steps} steps ·{" "}
          {skill._count.knowledge} students have a mastery estimate
        </p>
      </div>

      <div>
        <h2 className="mb-2 text-lg font-semibold">Name and description</h2>
        <ActionForm
          action={updateSkillAction.bind(null, skill.id)}
          submitLabel="Save skill"
          className="grid max-w-xl gap-3"
        >
          <TextField label="Name" id="name" defaultValue={skill.name} required />
          <TextArea label="Description" id="description" defaultValue={skill.description} />
        </ActionForm>
      </div>

      <div>
        <h2 className="mb-2 text-lg font-semibold">Prerequisites</h2>
        {skill.prerequisites.length ? (
          <ul className="mb-3 flex flex-col gap-2" aria-label="Current prerequisites">
            {skill.prerequisites.map(({ prerequisite: p }) => (
              <li key={p.id} className="flex items-center gap-3">
                <Link href={`/admin/skills/${p.id}`} className="text-blue-800 underline">
                  {p.name}
                </Link>
                <ActionForm
                  action={removePrerequisiteAction.bind(null, skill.id, p.id)}
                  submitLabel={`Remove ${p.name}`}
                  variant="danger"
                  className="flex items-center gap-2"
                />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-3">This skill needs no other skill first.</p>
        )}
        <ActionForm
          action={addPrerequisiteAction.bind(null, skill.id)}
          submitLabel="Add prerequisite"
          className="flex max-w-xl flex-col gap-3"
        >
          <SelectField label="Needs first" id="prerequisite" defaultValue="">
            <option value="">Choose a skill…</option>
            {others
              .filter((o) => !have.has(o.id))
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} ({o.key})
                </option>
              ))}
          </SelectField>
        </ActionForm>
        {skill.dependents.length ? (
          <p className="mt-3 text-sm">Needed by: {skill.dependents.map((d) => d.skill.name).join(", ")}</p>
        ) : null}
      </div>

      <div>
        <h2 className="mb-2 text-lg font-semibold">Merge into another skill</h2>
        <p className="mb-2 text-sm text-slate-700">
          Moves this skill&apos;s step tags, prerequisite links and students&apos; mastery estimates to the skill you
          choose, then deletes this one. All in one step; it is recorded in the audit log.
        </p>
        <ActionForm
          action={mergeSkillAction.bind(null, skill.id)}
          submitLabel="Merge"
          variant="danger"
          className="flex max-w-xl flex-col gap-3"
        >
          <SelectField label="Keep this skill" id="keep" defaultValue="" required>
            <option value="">Choose a skill…</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} ({o.key})
              </option>
            ))}
          </SelectField>
        </ActionForm>
      </div>
    </section>
  );
}
