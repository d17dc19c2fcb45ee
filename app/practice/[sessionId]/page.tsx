import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { TutorChat } from "@/components/tutor/tutor-chat";
import { requirePageUser } from "@/lib/auth/current-user";
import { needsLanguageNotice } from "@/lib/content/translation";
import { db } from "@/lib/db/client";
import { loadProblemVersion } from "@/lib/sessions/load-problem";
import { buildSessionView } from "@/lib/sessions/session-view";
import { shuffleChoices } from "@/lib/tutor/shuffle-choices";
import { sessionStateSchema } from "@/lib/tutor/types";
import { startPracticeAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("student.practice");
  return { title: t("title") };
}

export default async function PracticeSessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const user = await requirePageUser("student");
  const { sessionId } = await params;
  const session = await db.tutoringSession.findFirst({
    where: { id: sessionId, studentId: user.id, preview: false },
    select: {
      id: true,
      preview: true,
      state: true,
      problemVersionId: true,
      locale: true,
      contentLanguage: true,
      turns: { orderBy: { seq: "asc" }, select: { seq: true, role: true, text: true, stepIndex: true } },
    },
  });
  if (!session) notFound();
  // The options in this session's order, the order submitTurn checks against.
  // In the language the session was started in (a translation, or the original with a notice).
  const problem = shuffleChoices(
    await loadProblemVersion(db, session.problemVersionId, session.contentLanguage),
    session.id,
  );
  const view = buildSessionView(session, problem, sessionStateSchema.parse(session.state), session.turns);
  const notice = needsLanguageNotice(session) ? await languageNotice(session.contentLanguage) : null;
  return (
    <div className="flex flex-col gap-3">
      {notice ? (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          {notice}
        </p>
      ) : null}
      <TutorChat initial={view} nextProblemAction={startPracticeAction} />
    </div>
  );
}

/** "Not in your language yet: shown in English", with the language named in the reader's own. */
async function languageNotice(contentLanguage: string): Promise<string> {
  const locale = await getLocale();
  const t = await getTranslations("content");
  const language = new Intl.DisplayNames([locale], { type: "language" }).of(contentLanguage) ?? contentLanguage;
  return t("languageNotice", { language });
}
