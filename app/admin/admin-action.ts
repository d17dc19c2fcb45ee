import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { FormState } from "@/components/admin/form-state";
import type { SessionUser } from "@/lib/auth/accounts";
import { requireUser } from "@/lib/auth/current-user";
import { publicError } from "@/lib/errors";

/**
 * The frame of every authoring action: the caller must be a signed-in admin (checked here, in
 * the action, not by the page that rendered the form); expected errors come back as a message,
 * redirects pass through.
 */
export async function adminAction(work: (actor: SessionUser) => Promise<string | undefined>): Promise<FormState> {
  try {
    const actor = await requireUser("admin");
    return { ok: (await work(actor)) ?? "Saved." };
  } catch (e) {
    unstable_rethrow(e);
    return { error: publicError(e).message };
  }
}

export function text(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
}
