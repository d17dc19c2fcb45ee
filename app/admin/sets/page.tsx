import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { StatusBadge, TextArea, TextField } from "@/components/admin/fields";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { createSetAction } from "./actions";

export const metadata: Metadata = { title: "Problem sets" };

export default async function SetsPage() {
  await requirePageUser("admin");
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
      <h1 className="text-2xl font-semibold">Problem sets</h1>
      <table className="w-full border-collapse bg-white text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">
              Set
            </th>
            <th scope="col" className="p-2">
              Status
            </th>
            <th scope="col" className="p-2">
              Problems
            </th>
            <th scope="col" className="p-2">
              Assigned to
            </th>
          </tr>
        </thead>
        <tbody>
          {sets.map((s) => (
            <tr key={s.id} className="border-b border-slate-200">
              <td className="p-2">
                <Link href={`/admin/sets/${s.id}`} className="text-blue-800 underline">
                  {s.title}
                </Link>{" "}
                <span className="font-mono text-slate-600">{s.key}</span>
              </td>
              <td className="p-2">
                <StatusBadge published={s.status === "published"} />
              </td>
              <td className="p-2">{s._count.problems}</td>
              <td className="p-2">{s.assignments.map((a) => a.classroom.name).join(", ") || "no class"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div>
        <h2 className="mb-2 text-lg font-semibold">New problem set</h2>
        <ActionForm action={createSetAction} submitLabel="Create set" className="grid max-w-xl gap-3">
          <TextField label="Key (lowercase, e.g. fractions-2)" id="key" required />
          <TextField label="Title" id="title" required />
          <TextArea label="Description" id="description" />
        </ActionForm>
      </div>
    </section>
  );
}
