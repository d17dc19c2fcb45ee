import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { SelectField, TextArea, TextField } from "@/components/admin/fields";
import { SkillGraph } from "@/components/admin/skill-graph";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { createSkillAction } from "./actions";

export const metadata: Metadata = { title: "Skills" };

export default async function SkillsPage() {
  await requirePageUser("admin");
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
    <section className="flex flex-col gap-8">
      <h1 className="text-2xl font-semibold">Skills</h1>
      <div>
        <h2 className="mb-2 text-lg font-semibold">Prerequisite graph</h2>
        <SkillGraph
          skills={skills.map((s) => ({
            id: s.id,
            name: s.name,
            prerequisiteIds: s.prerequisites.map((p) => p.prerequisiteId),
          }))}
        />
      </div>
      <div>
        <h2 className="mb-2 text-lg font-semibold">New skill</h2>
        <ActionForm action={createSkillAction} submitLabel="Create skill" className="grid max-w-xl gap-3">
          <TextField label="Key (lowercase, e.g. fractions.add)" id="key" required pattern="[a-z0-9][a-z0-9._\-]*" />
          <TextField label="Name" id="name" required />
          <TextArea label="Description" id="description" />
          <SelectField label="Prerequisite (optional)" id="prerequisite" defaultValue="">
            <option value="">None</option>
            {skills.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.key})
              </option>
            ))}
          </SelectField>
        </ActionForm>
      </div>
      <div>
        <h2 className="mb-2 text-lg font-semibold">All skills ({skills.length})</h2>
        <table className="w-full border-collapse bg-white text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">
                Skill
              </th>
              <th scope="col" className="p-2">
                Key
              </th>
              <th scope="col" className="p-2">
                Prerequisites
              </th>
              <th scope="col" className="p-2">
                Tagged steps
              </th>
            </tr>
          </thead>
          <tbody>
            {skills.map((s) => (
              <tr key={s.id} className="border-b border-slate-200">
                <td className="p-2">
                  <Link href={`/admin/skills/${s.id}`} className="text-blue-800 underline">
                    {s.name}
                  </Link>
                </td>
                <td className="p-2 font-mono">{s.key}</td>
                <td className="p-2">{s.prerequisites.length}</td>
                <td className="p-2">{s._count.steps}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
