"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { changePassword } from "@/lib/auth/accounts";
import { clientAddress, homeFor, requireAccountUser, SESSION_COOKIE } from "@/lib/auth/current-user";
import { forgetSignedInUser } from "@/lib/auth/signed-in-cache";
import { hashToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { publicError } from "@/lib/errors";
import { requestTranslator } from "@/lib/i18n/request-translator";
import { requestLocale } from "@/lib/i18n/resolve-locale";
import { cleanFormFields } from "@/lib/validation/text";

export interface ChangePasswordState {
  error?: string;
  ok?: string;
}

/** The signed-in user changes their own password (lib/auth/accounts.ts changePassword). */
export async function changePasswordAction(_prev: ChangePasswordState, form: FormData): Promise<ChangePasswordState> {
  const t = await requestTranslator();
  let firstHome: string | null = null;
  try {
    const user = await requireAccountUser();
    const fields = cleanFormFields(form, []);
    const token = (await cookies()).get(SESSION_COOKIE)?.value;
    await changePassword(
      db,
      user,
      {
        currentPassword: fields.currentPassword ?? "",
        newPassword: fields.newPassword ?? "",
        confirmPassword: fields.confirmPassword ?? "",
      },
      token ? hashToken(token) : null,
      await clientAddress(),
      await requestLocale(),
    );
    // The other sessions are gone from the database; no process may keep serving them from its cache.
    forgetSignedInUser(user.id);
    // A temporary password replaced: on to the page the account is for.
    if (user.mustChangePassword) firstHome = homeFor[user.role];
    else return { ok: t("auth.account.changed") };
  } catch (e) {
    return { error: publicError(e, t).message };
  }
  redirect(firstHome);
}
