import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { FormState } from "@/components/admin/form-state";
import type { SessionUser } from "@/lib/auth/accounts";
import { requireUser } from "@/lib/auth/current-user";
import { isAppError, publicError } from "@/lib/errors";
import { requestTranslator } from "@/lib/i18n/request-translator";
import type { Translate } from "@/lib/i18n/translator";
import { type IssueLike, zodIssueInWords } from "@/lib/i18n/zod-errors";
import { stripControls } from "@/lib/validation/text";

/**
 * The frame of every authoring action: the caller must be a signed-in admin (checked here, in
 * the action, not by the page that rendered the form); expected errors come back as a message,
 * redirects pass through. `work` gets a translator (full keys, "admin.sets.created") for its
 * confirmation; errors are shown in the reader's language too, a zod issue as a sentence that
 * names the field ("The title can't be empty.").
 */
export async function adminAction(
  work: (actor: SessionUser, t: Translate) => Promise<string | undefined>,
): Promise<FormState> {
  const t = await requestTranslator();
  try {
    const actor = await requireUser("admin");
    return { ok: (await work(actor, t)) ?? t("admin.common.saved") };
  } catch (e) {
    unstable_rethrow(e);
    const issue = isAppError(e) ? (e.details as { zodIssue?: IssueLike } | undefined)?.zodIssue : undefined;
    return { error: issue ? zodIssueInWords(issue, t) : publicError(e, t).message };
  }
}

/**
 * A form field as text, control characters stripped. The form comes from the browser: anything
 * that is not a FormData (a handcrafted action request) has no fields.
 */
export function text(form: unknown, name: string): string {
  const v = form instanceof FormData ? form.get(name) : null;
  return typeof v === "string" ? stripControls(v) : "";
}
