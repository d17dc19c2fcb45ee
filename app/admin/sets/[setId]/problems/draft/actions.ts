"use server";

import { z } from "zod";
import { draftProblem } from "@/lib/ai/authoring-draft/draft-problem";
import { getTutorBackend } from "@/lib/ai/provider";
import { requireUser } from "@/lib/auth/current-user";
import type { StepInput } from "@/lib/content/format";
import { publicError } from "@/lib/errors";
import { requestLocale } from "@/lib/i18n/resolve-locale";
import { type Translate, translate } from "@/lib/i18n/translator";
import { zodWordsMap } from "@/lib/i18n/zod-errors";
import { cleanTextField } from "@/lib/validation/text";

/** The request, its messages in the admin's language (zod's own issues in words: zodWordsMap). */
function requestSchema(t: Translate) {
  return z.object({
    title: cleanTextField(z.string().trim().min(1, t("admin.draft.needsTitle")).max(300), { singleLine: true }),
    statement: cleanTextField(z.string().trim().min(1, t("admin.draft.needsStatement")).max(5000)),
    answer: cleanTextField(z.string().trim().min(1, t("admin.draft.needsAnswer")).max(200), { singleLine: true }),
    skills: z.array(cleanTextField(z.string().min(1).max(200), { singleLine: true })).max(10),
  });
}

export type DraftOutcome =
  | { error: string }
  | { steps: StepInput[]; problems: string[]; title: string; statement: string };

/** The model drafts steps for the admin to review and edit; nothing is saved or published here. */
export async function draftWithModelAction(raw: unknown): Promise<DraftOutcome> {
  const locale = await requestLocale();
  const t = translate(locale);
  try {
    await requireUser("admin");
    const req = requestSchema(t).safeParse(raw, { error: zodWordsMap(t) });
    if (!req.success) return { error: req.error.issues[0]?.message ?? t("admin.draft.checkForm") };
    const backend = getTutorBackend();
    if (backend.kind !== "llm") return { error: t("admin.draft.noBackend") };
    const r = await draftProblem(backend.model, req.data);
    return { steps: r.steps, problems: r.problems, title: req.data.title, statement: req.data.statement };
  } catch (e) {
    return { error: t("admin.draft.failed", { reason: publicError(e, t).message }) };
  }
}
