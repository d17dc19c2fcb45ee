"use server";

import { redirect } from "next/navigation";
import { registerStudent } from "@/lib/auth/accounts";
import { clientAddress, startSession } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { publicError } from "@/lib/errors";
import { cleanFormFields } from "@/lib/validation/text";

export interface SignUpState {
  error?: string;
  values?: { name: string; email: string; joinCode: string };
}

// Where every completed sign-up goes, new email or taken (decision 011). Not exported: a
// "use server" file may export async functions only.
const SIGN_UP_DONE = "/practice";

export async function signUpAction(_prev: SignUpState, form: FormData): Promise<SignUpState> {
  // Controls stripped (a NUL in a name would fail the write); junk arguments read as empty fields.
  const fields = cleanFormFields(form, ["name", "email", "joinCode"]);
  const values = { name: fields.name ?? "", email: fields.email ?? "", joinCode: fields.joinCode ?? "" };
  try {
    const user = await registerStudent(db, { ...values, password: fields.password ?? "" }, await clientAddress());
    // A taken email gets the same redirect without a session: its account stays as it was, and
    // the practice page sends a visitor to sign in.
    if (user) await startSession(user.id);
  } catch (e) {
    return { error: publicError(e).message, values };
  }
  redirect(SIGN_UP_DONE);
}
