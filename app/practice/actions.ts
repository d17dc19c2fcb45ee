"use server";

import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { requestLocale } from "@/lib/i18n/resolve-locale";
import { openPractice } from "@/lib/sessions/open-practice";

/**
 * "Practice" / "Next problem": resume the open session or start the next problem. Students
 * only: a visitor is sent to sign in, a teacher or admin gets the 403 page (not a 500).
 */
export async function startPracticeAction(): Promise<void> {
  const user = await requirePageUser("student");
  const id = await openPractice(db, user.id, { locale: await requestLocale() });
  redirect(id ? `/practice/${id}` : "/practice?nothing=1");
}
