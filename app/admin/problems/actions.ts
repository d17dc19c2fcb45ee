"use server";

import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import type { FormState } from "@/components/admin/form-state";
import type { SaveOutcome } from "@/components/admin/problem-editor/problem-editor";
import { requireUser } from "@/lib/auth/current-user";
import { setProblemPublished } from "@/lib/authoring/publish-problem";
import { saveProblem } from "@/lib/authoring/save-problem";
import { startPreview } from "@/lib/authoring/start-preview";
import { describeIssueIn } from "@/lib/authoring/validate-problem";
import { db } from "@/lib/db/client";
import { publicError } from "@/lib/errors";
import { requestTranslator } from "@/lib/i18n/request-translator";
import { requireId, stripControlsDeep } from "@/lib/validation/text";
import { adminAction } from "../admin-action";

/** Saves the editor's draft (validated on the server; a new version only if content changed). */
export async function saveProblemAction(setId: string, problemId: string | null, draft: unknown): Promise<SaveOutcome> {
  const t = await requestTranslator();
  try {
    const actor = await requireUser("admin");
    requireId(setId);
    if (problemId !== null) requireId(problemId);
    // Controls (NUL above all: PostgreSQL refuses it) are stripped from every text of the draft.
    const r = await saveProblem(db, actor, { setId, problemId, draft: stripControlsDeep(draft) });
    if (!r.ok) return { ok: false, issues: r.issues.map(describeIssueIn(t)) };
    revalidatePath(`/admin/sets/${setId}`);
    revalidatePath(`/admin/problems/${r.problemId}`);
    return r;
  } catch (e) {
    unstable_rethrow(e);
    return { error: publicError(e, t).message };
  }
}

export async function publishProblemAction(
  problemId: string,
  published: boolean,
  _prev: FormState,
  _form: FormData,
): Promise<FormState> {
  return adminAction(async (actor, t) => {
    const r = await setProblemPublished(db, actor, requireId(problemId), published === true);
    revalidatePath(`/admin/problems/${problemId}`);
    const set = await db.problem.findUnique({ where: { id: problemId }, select: { problemSetId: true } });
    if (set) revalidatePath(`/admin/sets/${set.problemSetId}`);
    return published ? t("admin.problem.live", { version: r.version ?? "" }) : t("admin.problem.unpublished");
  });
}

export async function previewProblemAction(problemId: string, _prev: FormState, _form: FormData): Promise<FormState> {
  let sessionId = "";
  const state = await adminAction(async (actor, t) => {
    sessionId = await startPreview(db, actor, requireId(problemId));
    return t("admin.problem.previewStarted");
  });
  if (sessionId) redirect(`/admin/preview/${sessionId}`);
  return state;
}
