"use server";

import { revalidatePath } from "next/cache";
import { createStaffUser } from "@/lib/auth/accounts";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { publicError } from "@/lib/errors";

export interface CreateStaffState {
  error?: string;
  created?: string;
}

export async function createStaffAction(_prev: CreateStaffState, form: FormData): Promise<CreateStaffState> {
  try {
    const actor = await requireUser("admin");
    const user = await createStaffUser(db, actor, {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      role: String(form.get("role") ?? ""),
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
