"use server";

import { notFound, redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/current-user";
import { nextProblemInSet, startPreview } from "@/lib/authoring/start-preview";
import { db } from "@/lib/db/client";
import { isId } from "@/lib/validation/text";

/**
 * A finished preview's "Next problem": a preview of the next problem in the same set (the
 * tutor's wrap-up tells the author to press it, as it tells a student). Admins only (a visitor
 * is sent to sign in, anyone else gets the 403 page); the session must be the admin's own preview.
 */
export async function previewNextProblemAction(sessionId: string): Promise<void> {
  const actor = await requirePageUser("admin");
  if (!isId(sessionId)) notFound();
  const session = await db.tutoringSession.findFirst({
    where: { id: sessionId, studentId: actor.id, preview: true },
    select: { locale: true, problemVersion: { select: { problemId: true } } },
  });
  if (!session) notFound();
  const next = await nextProblemInSet(db, actor, session.problemVersion.problemId);
  // A preview in a translation's language goes on in that language.
  redirect(`/admin/preview/${await startPreview(db, actor, next, session.locale)}`);
}
