"use server";

import { redirect } from "next/navigation";
import { formIssues, registerStudent } from "@/lib/auth/accounts";
import { clientAddress } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { publicError } from "@/lib/errors";
import { toLocale } from "@/lib/i18n/locales";
import { requestLocale } from "@/lib/i18n/resolve-locale";
import { translate } from "@/lib/i18n/translator";
import { cleanFormFields } from "@/lib/validation/text";

export interface SignUpState {
  error?: string;
  /** Every field's issue when the form was refused as a whole (the first is `error`). */
  issues?: string[];
  values?: { name: string; email: string; joinCode: string };
}

// Where every completed sign-up goes, new email or taken (decision 011): the sign-in page, with
// one neutral notice. Nobody is signed in by signing up, so a taken email and a new one get the
// same response, cookies included. Not exported: a "use server" file may export async functions only.
const SIGN_UP_DONE = "/sign-in?joined=1";

export async function signUpAction(_prev: SignUpState, form: FormData): Promise<SignUpState> {
  // Controls stripped (a NUL in a name would fail the write); junk arguments read as empty fields.
  const fields = cleanFormFields(form, ["name", "email", "joinCode"]);
  const values = { name: fields.name ?? "", email: fields.email ?? "", joinCode: fields.joinCode ?? "" };
  // The language the form was shown in (its hidden field), else this request's: the new student
  // keeps it as their setting, and reads any error in it.
  const locale = toLocale(fields.locale) ?? (await requestLocale());
  try {
    // A taken email leaves its account as it was (registerStudent returns null for it).
    await registerStudent(db, { ...values, password: fields.password ?? "", locale }, await clientAddress());
  } catch (e) {
    const t = translate(locale);
    const issues = formIssues(e, t);
    return { error: publicError(e, t).message, ...(issues.length > 1 ? { issues } : {}), values };
  }
  redirect(SIGN_UP_DONE);
}
