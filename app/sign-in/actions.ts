"use server";

import { redirect } from "next/navigation";
import { authenticate } from "@/lib/auth/accounts";
import { clientAddress, homeFor, startSession } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { publicError } from "@/lib/errors";
import { requestTranslator } from "@/lib/i18n/request-translator";
import { requestLocale } from "@/lib/i18n/resolve-locale";
import { cleanFormFields } from "@/lib/validation/text";

export interface FormState {
  error?: string;
  email?: string;
}

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  // Anything but a form (a scripted call with junk arguments) reads as empty fields: a clear error, not a 500.
  const fields = cleanFormFields(form, ["email"]);
  const raw = { email: fields.email ?? "", password: fields.password ?? "" };
  let home: string;
  try {
    const user = await authenticate(db, raw, await clientAddress(), await requestLocale());
    await startSession(user.id);
    home = homeFor[user.role];
  } catch (e) {
    return { error: publicError(e, await requestTranslator()).message, email: raw.email };
  }
  redirect(home);
}
