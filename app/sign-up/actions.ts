"use server";

import { redirect } from "next/navigation";
import { registerStudent } from "@/lib/auth/accounts";
import { startSession } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { publicError } from "@/lib/errors";

export interface SignUpState {
  error?: string;
  values?: { name: string; email: string; joinCode: string };
}

export async function signUpAction(_prev: SignUpState, form: FormData): Promise<SignUpState> {
  const values = {
    name: String(form.get("name") ?? ""),
    email: String(form.get("email") ?? ""),
    joinCode: String(form.get("joinCode") ?? ""),
  };
  try {
    const user = await registerStudent(db, { ...values, password: String(form.get("password") ?? "") });
    await startSession(user.id);
  } catch (e) {
    return { error: publicError(e).message, values };
  }
  redirect("/practice");
}
