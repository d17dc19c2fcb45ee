import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { emptyProblem } from "@/components/admin/problem-editor/draft";
import { ProblemEditor } from "@/components/admin/problem-editor/problem-editor";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { saveProblemAction } from "../../../../problems/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.newProblem");
  return { title: t("metaTitle") };
}

export default async function NewProblemPage({ params }: { params: Promise<{ setId: string }> }) {
  await requirePageUser("admin");
  const t = await getTranslations("admin.newProblem");
  const { setId } = await params;
  const set = await db.problemSet.findUnique({ where: { id: setId }, select: { id: true, title: true } });
  if (!set) notFound();
  const skills = await db.skill.findMany({ orderBy: { name: "asc" }, select: { key: true, name: true } });
  return (
    <section className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href={`/admin/sets/${set.id}`} className="text-blue-800 underline">
          {set.title}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <ProblemEditor initial={emptyProblem()} isNew skills={skills} save={saveProblemAction.bind(null, set.id, null)} />
    </section>
  );
}
