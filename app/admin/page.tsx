import type { Metadata } from "next";
import Link from "next/link";
import { getTutorBackend } from "@/lib/ai/provider";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { listModelVersions } from "@/lib/mastery/model-versions";
import { CreateStaffForm } from "./create-staff-form";
import { FitModelButton } from "./fit-model-button";
import { ModelBackend } from "./model-backend";
import { ModelVersions } from "./model-versions";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminHome() {
  await requirePageUser("admin");
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
    ? `Students' mastery uses model version ${model.version}, fitted on ${model.attempts} first attempts (${model.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC). A fit adds a candidate; it is used only once made current.`
    : "No model is current: mastery uses the built-in prior. A fit adds a candidate; it is used only once made current.";
  const stats = [
    ["Skills", skills],
    ["Problem sets", sets],
    ["Problems", problems],
    ["Students", students],
  ] as const;
  return (
    <section className="flex flex-col gap-8">
      <h1 className="text-2xl font-semibold">Admin</h1>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {stats.map(([label, n]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-700">{label}</dt>
            <dd className="text-2xl font-semibold">{n}</dd>
          </div>
        ))}
      </dl>
      <div>
        <h2 className="mb-2 text-lg font-semibold">Content</h2>
        <ul className="flex flex-col gap-1">
          <li>
            <Link href="/admin/skills" className="text-blue-800 underline">
              Skills
            </Link>
            : create, rename, merge; prerequisites and their graph.
          </li>
          <li>
            <Link href="/admin/sets" className="text-blue-800 underline">
              Problem sets
            </Link>
            : write problems, preview them in the tutor, publish, assign to classes, export.
          </li>
          <li>
            <Link href="/admin/import" className="text-blue-800 underline">
              Import
            </Link>
            : Stepwise, OATutor, MathDial and CLASS content.
          </li>
          <li>
            <Link href="/admin/audit" className="text-blue-800 underline">
              Audit log
            </Link>
            : every change, who and when.
          </li>
        </ul>
      </div>
      <div>
        <h2 className="mb-2 text-lg font-semibold">Tutor backend</h2>
        <ModelBackend label={backend.label} kind={backend.kind} />
      </div>
      <div>
        <h2 className="mb-2 text-lg font-semibold">Knowledge tracing</h2>
        <FitModelButton latest={latestModel} />
        <h3 className="mt-4 mb-2 font-semibold">Model versions</h3>
        <ModelVersions versions={versions} />
      </div>
      <div>
        <h2 className="mb-2 text-lg font-semibold">Staff accounts</h2>
        <ul className="mb-4 list-disc pl-6">
          {staff.map((s) => (
            <li key={s.id}>
              {s.name} ({s.email}), {s.role}
            </li>
          ))}
        </ul>
        <h3 className="mb-2 font-semibold">Create a teacher or admin</h3>
        <CreateStaffForm />
      </div>
    </section>
  );
}
