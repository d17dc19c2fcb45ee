import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTutorBackend } from "@/lib/ai/provider";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { saveProblemAction } from "../../../../problems/actions";
import { draftWithModelAction } from "./actions";
import { DraftForm } from "./draft-form";

export const metadata: Metadata = { title: "Draft a problem with the model" };

export default async function DraftProblemPage({ params }: { params: Promise<{ setId: string }> }) {
  await requirePageUser("admin");
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
      <h1 className="text-2xl font-semibold">Draft a problem with the model</h1>
      <p>
        From a statement and its answer, the model drafts steps, hints, a scaffold question and common wrong answers.
        You review and edit the draft; it is saved as a draft and is never published automatically.
      </p>
      {backend.kind === "llm" ? (
        <DraftForm skills={skills} draft={draftWithModelAction} save={saveProblemAction.bind(null, set.id, null)} />
      ) : (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
          No model is configured (set AI_PROVIDER): write the problem in the{" "}
          <Link href={`/admin/sets/${set.id}/problems/new`} className="text-blue-800 underline">
            editor
          </Link>{" "}
          instead.
        </p>
      )}
    </section>
  );
}
