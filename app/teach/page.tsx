import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/teach/action-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { listClasses } from "@/lib/teach/load-class-overview";
import { createClassAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teach");
  return { title: t("meta.teach") };
}

export default async function TeachHome() {
  const user = await requirePageUser("teacher", "admin");
  const t = await getTranslations("teach");
  const classes = await listClasses(db, user);
  const active = classes.filter((c) => !c.archivedAt);
  const archived = classes.filter((c) => c.archivedAt);
  const columns = {
    class: t("home.columns.class"),
    teacher: t("home.columns.teacher"),
    joinCode: t("home.columns.joinCode"),
    students: t("home.columns.students"),
    problemSets: t("home.columns.problemSets"),
  };
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{user.role === "admin" ? t("home.allClasses") : t("home.yourClasses")}</h1>
      {active.length === 0 ? (
        <p>{t("home.noClasses")}</p>
      ) : (
        <ClassTable
          classes={active}
          showTeacher={user.role === "admin"}
          caption={t("home.activeClasses")}
          columns={columns}
        />
      )}
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 text-lg font-semibold">{t("home.createTitle")}</h2>
        <ActionForm action={createClassAction} submitLabel={t("home.createSubmit")}>
          <div className="flex flex-col gap-1">
            <label htmlFor="class-name" className="text-sm font-medium">
              {t("home.className")}
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
          <summary className="cursor-pointer font-semibold">
            {t("home.archivedSummary", { count: archived.length })}
          </summary>
          <div className="mt-3">
            <ClassTable
              classes={archived}
              showTeacher={user.role === "admin"}
              caption={t("home.archivedClasses")}
              columns={columns}
            />
          </div>
        </details>
      ) : null}
    </section>
  );
}

type ClassRow = Awaited<ReturnType<typeof listClasses>>[number];

function ClassTable({
  classes,
  showTeacher,
  caption,
  columns,
}: {
  classes: ClassRow[];
  showTeacher: boolean;
  caption: string;
  columns: Record<"class" | "teacher" | "joinCode" | "students" | "problemSets", string>;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-start">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">
              {columns.class}
            </th>
            {showTeacher ? (
              <th scope="col" className="p-2">
                {columns.teacher}
              </th>
            ) : null}
            <th scope="col" className="p-2">
              {columns.joinCode}
            </th>
            <th scope="col" className="p-2">
              {columns.students}
            </th>
            <th scope="col" className="p-2">
              {columns.problemSets}
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
              <td className="p-2 tabular-nums">{c._count.enrollments}</td>
              <td className="p-2 tabular-nums">{c._count.assignments}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
