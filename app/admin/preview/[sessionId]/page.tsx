import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TutorChat } from "@/components/tutor/tutor-chat";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { loadProblemVersion } from "@/lib/sessions/load-problem";
import { buildSessionView } from "@/lib/sessions/session-view";
import { shuffleChoices } from "@/lib/tutor/shuffle-choices";
import { sessionStateSchema } from "@/lib/tutor/types";
import { previewNextProblemAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.preview");
  return { title: t("metaTitle") };
}

/** The real tutor on a preview session of the admin's own: attempts are not recorded. */
export default async function PreviewPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const user = await requirePageUser("admin");
  const { sessionId } = await params;
  const t = await getTranslations("admin.preview");
  const session = await db.tutoringSession.findFirst({
    where: { id: sessionId, studentId: user.id, preview: true },
    select: {
      id: true,
      preview: true,
      state: true,
      problemVersionId: true,
      contentLanguage: true,
      problemVersion: { select: { problemId: true, version: true } },
      turns: { orderBy: { seq: "asc" }, select: { seq: true, role: true, text: true, stepIndex: true } },
    },
  });
  if (!session) notFound();
  // The options in this session's order, the order submitTurn checks against.
  const problem = shuffleChoices(
    await loadProblemVersion(db, session.problemVersionId, session.contentLanguage),
    session.id,
  );
  const view = buildSessionView(session, problem, sessionStateSchema.parse(session.state), session.turns);
  return (
    <div className="flex flex-col gap-4">
      <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
        {t("note", { version: session.problemVersion.version })}{" "}
        <Link href={`/admin/problems/${session.problemVersion.problemId}`} className="text-blue-800 underline">
          {t("back")}
        </Link>
      </p>
      <TutorChat initial={view} nextProblemAction={previewNextProblemAction.bind(null, session.id)} />
    </div>
  );
}
