import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { StatusBadge } from "@/components/admin/fields";
import { ProblemEditor } from "@/components/admin/problem-editor/problem-editor";
import { requirePageUser } from "@/lib/auth/current-user";
import { loadVersionContent } from "@/lib/content/export-bundle";
import { db } from "@/lib/db/client";
import { previewProblemAction, publishProblemAction, saveProblemAction } from "../actions";

export const metadata: Metadata = { title: "Edit problem" };

export default async function ProblemPage({ params }: { params: Promise<{ problemId: string }> }) {
  await requirePageUser("admin");
  const { problemId } = await params;
  const problem = await db.problem.findUnique({
    where: { id: problemId },
    select: {
      id: true,
      key: true,
      status: true,
      problemSet: { select: { id: true, title: true } },
      publishedVersion: { select: { version: true } },
      versions: {
        orderBy: { version: "desc" },
        select: { id: true, version: true, createdAt: true, _count: { select: { sessions: true } } },
      },
    },
  });
  if (!problem) notFound();
  const latest = problem.versions[0];
  if (!latest) notFound();
  const [content, skills] = await Promise.all([
    loadVersionContent(db, latest.id),
    db.skill.findMany({ orderBy: { name: "asc" }, select: { key: true, name: true } }),
  ]);
  const live = problem.publishedVersion?.version ?? null;
  const published = problem.status === "published";
  const draftPending = published && live !== latest.version;
  return (
    <section className="flex flex-col gap-6">
      <div>
        <p className="text-sm">
          <Link href={`/admin/sets/${problem.problemSet.id}`} className="text-blue-800 underline">
            {problem.problemSet.title}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">
          Edit problem <StatusBadge published={published} />
        </h1>
        <p className="text-sm text-slate-700" data-testid="version-status">
          Latest version {latest.version}
          {live ? `; version ${live} is live` : "; not live"}
          {draftPending ? `; version ${latest.version} is a draft until you publish it` : ""}.
        </p>
      </div>
      <div className="flex flex-wrap items-start gap-3">
        <ActionForm
          action={previewProblemAction.bind(null, problem.id)}
          submitLabel="Preview in the tutor"
          variant="secondary"
        />
        {!published || draftPending ? (
          <ActionForm
            action={publishProblemAction.bind(null, problem.id, true)}
            submitLabel={draftPending ? `Publish version ${latest.version}` : "Publish problem"}
          />
        ) : null}
        {published ? (
          <ActionForm
            action={publishProblemAction.bind(null, problem.id, false)}
            submitLabel="Unpublish problem"
            variant="danger"
          />
        ) : null}
      </div>
      <ProblemEditor
        key={latest.id}
        initial={{ key: problem.key, ...content }}
        isNew={false}
        skills={skills}
        save={saveProblemAction.bind(null, problem.problemSet.id, problem.id)}
      />
      <details className="rounded border border-slate-200 bg-white p-3">
        <summary className="cursor-pointer font-medium">Versions ({problem.versions.length})</summary>
        <ul className="mt-2 text-sm">
          {problem.versions.map((v) => (
            <li key={v.id}>
              Version {v.version}, {v.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
              {v.version === live ? " (live)" : ""}, {v._count.sessions} sessions
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
