import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/teach/action-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { listClasses } from "@/lib/teach/load-class-overview";
import { createClassAction } from "./actions";

export const metadata: Metadata = { title: "Teach" };

export default async function TeachHome() {
  const user = await requirePageUser("teacher", "admin");
  const classes = await listClasses(db, user);
  const active = classes.filter((c) => !c.archivedAt);
  const archived = classes.filter((c) => c.archivedAt);
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{user.role === "admin" ? "All classes" : "Your classes"}</h1>
      {active.length === 0 ? (
        <p>You have no classes yet. Create one below and give your students its join code.</p>
      ) : (
        <ClassTable classes={active} showTeacher={user.role === "admin"} caption="Active classes" />
      )}
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 text-lg font-semibold">Create a class</h2>
        <ActionForm action={createClassAction} submitLabel="Create class">
          <div className="flex flex-col gap-1">
            <label htmlFor="class-name" className="text-sm font-medium">
              Class name
            </label>
            <input
              id="class-name"
              name="name"
              required
              maxLength={80}
              className="rounded border border-slate-400 bg-white px-3 py-1.5"
            />
          </div>
        </ActionForm>
      </div>
      {archived.length ? (
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-semibold">Archived classes ({archived.length})</summary>
          <div className="mt-3">
            <ClassTable classes={archived} showTeacher={user.role === "admin"} caption="Archived classes" />
          </div>
        </details>
      ) : null}
    </section>
  );
}

type ClassRow = Awaited<ReturnType<typeof listClasses>>[number];

function ClassTable({ classes, showTeacher, caption }: { classes: ClassRow[]; showTeacher: boolean; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">
              Class
            </th>
            {showTeacher ? (
              <th scope="col" className="p-2">
                Teacher
              </th>
            ) : null}
            <th scope="col" className="p-2">
              Join code
            </th>
            <th scope="col" className="p-2">
              Students
            </th>
            <th scope="col" className="p-2">
              Problem sets
            </th>
          </tr>
        </thead>
        <tbody>
          {classes.map((c) => (
            <tr key={c.id} className="border-b border-slate-200">
              <th scope="row" className="p-2 font-medium">
                <Link href={`/teach/classes/${c.id}`} className="text-blue-800 underline">
                  {c.name}
                </Link>
              </th>
              {showTeacher ? <td className="p-2">{c.teacher.name}</td> : null}
              <td className="p-2 font-mono">{c.archivedAt ? "–" : c.joinCode}</td>
              <td className="p-2">{c._count.enrollments}</td>
              <td className="p-2">{c._count.assignments}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
