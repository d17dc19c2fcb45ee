"use server";

import { redirect } from "next/navigation";
import { authenticate } from "@/lib/auth/accounts";
import { clientKey, homeFor, startSession } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { publicError } from "@/lib/errors";

export interface FormState {
  error?: string;
  email?: string;
}

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const raw = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
  let home: string;
  try {
    const user = await authenticate(db, raw, await clientKey());
    await startSession(user.id);
    home = homeFor[user.role];
  } catch (e) {
    return { error: publicError(e).message, email: raw.email };
  }
  redirect(home);
}
