import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getTutorBackend } from "@/lib/ai/provider";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { saveProblemAction } from "../../../../problems/actions";
import { draftWithModelAction } from "./actions";
import { DraftForm } from "./draft-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.draft");
  return { title: t("metaTitle") };
}

export default async function DraftProblemPage({ params }: { params: Promise<{ setId: string }> }) {
  await requirePageUser("admin");
  const t = await getTranslations("admin.draft");
  const { setId } = await params;
  const set = await db.problemSet.findUnique({ where: { id: setId }, select: { id: true, title: true } });
  if (!set) notFound();
  const skills = await db.skill.findMany({ orderBy: { name: "asc" }, select: { key: true, name: true } });
  const backend = getTutorBackend();
  return (
    <section className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href={`/admin/sets/${set.id}`} className="text-blue-800 underline">
          {set.title}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {backend.kind === "llm" ? (
        <DraftForm skills={skills} draft={draftWithModelAction} save={saveProblemAction.bind(null, set.id, null)} />
      ) : (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
          {t.rich("noModel", {
            link: (chunks: ReactNode) => (
              <Link href={`/admin/sets/${set.id}/problems/new`} className="text-blue-800 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
    </section>
  );
}
