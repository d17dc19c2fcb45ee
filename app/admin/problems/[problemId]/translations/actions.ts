"use server";

import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import type { FormState } from "@/components/admin/form-state";
import { requireUser } from "@/lib/auth/current-user";
import { saveTranslation, type TranslationIssue } from "@/lib/authoring/save-translation";
import { db } from "@/lib/db/client";
import { AppError, publicError } from "@/lib/errors";
import { toLocale } from "@/lib/i18n/locales";
import { requestTranslator } from "@/lib/i18n/request-translator";
import type { Translate } from "@/lib/i18n/translator";
import { startTutoringSession } from "@/lib/sessions/start-session";
import { requireId, stripControls } from "@/lib/validation/text";

export interface TranslationFormState extends FormState {
  /** Each problem found, in the admin's language. */
  issues?: string[];
}

/**
 * The form's fields as a translation: title, statement, steps.<i>.prompt, steps.<i>.hints.<k>,
 * steps.<i>.wrongAnswers.<k>. The counts are whatever the form sent: saveTranslation checks them
 * against the version.
 */
function readTranslation(form: FormData) {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? stripControls(v) : "";
  };
  const steps: { prompt: string; hints: string[]; wrongAnswers: string[]; options?: string[] }[] = [];
  const step = (i: number) => {
    while (steps.length <= i) steps.push({ prompt: "", hints: [], wrongAnswers: [] });
    return steps[i] as (typeof steps)[number];
  };
  for (const name of form.keys()) {
    const m = /^steps\.(\d{1,3})\.(prompt|hints|wrongAnswers|options)(?:\.(\d{1,3}))?$/.exec(name);
    if (!m) continue;
    const s = step(Number(m[1]));
    if (m[2] === "prompt") s.prompt = text(name);
    else if (m[3] !== undefined) {
      if (m[2] === "options" && !s.options) s.options = [];
      const list = m[2] === "hints" ? s.hints : m[2] === "wrongAnswers" ? s.wrongAnswers : (s.options as string[]);
      list[Number(m[3])] = text(name);
    }
  }
  for (const s of steps) {
    s.hints = Array.from(s.hints, (h) => h ?? "");
    s.wrongAnswers = Array.from(s.wrongAnswers, (w) => w ?? "");
    if (s.options) s.options = Array.from(s.options, (o) => o ?? "");
  }
  return { title: text("title"), statement: text("statement"), steps };
}

function describeIssue(t: Translate, issue: TranslationIssue): string {
  const [head, step, part, index] = issue.path;
  const s = typeof step === "number" ? step + 1 : 0;
  const field =
    head === "steps" && typeof step === "number"
      ? part === "prompt"
        ? t("content.translations.fields.prompt", { step: s })
        : part === "hints" || part === "wrongAnswers" || part === "options"
          ? typeof index === "number"
            ? t(
                `content.translations.fields.${part === "hints" ? "hint" : part === "options" ? "option" : "wrongAnswer"}`,
                {
                  step: s,
                  n: index + 1,
                },
              )
            : t(`content.translations.fields.${part}`, { step: s })
          : t("content.translations.fields.steps")
      : head === "title" || head === "statement" || head === "language"
        ? t(`content.translations.fields.${head}`)
        : t("content.translations.fields.steps");
  return t(`content.translations.issues.${issue.code}`, { field });
}

export async function saveTranslationAction(
  problemId: string,
  versionId: string,
  language: string,
  _prev: TranslationFormState,
  form: FormData,
): Promise<TranslationFormState> {
  try {
    const actor = await requireUser("admin");
    const t = await requestTranslator();
    const r = await saveTranslation(db, actor, {
      problemId: requireId(problemId),
      versionId: requireId(versionId),
      language,
      translation: form instanceof FormData ? readTranslation(form) : null,
    });
    if (!r.ok)
      return { error: t("content.translations.form.notSaved"), issues: r.issues.map((i) => describeIssue(t, i)) };
    revalidatePath(`/admin/problems/${problemId}/translations`);
    return { ok: t(r.changed ? "content.translations.form.saved" : "content.translations.form.unchanged") };
  } catch (e) {
    unstable_rethrow(e);
    return { error: publicError(e, await requestTranslator()).message };
  }
}

/**
 * A preview session on this version in `language` (the admin plays it as a student reading that
 * language: the tutor speaks it and the content is the translation). Records no attempts.
 */
export async function previewTranslationAction(
  problemId: string,
  versionId: string,
  language: string,
  _prev: FormState,
  _form: FormData,
): Promise<FormState> {
  let sessionId = "";
  try {
    const actor = await requireUser("admin");
    const locale = toLocale(language);
    if (!locale)
      throw new AppError("bad_request", "Pick a language from the list.", undefined, {
        key: "content.translations.issues.language",
      });
    const version = await db.problemVersion.findFirst({
      where: { id: requireId(versionId), problemId: requireId(problemId) },
      select: { id: true },
    });
    if (!version)
      throw new AppError("not_found", "No such problem version.", undefined, { key: "errors.codes.not_found" });
    sessionId = await startTutoringSession(db, {
      studentId: actor.id,
      problemVersionId: version.id,
      preview: true,
      locale,
    });
  } catch (e) {
    unstable_rethrow(e);
    return { error: publicError(e, await requestTranslator()).message };
  }
  redirect(`/admin/preview/${sessionId}`);
}
