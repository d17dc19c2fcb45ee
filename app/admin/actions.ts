"use server";

import { revalidatePath } from "next/cache";
import { createStaffUser } from "@/lib/auth/accounts";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { publicError } from "@/lib/errors";
import { cleanFormFields } from "@/lib/validation/text";

export interface CreateStaffState {
  error?: string;
  created?: string;
}

export async function createStaffAction(_prev: CreateStaffState, form: FormData): Promise<CreateStaffState> {
  try {
    const actor = await requireUser("admin");
    // Controls stripped here (lib/auth validates the rest); the password is taken as typed.
    const fields = cleanFormFields(form, ["name", "email", "role"]);
    const password = form instanceof FormData ? form.get("password") : null;
    const user = await createStaffUser(db, actor, {
      name: fields.name ?? "",
      email: fields.email ?? "",
      password: typeof password === "string" ? password : "",
      role: fields.role ?? "",
    });
    revalidatePath("/admin");
    return { created: `Created ${user.role} ${user.email}.` };
  } catch (e) {
    return { error: publicError(e).message };
  }
}

export interface ConnectionState {
  result?: { ok: boolean; message: string; latencyMs: number | null; backend: string };
  error?: string;
}

export async function testConnectionAction(_prev: ConnectionState): Promise<ConnectionState> {
  try {
    await requireUser("admin");
    const { testModelConnection } = await import("@/lib/ai/test-connection");
    return { result: await testModelConnection() };
  } catch (e) {
    return { error: publicError(e).message };
  }
}

export interface FitState {
  message?: string;
  error?: string;
}

export async function fitModelAction(_prev: FitState): Promise<FitState> {
  try {
    const actor = await requireUser("admin");
    const { fitFromAttempts } = await import("@/lib/mastery/fit-from-attempts");
    const s = await fitFromAttempts(db, actor.id);
    revalidatePath("/admin");
    return {
      message: `Model version ${s.version} fitted on ${s.attempts} first attempts of ${s.students} students (in-sample AUC ${s.trainAuc ?? "n/a"}).`,
    };
  } catch (e) {
    return { error: publicError(e).message };
  }
}
