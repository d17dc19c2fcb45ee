import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { TutorChat } from "@/components/tutor/tutor-chat";
import { requirePageUser } from "@/lib/auth/current-user";
import { needsLanguageNotice } from "@/lib/content/translation";
import { db } from "@/lib/db/client";
import { pickReasonText } from "@/lib/kt/pick/pick-reason-text";
import { loadStudentSessionView, studentPickReason } from "@/lib/sessions/open-practice";
import { startPracticeAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("student.practice");
  return { title: t("title") };
}

export default async function PracticeSessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const user = await requirePageUser("student");
  const { sessionId } = await params;
  const loaded = await loadStudentSessionView(db, user.id, sessionId);
  if (!loaded) notFound();
  const { session, view } = loaded;
  const pick = await studentPickReason(db, user.id, session.id);
  const pickReason = pick ? pickReasonText(pick, "student", await getLocale()) : null;
  const notice = needsLanguageNotice(session) ? await languageNotice(session.contentLanguage) : null;
  return (
    <div className="flex flex-col gap-3">
      {notice ? (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          {notice}
        </p>
      ) : null}
      <TutorChat initial={view} nextProblemAction={startPracticeAction} userId={user.id} pickReason={pickReason} />
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
